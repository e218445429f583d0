import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { COUNTY, COUNTY_MORE, TCM, TOWNSHIP } from '../hospitals';
import { handwritten, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { forPatient, listed, type Mark } from './kit';
import { issuedSoon } from './tune4-kit';
import { suited, wrap } from './tune6-kit';
import { ticks } from './tune7-kit';
import { PRIVATE } from './tune9-kit';
import { countyWords, groupedId, restSpan } from './tune10-kit';

const HOSPITALS = [...COUNTY, ...COUNTY_MORE, ...TCM, ...TOWNSHIP, ...PRIVATE];

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS',
  'POST_ARTERIAL_STENT_ANTICOAGULATION', 'MALIGNANT_TUMOR_OUTPATIENT', 'SEVERE_MENTAL_DISORDER', 'LEUKEMIA', 'HEMOPHILIA'];

/**
 * 诊断证明书 of a county, TCM, township or private hospital as a bordered form with 就诊类别 □门诊 ☑住院: on an inpatient page
 * the 住院号 and the stay in the 处理意见 cell (该患者自2025年3月4日至2025年3月15日在我院住院治疗，共11天; truth), on an outpatient
 * page the 门诊号 and no stay; the diagnoses numbered one a line in a tall cell (counted), rest advised in words (建议休息两周),
 * and the date of issue in Chinese numerals (二〇二五年三月二十日) under the seal at the bottom right (truth).
 */
