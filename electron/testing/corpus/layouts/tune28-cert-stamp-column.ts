import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import { physician } from '../people';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed } from './kit';
import { para, suited } from './tune6-kit';
import { countyWords, restSpan } from './tune10-kit';
import { townWard } from './tune12-kit';
import { HOSPITALS28 } from './tune28-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS',
  'MALIGNANT_TUMOR_OUTPATIENT', 'SEVERE_MENTAL_DISORDER', 'LEUKEMIA', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'TRANSPLANT_ANTI_REJECTION'];

/**
 * 诊断证明书 of a Liaocheng city / county hospital whose right side is a ruled COLUMN OF STAMP BOXES beside the text, read
 * on its own: 经治医师 (a handwritten name), 科室主任 (another name), 医务科审核 with its 审核日期 (a day or two after issue:
 * decoy) and 医院盖章 under a round seal. The text at the left: 编号, the patient (身份证号: truth), a sentence stating the
 * stay (入院 / 出院: truth) on some pages or the 门诊 visit on others, the numbered 诊断 (counted), 处理意见 with a rest
 * span, and 开具日期 (truth, the date of issue) at the foot of the text column.
 */
export const tune28CertStampColumn: Layout = {
  id: 'tune28-cert-stamp-column',
  kind: 'certificate',
  split: 'tune',
  style: 'Liaocheng city / county hospital 诊断证明书: text at the left, a ruled column of four stamp boxes at the right (经治医师, '
    + '科室主任, 医务科审核 with its date, 医院盖章 under the seal), serif or sans 11.5–13 pt',
  exercises: ['a right column of stamp boxes read on its own beside the text (a block), not line by line across',
    '审核日期 in the stamp column (not the date of issue)', '开具日期 at the foot of the text (truth)',
    'the stay in a sentence on some pages (truth), a 门诊 visit on others', '诊断 numbered (counted), 处理意见 with a rest span'],
  doc: (rng) => townWard(countyWords(suited(makeDoc(rng, { kind: 'certificate', keys: KEYS, hospitals: HOSPITALS28,
    compoundSurnames: 0.1 })), rng, { outside: 0.2, near: 0.1, avoid: /急性/u }), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const face = rng.pick(['serif', 'sans'] as const);
    const pt = rng.pick([11.5, 12, 13]);
    const f = st(face, pt);
    const b = st(face === 'serif' ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.9;
    const p = doc.patient;
    const [x0, right] = [120, s.width - 120];

    s.put(s.width / 2, 150, doc.hospital.name, st(face === 'serif' ? 'serifBold' : 'sansBold', 19, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 235, '诊 断 证 明 书', st(face === 'serif' ? 'serifBold' : 'sansBold', 17, { align: 'center', spacing: 8 }));
    s.put(right, 300, `编号：${doc.recordNo.slice(2)}${rng.int(10, 99)}`, st(face, 10, { align: 'right' }));

    // The frame: text at the left, the stamp column at the right.
    const [top, bottom] = [330, 1560];
    const colW = 360;
    const cx = right - colW;
    s.rect(x0, top, right - x0, bottom - top, 2);
    s.line(cx, top, cx, bottom, 1.6);
    const tx = x0 + 30;
    const tw = cx - tx - 30;
    const first = top + lh * 1.1;

    // The stamp column: four boxes, read on its own.
    const boxH = (bottom - top) / 4;
    const small = st(face, 10.5);
    const checked = addDays(doc.dates.issue, rng.int(1, 2));
    s.block(() => {
      ['经治医师', '科室主任', '医务科审核', '医院盖章'].forEach((cap, i) => {
        const by = top + i * boxH;
        if (i > 0) s.line(cx, by, right, by, 1.2);
        s.put(cx + 20, i === 0 ? first : by + px(10.5) * 1.6, `${cap}：`, st(face === 'serif' ? 'serifSemi' : 'sansMedium', 10.5));
        const mid = by + boxH * 0.6;
        if (i === 0) handwritten(s, cx + 40, mid, doc.doctors.attending, pt * 1.2, rng);
        if (i === 1) handwritten(s, cx + 40, mid, doc.doctors.director, pt * 1.2, rng);
        if (i === 2) {
          handwritten(s, cx + 40, mid - 20, physician(rng, [p.name, doc.doctors.attending, doc.doctors.director]), pt * 1.2, rng);
          s.put(cx + 20, by + boxH - 30, `审核日期：${formatDate(checked, 'iso')}`, small);
        }
        if (i === 3) seal(s, cx + colW / 2, mid, 110, doc.hospital.name, '诊断证明专用章', rng);
      });
    });

    // The text.
    let y = first;
    const line = (cells: readonly (readonly [string, string])[], at: readonly number[]): void => {
      cells.forEach(([l, v], i) => s.pair(tx + (at[i] ?? 0) * tw, y, l, v, b, f));
      y += lh;
    };
    line([['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`]], [0, 0.45, 0.72]);
    line([['身份证号：', p.idNumber]], [0]);
    const stay = rng.chance(0.55);
    line([['科别：', doc.department], [stay ? '住院号：' : '门诊号：', doc.recordNo]], [0, 0.45]);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });
    y += lh * 0.3;
    const fmt = rng.pick(['cn', 'cnShort'] as const);
    const [adm, dis] = [formatDate(doc.dates.admission, fmt), formatDate(doc.dates.discharge, fmt)];
    const visit = formatDate(doc.dates.visit, fmt);
    const sentence = stay ? `该患者于${adm}至${dis}在我院${doc.department}住院治疗，共住院${doc.stayDays}天。`
      : `该患者于${visit}来我院${doc.department}门诊就诊，经检查确诊。`;
    if (stay) s.note({ admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    y = para(s, tx, y, tw, sentence, f, lh, { indent: px(pt) * 2, keep: [adm, dis, visit] }) + lh * 0.3;
    s.put(tx, y, '诊断：', b);
    y += lh;
    listed(doc.dx.western, rng.pick(['1.', '1、', '（1）'] as const)).forEach((t) => {
      y = para(s, tx + px(pt) * 2, y, tw - px(pt) * 2, t, f, lh);
    });
    s.diagnoses(doc.dx.western);
    y += lh * 0.3;
    s.put(tx, y, '处理意见：', b);
    y = para(s, tx, y + lh, tw, `需长期门诊规律服药治疗，定期复查；建议休息${restSpan(rng)}。`, f, lh, { indent: px(pt) * 2 });
    const issue = formatDate(doc.dates.issue, rng.pick(['cn', 'cnShort', 'cnNumeral'] as const));
    s.put(tx, bottom - lh * 0.9, `开具日期：${issue}`, f);

    const note = st(face, 10, { color: '#444' });
    let ny = bottom + lh * 1.2;
    ['注：1.本证明书须经医务科审核并加盖医院公章后有效，涂改无效。', '2.本证明仅作病情证明，不作为其他用途。']
      .forEach((t, i) => { s.put(x0 + (i === 0 ? 0 : px(10) * 2), ny, t, note); ny += px(10) * 1.8; });
  },
};
