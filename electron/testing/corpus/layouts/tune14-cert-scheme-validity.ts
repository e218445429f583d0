import { makeDoc } from '../case';
import { addDays, formatDate, parts, type DateStyle } from '../dates';
import { SCHEME_NAMES, type DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { mobile } from './tune5-kit';
import { settled, suited, yearMonth } from './tune6-kit';
import { sectionTable } from './tune8-kit';
import { countyWords } from './tune10-kit';
import { CLINIC14, local14, NORTHEAST14, provinceOf, schemeOf, SOUTH14 } from './tune14-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'SEVERE_MENTAL_DISORDER', 'MALIGNANT_TUMOR_OUTPATIENT',
  'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/** The scheme's code for each 病种 as the forms print it beside the name (M + five digits, illustrative). */
const CODE: Partial<Record<DiseaseKey, string>> = {
  HYPERTENSION: 'M03900', DIABETES: 'M01600', CORONARY_HEART_DISEASE: 'M04600', CEREBROVASCULAR_DISEASE: 'M05300',
  URAEMIA_DIALYSIS: 'M07800', SEVERE_MENTAL_DISORDER: 'M02200', MALIGNANT_TUMOR_OUTPATIENT: 'M00500',
  POST_ARTERIAL_STENT_ANTICOAGULATION: 'M04900',
};

/** The first day of the month after `iso` (待遇 often start there). */
function nextMonth(iso: string): string {
  const [y, m] = parts(iso);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/**
 * 门诊特定病种 / 门诊特殊病种 / 规定病种 / 门诊慢特病 诊断证明书 (the scheme's name by province) from a city 职业病防治院's
 * chronic-disease clinic or a county hospital's 专病门诊 in Guangdong, Fujian, Zhejiang or the Northeast: a bordered grid with
 * 出生日期 (not truth) and 身份证号 (truth), label-column rows for 申请病种 in the scheme's words with its code (not a diagnosis),
 * 临床诊断 numbered (counted), 诊断依据 with the year the disease was found, 有效期 running a year or two from the issue date or
 * from the next month (not truth), then the doctor and 开具日期 (truth) under the seal.
 */
export const tune14CertSchemeValidity: Layout = {
  id: 'tune14-cert-scheme-validity',
  kind: 'certificate',
  split: 'tune',
  style: 'Guangdong / Fujian / Zhejiang / Northeast 职业病防治院 or county 专病门诊 门诊特定病种 诊断证明书: scheme line over the letterhead, '
    + 'bordered grid, label-column rows with 申请病种 code, 有效期 row, 开具日期 under the seal, serif or sans 11–12 pt',
  exercises: ['有效期：自2025年3月4日至2026年3月3日 / 2025年04月01日至2027年03月31日 (not truth)', '开具日期 in the last grid row under the seal (truth)',
    '出生日期 beside the name (not truth)', '申请病种 in the scheme\'s words with an M-code (not a diagnosis)', '临床诊断 numbered (counted)',
    '诊断依据 with 确诊于2019年5月 and test values', 'the scheme named by province: 门诊特定病种 / 门诊特殊病种 / 规定病种 / 门诊慢性病',
    '职业病防治院 letterheads beside county hospitals'],
  doc: (rng) => {
    const doc = local14(countyWords(settled(suited(makeDoc(rng, { kind: 'certificate', keys: KEYS,
      hospitals: [...CLINIC14, ...CLINIC14, ...SOUTH14, ...NORTHEAST14], compoundSurnames: 0.06 }))), rng,
    { outside: 0.2, near: 0.1 }), rng);
    return /职业病/u.test(doc.hospital.name) ? { ...doc, department: rng.pick(['内科门诊', '慢病诊断门诊', '职业病与慢病门诊']) } : doc;
  },
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.55);
    const pt = rng.pick([11, 11.5, 12]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.7;
    const p = doc.patient;
    const scheme = schemeOf(doc.hospital);

    s.put(s.width / 2, 125, `${provinceOf(doc.hospital)}基本医疗保险${scheme}待遇认定`,
      st(f.face, 11, { align: 'center', color: '#333', spacing: 2 }));
    s.put(s.width / 2, 205, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 20, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 290, `${scheme}诊断证明书`, st(serif ? 'serifBold' : 'sansBold', 18, { align: 'center', spacing: 6 }));
    const serial = String(rng.int(1, 99999)).padStart(5, '0');
    s.put(right, 350, `编号：${scheme.startsWith('规定') ? 'GD' : 'MT'}${doc.dates.issue.slice(0, 4)}${serial}`,
      { ...st(f.face, 10), align: 'right' });

    const shade = rng.pick(['#eeeeee', '#eaf1ea', '#edf0f6']);
    const L = (text: string, wd: number) => ({ text, w: wd, label: true });
    const V = (text: string, wd: number) => ({ text, w: wd });
    const ds: DateStyle = rng.pick(['cn', 'cnShort', 'iso'] as const);
    const born = formatDate(p.birth, rng.pick(['iso', 'dotPad'] as const));
    let y = s.grid(x0, 380, px(pt) * 2.3, [
      [L('姓名', 150), V(p.name, 250), L('性别', 120), V(p.sex, 120), L('出生日期', 170), V(born, 280), L('年龄', 120), V(`${p.age}岁`, 204)],
      [L('身份证号', 150), V(p.idNumber, 490), L('参保类型', 170), V(rng.pick(['职工医保', '城乡居民医保']), 250), L('电话', 120), V(mobile(rng), 234)],
      [L('就诊科室', 150), V(doc.department, 490), L('门诊号', 170), V(doc.recordNo, 604)],
    ], f, { shade, label: b, border: 1.6 });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });

    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const applied = doc.dx.keys.filter((k) => CODE[k]).map((k) => `${SCHEME_NAMES[k]}（${CODE[k]}）`).join('；');
    const lab = doc.labs[0];
    const found = yearMonth(doc.dates.firstVisit);
    const values = lab ? lab.rows.slice(0, 3).map((r) => `${r.abbr} ${r.value}${r.unit}${r.flag}`) : [];
    const basis = `患者于${found}确诊，长期门诊规律治疗。${lab ? `近期${lab.title}：${values.join('，')}。` : ''}符合${scheme}认定标准。`;
    const start = rng.chance(0.5) ? doc.dates.issue : nextMonth(doc.dates.issue);
    const years = rng.pick([1, 1, 2]);
    const end = addDays(`${Number(start.slice(0, 4)) + years}${start.slice(4)}`, -1);
    const [from, to] = [formatDate(start, ds), formatDate(end, ds)];
    const valid = rng.pick([`自${from}至${to}`, `${from}至${to}（${years}年）`]);
    y = sectionTable(s, x0, y, w, 170, [
      { label: '申请病种', text: applied || SCHEME_NAMES[doc.primary] },
      { label: '临床诊断', lines: listed(doc.dx.western, how) },
      { label: '诊断依据', text: basis, keep: [found, ...values] },
      { label: '治疗方案', text: `${doc.medicines.slice(0, 3).join('；')}，长期门诊治疗，定期复查。`, keep: [...doc.medicines] },
      { label: '有 效 期', text: valid, keep: [from, to] },
    ], f, b, lh, { shade, border: 1.6 });
    s.diagnoses(doc.dx.western);

    const rowH = px(pt) * 2.6;
    const sign = y;
    y = s.grid(x0, y, rowH, [[L('诊断医师', 170), V('', 300), L('职称', 120), V(rng.pick(['副主任医师', '主任医师', '主治医师']), 250),
      L('开具日期', 170), V(formatDate(doc.dates.issue, rng.pick(['cn', 'cnShort', 'cnNumeral'] as const)), 404)]], f,
    { shade, label: b, border: 1.6 });
    handwritten(s, x0 + 195, sign + rowH * 0.68, doc.doctors.attending, pt * 1.25, rng);
    s.put(right, y + lh * 1.3, '医疗机构（盖章）', { ...f, align: 'right' });
    seal(s, right - 240 + rng.range(-30, 30), sign + rowH * 0.6, 110, doc.hospital.name, rng.pick(['诊断证明专用章', '门诊部']), rng);
    const note = st(f.face, 9.5, { color: '#444' });
    y += lh * 2.6;
    y = s.para(x0, y, w, `注：1.本证明书须经定点医疗机构医保办审核，有效期内办理${scheme}待遇认定有效。2.涂改无效，复印无效。`, note, lh);
    s.put(x0, y, `3.咨询电话：${doc.hospital.phone}`, note);
  },
};
