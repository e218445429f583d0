import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { CITY, CITY_MORE } from '../hospitals';
import { seal } from '../marks';
import type { Cell } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { CITY4, COUNTY4, dashed, fit, local, printDay, TCM4, tumourAgrees, wrap } from './blind4-kit';

/**
 * City / county hospital 疾病诊断证明书 printed twice on one A4 sheet by the EMR, 第一联 存根 above and 第二联 交患者 below
 * a dashed cut line, only the patient's copy sealed. Each copy: bordered grid with 公民身份号码, either a stay (住院时间
 * range, 共N天) or an outpatient 就诊日期 (the visit, which may be days before the issue), the diagnoses in a tall cell, a
 * 建议 with a rest period's dates, 医师 and 开具日期 (the issue: truth) under the grid.
 */
export const blind4Certificate2: Layout = {
  id: 'blind4-certificate-2',
  kind: 'certificate',
  split: 'blind',
  style: 'City / county / county TCM hospital (Sichuan, Henan, Jiangxi, Hebei, Jiangsu, Hunan, Jilin, '
    + 'Shandong) EMR 疾病诊断证明书, two copies (存根 / 患者) on one A4 with a cut line, bordered grid, sans or serif 10–11 pt',
  exercises: ['the whole certificate twice on the page (the same name, ID, dates and diagnoses in both copies)',
    '第一联 / 第二联 labels, only the lower copy sealed',
    '公民身份号码 in a grid cell', 'a stay as 住院时间 2025-03-04至2025-03-15（共11天） or an outpatient 就诊日期 up to days before the issue',
    'diagnoses numbered in a tall cell (counted), other names of the diseases', '建议休息N天（from至to）: dates after the issue that are not it',
    '开具日期 under the grid (truth)', 'a cut line with （沿此线剪开）'],
  doc: (rng) => tumourAgrees(fit(local(makeDoc(rng, { kind: 'certificate', hospitals: [...CITY4, ...COUNTY4, ...TCM4, ...CITY, ...CITY_MORE],
    aliases: true, outside: 0.15, compoundSurnames: 0.12 }), rng)), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 130;
    const right = s.width - x0;
    const w = right - x0;
    const p = doc.patient;
    const serif = rng.chance(0.4);
    const face = serif ? 'serif' : 'sans';
    const semi = serif ? 'serifSemi' : 'sansMedium';
    const pt = rng.pick([10, 10.5, 11]);
    const f = st(face, pt);
    const b = st(semi, pt);
    const lh = px(pt) * 1.7;
    const rowH = px(pt) * 2.2;
    const opt = { label: b, shade: serif ? undefined : '#f2f2f2', border: 1.3 };
    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });

    const stay = rng.chance(0.45);
    const issue = doc.dates.issue;
    const visit = stay ? issue : addDays(issue, -rng.pick([0, 0, 1, 2, 3]));
    const ds: DateStyle = rng.pick(['iso', 'cn', 'cnShort'] as const);
    const serial = `${issue.slice(0, 4)}${String(rng.int(0, 999999)).padStart(6, '0')}`;
    const rest = rng.pick([7, 14, 30]);
    const from = addDays(issue, rng.pick([0, 1]));
    const [fromT, toT] = [formatDate(from, ds), formatDate(addDays(from, rest - 1), ds)];
    const advice = `建议休息${rest}天（${fromT}至${toT}），避免劳累，规律服药，定期门诊复查，不适随诊。`;
    const dxItems = doc.dx.western.map((d, i) => `${i + 1}.${d.text}`);
    const range = `${formatDate(doc.dates.admission, ds)}至${formatDate(doc.dates.discharge, ds)}（共${doc.stayDays}天）`;
    const sealAt = { x: rng.range(-50, 50), y: rng.range(-40, 20), r: rng.range(120, 138) };
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: issue,
      ...(stay ? { admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge } : {}) });
    s.diagnoses(doc.dx.western);

    const [a, v1, c] = [200, 340, 180];
    const v2 = w - 2 * a - v1 - c;
    const copy = (oy: number, first: boolean): void => {
      s.put(s.width / 2, oy + 130, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 16, { align: 'center', spacing: 2 }));
      s.put(right, oy + 130, first ? '第一联\u3000存根' : '第二联\u3000交患者', st(face, 9.5, { align: 'right' }));
      s.put(s.width / 2, oy + 205, '疾病诊断证明书', st(serif ? 'serifBold' : 'sansBold', 18, { align: 'center', spacing: 4 }));
      s.put(x0, oy + 205, `No：${serial}`, st(face, 9.5));
      let y = s.grid(x0, oy + 240, rowH, [
        [L('姓名', a), V(p.name, v1), L('性别', c), V(p.sex, v2 / 2 - 40), L('年龄', a - 40), V(`${p.age}岁`, v2 / 2 + 40 - (a - 40) + a)],
        [L('公民身份号码', a), V(p.idNumber, v1), L('就诊科室', c), V(doc.department, w - a - v1 - c)],
        stay ? [L('住院号', a), V(doc.recordNo, v1), L('住院时间', c), V(range, w - a - v1 - c)]
          : [L('门诊号', a), V(doc.recordNo, v1), L('就诊日期', c), V(formatDate(visit, ds), w - a - v1 - c)],
      ], f, opt);
      const tall = (label: string, lines: readonly string[]): void => {
        const h = lines.length * lh + 30;
        if (opt.shade) {
          s.g.fillStyle = opt.shade;
          s.g.fillRect(x0, y, a, h);
        }
        s.rect(x0, y, a, h, 1.3);
        s.rect(x0 + a, y, w - a, h, 1.3);
        s.put(x0 + a / 2, y + h / 2 + px(pt) * 0.36, label, { ...b, align: 'center' });
        lines.forEach((t, i) => s.put(x0 + a + 16, y + 15 + lh * 0.75 + i * lh, t, f));
        y += h;
      };
      tall('诊\u3000\u3000断', dxItems);
      tall('建\u3000\u3000议', wrap(s, advice, w - a - 40, f, [fromT, toT]));
      const sy = y + 90;
      s.put(x0 + 40, sy, `医师：${doc.doctors.attending}`, f);
      const dw = s.put(x0 + w * 0.6, sy, `开具日期：${formatDate(issue, ds)}`, f);
      if (!first) seal(s, x0 + w * 0.6 + dw / 2 + sealAt.x, sy - 30 + sealAt.y, sealAt.r, doc.hospital.name, '诊断证明专用章', rng);
      if (first) s.put(x0 + 40, sy + lh * 1.3, '患者（家属）签收：', f);
    };
    copy(0, true);
    const cut = 1168;
    dashed(s, 70, cut, s.width - 70, cut, 14, '#777777', 1.4);
    const note = '（沿此线剪开）';
    const nw = s.measure(note, st(face, 8.5));
    s.g.fillStyle = '#ffffff';
    s.g.fillRect(s.width / 2 - nw / 2 - 10, cut - 20, nw + 20, 40);
    s.put(s.width / 2, cut + 10, note, st(face, 8.5, { align: 'center', color: '#555' }));
    copy(1168, false);
    s.put(x0, 2262, `打印时间：${formatDate(printDay(doc, rng), 'isoTime', doc.times.print)}`, st(face, 8, { color: '#555' }));
  },
};