export const tune10CertTickStay: Layout = {
  id: 'tune10-cert-tick-stay',
  kind: 'certificate',
  split: 'tune',
  style: 'County / TCM / township / private hospital 诊断证明书 as a bordered form with □门诊 ☑住院 boxes, tall 诊断 and 处理意见 cells, '
    + 'serif or sans 12–13 pt, date of issue in Chinese numerals under the seal',
  exercises: ['就诊类别 □门诊 ☑住院 / ☑门诊 □住院 in the grid, with 住院号 and 床号 (inpatient) or 门诊号 (outpatient)',
    'the stay only in 处理意见: 该患者自2025年3月4日至2025年3月15日在我院住院治疗，共11天 / 于…入院，…出院 (truth on inpatient pages)',
    'outpatient pages state no stay', '诊断 numbered 1. / 1、 / （1） one a line in a tall cell (counted), with non-catalogue diseases',
    'rest advised in words: 建议休息两周 / 全休一个月 / 休息14天 (no dates)', 'ID whole or in groups, 年龄 67岁',
    'date of issue 二〇二五年三月二十日 / 二○二五年… / 2025年3月20日 under the seal (truth), handwritten 医师 and printed 科主任'],
  doc: (rng) => countyWords(issuedSoon(suited(forPatient(makeDoc(rng, { kind: 'certificate', keys: KEYS, hospitals: HOSPITALS,
    compoundSurnames: 0.12, yearEnd: 0.1 }), rng, COUNTY)), rng), rng),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const serif = rng.chance(0.55);
    const face = serif ? 'serif' : 'sans';
    const bold = serif ? 'serifBold' : 'sansBold';
    const pt = rng.pick([12, 12.5, 13]);
    const f: Style = st(face, pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.9;
    const x0 = 140;
    const right = s.width - x0;
    const w = right - x0;
    const stay = rng.chance(0.7);

    s.put(s.width / 2, 170, doc.hospital.name, st(bold, 19, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 275, rng.pick(['诊 断 证 明 书', '疾病诊断证明书', '诊 断 证 明']), st(bold, 21, { align: 'center', spacing: 10 }));
    s.put(right, 350, `No.${String(rng.int(0, 999_999)).padStart(6, '0')}`, st('serifBold', 12, { align: 'right', color: '#b8262d' }));

    const rh = px(pt) * 2.3;
    const cell = (x: number, y: number, cw: number, h: number, t: string, label: boolean): void => {
      s.rect(x, y, cw, h, 1.8);
      if (label) s.put(x + cw / 2, y + h / 2 + px(pt) * 0.36, t, { ...b, align: 'center' });
      else s.put(x + 16, y + h / 2 + px(pt) * 0.36, t, f);
    };
    const row = (y: number, cells: readonly (readonly [string, number, boolean])[]): number => {
      let x = x0;
      for (const [t, cw, label] of cells) {
        cell(x, y, cw, rh, t, label);
        x += cw;
      }
      return y + rh;
    };
    const lw = 190;
    const id = rng.chance(0.4) ? groupedId(doc.patient.idNumber, rng.pick(['fours', 'six-fours'] as const)) : doc.patient.idNumber;
    // The 住院号 carries the year of admission.
    const admittedNo = doc.dates.admission.slice(0, 4) + doc.recordNo.slice(4);
    let y = row(380, [['姓名', lw, true], [doc.patient.name, 330, false], ['性别', 150, true], [doc.patient.sex, 170, false],
      ['年龄', 150, true], [`${doc.patient.age}岁`, w - lw - 800, false]]);
    y = row(y, [['身份证号', lw, true], [id, 650, false], ['就诊类别', 180, true],
      [ticks(['门诊', '住院'], stay ? '住院' : '门诊'), w - lw - 830, false]]);
    y = row(y, stay
      ? [['科别', lw, true], [doc.department, 330, false], ['住院号', 150, true], [admittedNo, 320, false], ['床号', 150, true],
        [`${doc.bed}床`, w - lw - 950, false]]
      : [['科别', lw, true], [doc.department, 330, false], ['门诊号', 150, true], [doc.recordNo, w - lw - 480, false]]);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.issue,
      ...(stay ? { admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge } : {}) });

    // 诊断: one a line in a tall cell.
    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const items = listed(doc.dx.western, how);
    const dh = Math.max(rh * 2.6, items.length * lh + lh);
    cell(x0, y, lw, dh, '诊断', true);
    s.rect(x0 + lw, y, w - lw, dh, 1.8);
    items.forEach((t, i) => s.put(x0 + lw + 24, y + lh * (i + 1), t, f));
    s.diagnoses(doc.dx.western);
    y += dh;

    // 处理意见: the stay (inpatient) and the rest, wrapped in a tall cell.
    const ds: DateStyle = rng.pick(['cnShort', 'cnShort', 'cn'] as const);
    const adm = formatDate(doc.dates.admission, ds);
    const dis = formatDate(doc.dates.discharge, ds);
    const said = stay ? rng.pick([`该患者自${adm}至${dis}在我院住院治疗，共${doc.stayDays}天。`,
      `该患者于${adm}入院，${dis}出院，住院${doc.stayDays}天。`, `患者自${adm}至${dis}住院治疗。`]) : '经门诊检查，诊断如上。';
    const rest = `${stay ? '出院后' : ''}建议${rng.pick(['休息', '全休', '居家休息'])}${restSpan(rng)}，${rng.pick(['避免劳累，', '低盐低脂饮食，', ''])}`
      + `${rng.pick(['门诊随诊', '定期复查', '按时服药，定期门诊复查'])}。`;
    const lines = wrap(s, said + rest, w - lw - 48, f, { keep: [adm, dis] });
    const ah = Math.max(rh * 2.6, lines.length * lh + lh);
    cell(x0, y, lw, ah, rng.pick(['处理意见', '医嘱', '建议']), true);
    s.rect(x0 + lw, y, w - lw, ah, 1.8);
    lines.forEach((t, i) => s.put(x0 + lw + 24, y + lh * (i + 1), t, f));
    y += ah + lh * 1.8;

    const dw = s.put(x0 + 40, y, '医师：', f);
    handwritten(s, x0 + 40 + dw + 12, y, doc.doctors.attending, pt * 1.3, rng);
    s.put(x0 + w * 0.36, y, `科主任：${doc.doctors.director}`, f);
    const date = formatDate(doc.dates.issue, rng.pick(['cnNumeral', 'cnNumeral', 'cnNumeralO', 'cnShort'] as const));
    const cx = right - s.measure(date, f) / 2 - 30;
    s.put(cx, y + lh * 1.6, '（盖章）', { ...f, align: 'center' });
    s.put(cx, y + lh * 2.8, date, { ...f, align: 'center' });
    seal(s, cx + rng.range(-40, 30), y + lh * 2 + rng.range(-25, 15), rng.range(130, 148), doc.hospital.name,
      rng.pick(['诊断证明专用章', '医务科']), rng);
    s.put(x0, 2150, '注：1.本证明须加盖医院诊断证明专用章方有效；2.涂改无效；3.仅证明病情，不作他用。', st(face, 9.5, { color: '#333' }));
  },
};
