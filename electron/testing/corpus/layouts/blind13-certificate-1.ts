import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed } from './kit';
import { sickLeave } from './tune3-kit';
import { issuedSoon } from './tune4-kit';
import { onLine } from './tune5-kit';
import { para, suited } from './tune6-kit';
import { countyWords, followUp } from './tune10-kit';
import { HAINAN13, local13, SHANGHAI13 } from './blind13-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'MALIGNANT_TUMOR_OUTPATIENT', 'URAEMIA_DIALYSIS', 'SEVERE_MENTAL_DISORDER', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/**
 * 病情证明单 of a Shanghai district or Hainan city hospital on a landscape slip across the top of the scan: the 存根 at the
 * left (read on its own: No., 姓名, 门诊号, 诊断, 建议, 医师, 日期), a dashed perforation with a half seal across it, and the
 * certificate at the right: hospital and title, red No., underlined 姓名 (truth) / 性别 / 年龄 / 工作单位 / 门诊号 fields (no
 * ID is printed), 病情摘要, 诊断 numbered (truth), 处理意见 with a span of sick leave (not truth) or the stay in hospital
 * (truth when printed), the physician's handwritten name and the date of issue (truth) under the 门诊部 seal.
 */
export const blind13Certificate1: Layout = {
  id: 'blind13-certificate-1',
  kind: 'certificate',
  split: 'blind',
  style: 'Shanghai district / Hainan city hospital 病情证明单 on a landscape slip: 存根 column at the left, dashed perforation with '
    + 'a half seal, underlined fields, 病情摘要 / 诊断 / 处理意见, date beside the signature under the seal, serif or sans 11–12 pt',
  exercises: ['存根 repeating the name, diagnoses and date in a narrow column (read as a block)', 'a slip on the top half of an A4 scan',
    '姓名 / 工作单位 / 门诊号 on underlines; no ID', '休息 span with its own dates (not truth)', '住院 from … to … (truth when printed)',
    'date of issue beside the handwritten physician (truth)'],
  doc: (rng) => local13(countyWords(issuedSoon(suited(makeDoc(rng, { kind: 'certificate', keys: KEYS,
    hospitals: [...SHANGHAI13, ...SHANGHAI13, ...HAINAN13] })), rng), rng, { outside: 0.15, near: 0.1 }), rng),
  draw(s, doc, rng) {
    const serif = rng.chance(0.6);
    const pt = rng.pick([11, 11.5, 12]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const small: Style = st(serif ? 'serif' : 'sans', pt - 1);
    const bold = serif ? 'serifBold' : 'sansBold';
    const lh = px(pt) * 1.85;
    const p = doc.patient;
    const red = '#c0282d';
    const [top, bottom, left, end] = [100, rng.int(1180, 1260), 90, s.width - 90];
    const cut = left + 470;
    s.rect(left, top, end - left, bottom - top, 2, rng.pick(['#2a2a2a', '#1f4e8c', '#7a2020']));

    const ds: DateStyle = rng.pick(['cn', 'cnShort', 'dot', 'iso'] as const);
    const issue = formatDate(doc.dates.issue, ds);
    const no = `${doc.dates.issue.slice(2, 4)}${String(rng.int(0, 999999)).padStart(6, '0')}`;
    const stay = rng.chance(0.4);
    const leave = sickLeave(rng, doc.dates.issue, ds);
    const dx = listed(doc.dx.western, rng.pick(['1.', '①', '（1）'] as const));
    s.diagnoses(doc.dx.western);
    const stayed = stay ? { admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge } : {};
    s.note({ name: p.name, visitDate: doc.dates.issue, ...stayed });

    // The counterfoil: read down its own column.
    s.block(() => {
      const sx = left + 26;
      const sw = cut - sx - 30;
      s.put((left + cut) / 2, top + 80, '存  根', st(bold, 14, { align: 'center', spacing: 4 }));
      s.put(sx, top + 140, `No.${no}`, st('sans', 10.5, { color: red }));
      let y = top + 210;
      const line = (t: string): void => { y = para(s, sx, y, sw, t, small, px(pt - 1) * 1.7); };
      line(`姓名：${p.name}`);
      line(`性别：${p.sex}\u3000年龄：${p.age}岁`);
      line(`${stay ? '住院号' : '门诊号'}：${doc.recordNo}`);
      line(`诊断：${doc.dx.western.map((d) => d.text).join('、')}`);
      line(stay ? `住院：${formatDate(doc.dates.admission, ds)}—${formatDate(doc.dates.discharge, ds)}` : `建议：休息${leave.days}天`);
      line(`医师：${doc.doctors.attending}`);
      line(`日期：${issue}`);
    });
    s.g.setLineDash([10, 8]);
    s.line(cut, top, cut, bottom, 1.6, '#555');
    s.g.setLineDash([]);
    seal(s, cut, top + (bottom - top) * rng.range(0.35, 0.6), 84, doc.hospital.name, '骑缝章', rng);

    const x0 = cut + 50;
    const right = end - 40;
    const w = right - x0;
    const mid = (x0 + right) / 2;
    s.put(mid, top + 80, doc.hospital.name, st(bold, rng.pick([17, 18]), { align: 'center', spacing: 3 }));
    s.put(mid, top + 150, rng.pick(['病 情 证 明 单', '病情证明单', '疾 病 证 明 单']), st(bold, 16, { align: 'center', spacing: 6 }));
    s.put(right, top + 205, `No.${no}`, st('sans', 11, { align: 'right', color: red }));
    let y = top + 270;
    let x = onLine(s, x0, y, '姓名', p.name, 190, f, f);
    x = onLine(s, x + 24, y, '性别', p.sex, 80, f, f);
    onLine(s, x + 24, y, '年龄', `${p.age}岁`, 110, f, f);
    y += lh * 1.2;
    x = onLine(s, x0, y, rng.pick(['工作单位', '单位/学校']), rng.pick(['退休', '个体', '无', `${doc.hospital.name.slice(0, 3)}某公司`]), 330, f, f);
    onLine(s, x + 24, y, stay ? '住院号' : '门诊号', doc.recordNo, 220, f, f);
    y += lh * 1.3;
    const summary = stay
      ? `该患者因“${doc.complaint}”于${formatDate(doc.dates.admission, ds)}入院，${formatDate(doc.dates.discharge, ds)}出院，住院${doc.stayDays}天。`
      : `患者因“${followUp(doc)}”来我院门诊就诊。`;
    s.put(x0, y, '病情摘要：', f);
    y = para(s, x0, y, w, summary, f, lh, { indent: s.measure('病情摘要：', f) }) + lh * 0.15;
    s.put(x0, y, '诊　　断：', f);
    dx.forEach((t) => { s.put(x0 + s.measure('诊　　断：', f), y, t, f); y += lh; });
    y += lh * 0.15;
    s.put(x0, y, '处理意见：', f);
    y = para(s, x0, y, w, `${rng.pick(['继续药物治疗，定期复查', '规律服药，门诊随访'])}；${leave.text}。`, f, lh,
      { indent: s.measure('处理意见：', f) }) + lh * 0.6;

    const sy = Math.max(y + lh * 0.4, bottom - lh * 2.3);
    const lw = s.put(x0 + w * 0.3, sy, '医师签名：', f);
    const hw = handwritten(s, x0 + w * 0.3 + lw + 8, sy, doc.doctors.attending, pt * 1.25, rng);
    const dxe = Math.max(x0 + w * 0.3 + lw + hw + 50, right - s.measure(issue, f) - 10);
    s.put(dxe, sy, issue, f);
    seal(s, dxe + s.measure(issue, f) / 2 - rng.range(0, 40), sy - 20, 110, doc.hospital.name, rng.pick(['门诊部', '医务处', '证明专用章']), rng);
    s.put(x0, bottom - 24, '注：本证明单涂改无效，须加盖医院印章。', st(f.face, 8.5, { color: '#555' }));
  },
};
