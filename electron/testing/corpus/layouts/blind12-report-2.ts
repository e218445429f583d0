import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten } from '../marks';
import type { Rng } from '../rng';
import type { Cell, Sheet, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed } from './kit';
import { suited, yearMonth } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { local12, nation12, PLATEAU12 } from './blind12-kit';

const KEYS: readonly DiseaseKey[] = ['CORONARY_HEART_DISEASE', 'CORONARY_HEART_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];
const VESSELS = ['LM', 'LAD', 'LCX', 'RCA'] as const;
const STENTS = ['Firebird2', 'EXCEL', 'Partner', 'XIENCE', 'Resolute', 'BuMA'];

type Lesion = { readonly vessel: string; readonly site: string; readonly pct: number };

function lesions(rng: Rng): Lesion[] {
  const site = (v: string): string => (v === 'LM' ? '末端' : rng.pick(['近段', '中段', v === 'RCA' ? '远段' : '近中段']));
  const pct = (v: string): number => (v === 'LM' ? rng.pick([0, 0, 20, 30]) : rng.pick([0, 30, 50, 70, 80, 90, 95, 99]));
  return VESSELS.map((v) => ({ vessel: v, site: site(v), pct: pct(v) }));
}

/** The coronary tree in outline, with each vessel's name and a red bar where it narrows (names read as a block of their own). */
function tree(s: Sheet, x: number, y: number, size: number, found: readonly Lesion[], stented: string, f: Style): void {
  const g = s.g;
  const path = (pts: readonly number[], width: number): void => {
    g.strokeStyle = '#333';
    g.lineWidth = width;
    g.beginPath();
    g.moveTo(x + (pts[0] ?? 0) * size, y + (pts[1] ?? 0) * size);
    g.bezierCurveTo(x + (pts[2] ?? 0) * size, y + (pts[3] ?? 0) * size, x + (pts[4] ?? 0) * size, y + (pts[5] ?? 0) * size,
      x + (pts[6] ?? 0) * size, y + (pts[7] ?? 0) * size);
    g.stroke();
  };
  const shapes: Record<string, readonly number[]> = {
    LM: [0.5, 0.12, 0.53, 0.16, 0.56, 0.2, 0.6, 0.24], LAD: [0.6, 0.24, 0.7, 0.45, 0.72, 0.7, 0.62, 0.95],
    LCX: [0.6, 0.24, 0.8, 0.26, 0.92, 0.4, 0.88, 0.62], RCA: [0.45, 0.14, 0.2, 0.2, 0.08, 0.5, 0.3, 0.85],
  };
  for (const v of VESSELS) path(shapes[v] ?? [], v === 'LM' ? 9 : 6);
  const label: Record<string, readonly [number, number]> = { LM: [0.44, 0.3], LAD: [0.76, 0.78], LCX: [0.95, 0.56], RCA: [0.08, 0.72] };
  s.block(() => {
    for (const v of VESSELS) s.put(x + (label[v]?.[0] ?? 0) * size, y + (label[v]?.[1] ?? 0) * size, v, { ...f, align: 'center' });
  });
  for (const l of found.filter((q) => q.pct >= 50)) {
    const sh = shapes[l.vessel] ?? [];
    const t = l.site === '近段' ? 0.25 : l.site === '远段' ? 0.8 : 0.5;
    const at = (k: number): number => (1 - t) ** 3 * (sh[k] ?? 0) + 3 * (1 - t) ** 2 * t * (sh[k + 2] ?? 0)
      + 3 * (1 - t) * t ** 2 * (sh[k + 4] ?? 0) + t ** 3 * (sh[k + 6] ?? 0);
    g.fillStyle = l.vessel === stented ? '#1f4fa3' : '#c62828';
    g.fillRect(x + at(0) * size - 14, y + at(1) * size - 6, 28, 12);
  }
}

/**
 * 冠状动脉造影及介入治疗报告 of the cath lab (导管室) of a Xinjiang, Qinghai or Tibet prefecture hospital: a bordered header grid
 * with 身份证号 (truth), 民族 and 手术日期 (not truth when the report is written later), 临床诊断 numbered (counted), the
 * procedure's particulars, an outline of the coronary tree (vessel names, a block of their own) beside the lesion table, the
 * stent table, 造影结论 in anatomical words, 术后医嘱 with a return date and an earlier stent by month (not truth), the
 * operator's hand and 报告日期 (truth).
 */
export const blind12Report2: Layout = {
  id: 'blind12-report-2',
  kind: 'report',
  split: 'blind',
  style: 'Xinjiang / Qinghai / Tibet prefecture hospital 导管室 冠状动脉造影及介入治疗报告: bordered header grid with 民族 and 身份证号, '
    + 'procedure lines, coronary-tree outline beside the lesion table, stent table, serif or sans 10.5–11 pt, 报告日期 by the signature',
  exercises: ['手术日期 in the header (not truth when later) and 报告日期 by the operator (truth)', '身份证号 in a wide grid cell (truth)',
    '临床诊断 numbered (counted); the conclusion names vessels, not diseases', 'vessel labels of a diagram read as a block',
    'an earlier stent by month and a return date (not truth)', 'Tibetan four-character names and 民族'],
  doc: (rng) => local12(countyWords(suited(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: PLATEAU12 })), rng,
    { outside: 0.15, near: 0.1 }), rng),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.5);
    const pt = rng.pick([10.5, 11]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansMedium', pt);
    const lh = px(pt) * 1.65;
    const p = doc.patient;
    const ds: DateStyle = rng.pick(['iso', 'cn', 'dotPad'] as const);

    s.put(s.width / 2, 130, doc.hospital.name, st(b.face, 18, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 200, '冠状动脉造影及介入治疗报告', st(b.face, 15, { align: 'center', spacing: 3 }));
    s.put(right, 250, `导管室编号：DSA${doc.dates.sample.slice(0, 4)}${rng.int(1000, 9999)}`, { ...f, align: 'right' });
    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    let y = s.grid(x0, 280, px(pt) * 1.9, [
      [L('姓名', 140), V(p.name, 240), L('性别', 120), V(p.sex, 120), L('年龄', 120), V(`${p.age}岁`, 150), L('民族', 120),
        V(nation12(doc, rng), 424)],
      [L('住院号', 140), V(doc.recordNo, 240), L('科室', 120), V(doc.department, 270), L('床号', 120), V(doc.bed, 120), L('手术日期', 170),
        V(formatDate(doc.dates.sample, ds), 134 + 120)],
      [L('身份证号', 140), V(p.idNumber, 480), L('术者', 120), V(doc.doctors.director, 270), L('助手', 120), V(doc.doctors.resident, 304)],
    ], f, { label: b, shade: '#eeeeee', border: 1.3 });
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });
    y += lh * 1.1;
    s.put(x0, y, '临床诊断：', b);
    const dw = s.measure('临床诊断：', b);
    listed(doc.dx.western, '1.').forEach((t, i) => s.put(x0 + dw + (i % 2) * (w - dw) * 0.5, y + Math.floor(i / 2) * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += Math.ceil(doc.dx.western.length / 2) * lh + lh * 0.3;

    const found = lesions(rng);
    const worst = [...found].sort((a, c) => c.pct - a.pct)[0] ?? { vessel: 'LAD', site: '近段', pct: 0 };
    const pci = worst.pct >= 75 && rng.chance(0.8);
    const stent = `${rng.pick(STENTS)} ${rng.pick(['2.5', '2.75', '3.0', '3.5'])}×${rng.pick([14, 18, 24, 29, 33])}mm`;
    const info: readonly (readonly [string, string])[] = [['手术名称：', pci ? '冠状动脉造影+经皮冠状动脉介入治疗（PCI）' : '选择性冠状动脉造影术'],
      ['穿刺途径：', rng.pick(['右桡动脉', '左桡动脉', '右股动脉'])], ['造影导管：', rng.pick(['TIG 5F', 'JL3.5/JR4.0 6F'])],
      ['造影剂：', `${rng.pick(['碘克沙醇', '碘帕醇'])} ${rng.int(60, 180)}mL`], ['肝素：', `${rng.pick([3000, 5000, 7000])}U`],
      ['曝光时间：', `${rng.int(3, 19)}分${rng.int(0, 59)}秒`]];
    info.forEach(([l, v], i) => s.pair(x0 + (i === 0 ? 0 : (i % 2 === 1 ? 0 : w * 0.5)), y + Math.ceil(i / 2) * lh, l, v, b, f));
    y += lh * 4.2;
    s.put(x0, y, '造影结果：', b);
    const size = 520;
    tree(s, x0 + 20, y + lh * 0.4, size, found, pci ? worst.vessel : '', f);
    const tx = x0 + size + 120;
    const tc = [0, 140, 290, 530];
    ['血管', '部位', '狭窄程度', 'TIMI血流'].forEach((t, i) => s.put(tx + (tc[i] ?? 0), y, t, b));
    found.forEach((l, i) => [l.vessel, l.pct === 0 ? '—' : l.site, l.pct === 0 ? '未见明显狭窄' : `${l.pct}%`,
      l.pct >= 99 ? '2级' : '3级'].forEach((t, j) => s.put(tx + (tc[j] ?? 0), y + lh * (i + 1.2), t, f)));
    if (pci) {
      const ty = y + lh * 6.5;
      ['靶病变', '支架', '释放压力'].forEach((t, i) => s.put(tx + [0, 200, 560][i]!, ty, t, b));
      [`${worst.vessel}${worst.site}`, stent, `${rng.int(10, 16)}atm`]
        .forEach((t, i) => s.put(tx + [0, 200, 560][i]!, ty + lh * 1.2, t, f));
    }
    y += size + lh * 1.2;
    const many = found.filter((l) => l.pct >= 70).length;
    const conclusion = `造影结论：左主干${found[0]?.pct ? `${found[0].site}狭窄${found[0].pct}%` : '未见明显狭窄'}；`
      + `冠状动脉${many > 0 ? `${['单', '双', '三'][Math.min(many, 3) - 1]}支病变` : '未见有意义狭窄'}。`
      + (pci ? `于${worst.vessel}${worst.site}植入药物洗脱支架1枚（${stent}），术后残余狭窄0%，TIMI血流3级。` : '建议强化药物治疗，择期评估。');
    const earlier = addDays(doc.dates.sample, -rng.int(300, 1500));
    const back = addDays(doc.dates.sample, rng.pick([30, 90, 180]));
    const advice = `术后医嘱：${doc.primary === 'POST_ARTERIAL_STENT_ANTICOAGULATION' ? `患者${yearMonth(earlier)}曾于外院植入支架，` : ''}`
      + `阿司匹林100mg qd联合替格瑞洛90mg bid双联抗血小板治疗12个月；${formatDate(back, ds)}门诊复查，不适随诊。`;
    for (const text of [conclusion, advice]) {
      let line = '';
      for (const ch of text.match(/\d{4}[-.年]\d{2}[-.月]\d{2}日?|\d{4}年\d{1,2}月|\d+(?:\.\d+)?(?:mm|mg|%)?|.[，。；）]?/gu) ?? []) {
        if (s.measure(line + ch, f) > w) {
          s.put(x0, y, line, f);
          line = '';
          y += lh;
        }
        line += ch;
      }
      s.put(x0, y, line, f);
      y += lh * 1.3;
    }
    y = Math.max(y + lh, 2000);
    const sw = s.put(x0 + w * 0.45, y, '术者签名：', b);
    handwritten(s, x0 + w * 0.45 + sw + 10, y, doc.doctors.director, pt * 1.3, rng);
    s.put(right, y, `报告日期：${formatDate(doc.dates.report, ds)}`, { ...f, align: 'right' });
  },
};
