import { makeDoc, type Doc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Rng } from '../rng';
import type { Cell, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { checkBox } from './tune2-kit';
import { issuedSoon } from './tune4-kit';
import { wrap } from './tune6-kit';
import { boxedDate, child, homeIn, keeperOf, local10, MENTAL10 } from './blind10-kit';

const KEYS: readonly DiseaseKey[] = ['SEVERE_MENTAL_DISORDER', 'SEVERE_MENTAL_DISORDER', 'SEVERE_MENTAL_DISORDER',
  'CHILD_DISABILITY_REHAB'];

type Coded = readonly [text: string, code: string];
const WORDS: Partial<Record<DiseaseKey, readonly Coded[]>> = {
  SEVERE_MENTAL_DISORDER: [['精神分裂症', 'F20.900'], ['偏执型精神分裂症', 'F20.000'], ['双相情感障碍（目前为躁狂发作）', 'F31.200'],
    ['分裂情感性障碍', 'F25.900'], ['偏执性精神障碍', 'F22.000'], ['癫痫所致精神障碍', 'F06.800'], ['精神发育迟滞伴发精神障碍', 'F79.100']],
  CHILD_DISABILITY_REHAB: [['儿童孤独症', 'F84.000'], ['孤独症谱系障碍', 'F84.000'], ['智力障碍（中度）', 'F71.900'], ['智力障碍（轻度）', 'F70.900']],
};
const EXTRA: readonly Coded[] = [['失眠障碍', 'F51.000'], ['高脂血症', 'E78.500'], ['药源性锥体外系反应', 'G25.100']];

/** The diagnosis as a mental-health centre codes it (ICD-10 first), a child of two to six for the disability key. */
function coded(doc: Doc, rng: Rng): Doc & { codes: readonly string[] } {
  const d = doc.primary === 'CHILD_DISABILITY_REHAB' ? child(doc, rng, [2, 6]) : doc;
  const main = rng.pick(WORDS[d.primary] ?? []);
  const extra = d.primary === 'SEVERE_MENTAL_DISORDER' && rng.chance(0.45) ? [rng.pick(EXTRA)] : [];
  const all = [main, ...extra];
  const western: Dx[] = all.map(([text], i) => ({ text, key: i === 0 ? d.primary : null }));
  const department = d.primary === 'SEVERE_MENTAL_DISORDER' ? rng.pick(['精神科', '精神二科', '心境障碍科']) : '儿童青少年心理科';
  return { ...d, codes: all.map(([, c]) => c), dx: { ...d.dx, western, keys: [d.primary] }, department };
}

/**
 * 疾病诊断证明书 of a city mental-health centre (精神卫生中心) in Hubei, Hunan, Jiangxi, Guizhou, Yunnan, Guangxi or Chongqing for
 * a patient with a severe mental disorder, or a child of two to six with autism or intellectual disability. A bordered form:
 * 姓名, 出生日期 (not truth), 身份证号 (truth), 监护人 with the relationship and the guardian's own full ID (not truth), 首次发病 /
 * 确诊时间 years back (not truth), 诊断 with ICD-10 codes (counted; a comorbidity beside it is not), 病情摘要 with the current
 * stay on some pages (truth) or the months of outpatient treatment, 用途 tick boxes, two doctors' handwriting, and 开具日期 written
 * by hand into printed boxes (truth) under the seal.
 */
export const blind10Certificate2: Layout = {
  id: 'blind10-certificate-2',
  kind: 'certificate',
  split: 'blind',
  style: 'City 精神卫生中心 疾病诊断证明书: bordered form with 出生日期, 监护人 and the guardian\'s ID, ICD-coded 诊断, 病情摘要 prose, 用途 '
    + 'tick boxes, two handwritten doctors, 开具日期 handwritten digit by digit into printed boxes, seal, serif or sans 11–12 pt',
  exercises: ['出生日期 and 首次发病 / 确诊时间 (not truth)', '监护人 (a parent, spouse or grown child) with a second valid ID (not truth)',
    '诊断 F20.000 偏执型精神分裂症 (counted) and a comorbidity (not counted)', 'the stay 于…至…住院治疗 on some pages (truth)',
    '用途：☑门诊慢特病申请 □残疾评定', '开具日期 2025年03月20日 written into boxes (truth)'],
  doc: (rng) => coded(local10(issuedSoon(makeDoc(rng, { kind: 'certificate', keys: KEYS, hospitals: MENTAL10,
    compoundSurnames: 0.04 }), rng), rng), rng),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.55);
    const pt = rng.pick([11, 11.5, 12]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansMedium', pt);
    const lh = px(pt) * 1.7;
    const rowH = px(pt) * 2.2;
    const p = doc.patient;
    const codes = (doc as Doc & { codes?: readonly string[] }).codes ?? [];
    const kid = doc.primary === 'CHILD_DISABILITY_REHAB';

    s.put(s.width / 2, 150, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 19, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 235, '疾病诊断证明书', st(serif ? 'serifBold' : 'sansBold', 18, { align: 'center', spacing: 8 }));
    s.put(x0, 300, `门诊号：${doc.recordNo}`, st(f.face, 10));
    s.put(right, 300, `编号：JZ${formatDate(doc.dates.issue, 'iso').slice(0, 4)}-${String(rng.int(1, 9999)).padStart(4, '0')}`,
      st(f.face, 10, { align: 'right' }));

    const keeper = keeperOf(doc, rng);
    const ds: DateStyle = rng.pick(['cn', 'iso', 'cnShort'] as const);
    const onset = addDays(doc.dates.issue, -rng.int(kid ? 300 : 700, kid ? 900 : 4000));
    const found = addDays(onset, rng.int(30, 280));
    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    let y = s.grid(x0, 330, rowH, [
      [L('姓名', 170), V(p.name, 260), L('性别', 120), V(p.sex, 120), L('出生日期', 170), V(formatDate(p.birth, ds), 300), L('民族', 120),
        V(rng.pick(['汉族', '汉族', '土家族', '苗族', '壮族', '彝族']), 154)],
      [L('身份证号', 170), V(p.idNumber, 500), L('婚姻状况', 170), V(kid || p.age < 24 ? '未婚' : rng.pick(['已婚', '离异', '未婚']), 574)],
      [L('现住址', 170), V(homeIn(doc, rng), 1244)],
      [L('监护人', 170), V(keeper.name, 260), L('关系', 120), V(keeper.relation, 120), L('监护人身份证号', 290), V(keeper.id, 454)],
      [L('首次发病时间', 220), V(formatDate(onset, ds), 300), L('确诊时间', 170), V(formatDate(found, ds), 300), L('科别', 120),
        V(doc.department, 304)],
    ], f, { label: b, border: 1.5 });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });

    // 诊断 and 病情摘要 in tall rows: label at the left, content at the right.
    const tall = (label: string, lines: readonly string[], min: number): void => {
      const h = Math.max(min, lines.length) * lh + lh * 0.8;
      s.rect(x0, y, 170, h, 1.5);
      s.rect(x0 + 170, y, w - 170, h, 1.5);
      s.put(x0 + 85, y + lh * 1.05, label, { ...b, align: 'center' });
      lines.forEach((t, i) => s.put(x0 + 200, y + lh * 1.05 + i * lh, t, f));
      y += h;
    };
    s.diagnoses(doc.dx.western);
    tall('诊断', doc.dx.western.map((d, i) => `${codes[i] ?? ''}\u3000${d.text}`), 3);
    const stay = !kid && rng.chance(0.4);
    const [adm, dis] = [formatDate(doc.dates.admission, ds), formatDate(doc.dates.discharge, ds)];
    if (stay) s.note({ admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    const since = formatDate(found, ds);
    const score = rng.pick(['IQ 48', 'DQ 55', 'IQ 42', 'DQ 61']);
    const story = kid
      ? `患儿自${since}起在我院确诊，语言及社交沟通明显落后，刻板行为，智力评估${score}，需长期康复训练。`
      : `患者自${since}起确诊，${stay ? `于${adm}至${dis}在我院${doc.department}住院治疗，出院时病情好转；` : '在我院门诊规律服药治疗，'}`
        + `目前仍需长期服用${rng.pick(['利培酮片', '奥氮平片', '阿立哌唑片', '丙戊酸镁缓释片'])}维持治疗，定期复诊。`;
    const keep = [adm, dis, since, score];
    tall('病情摘要', wrap(s, `${story}根据ICD-10诊断标准，诊断如上。`, w - 230, f, { keep }), 4);
    const uses = ['门诊慢特病申请', '残疾评定', '其他'];
    let ux = x0 + 200;
    const uh = rowH * 1.1;
    s.rect(x0, y, 170, uh, 1.5);
    s.rect(x0 + 170, y, w - 170, uh, 1.5);
    s.put(x0 + 85, y + uh * 0.65, '用途', { ...b, align: 'center' });
    const pick = rng.chance(0.7) ? 0 : 1;
    uses.forEach((u, i) => {
      ux = checkBox(s, ux, y + uh * 0.65, u, i === pick, f) + 50;
    });
    y += uh + lh * 1.5;

    const dw = s.put(x0, y, '诊断医师：', b);
    handwritten(s, x0 + dw + 8, y, doc.doctors.attending, pt * 1.3, rng);
    const cw = s.put(x0 + w * 0.42, y, '审核医师：', b);
    handwritten(s, x0 + w * 0.42 + cw + 8, y, doc.doctors.director, pt * 1.3, rng);
    y += lh * 2.4;
    const iw = s.put(x0 + w * 0.42, y, '开具日期：', b);
    boxedDate(s, x0 + w * 0.42 + iw + 10, y, doc.dates.issue, px(pt) * 1.45, { ...f }, rng);
    seal(s, x0 + w * rng.range(0.7, 0.8), y - lh * 0.5 + rng.range(-20, 20), 125, doc.hospital.name, '疾病诊断证明专用章', rng);
    y += lh * 2;
    s.put(x0, y, '说明：1.本证明涂改无效，未加盖专用章无效；2.本证明自开具之日起三个月内有效。', st(f.face, 9.5, { color: '#444' }));
  },
};
