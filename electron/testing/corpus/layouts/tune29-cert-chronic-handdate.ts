import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { COUNTY, COUNTY_MORE } from '../hospitals';
import { handwritten, seal, signature } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { issuedSoon } from './tune4-kit';
import { settled } from './tune6-kit';
import { handDate, penBoxes, village } from './tune29-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'SEVERE_MENTAL_DISORDER', 'MALIGNANT_TUMOR_OUTPATIENT'];

/** The form's printed 病种 (the scheme's words), each with the catalogue disease it is ticked for (null: never ticked). */
const OPTIONS: readonly (readonly [string, DiseaseKey | null])[] = [
  ['高血压（Ⅱ、Ⅲ期）', 'HYPERTENSION'], ['糖尿病', 'DIABETES'], ['冠心病', 'CORONARY_HEART_DISEASE'], ['脑卒中后遗症', 'CEREBROVASCULAR_DISEASE'],
  ['尿毒症透析', 'URAEMIA_DIALYSIS'], ['恶性肿瘤', 'MALIGNANT_TUMOR_OUTPATIENT'], ['精神分裂症', 'SEVERE_MENTAL_DISORDER'],
  ['慢性心功能不全', null], ['肺心病', null], ['类风湿性关节炎', null], ['系统性红斑狼疮', null], ['帕金森氏病', null],
  ['肝硬化（失代偿期）', null], ['慢性再生障碍性贫血', null], ['甲状腺功能亢进', null],
];

/**
 * 门诊慢性病诊断证明书 of a Shandong county hospital, a pre-printed two-part form filled in by hand and by the HIS: the patient grid
 * (姓名, 性别, 年龄, 身份证号 — truth; 住址 a village), 申请病种 as fifteen printed □ boxes in three columns with ballpoint ticks
 * (the scheme's words: not diagnoses), 临床诊断 printed from the HIS and numbered (truth, counted), 病史摘要 with the year of first
 * diagnosis and an examination date (decoys), 诊断医师意见 with the doctor's handwritten name and handwritten 日期 (truth = date of
 * issue), 科主任 signature, and the 医保科 审核 cell with its printed 有效期 dates a year on (decoys) under the seal.
 */
