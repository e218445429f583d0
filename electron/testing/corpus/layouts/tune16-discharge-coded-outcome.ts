import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, handwritten, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { historyText, px, sexAge, st } from './common';
import { addressLine, reprinted } from './kit';
import { suited, para } from './tune6-kit';
import { countyWords, codeOf } from './tune10-kit';
import { GENERAL16, local16, OUTCOMES, ON_ADMISSION, onAdmission } from './tune16-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS',
  'MALIGNANT_TUMOR_OUTPATIENT', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'LEUKEMIA'];

/**
 * 出院记录 of a Hunan, Hubei, Jiangxi or Anhui county hospital's EMR: barcode of the 住院号 top right, a two-column header
 * block without borders (姓名 — truth —, 身份证号 — truth —, 入院日期 / 出院日期 — truth — with 住院天数), prose sections under
 * 【】 heads where 入院诊断 sits in a sentence (not truth), and at the end the 出院诊断 table of the 病案首页 kind: 诊断名称,
 * ICD-10, 入院病情 and 转归 as code digits with their legend under the table (the rows are the truth, the digits are not).
 */
export const tune16DischargeCodedOutcome: Layout = {
  id: 'tune16-discharge-coded-outcome',
  kind: 'discharge',
  split: 'tune',
  style: 'Hunan / Hubei / Jiangxi / Anhui county hospital EMR 出院记录: barcode, borderless two-column header, 【】 prose sections, '
    + 'closing 出院诊断 table with ICD-10, 入院病情 and 转归 code digits and their legend, serif or sans 10.5–11.5 pt',
  exercises: ['入院日期 / 出院日期 in a two-column header block (truth), 住院天数 beside them', '入院诊断 inside a 【入院情况】 sentence (not truth)',
    '出院诊断 table at the end of the record with 入院病情 1–4 and 转归 1–5 as digits, legend under it (rows are truth)',
    'local ID with a Hunan / Hubei / Jiangxi / Anhui address code', 'reprint date in the footer, handwritten 医师签名'],
  doc: (rng) => local16(reprinted(suited(countyWords(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: GENERAL16,
    yearEnd: 0.1 }), rng, { outside: 0.15 }))), rng),
  draw(s, doc, rng) {
    const x0 = 130;
    const right = s.width - 130;
    const w = right - x0;
    const serif = rng.chance(0.5);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const ds: DateStyle = rng.pick(['cn', 'iso', 'cnTime', 'isoTime'] as const);

    barcode(s, right - 360, 90, doc.recordNo, 60, 2.5);
    s.put(right - 180, 180, doc.recordNo, st('sans', 9, { align: 'center' }));
    s.put(s.width / 2, 150, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 20, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 240, '出 院 记 录', st(serif ? 'serifBold' : 'sansBold', 17, { align: 'center', spacing: 6 }));
    let y = 320;
    s.line(x0, y - lh * 0.8, right, y - lh * 0.8, 2);
    const [sex, age] = sexAge(doc);
    const half = x0 + w * 0.52;
    const rows: [string, string, string, string][] = [
      ['姓　　名：', p.name, '科　　室：', doc.department],
      ['性别年龄：', `${sex}\u3000${age}`, '床\u3000\u3000号：', `${doc.bed}床`],
      ['身份证号：', p.idNumber, '住 院 号：', doc.recordNo],
      ['入院日期：', formatDate(doc.dates.admission, ds, doc.times.admission), '出院日期：',
        formatDate(doc.dates.discharge, ds, doc.times.discharge)],
    ];
    for (const [l1, v1, l2, v2] of rows) {
      s.pair(x0, y, l1, v1, b, f);
      s.pair(half, y, l2, v2, b, f);
      y += lh;
    }
    s.pair(x0, y, '住院天数：', `${doc.stayDays}天`, b, f);
    s.pair(half, y, '主治医师：', doc.doctors.attending, b, f);
    s.line(x0, y + lh * 0.55, right, y + lh * 0.55, 1.5);
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    y += lh * 1.6;
    const adm = doc.dx.admission.map((d) => d.text).join('；');
    const sections: [string, string][] = [
      ['【入院情况】', `${historyText(doc)}入院诊断：${adm}。`],
      ['【诊疗经过】', `入院后完善血常规、生化等检查，行${doc.procedure}，予${doc.course}等治疗，病情好转。`],
      ['【出院情况】', '患者一般情况可，无明显不适，生命体征平稳，准予出院。'],
      ['【出院医嘱】', `继续${doc.medicines.slice(0, 2).join('，')}；低盐低脂饮食，定期复查，门诊随访，不适随诊。`],
    ];
    for (const [head, text] of sections) {
      s.put(x0, y, head, b);
      y = para(s, x0, y + lh, w, text, f, lh, { indent: px(pt) * 2 }) + lh * 0.3;
    }

    s.put(x0, y, '【出院诊断】', b);
    y += lh * 0.6;
    const cols = [w * 0.08, w * 0.52, w * 0.16, w * 0.12, w * 0.12];
    const head = ['序号', '诊断名称', '疾病编码', '入院病情', '转归'];
    const body = doc.dx.western.map((d, i) => [i === 0 ? '主' : String(i + 1), d.text, codeOf(d, i),
      String(onAdmission(d, rng)), String(d.key ? rng.pick([2, 2, 3]) : rng.pick([1, 2]))]);
    const rowH = lh * 1.25;
    y = s.grid(x0, y, rowH, [head, ...body].map((r, j) => r.map((t, i) => ({ text: t, w: cols[i] ?? 0, label: j === 0,
      align: i === 1 ? 'left' as const : 'center' as const }))), f, { label: b, shade: '#eeeeee', border: 1.5 });
    s.diagnoses(doc.dx.western);
    const small = st(f.face, 9);
    y += lh * 0.9;
    s.put(x0, y, `入院病情：${ON_ADMISSION.map((t, i) => `${i + 1}.${t}`).join('  ')}`, small);
    y += px(9) * 1.6;
    s.put(x0, y, `转归：${OUTCOMES.map((t, i) => `${i + 1}.${t}`).join('  ')}`, small);

    const by = Math.max(y + lh * 2.5, 1900);
    const sw = s.put(half, by, '医师签名：', f);
    handwritten(s, half + sw + 8, by, doc.doctors.resident, pt * 1.3, rng);
    s.put(right, by, formatDate(doc.dates.discharge, 'cn'), { ...f, align: 'right' });
    seal(s, right - 180, by - 30, 105, doc.hospital.name, '病案管理专用章', rng);
    const foot = st(f.face, 9, { color: '#444' });
    s.line(x0, 2200, right, 2200, 1);
    s.put(x0, 2235, addressLine(doc), foot);
    s.put(right, 2235, `打印：${formatDate(doc.dates.print, 'iso')}`, { ...foot, align: 'right' });
  },
};
