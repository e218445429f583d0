import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { footer, historyText, px, st } from './common';
import { listed, reprinted } from './kit';
import { examOf, para, suited } from './tune6-kit';
import { mdCn } from './tune11-kit';
import { countyWords } from './tune10-kit';
import { insurance13, local13, nation13, placeLine, PLATEAU13, XINJIANG13 } from './blind13-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'MALIGNANT_TUMOR_OUTPATIENT'];

/**
 * 出院记录 of a Xinjiang 兵团 division hospital or a city / county hospital of Xinjiang, Qinghai or Tibet, printed for the
 * ward's binder: a dashed 装订线 with punch holes down the left margin, the hospital and a spaced title over a double rule,
 * borderless header lines (姓名 — truth —, 民族 藏族 / 回族 / 土族, a Tibetan name without surname now and then, 身份证号 —
 * truth —, 医保类型, 单位 …团…连 or 住址), the stay on one line with the hour (truth), run-in sections where 入院诊断 is an
 * inline list (not truth) and a day of the stay names the procedure (not truth), 出院诊断 split into 主要诊断 and 其他诊断
 * (truth, all of them), 出院医嘱 with a 复查 date (not truth), the physicians and 记录日期, and a reprint footer.
 */
export const blind13Discharge1: Layout = {
  id: 'blind13-discharge-1',
  kind: 'discharge',
  split: 'blind',
  style: 'Xinjiang 兵团 / Qinghai / Tibet city and county hospital 出院记录 for the binder: dashed 装订线 with punch holes, double rule, '
    + 'borderless header lines with 民族 and 单位, stay line with hours, 主要诊断 / 其他诊断, serif or sans 10.5–11.5 pt',
  exercises: ['装订线 printed vertically in the left margin (read as a block of its own)', 'Tibetan names without surname (次仁卓玛)',
    '入院日期：2025年3月4日10时20分  出院日期：… on one line (truth), 共住院11天', '单位：第一师十团3连 / 住址 lines with digits',
    '入院诊断 inline (not truth)', '主要诊断：… / 其他诊断：…；… (truth)', '复查 date after discharge (not truth)'],
  doc: (rng) => reprinted(local13(suited(countyWords(makeDoc(rng, { kind: 'discharge', keys: KEYS,
    hospitals: [...XINJIANG13, ...XINJIANG13, ...PLATEAU13], yearEnd: 0.1 }), rng, { outside: 0.2, near: 0.1 })), rng)),
  draw(s, doc, rng) {
    const x0 = 190;
    const right = s.width - 120;
    const w = right - x0;
    const serif = rng.chance(0.55);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.8;
    const p = doc.patient;

    // The binder's margin: punch holes, a dashed line, 装订线 down the middle.
    for (const hy of [520, 1720]) {
      s.g.beginPath();
      s.g.arc(92, hy, 22, 0, Math.PI * 2);
      s.g.strokeStyle = '#9a9a9a';
      s.g.lineWidth = 2;
      s.g.stroke();
    }
    s.g.setLineDash([14, 10]);
    s.line(138, 120, 138, 2220, 1.4, '#666');
    s.g.setLineDash([]);
    s.block(() => ['装', '订', '线'].forEach((ch, i) => s.put(92, 1050 + i * 110, ch, st('serif', 11, { align: 'center', color: '#555' }))));

    const mid = (x0 + right) / 2;
    s.put(mid, 170, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', rng.pick([18, 19, 20]), { align: 'center', spacing: 3 }));
    s.put(mid, 262, '出  院  记  录', st(serif ? 'serifBold' : 'sansBold', 16, { align: 'center', spacing: 4 }));
    s.line(x0, 300, right, 300, 3);
    s.line(x0, 308, right, 308, 1);

    const [placeLabel, place] = placeLine(doc, rng);
    const rows: readonly (readonly [string, string, number])[][] = [
      [['姓名：', p.name, 0], ['性别：', p.sex, 0.27], ['年龄：', `${p.age}岁`, 0.44], ['民族：', nation13(doc, rng), 0.62],
        ['婚姻：', p.age < 22 ? '未婚' : rng.pick(['已婚', '已婚', '丧偶']), 0.82]],
      [['科室：', doc.department, 0], ['病区：', `${rng.pick(['一', '二', '三', '五'])}病区`, 0.27], ['床号：', `${doc.bed}`, 0.44],
        ['住院号：', doc.recordNo, 0.62]],
      [['身份证号：', p.idNumber, 0], ['医保类型：', insurance13(doc, rng), 0.55]],
      [[placeLabel, place, 0]],
    ];
    let y = 300 + lh * 1.2;
    for (const r of rows) {
      for (const [l, v, k] of r) s.pair(x0 + w * k, y, l, v, b, f);
      y += lh;
    }
    s.line(x0, y - lh * 0.55, right, y - lh * 0.55, 1.2);
    const ds: DateStyle = rng.pick(['cnHour', 'cnTime', 'isoTime'] as const);
    y += lh * 0.25;
    const stay: readonly [string, string][] = [['入院日期：', formatDate(doc.dates.admission, ds, doc.times.admission)],
      ['出院日期：', formatDate(doc.dates.discharge, ds, doc.times.discharge)], ['住院天数：', `${doc.stayDays}天`]];
    stay.forEach(([l, v], i) => s.pair(x0 + w * [0, 0.4, 0.8][i]!, y, l, v, b, f));
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    y += lh * 1.5;

    const ownLine = rng.chance(0.4);
    const section = (label: string, text: string): void => {
      if (ownLine) {
        s.put(x0, y, label, b);
        y = para(s, x0, y + lh, w, text, f, lh, { indent: px(pt) * 2 }) + lh * 0.3;
      } else {
        const lw = s.measure(label, b);
        s.put(x0, y, label, b);
        y = para(s, x0, y, w, text, f, lh, { indent: lw }) + lh * 0.3;
      }
    };
    section('入院情况：', `${historyText(doc)}查体：T ${rng.pick(['36.4', '36.6', '36.8'])}℃，BP ${rng.int(126, 182)}/${rng.int(70, 104)}mmHg，`
      + '神志清，精神可，双肺呼吸音清，心律齐。');
    section('入院诊断：', listed(doc.dx.admission, '1.').join('  '));
    const moved = addDays(doc.dates.admission, rng.int(1, Math.max(1, doc.stayDays - 3)));
    section('诊疗经过：', `入院后完善血常规、生化、心电图等检查，${mdCn(moved)}行${examOf(doc)}。予${doc.course}等治疗，`
      + `${rng.pick(['患者症状明显缓解', '病情平稳', '症状较前好转'])}，${rng.pick(['经上级医师查房同意', '患者及家属要求'])}，今日出院。`);
    const lab = (i: number): string => {
      const panel = doc.labs[i];
      return panel ? `${panel.title}：${panel.rows.slice(0, 4).map((r) => `${r.abbr} ${r.value}${r.unit}${r.flag}`).join('，')}` : '';
    };
    section('辅助检查：', `${mdCn(addDays(doc.dates.admission, 1))}${lab(0)}；${mdCn(addDays(doc.dates.admission, rng.int(2, 4)))}${lab(1)}。`);
    section('出院情况：', '神志清，精神可，饮食、睡眠可，生命体征平稳，无明显不适主诉。');

    s.put(x0, y, '出院诊断：', b);
    const [main, ...others] = doc.dx.western;
    const lw = ownLine ? px(pt) * 2 : s.measure('出院诊断：', b);
    if (ownLine) y += lh;
    s.put(x0 + lw, y, `主要诊断：${main?.text ?? ''}`, f);
    y += lh;
    if (others.length > 0) y = para(s, x0 + lw, y, w - lw, `其他诊断：${others.map((d) => d.text).join('；')}`, f, lh);
    s.diagnoses(doc.dx.western);
    y += lh * 0.3;
    const back = addDays(doc.dates.discharge, rng.pick([7, 14, 30]));
    section('出院医嘱：', `1）低盐低脂饮食，适当活动，避免劳累；2）继续口服${doc.medicines.slice(0, 2).join('、')}；`
      + `3）${formatDate(back, rng.pick(['cnShort', 'iso'] as const))}门诊复查，如有不适及时就诊。`);

    const by = y + lh * rng.pick([1.6, 2.2, 3]);
    const sw = s.put(x0 + w * 0.3, by, '主治医师：', f);
    handwritten(s, x0 + w * 0.3 + sw + 6, by, doc.doctors.attending, pt * 1.3, rng);
    s.pair(x0 + w * 0.62, by, '住院医师：', doc.doctors.resident, f);
    s.pair(x0 + w * 0.62, by + lh * 1.2, '记录日期：', formatDate(doc.dates.discharge, 'cn'), f);
    if (rng.chance(0.6)) seal(s, right - 170, by + 10, 98, doc.hospital.name, '病案管理专用章', rng);
    footer(s, doc, { y: 2225, style: st(f.face, 8.5, { color: '#444' }), page: '第1页 共1页', print: 'isoTime', x0, x1: right });
  },
};
