import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import { handwritten, logo, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { icdOf } from './kit';
import { para } from './tune6-kit';
import { tickBoxes } from './tune19-kit';
import { guardian23, local23, MENTAL23 } from './tune23-kit';

/**
 * 门诊复诊记录 of a Henan / Hebei / Shandong city 精神卫生中心 (a 第N人民医院 with its second name under it): logo letterhead, the
 * 就诊日期 with the time at the right of the clinic line (truth), a bordered grid with the patient (姓名 — truth —, 身份证号 —
 * truth —) over the 监护人 with a full ID of their own and a phone number (decoys: another person), a note 监护人代诉 with the
 * 首次发病 year and the 上次就诊 day (decoys), 精神检查, a ticked 危险性评估 row, 诊断 with ICD-10 (truth), 下次复诊 (decoy), and
 * the guardian's handwritten signature beside the physician's.
 */
export const tune23OutpatientMentalGuardian: Layout = {
  id: 'tune23-outpatient-mental-guardian',
  kind: 'outpatient',
  split: 'tune',
  style: 'Henan / Hebei / Shandong city 精神卫生中心 门诊复诊记录: logo, two-name letterhead, 就诊日期 right of the clinic line, bordered '
    + 'grid of the patient over the 监护人 (full ID, phone), 代诉 prose, ticked 危险性评估, ICD-coded 诊断, sans or serif 10.5–11.5 pt',
  exercises: ['就诊日期 with a time, right-aligned above the grid (truth)', '监护人 name and full valid 身份证号 under the patient\'s (decoys)',
    '首次发病 year, 上次就诊 and 下次复诊 dates (decoys)', '危险性评估 0–5级 tick boxes (digits that are not dates)',
    'the guardian\'s handwritten name at the foot (not the patient)'],
  doc: (rng) => local23(makeDoc(rng, { kind: 'outpatient', keys: ['SEVERE_MENTAL_DISORDER'], hospitals: MENTAL23 }), rng),
  draw(s, doc, rng) {
    const x0 = 140;
    const right = s.width - 140;
    const w = right - x0;
    const serif = rng.chance(0.4);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.8;
    const p = doc.patient;
    const g = guardian23(doc, rng);
    const color = rng.pick(['#1d5fa8', '#2f7d4a', '#7a2f6b']);

    logo(s, x0 + 60, 150, 56, color, rng.pick(['ring', 'shield'] as const));
    s.put(x0 + 140, 140, doc.hospital.name, st('sansBold', 19, { color, spacing: 2 }));
    const second = doc.hospital.en ?? '精神专科门诊部';
    s.put(x0 + 140, 200, second, st('sans', 12, { color }));
    s.put(s.width / 2, 300, '门 诊 复 诊 记 录', st(serif ? 'serifBold' : 'sansBold', 16, { align: 'center', spacing: 4 }));
    s.line(x0, 230, right, 230, 3, color);

    let y = 380;
    s.put(x0, y, `科别：${rng.pick(['精神科门诊', '普通精神科', '精神康复门诊'])}（复诊）`, f);
    const vd = formatDate(doc.dates.visit, rng.pick(['isoTime', 'cnTime', 'slashTime'] as const), doc.times.visit);
    s.pair(right - s.measure(`就诊日期：${vd}`, f), y, '就诊日期：', vd, b, f);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });
    y += lh * 0.55;

    const c = w / 8;
    const cell = (text: string, span: number, label = false) => ({ text, w: c * span, label });
    const rows = [
      [cell('姓名', 1, true), cell(p.name, 1.2), cell('性别', 0.8, true), cell(p.sex, 0.6), cell('年龄', 0.8, true),
        cell(`${p.age}岁`, 0.8), cell('门诊号', 1, true), cell(doc.recordNo, 1.8)],
      [cell('身份证号', 1, true), cell(p.idNumber, 2.6), cell('婚姻', 0.8, true), cell(rng.pick(['未婚', '已婚', '离异']), 0.8),
        cell('医保', 1, true), cell(rng.pick(['居民医保', '职工医保']), 1.8)],
      [cell('监护人', 1, true), cell(g.name, 1.2), cell('关系', 0.8, true), cell(g.relation, 0.6), cell('联系电话', 1.6, true),
        cell(g.phone, 2.8)],
      [cell('监护人证件', 1, true), cell(g.id, 2.6), cell('管理类别', 1.6, true), cell('严重精神障碍', 2.8)],
    ];
    const sm = st(f.face, pt - 0.5);
    y = s.grid(x0, y, lh * 1.2, rows, sm, { shade: '#eef1f5', label: st(b.face, pt - 0.5), border: 1.5 });

    y += lh * 1.3;
    const onset = Number(doc.dates.visit.slice(0, 4)) - rng.int(3, 18);
    const last = addDays(doc.dates.visit, -rng.pick([28, 30, 35, 42]));
    const blocks: [string, string][] = [
      ['监护人代诉：', `患者${onset}年起病，表现为${rng.pick(['多疑、凭空闻声', '兴奋话多、冲动', '情绪低落与高涨交替', '自语自笑、行为孤僻'])}，`
        + `曾在我院住院治疗${rng.int(1, 4)}次。上次就诊${formatDate(last, 'cnShort')}，其后规律服药，睡眠可，近期无冲动伤人行为。`],
      ['精神检查：', `意识清，接触${rng.pick(['可', '被动', '尚合作'])}，${rng.pick(['未引出幻觉妄想', '幻听较前减少', '情绪较平稳'])}，`
        + `自知力${rng.pick(['部分', '缺乏', '基本'])}恢复。`],
    ];
    for (const [l, t] of blocks) {
      const lw = s.put(x0, y, l, b);
      y = para(s, x0, y, w, t, f, lh, { indent: lw }) + lh * 0.25;
    }
    const rl = s.put(x0, y, '危险性评估：', b);
    const grade = rng.pick(['0级', '0级', '1级']);
    tickBoxes(s, x0 + rl, y, ['0级', '1级', '2级', '3级', '4级', '5级'], [grade], f);
    y += lh * 1.25;

    const dl = s.put(x0, y, '诊断：', b);
    doc.dx.western.forEach((d, i) => s.put(x0 + dl, y + i * lh, `${d.text}（${icdOf(d, i)}）`, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.25);
    const next = addDays(doc.dates.visit, rng.pick([14, 28, 30]));
    y = para(s, x0, y, w, `处理：1.${doc.medicines.join('；')}，监护人监督服药；2.复查血常规、肝功能、心电图；`
      + `3.${formatDate(next, 'cnShort')}复诊，病情变化随诊。`, f, lh, { indent: 0 });

    const by = Math.max(y + lh * 2.5, 1400);
    const gw = s.put(x0, by, '监护人签字：', f);
    handwritten(s, x0 + gw + 8, by, g.name, pt * 1.3, rng);
    const dw = s.put(right - 480, by, '医师签名：', f);
    handwritten(s, right - 480 + dw + 8, by, doc.doctors.attending, pt * 1.3, rng);
    seal(s, right - 220, by + 110, 92, doc.hospital.name, '门诊专用章', rng);
  },
};
