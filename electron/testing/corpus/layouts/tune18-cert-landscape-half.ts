import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { listed, type Mark } from './kit';
import { sickLeave } from './tune3-kit';
import { para, settled, suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { CITY18, COUNTY18, local18, place18, SCHEME18 } from './tune18-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS',
  'MALIGNANT_TUMOR_OUTPATIENT', 'SEVERE_MENTAL_DISORDER', 'LEUKEMIA', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'HEMOPHILIA'];

/** The sheet is A4 turned to landscape and cut in half: the print fills the top half of the scan. */
const H = 1169;
/** The perforation between the 存根 and the patient's part. */
const CUT = 590;

/**
 * 诊断证明书 of a Beijing / Tianjin 三甲 or district hospital, or a Hebei / Shandong hospital, printed on half an A4 sheet in landscape
 * and scanned on A4 glass (the lower half white): the 存根 at the left — its own number, the patient, the diagnoses, 开具日期 and the
 * doctor, read down on its own — a perforation with the 骑缝章 across it, and the patient's part at the right: hospital and title, the
 * No., 姓名 / 性别 / 年龄 (truth), 身份证号 (truth), 科别 and 门诊号, 诊断 run on and numbered (counted), 医疗建议 with a rest period
 * (its dates not truth) and on some pages the stay (于…至…住院治疗 — truth), the handwritten doctor, the 开具日期 (truth) and the seal.
 */
