import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Cell, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { needs } from './tune2-kit';
import { mobile } from './tune5-kit';
import { settled, suited, wrap, yearMonth } from './tune6-kit';
import { codeOf, countyWords } from './tune10-kit';
import { HIGHLAND12, home12, local12, nation12 } from './blind12-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT', 'SEVERE_MENTAL_DISORDER', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'LEUKEMIA'];
const UNIVERSITY: Record<string, readonly string[]> = { 贵州: ['贵州医科大学附属医院', '遵义医科大学附属医院', '贵州省人民医院'],
  云南: ['昆明医科大学第一附属医院', '云南省第一人民医院', '大理大学第一附属医院'] };

/**
 * 门诊特殊疾病诊断证明书 of a county or prefecture hospital in the minority prefectures of Guizhou and Yunnan, for an application to
 * the scheme: red No., serif letterhead, a bordered grid with 民族 and 身份证号 (truth), the diagnoses in a table with their ICD
 * codes, the month each was first found and the hospital that found it (a university hospital of the province: a second
 * hospital name; the diagnoses are counted, the months are not dates of issue), a boxed 病情摘要 with an earlier stay by month and
 * a dated result, 治疗意见, two handwritten signatures (经治医师, 科主任) and 开具日期 under the seal (truth).
 */
