import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, handwritten, logo } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, pastHistory, printedOn, type Mark } from './kit';
import { stackedRow } from './tune2-kit';
import { examOf, para, suited } from './tune6-kit';
import { countyWords, kin } from './tune10-kit';
import { mdCn } from './tune11-kit';
import { local20, mongolDx, MONGOL_MEDICINE20, MONGOLIA20, nation20, NORTHEAST20, secondName } from './tune20-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION',
  'MALIGNANT_TUMOR_OUTPATIENT'];

/**
 * 出院记录 of an eastern Inner Mongolian banner hospital or 蒙医医院 (the letterhead's second line is the Mongolian name in Latin
 * letters) or of a Heilongjiang / Jilin / Liaoning county hospital with an English name. The patient block is three bordered rows
 * of label-over-value cells — 姓名 | 性别 | 年龄 | 民族 | 科室 | 床号, then 住院号 | 身份证号 (truth) | 医保类型, then 入院日期 |
 * 出院日期 (truth) | 住院天数 | 离院方式 — the label small in the corner, the value under it. Decoys: a Mongolian, Manchu or Korean
 * name's 民族, an examination day in 诊疗经过, 入院诊断 (not counted), a 复诊 date, 记录日期 and a later 打印日期. 出院诊断 one a line
 * (counted; a 蒙医医院 prints its 蒙医诊断 first, counted as printed, naming no catalogue disease).
 */