export const tune29CertChronicHanddate: Layout = {
  id: 'tune29-cert-chronic-handdate',
  kind: 'certificate',
  split: 'tune',
  style: 'Shandong county hospital 门诊慢性病诊断证明书: pre-printed bordered form, 申请病种 □ boxes in three columns ticked in ballpoint, '
    + 'HIS-printed 临床诊断, handwritten doctor name and issue date, 医保科 cell with 有效期 under the seal, serif or sans 11–12 pt',
  exercises: ['申请病种 ballpoint ticks over printed □ (scheme words, not diagnoses)', '临床诊断 numbered (truth, counted)',
    'date of issue written by hand (truth)', '有效期 起止 a year on and an examination date (decoys)', '身份证号 in its own cell'],
  doc: (rng) => issuedSoon(settled(makeDoc(rng, { kind: 'certificate', keys: KEYS, hospitals: [...COUNTY, ...COUNTY_MORE],
    compoundSurnames: 0.06 })), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 130;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.5);
    const pt = rng.pick([11, 11.5, 12]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansMedium', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;

    s.put(s.width / 2, 150, doc.hospital.name, st('serifBold', 15, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 240, '门诊慢性病诊断证明书', st(serif ? 'serifBold' : 'sansBold', 19, { align: 'center', spacing: 3 }));
    s.put(x0, 320, `科别：${doc.department}`, f);
    s.put(right, 320, `No. ${doc.recordNo.slice(2)}`, { ...st('sansLight', pt), align: 'right' });

    const rh = px(pt) * 2.2;
    const lw = 190;
    let y = s.grid(x0, 345, rh, [
      [{ text: '姓  名', w: lw, label: true }, { text: p.name, w: 300 }, { text: '性别', w: 120, label: true }, { text: p.sex, w: 120 },
        { text: '年龄', w: 120, label: true }, { text: `${p.age}岁`, w: w - lw - 300 - 120 * 3 }],
      [{ text: '身份证号', w: lw, label: true }, { text: p.idNumber, w: 620 }, { text: '参保类别', w: 170, label: true },
        { text: rng.pick(['城镇职工', '城乡居民']), w: w - lw - 620 - 170 }],
      [{ text: '住  址', w: lw, label: true }, { text: village(doc, rng), w: w - lw }],
    ], f, { label: b, border: 1.6 });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });

    // A tall cell: the label centred on its left, `fill` draws from the first baseline.
    const tall = (label: string, lines: number, fill: (x: number, first: number) => void): number => {
      const h = lines * lh + px(pt) * 1.3;
      s.rect(x0, y, lw, h, 1.6);
      s.rect(x0 + lw, y, w - lw, h, 1.6);
      const first = y + px(pt) * 0.65 + lh * 0.72;
      s.put(x0 + lw / 2, first, label, { ...b, align: 'center' });
      fill(x0 + lw + 18, first);
      const top = y;
      y += h;
      return top;
    };
    const chosen = OPTIONS.filter(([, k]) => k !== null && doc.dx.keys.includes(k)).map(([t]) => t);
    tall('申请病种', 6, (x, first) => {
      s.put(x, first, '（请在相应病种前□内打“√”，限选两种）', st(f.face, pt - 1.5, { color: '#333' }));
      penBoxes(s, x, first + lh, (w - lw - 36) / 3, 3, lh, OPTIONS.map(([t]) => t), chosen, f, rng);
    });

    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const dx = listed(doc.dx.western, how);
    tall('临床诊断', dx.length, (x, first) => dx.forEach((t, i) => s.put(x, first + i * lh, t, f)));
    s.diagnoses(doc.dx.western);

    const since = Number(doc.dates.issue.slice(0, 4)) - rng.int(2, 12);
    const exam = formatDate(addDays(doc.dates.issue, -rng.int(3, 40)), 'cn');
    const lab = doc.labs[0]?.rows.slice(0, 2).map((r) => `${r.abbr} ${r.value}${r.unit}`).join('，') ?? '';
    const summary = `${since}年确诊，长期门诊服药治疗。${exam}本院检查：${lab}。`;
    tall('病史摘要', 2, (x, first) => s.para(x, first, w - lw - 40, summary, f, lh));

    const hp = pt * 1.25;
    tall('医师意见', 3, (x, first) => {
      s.put(x, first, '经审查，该患者符合门诊慢性病病种认定标准。', f);
      const row = first + lh * 1.7;
      const sw = s.put(x, row, '诊断医师：', f);
      handwritten(s, x + sw + 10, row, doc.doctors.attending, hp, rng);
      const dw = s.put(x + w * 0.3, row, '科主任：', f);
      signature(s, x + w * 0.3 + dw + 10, row, 150, rng);
      const tw = s.put(x + w * 0.55, row, '日期：', f);
      handDate(s, x + w * 0.55 + tw + 12, row, doc.dates.issue, hp, rng);
    });
    const from = addDays(doc.dates.issue, rng.int(1, 5));
    const sealTop = tall('医保科审核', 3, (x, first) => {
      s.put(x, first, '同意认定。', f);
      s.put(x, first + lh, `有效期：${formatDate(from, 'cn')} 至 ${formatDate(addDays(from, 364), 'cn')}`, f);
      s.put(x + w * 0.55, first + lh * 2, '（盖章）', f);
    });
    seal(s, x0 + w * 0.72, sealTop + lh * 1.6, rng.range(110, 125), doc.hospital.name, '医疗保险管理科', rng);
    const notes = ['说明：1.本证明书一式两份，一份交参保人，一份医院留存；', '2.诊断医师须为主治及以上职称，手写部分涂改无效；',
      '3.认定结果以医保经办机构审核为准。'];
    const small = st(f.face, 9.5, { color: '#333' });
    const ny = Math.max(y + lh * 1.4, 1900);
    notes.forEach((t, i) => s.put(x0 + (i === 0 ? 0 : s.measure('说明：', small)), ny + i * px(9.5) * 1.6, t, small));
  },
};