export const blind12Certificate1: Layout = {
  id: 'blind12-certificate-1',
  kind: 'certificate',
  split: 'blind',
  style: 'Guizhou / Yunnan minority-prefecture hospital 门诊特殊疾病诊断证明书: red No., serif letterhead, bordered patient grid with 民族, '
    + 'diagnosis table with 首次确诊时间 and 确诊医院, boxed 病情摘要, two signatures, 开具日期 under the seal, serif or sans 11–12 pt',
  exercises: ['开具日期 under the seal (truth); 首次确诊时间 months, an earlier stay by month and a dated result (not truth)',
    '身份证号 in the grid (truth) beside 民族 苗族 / 布依族 / 彝族', 'diagnosis table rows with ICD-10 and a second hospital name (counted)',
    'two handwritten signatures', 'validity note in words'],
  doc: (rng) => local12(settled(countyWords(suited(makeDoc(rng, { kind: 'certificate', keys: KEYS, hospitals: HIGHLAND12 })), rng,
    { outside: 0.25, avoid: /急性|不稳定/u })), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.6);
    const pt = rng.pick([11, 11.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansMedium', pt);
    const lh = px(pt) * 1.75;
    const rowH = px(pt) * 2.1;
    const p = doc.patient;
    const province = doc.hospital.address.startsWith('贵州') ? '贵州' : '云南';

    s.put(right, 105, `No.${String(rng.int(1, 99999)).padStart(7, '0')}`, st('serifBold', 13, { align: 'right', color: '#c0281e' }));
    s.put(s.width / 2, 170, doc.hospital.name, st('serifBold', 20, { align: 'center', spacing: 5 }));
    s.put(s.width / 2, 255, '门诊特殊疾病诊断证明书', st(serif ? 'serifBold' : 'sansBold', 17, { align: 'center', spacing: 5 }));
    s.put(s.width / 2, 305, '（参保人员申请门诊特殊疾病待遇用）', st(f.face, pt - 1, { align: 'center', color: '#333' }));
    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    let y = s.grid(x0, 340, rowH, [
      [L('姓名', 150), V(p.name, 250), L('性别', 120), V(p.sex, 130), L('年龄', 120), V(`${p.age}岁`, 150), L('民族', 120),
        V(nation12(doc, rng), 374)],
      [L('身份证号', 150), V(p.idNumber, 520), L('参保类别', 240), V(rng.pick(['城乡居民基本医疗保险', '城镇职工基本医疗保险']), 504)],
      [L('现住址', 150), V(home12(doc, rng).replace(/^.*?(?:省|自治区)/u, '').replace(/^.+?(?:自治州|地区)/u, ''), 790), L('联系电话', 150),
        V(mobile(rng), 324)],
    ], f, { label: b, border: 1.4 });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });

    y += lh * 0.9;
    s.put(x0, y, '诊断：', b);
    y += lh * 0.45;
    const cw = [80, 540, 160, 200, 434];
    const rows: Cell[][] = [['序号', '诊断名称', 'ICD-10', '首次确诊时间', '确诊医院'].map((t, i) => L(t, cw[i] ?? 0))];
    doc.dx.western.forEach((d, i) => {
      const told = d.key === doc.primary ? Number(/(\d+)年/u.exec(doc.complaint)?.[1] ?? 0) * 365 : 0;
      const when = addDays(doc.dates.issue, -(told > 0 ? told + rng.int(0, 200) : rng.int(d.key ? 300 : 60, d.key ? 4000 : 900)));
      const where = d.key && rng.chance(0.45) ? rng.pick(UNIVERSITY[province] ?? []) : '本院';
      rows.push([{ text: String(i + 1), w: cw[0] ?? 0, align: 'center' }, V(d.text, cw[1] ?? 0), V(codeOf(d, i), cw[2] ?? 0),
        V(yearMonth(when), cw[3] ?? 0), V(where, cw[4] ?? 0)]);
    });
    y = s.grid(x0, y, rowH, rows, f, { label: b, border: 1.4 });
    s.diagnoses(doc.dx.western);

    y += lh * 0.9;
    const stay = addDays(doc.dates.issue, -rng.int(60, 500));
    const lab = doc.labs[0]?.rows.find((r) => r.flag !== '') ?? doc.labs[0]?.rows[0];
    const dated = formatDate(addDays(doc.dates.issue, -rng.int(3, 40)), 'iso');
    const summary = `病情摘要及诊断依据：患者因“${doc.complaint}”就诊，${yearMonth(stay)}曾在我院${doc.department}住院治疗。`
      + `${lab ? `${dated}查${lab.name}${lab.value}${lab.unit}。` : ''}`
      + `目前规律服用${doc.medicines.slice(0, 2).map((m) => m.split(' ')[0]).join('、')}等药物，`
      + '病情需长期门诊治疗及定期复查。';
    const lines = wrap(s, summary, w - 40, f, { keep: [dated, yearMonth(stay)] });
    const bh = lines.length * lh + lh * 0.8;
    s.rect(x0, y, w, bh, 1.4);
    lines.forEach((t, i) => s.put(x0 + 20, y + lh * (i + 0.95), t, f));
    y += bh + lh * 1.1;
    const advice = `治疗意见：${needs(doc)}，建议纳入门诊特殊疾病管理。`;
    wrap(s, advice, w, f).forEach((t) => {
      s.put(x0, y, t, f);
      y += lh;
    });
    y += lh * 1.2;
    const hw = s.put(x0, y, '经治医师（签名）：', f);
    handwritten(s, x0 + hw + 10, y, doc.doctors.attending, pt * 1.3, rng);
    const dw = s.put(x0, y + lh * 1.6, '科室主任（签名）：', f);
    handwritten(s, x0 + dw + 10, y + lh * 1.6, doc.doctors.director, pt * 1.3, rng);
    const date = formatDate(doc.dates.issue, rng.pick(['cnShort', 'cn'] as const));
    const cx = right - 200;
    s.put(cx, y, `${doc.hospital.name.length > 9 ? '' : doc.hospital.name}（盖章）`, { ...f, align: 'center' });
    s.put(cx, y + lh * 1.6, `开具日期：${date}`, { ...f, align: 'center' });
    seal(s, cx + rng.range(-30, 30), y + lh * 0.6, rng.range(120, 140), doc.hospital.name, '疾病证明专用章', rng);
    s.put(x0, 2170, '注：1.本证明须经治医师、科室主任签名并加盖医院公章方为有效；2.涂改无效；3.自开具之日起三个月内有效。',
      st(f.face, 9, { color: '#444' }));
  },
};
