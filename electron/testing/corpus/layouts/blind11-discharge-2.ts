import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, logo } from '../marks';
import type { Cell } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { maskedId, reprinted } from './kit';
import { para, suited } from './tune6-kit';
import { codeOf, countyWords } from './tune10-kit';
import { drug } from './tune3-kit';
import { local11, PLACES11 } from './blind11-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'MALIGNANT_TUMOR_OUTPATIENT'];

/** Where a patient is sent before the ward that discharges him (the 转科 row). */
const FROM = ['急诊科', '重症医学科', '普通内科', '全科医学科'];

/**
 * 出院小结 of a prefecture or county hospital's HIS (Chongqing, Hubei, Jiangxi, Hunan, Guangxi …): logo and name at the
 * left with the title and a 住院号 barcode at the right over a coloured band; a bordered patient strip with the ID masked
 * (so no ID is truth); a stay table 入院时间 | 入院科室 | 转科时间 | 转入科室 | 出院时间 | 住院天数 (truth: 入院 / 出院; 转科 a decoy
 * inside the stay); 门诊诊断 on a line (not counted); the diagnosis table 主要诊断 / 其他诊断 with ICD, 入院病情 and 出院情况
 * (counted); narrative rows; 出院带药 table; footer with doctors and the print time (decoy).
 */