export const tune20DischargeBilingualCells: Layout = {
  id: 'tune20-discharge-bilingual-cells',
  kind: 'discharge',
  split: 'tune',
  style: 'Inner Mongolia banner / 蒙医医院 or Heilongjiang / Jilin / Liaoning county hospital 出院记录: logo, Chinese name over its Mongolian '
    + 'name in Latin letters or an English one, barcode, patient block as three rows of label-over-value cells, serif or sans 10.5–11.5 pt',
  exercises: ['letterhead with the Mongolian name in Latin letters (JARUD HOSHUUNY ARDYN EMNELEG) or an English name under the Chinese',
    'patient block as bordered label-over-value cells: labels small in the corner, values under them (a row of labels, a row of values)',
    '入院日期 / 出院日期 in their own cells with or without the time (truth), 住院天数 beside them',
    'Mongolian, Manchu or Korean patients\' names (包那日苏, 关淑珍, 朴顺姬) with 民族; local Inner Mongolian / Northeastern ID codes',
    '入院诊断 inline (not counted); 蒙医诊断 (白脉病, 心赫依病) before the western 出院诊断 at a 蒙医医院 (counted as printed)',
    'an examination day in 诊疗经过, a 复诊 date in 出院医嘱, 记录日期 and a later 打印日期 (not truth)'],
  doc: (rng) => local20(countyWords(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, compoundSurnames: 0.04, yearEnd: 0.15,
    hospitals: [...MONGOLIA20, ...MONGOLIA20, ...MONGOL_MEDICINE20, ...NORTHEAST20.filter((h) => secondName(h) !== '')] })), rng,
  { outside: 0.3, near: 0.15, avoid: /后遗症/u }), rng),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.45);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const lab: Style = st(serif ? 'serif' : 'sansLight', 8.5, { color: '#444' });
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const mongol = doc.hospital.name.includes('蒙医');

    const colour = rng.pick(['#1d4f91', '#0b6e5f', '#8c1c24']);
    logo(s, x0 + 50, 122, 46, colour, rng.pick(['ring', 'cross', 'shield'] as const));
    s.put(x0 + 120, 128, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 20, { spacing: 3 }));
    s.put(x0 + 122, 178, secondName(doc.hospital), st('sans', 9, { color: colour, spacing: 2 }));
    const bw = barcode(s, right - 300, 78, doc.recordNo, 58, 2.2);
    s.put(right - 300 + bw / 2, 162, doc.recordNo, st('sans', 8.5, { align: 'center' }));
    s.line(x0, 205, right, 205, 3, colour);
    s.line(x0, 213, right, 213, 1, colour);
    s.put(s.width / 2, 285, rng.pick(['出院记录', '出 院 记 录']), st(serif ? 'serifBold' : 'sansBold', 17, { align: 'center', spacing: 6 }));

    // Three rows of label-over-value cells.
    const ds: DateStyle = rng.pick(['cn', 'iso', 'dotPad', 'cnHour'] as const);
    const at = (iso: string, m: number): string => formatDate(iso, ds, m);
    const h = px(pt) * 2.55 + 34;
    let y = 325;
    y = stackedRow(s, x0, y, h, [{ label: '姓名', value: p.name, w: 260 }, { label: '性别', value: p.sex, w: 150 },
      { label: '年龄', value: `${p.age}岁`, w: 150 }, { label: '民族', value: nation20(doc, rng), w: 200 },
      { label: '科室', value: doc.department, w: 394 }, { label: '床号', value: `${doc.bed}床`, w: 280 }], lab, f);
    y = stackedRow(s, x0, y, h, [{ label: '住院号', value: doc.recordNo, w: 300 }, { label: '身份证号', value: p.idNumber, w: 560 },
      { label: '医保类型', value: rng.pick(['城镇职工基本医疗保险', '城乡居民基本医疗保险', '异地就医直接结算', '自费']), w: 574 }], lab, f);
    y = stackedRow(s, x0, y, h, [{ label: '入院日期', value: at(doc.dates.admission, doc.times.admission), w: 430 },
      { label: '出院日期', value: at(doc.dates.discharge, doc.times.discharge), w: 430 },
      { label: '住院天数', value: `${doc.stayDays}天`, w: 230 }, { label: '离院方式', value: rng.pick(['医嘱离院', '医嘱离院', '自动离院']), w: 344 }],
    lab, f);
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    y += lh * 1.3;
    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const run = (label: string, text: string, keep: readonly string[] = []): void => {
      const lw = s.put(x0, y, label, b);
      y = para(s, x0, y, w, text, f, lh, { indent: lw, keep }) + lh * 0.3;
    };
    const bp = `${rng.int(124, 188)}/${rng.int(70, 106)}mmHg`;
    run('入院情况：', `患者因“${doc.complaint}”入院。既往史：${pastHistory(doc, rng)}。家族史：${kin(rng)}。查体：T ${(rng.int(362, 373) / 10)
      .toFixed(1)}℃，BP ${bp}，神志清，双肺呼吸音清，心律齐，腹软，双下肢无水肿。`);
    run('入院诊断：', listed(doc.dx.admission, how).join('  '), doc.dx.admission.map((d) => d.text));
    const exam = addDays(doc.dates.admission, rng.int(1, Math.max(1, doc.stayDays - 2)));
    run('诊疗经过：', `入院后完善血常规、生化、心电图等检查，${mdCn(exam)}行${examOf(doc)}。予${doc.course}等治疗${mongol
      ? '，辅以蒙药及蒙医温针、放血疗法' : ''}，病情好转。`, [mdCn(exam)]);
    const panel = doc.labs[0];
    const values = panel?.rows.slice(0, 4).map((r) => `${r.abbr} ${r.value}${r.unit}${r.flag}`) ?? [];
    if (panel) run('辅助检查：', `${panel.title}：${values.join('，')}。`, values);
    run('出院情况：', rng.pick(['神志清，精神可，饮食睡眠可，二便正常，生命体征平稳。', '症状明显缓解，无胸闷、头晕，查体同前，准予出院。']));

    let dx = x0 + s.put(x0, y, '出院诊断：', b);
    if (mongol) {
      const own = mongolDx(doc, rng);
      s.put(dx, y, `蒙医诊断：${own.map((d) => d.text).join('，')}`, f);
      s.diagnoses(own);
      y += lh;
      dx += s.put(dx, y, '西医诊断：', f);
    }
    listed(doc.dx.western, how).forEach((t, i) => s.put(dx, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.3);
    const back = formatDate(addDays(doc.dates.discharge, rng.pick([7, 14, 30])), rng.pick(['cnShort', 'iso'] as const));
    run('出院医嘱：', `1.低盐低脂饮食，注意保暖，避免劳累；2.继续口服${doc.medicines.slice(0, 2).join('、')}；3.${back}来院复诊，不适随诊。`,
      [back, ...doc.medicines]);

    y += lh;
    const sw = s.put(x0 + w * 0.42, y, '医师签名：', b);
    handwritten(s, x0 + w * 0.42 + sw + 10, y, doc.doctors.resident, pt * 1.3, rng);
    s.pair(x0 + w * 0.72, y, '主治医师：', doc.doctors.attending, b, f);
    s.pair(x0 + w * 0.42, y + lh * 1.3, '记录日期：', formatDate(doc.dates.discharge, rng.pick(['cn', 'iso'] as const)), b, f);

    const small = st(serif ? 'serif' : 'sans', 8.5, { color: '#444' });
    s.line(x0, 2195, right, 2195, 1, colour);
    s.put(x0, 2232, `打印日期：${formatDate(printedOn(doc), 'isoTime', doc.times.print)}`, small);
    s.put(right, 2232, '第1页 共1页', { ...small, align: 'right' });
  },
};