export const tune18CertLandscapeHalf: Layout = {
  id: 'tune18-cert-landscape-half',
  kind: 'certificate',
  split: 'tune',
  style: 'Beijing / Tianjin / Hebei / Shandong hospital 诊断证明书 on a landscape half sheet (top half of the scan): 存根 at the left '
    + 'past a perforation with the 骑缝章, the patient\'s part at the right, serif or sans 11.5–12.5 pt, the stub 10 pt',
  exercises: ['a landscape half sheet: the lower half of the scan empty', '存根 at the left read as a block: No., name, diagnoses, 开具日期',
    '骑缝章 across the perforation between the two parts', '姓名 / 身份证号 in the patient\'s part (truth)',
    '诊断 run on and numbered, wrapping (counted)', '医疗建议 with 建议全休14天（…至…） (not truth)',
    'the stay 于2025年3月4日至2025年3月15日在我院住院治疗 on some pages (truth)', '开具日期 by the seal (truth), the same on the 存根',
    '门诊特殊病 / 门诊特定疾病 / 门诊慢特病 申报 line by the city'],
  doc: (rng) => local18(settled(suited(countyWords(makeDoc(rng, { kind: 'certificate', keys: KEYS, hospitals: [...CITY18, ...COUNTY18],
    compoundSurnames: 0.08, yearEnd: 0.08 }), rng, { outside: 0.2, near: 0.1 }))), rng),
  draw(s, doc, rng) {
    for (let x = 40; x < s.width - 40; x += 28) s.line(x, H, x + 12, H, 1, '#cfcfcf');
    for (let y = 60; y < H - 30; y += 26) s.line(CUT, y, CUT, y + 12, 1.6, '#777');

    const serif = rng.chance(0.55);
    const pt = rng.pick([11.5, 12, 12.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const [sex, age] = sexAge(doc);
    const no = `${doc.dates.issue.slice(0, 4)}${String(rng.int(1, 99999)).padStart(5, '0')}`;
    const ds: DateStyle = rng.pick(['cnShort', 'cn', 'iso'] as const);
    const issued = formatDate(doc.dates.issue, ds);
    const mk: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const items = listed(doc.dx.western, mk);

    // The 存根, read on its own.
    const sx = 95;
    const sw = CUT - 30 - sx;
    const sf: Style = st(f.face, 10);
    const sb: Style = st(b.face, 10);
    const sl = px(10) * 1.75;
    s.block(() => {
      s.put(sx + sw / 2, 130, '诊断证明书', st(b.face, 13, { align: 'center', spacing: 4 }));
      s.put(sx + sw / 2, 185, '（存  根）', st(f.face, 11, { align: 'center' }));
      s.pair(sx, 255, 'No.', no, sb, sf);
      let y = 255 + sl * 1.3;
      for (const [l, v] of [['姓名：', p.name], ['性别：', `${sex}    年龄：${age}`], ['科别：', doc.department]] as const) {
        s.pair(sx, y, l, v, sb, sf);
        y += sl;
      }
      const dl = s.put(sx, y, '诊断：', sb);
      for (const item of items) y = para(s, sx + dl, y, sw - dl, item, sf, sl);
      s.pair(sx, y, '医师：', doc.doctors.attending, sb, sf);
      s.pair(sx, y + sl, '开具日期：', issued, sb, sf);
      s.pair(sx, y + sl * 2, '领取人签字：', '', sb, sf);
    });

    // The patient's part.
    const x0 = CUT + 50;
    const right = s.width - 90;
    const w = right - x0;
    const mid = (x0 + right) / 2;
    s.put(mid, 120, doc.hospital.name, st(b.face, 17, { align: 'center', spacing: 3 }));
    s.put(mid, 192, '诊 断 证 明 书', st(b.face, 18, { align: 'center', spacing: 8 }));
    s.put(x0, 250, `（${SCHEME18[place18(doc.hospital)]}申报用）`, st(f.face, 10, { color: '#333' }));
    s.pair(right - 260, 250, 'No.', no, st(b.face, 10, { color: '#b22222' }), st(f.face, 10, { color: '#b22222' }));
    s.line(x0, 270, right, 270, 1.6);
    let y = 270 + lh * 1.05;
    s.pair(x0, y, '姓名：', p.name, b, f);
    s.pair(x0 + w * 0.42, y, '性别：', sex, b, f);
    s.pair(x0 + w * 0.7, y, '年龄：', age, b, f);
    y += lh;
    s.pair(x0, y, '身份证号：', p.idNumber, b, f);
    y += lh;
    const inpatient = rng.chance(0.4);
    s.pair(x0, y, '科别：', doc.department, b, f);
    s.pair(x0 + w * 0.42, y, inpatient ? '住院号：' : '门诊号：', doc.recordNo, b, f);
    y += lh;
    const dl = s.put(x0, y, '诊断：', b);
    y = para(s, x0 + dl, y, w - dl, items.join('；'), f, lh, { keep: items });
    s.diagnoses(doc.dx.western);
    const stay = inpatient && rng.chance(0.75);
    const cn = (iso: string): string => formatDate(iso, 'cnShort');
    const leave = sickLeave(rng, stay ? doc.dates.discharge : doc.dates.issue, rng.pick(['cnShort', 'dotPad'] as const));
    const advice = `${stay ? `该患者于${cn(doc.dates.admission)}至${cn(doc.dates.discharge)}在我院住院治疗。` : ''}`
      + `${rng.pick(['需长期规律服药，定期复查', '需长期门诊治疗'])}，${leave.text}。`;
    const al = s.put(x0, y, '医疗建议：', b);
    const span = /（[^）]+）/u.exec(leave.text)?.[0] ?? '';
    y = para(s, x0 + al, y, w - al, advice, f, lh, { keep: [cn(doc.dates.admission), cn(doc.dates.discharge), span] });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue,
      ...(stay ? { admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge } : {}) });

    const sy = Math.max(y + lh * 0.6, H - 175);
    const mw = s.put(x0, sy, '医师签名：', b);
    handwritten(s, x0 + mw + 10, sy, doc.doctors.attending, pt * 1.3, rng);
    s.put(right - 430, sy, '医院（盖章）', f);
    const dw = s.pair(right - 430, sy + lh, '开具日期：', issued, b, f);
    seal(s, right - 430 + dw * 0.6 + rng.range(-30, 30), sy + lh * 0.3 + rng.range(-15, 15), 118, doc.hospital.name, '诊断证明专用章', rng);
    seal(s, CUT, rng.range(560, 820), 112, doc.hospital.name, '诊断证明专用章', rng);
  },
};