export const blind11Discharge2: Layout = {
  id: 'blind11-discharge-2',
  kind: 'discharge',
  split: 'blind',
  style: 'Chongqing / Hubei / Jiangxi / Guangxi hospital HIS 出院小结: coloured band, bordered strip with masked ID, '
    + 'stay table with a 转科 row, 主要/其他诊断 table with 入院病情, 出院带药 table, sans 9.5–10.5 pt',
  exercises: ['masked 证件号码 (no truth ID)', '入院时间 / 出院时间 in a table beside 转科时间 (decoy)', '门诊诊断 (not counted)',
    '主要诊断 / 其他诊断 table with ICD and 入院病情 (counted)', '出院带药 table', '打印时间 footer (decoy)'],
  doc: (rng) => countyWords(suited(local11(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: PLACES11, compoundSurnames: 0.08 }),
    rng)),
    rng, { outside: 0.3, near: 0.15 }),
  draw(s, d, rng) {
    const doc = reprinted(d);
    const x0 = rng.int(96, 120);
    const x1 = s.width - x0;
    const w = x1 - x0;
    const pt = rng.pick([9.5, 10, 10.5]);
    const f = st(rng.chance(0.5) ? 'sans' : 'sansLight', pt);
    const b = st('sansMedium', pt);
    const lh = px(pt) * 1.55;
    const rowH = px(pt) * 2;
    const color = rng.pick(['#1f5f9e', '#0f7a6b', '#8a2432', '#4b4b9a']);
    const p = doc.patient;

    logo(s, x0 + 46, 130, 42, color, rng.pick(['cross', 'ring', 'shield'] as const));
    s.put(x0 + 110, 128, doc.hospital.name, st('sansBold', 18, { color }));
    s.put(x0 + 110, 172, doc.hospital.address, st('sansLight', 8.5, { color: '#555' }));
    s.put(x1 - 330, 140, '出院小结', st('sansBold', 20, { spacing: 6 }));
    const bw = barcode(s, x1 - 330, 170, doc.recordNo, 42, 2);
    s.put(x1 - 330 + bw + 14, 205, doc.recordNo, st('sans', 8.5));
    s.g.fillStyle = color;
    s.g.fillRect(x0, 232, w, 8);

    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    const u = w / 12;
    const strip: Cell[][] = [
      [L('姓名', u), V(p.name, 1.5 * u), L('性别', u), V(p.sex, u), L('年龄', u), V(`${p.age}岁`, u), L('病区', u),
        V(`${doc.department}`, 2 * u), L('床号', u), V(doc.bed, 1.5 * u)],
      [L('证件号码', 1.5 * u), V(maskedId(p.idNumber), 3.5 * u), L('医保类型', 1.5 * u),
        V(rng.pick(['城乡居民医保', '城镇职工医保', '异地就医']), 2.5 * u), L('住院号', u), V(doc.recordNo, 2 * u)],
    ];
    let y = s.grid(x0, 268, rowH, strip, f, { shade: '#eef1f5', label: b, border: 1.2 });
    s.note({ name: p.name, idNumber: null, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    const ds: DateStyle = rng.pick(['isoTime', 'slashTime', 'iso'] as const);
    const moved = rng.chance(0.6);
    const transfer = addDays(doc.dates.admission, rng.int(1, Math.max(1, doc.stayDays - 3)));
    const first = moved ? rng.pick(FROM) : doc.department;
    const cw = [1.25, 0.85, 1.25, 0.85, 1.25, 0.55].map((k) => (k * w) / 6);
    const c = (i: number): number => cw[i] ?? w / 6;
    const when = (iso: string, m: number): string => formatDate(iso, ds, m);
    y = s.grid(x0, y + 26, rowH, [
      ['入院时间', '入院科室', '转科时间', '转入科室', '出院时间', '住院天数'].map((t, i) => ({ ...L(t, c(i)), align: 'center' as const })),
      [V(when(doc.dates.admission, doc.times.admission), c(0)), V(first, c(1)), V(moved ? when(transfer, doc.times.received) : '—', c(2)),
        V(moved ? doc.department : '—', c(3)), V(when(doc.dates.discharge, doc.times.discharge), c(4)), V(`${doc.stayDays}天`, c(5))],
    ], st(f.face, pt - 0.5), { shade: '#eef1f5', label: b, border: 1.2 });

    y += lh * 1.2;
    s.put(x0, y, `门诊诊断：${doc.dx.admission.map((x) => x.text).join('；')}`, f);
    y += lh * 0.7;
    const cols = [1.6 * u, 5.2 * u, 1.8 * u, 1.7 * u, 1.7 * u];
    const dxRows: Cell[][] = [['诊断类别', '出院诊断', 'ICD-10', '入院病情', '出院情况'].map((t, i) => L(t, cols[i] ?? u))];
    doc.dx.western.forEach((x, i) => dxRows.push([
      { text: i === 0 ? '主要诊断' : '其他诊断', w: cols[0] ?? u, align: 'center' }, V(x.text, cols[1] ?? u),
      { text: codeOf(x, i), w: cols[2] ?? u, align: 'center' }, { text: rng.pick(['有', '有', '临床未确定']), w: cols[3] ?? u, align: 'center' },
      { text: rng.pick(['好转', '好转', '治愈', '未愈']), w: cols[4] ?? u, align: 'center' }]));
    y = s.grid(x0, y, rowH, dxRows, f, { shade: '#eef1f5', label: b, border: 1.2 });
    s.diagnoses(doc.dx.western);

    y += lh * 1.1;
    const lab = doc.labs[0]?.rows.slice(0, 3).map((r) => `${r.abbr} ${r.value}${r.unit}${r.flag}`).join('，') ?? '';
    const rows: [string, string][] = [
      ['入院时主要症状及体征', `${doc.complaint}。查体：神清，血压${rng.int(120, 182)}/${rng.int(70, 106)}mmHg。${doc.history.negated}。`],
      ['主要化验及检查结果', `${doc.labs[0]?.title ?? ''}：${lab}。`],
      ['诊疗经过', `${moved ? `入院后因病情需要于${formatDate(transfer, 'cnShort')}转入我科，` : ''}予${doc.course}等治疗。`],
      ['出院时情况', rng.pick(['病情稳定，无特殊不适。', '症状较前明显好转，生命体征平稳。'])],
    ];
    for (const [label, text] of rows) {
      const lw = s.put(x0, y, `${label}：`, b);
      y = para(s, x0 + lw, y, w - lw, text, f, lh) + lh * 0.2;
    }
    s.put(x0, y, '出院带药：', b);
    y += lh * 0.5;
    const meds = doc.medicines.slice(0, 3).map((m) => drug(m));
    const mw = [4.4 * u, 4.6 * u, 1.5 * u, 1.5 * u];
    y = s.grid(x0, y, rowH, [['药品名称', '用法用量', '数量', '单位'].map((t, i) => L(t, mw[i] ?? u)),
      ...meds.map((m) => [V(m.name, mw[0] ?? u), V(m.use, mw[1] ?? u), V(`${rng.int(1, 4)}`, mw[2] ?? u), V('盒', mw[3] ?? u)])],
    f, { label: b, border: 1 });
    y += lh * 1.3;
    para(s, x0, y, w, `出院医嘱：1.规律服药，勿自行停药；2.${rng.pick(['1周', '2周', '1个月'])}后${doc.department}门诊复查；3.如有不适及时就诊。`, f, lh);

    const fy = 2150;
    s.line(x0, fy - 44, x1, fy - 44, 1, '#888');
    s.put(x0, fy, `主治医师：${doc.doctors.attending}`, f);
    s.put(x0 + w * 0.3, fy, `经治医师：${doc.doctors.resident}`, f);
    s.put(x1, fy, `打印时间：${formatDate(doc.dates.print, 'isoSec', doc.times.print)}`, { ...f, align: 'right' });
    s.put(s.width / 2, fy + lh * 1.3, '第 1 页 / 共 1 页', st('sansLight', 8.5, { align: 'center', color: '#555' }));
  },
};
