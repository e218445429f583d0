import { makeDoc } from '../case';
import { ALL_KEYS, remoteHistory } from '../diseases';
import { CITY, COUNTY } from '../hospitals';
import { handwritten, seal } from '../marks';
import type { Cell } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { COUNTY5, type F5, flow, fmt, home, idText, sane } from './blind5-kit';

const WATCH: Record<string, string> = {
  HYPERTENSION: '警惕脑卒中及心肌梗死发生', DIABETES: '预防低血糖及糖尿病足', CORONARY_HEART_DISEASE: '如胸痛持续不缓解及时就诊',
  CEREBROVASCULAR_DISEASE: '加强肢体康复锻炼，预防再发脑卒中', URAEMIA_DIALYSIS: '每周规律血液透析2-3次',
};

/**
 * 疾病诊断证明书 for the 门诊慢特病 application from a county or city hospital: a ruled grid of particulars with the 参保类型,
 * a 病情摘要 row with a past illness and denials, the diagnoses numbered in a tall box, 处理意见 with a warning that names
 * a disease not diagnosed, the doctor's signature, the director printed, the seal over the date of issue.
 */
export const blind5Certificate1: Layout = {
  id: 'blind5-certificate-1',
  kind: 'certificate',
  split: 'blind',
  style: 'County / city hospital 疾病诊断证明书 for 门诊慢特病: ruled particulars grid, boxed diagnoses and advice, seal over the issue date',
  exercises: ['ID in a grid cell in several groupings', 'past illness and denials in a summary row', 'advice naming a disease to prevent',
    'issue date printed or by hand in several styles', 'children for the child-only diseases'],
  doc: (rng) => sane(makeDoc(rng, { kind: 'certificate', hospitals: [...COUNTY, ...CITY, ...COUNTY5], keys: ALL_KEYS, aliases: true, outside: 0.15,
    compoundSurnames: 0.1 }), rng),
  draw(s, doc, rng) {
    const p = doc.patient;
    const face = rng.pick(['serif', 'sans'] as const);
    const pt = rng.pick([12, 12.5]);
    const f = st(face, pt);
    const lab = st(face === 'serif' ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.7;
    const x0 = 130;
    const x1 = s.width - x0;
    const w = x1 - x0;

    s.put(s.width / 2, 175, doc.hospital.name, st('serifBold', 20, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 275, '疾病诊断证明书', st('serifBold', 22, { align: 'center', spacing: 10 }));
    const purpose = rng.pick(['（门诊慢特病申报用）', '（门诊慢性病、特殊疾病鉴定用）', '']);
    if (purpose) s.put(s.width / 2, 335, purpose, st(face, 11, { align: 'center' }));
    s.put(x1, 385, `编号：${doc.dates.issue.slice(0, 4)}${String(rng.int(1, 9999)).padStart(4, '0')}`, { ...st(face, 10.5), align: 'right' });

    // The grid of particulars.
    const k = w / 1394;
    const L = (t: string, cw: number): Cell => ({ text: t, w: cw * k, label: true });
    const V = (t: string, cw: number): Cell => ({ text: t, w: cw * k });
    const child = p.age < 14;
    const phone = `1${rng.pick(['33', '51', '77', '89'])}${String(rng.int(0, 99999999)).padStart(8, '0')}`;
    const insured = child ? '城乡居民（学生儿童）' : rng.pick(['职工医保', '城乡居民医保', '城乡居民']);
    const rows: Cell[][] = [
      [L('姓  名', 150), V(p.name, 300), L('性别', 130), V(p.sex, 150), L('年龄', 130), V(`${p.age}岁`, 170), L('民族', 130), V('汉', 234)],
      [L('身份证号', 150), V(idText(p.idNumber, rng.pick(['plain', 'six', 'four'] as const)), 610), L('参保类型', 180), V(insured, 454)],
      [L('住  址', 150), V(home(doc, rng), 610), L(child ? '监护人电话' : '联系电话', 180), V(phone, 454)],
      [L('就诊科室', 150), V(doc.department, 610), L('门诊号', 180), V(doc.recordNo, 454)],
    ];
    const rowH = px(pt) * 2.1;
    let y = s.grid(x0, 410, rowH, rows, f, { label: lab, border: 1.6 });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });

    // 病情摘要 with a past illness and denials.
    const past = remoteHistory(rng, doc.dx.keys);
    const summary = `${doc.complaint}。${past ? `${past.remote}。${past.negated}。` : `${doc.history.negated}。`}`;
    const boxTop = y;
    const lw = s.put(x0 + 16, y + lh, '病情摘要：', lab);
    y = flow(s, x0 + 16, y + lh, w - 32, summary, f, lh, [], lw);
    s.rect(x0, boxTop, w, y - boxTop, 1.6);

    // Diagnoses in a tall box.
    const dxTop = y;
    s.put(x0 + 16, y + lh, '诊断：', lab);
    const mk: Mark = rng.pick(['1.', '1、', '（1）', '①'] as const);
    const items = listed(doc.dx.western, mk);
    items.forEach((t, i) => s.put(x0 + 16 + px(pt) * 3.5, y + lh * (i + 1), t, f));
    s.diagnoses(doc.dx.western);
    y += lh * Math.max(4, items.length + 1.6);
    s.rect(x0, dxTop, w, y - dxTop, 1.6);

    // 处理意见.
    const advTop = y;
    const aw = s.put(x0 + 16, y + lh, '处理意见：', lab);
    const advice = `${rng.pick(['需长期规律服药治疗', '需长期门诊治疗及定期复查', '病情需长期随访'])}，${WATCH[doc.primary] ?? '定期复查，不适随诊'}。`
      + `${rng.pick(['建议申请门诊慢特病待遇。', '请医保部门予以鉴定。', ''])}`;
    y = flow(s, x0 + 16, y + lh, w - 32, advice, f, lh, [], aw);
    y = Math.max(y + lh * 0.4, advTop + lh * 3.2);
    s.rect(x0, advTop, w, y - advTop, 1.6);

    // Signatures, seal, date.
    y += lh * 1.8;
    const dw = s.put(x0, y, '诊断医师（签字）：', f);
    handwritten(s, x0 + dw + 6, y, doc.doctors.attending, pt * 1.35, rng);
    s.put(x0 + w * 0.55, y, `科主任：${doc.doctors.director}`, f);
    y += lh * 2;
    const stampX = x1 - 260;
    s.put(stampX, y, '（医院盖章）', { ...f, align: 'center' });
    y += lh * 1.2;
    const ds: F5 = rng.pick(['cn', 'cnShort', 'cnNumeralO', 'dot', 'iso'] as const);
    const date = fmt(doc.dates.issue, ds);
    if (rng.chance(0.35)) handwritten(s, stampX - s.measure(date, f) / 2, y, date, pt * 1.2, rng);
    else s.put(stampX, y, date, { ...f, align: 'center' });
    seal(s, stampX + rng.range(-30, 30), y - lh * 0.8 + rng.range(-15, 15), rng.range(125, 145), doc.hospital.name,
      rng.pick(['诊断证明专用章', '医务科', '门诊部']), rng);
    const note = st(face, 9.5, { color: '#333' });
    s.put(x0, 2150, '说明：1.本证明书经医院盖章后有效，涂改无效；2.本证明仅作病情证明，复印件无效。', note);
  },
};
