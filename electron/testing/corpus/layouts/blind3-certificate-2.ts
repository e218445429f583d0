import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import { handwritten, nameStamp, seal } from '../marks';
import type { Rng } from '../rng';
import type { Sheet } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { B3_COUNTY, B3_TCM, B3_TOWNSHIP, homeIn, local, mobile, sexFit, writeText, wrapRow } from './blind3-kit';
import { icdOf } from './kit';
import { needs } from './tune2-kit';
import { plausible } from './tune4-kit';

/** Blind layout (split 'blind'): see blind3-kit.ts. Not for reading while tuning the extractor. */

/** What the doctor cites for each diagnosis. */
const BASIS: Record<DiseaseKey, (rng: Rng) => string> = {
  HYPERTENSION: (r) => `非同日3次血压≥140/90mmHg，最高${r.int(176, 210)}/${r.int(100, 124)}mmHg`,
  DIABETES: (r) => `空腹血糖${(r.int(78, 152) / 10).toFixed(1)}mmol/L，HbA1c ${(r.int(71, 112) / 10).toFixed(1)}%`,
  CORONARY_HEART_DISEASE: (r) => `冠脉造影示前降支狭窄约${r.int(60, 90)}%`,
  CEREBROVASCULAR_DISEASE: () => '头颅MRI示基底节区梗死灶，遗留肢体活动障碍',
  URAEMIA_DIALYSIS: (r) => `血肌酐${r.int(620, 1100)}μmol/L，规律血液透析`,
  HEMOPHILIA: (r) => `凝血因子Ⅷ活性${(r.int(5, 48) / 10).toFixed(1)}%`,
  MALIGNANT_TUMOR_OUTPATIENT: () => '病理组织学检查确诊',
  SEVERE_MENTAL_DISORDER: () => '符合ICD-10诊断标准，病程迁延',
  LEUKEMIA: () => '骨髓细胞形态学及免疫分型确诊',
  POST_ARTERIAL_STENT_ANTICOAGULATION: (r) => `${r.int(2015, 2023)}年行支架植入术，需长期抗凝`,
  TRANSPLANT_ANTI_REJECTION: (r) => `${r.int(2012, 2023)}年行移植手术`,
  PHENYLKETONURIA: () => '新生儿筛查及血氨基酸分析确诊',
  CHILD_DISABILITY_REHAB: () => '发育评估及头颅MRI检查',
};
const basis = (d: Dx, rng: Rng): string => (d.key ? BASIS[d.key as DiseaseKey](rng) : rng.pick(['门诊随诊', '相关检查支持', '既往病历记载']));

/** Security paper: fine wavy lines in a pale tint behind the text, and a framed border (not text). */
function guilloche(s: Sheet, tint: string, rng: Rng): void {
  const g = s.g;
  g.save();
  g.strokeStyle = tint;
  g.lineWidth = 1;
  const phase = rng.range(0, Math.PI * 2);
  for (let k = 0; k < 70; k += 1) {
    g.beginPath();
    for (let x = 90; x <= s.width - 90; x += 6) {
      const y = 120 + k * 31 + 14 * Math.sin(x / 47 + k * 0.35 + phase) + 8 * Math.sin(x / 13 + k);
      if (x === 90) g.moveTo(x, y);
      else g.lineTo(x, y);
    }
    g.stroke();
  }
  g.restore();
  s.rect(80, 80, s.width - 160, s.height - 160, 5, tint);
  s.rect(96, 96, s.width - 192, s.height - 192, 1.2, '#5b7f6a');
}

export const blind3Certificate2: Layout = {
  id: 'blind3-certificate-2',
  kind: 'certificate',
  split: 'blind',
  style: 'blind3 layout 8',
  exercises: ['blind'],
  doc: (rng) => sexFit(plausible(local(makeDoc(rng, { kind: 'certificate', hospitals: [...B3_COUNTY, ...B3_TOWNSHIP, ...B3_TCM], aliases: true,
    outside: 0.3, compoundSurnames: 0.15 }), rng)), rng),
  draw(s, doc, rng) {
    s.ink = '#161616';
    guilloche(s, rng.pick(['#e3f0e6', '#e2ebf5', '#f3eadf']), rng);
    const x0 = 140;
    const x1 = s.width - 140;
    const w = x1 - x0;
    s.put(s.width / 2, 190, doc.hospital.name, st('serifBold', 15, { align: 'center', spacing: 5 }));
    s.put(s.width / 2, 268, '诊断证明书', st('serifBold', 15, { align: 'center', spacing: 14 }));
    s.put(s.width / 2, 318, '（门诊慢性病、特殊疾病待遇申请用）', st('serif', 10.5, { align: 'center' }));
    s.put(x0, 384, `就诊卡号：${doc.patient.idNumber.slice(14, 17)}${doc.recordNo.slice(5)}${rng.int(10, 99)}`, st('sans', 10));
    s.put(x1, 384, `编号：MT${doc.dates.issue.slice(0, 4)}${String(rng.int(1, 99999)).padStart(5, '0')}`, st('serif', 10.5, { align: 'right', color: '#b3261e' }));

    const [sex, age] = sexAge(doc);
    const f = st('sans', 11);
    const stay = rng.chance(0.4);
    const rows: [number, string][][] = [
      [[0, `姓\u3000\u3000名：${doc.patient.name}`], [470, `性\u3000\u3000别：${sex}`], [900, `年\u3000\u3000龄：${age}`]],
      [[0, `身份证号：${doc.patient.idNumber}`], [900, `联系电话：${mobile(rng)}`]],
      [[0, `参保类别：${rng.pick(['职工基本医疗保险', '城乡居民基本医疗保险'])}`], [900, `就诊科室：${doc.department}`]],
      [[0, `现 住 址：${homeIn(doc, rng)}`]],
      ...(stay ? [[[0, `最近住院：${formatDate(doc.dates.admission, 'iso')} 至 ${formatDate(doc.dates.discharge, 'iso')}（住院号：${doc.recordNo}）`]] as [number, string][]] : []),
    ];
    const top = 412;
    rows.forEach((r, i) => r.forEach(([dx, t]) => s.put(x0 + 24 + dx, top + 56 + i * 56, t, f)));
    const bottom = top + 30 + rows.length * 56;
    s.rect(x0, top, w, bottom - top, 1.6);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.issue,
      ...(stay ? { admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge } : {}) });

    const head = st('serifBold', 12);
    let y = bottom + 90;
    s.put(x0, y, '一、临床诊断', head);
    y += 28;
    const cell = st('sans', 10.5);
    const lh = px(10.5) * 1.55;
    const cw = [100, 450, 170, 200, w - 920];
    y = wrapRow(s, x0, y, ['序号', '诊断名称', 'ICD-10', '首次确诊', '诊断依据'].map((t, i) => ({ w: cw[i] ?? 100, text: t, align: 'center' as const })),
      st('sansMedium', 10.5), lh, { shade: '#eef2ee', border: 1.4 });
    s.diagnoses(doc.dx.western);
    doc.dx.western.forEach((d, i) => {
      const since = addDays(doc.dates.issue, d.key ? -rng.int(400, 4000) : -rng.int(60, 1800));
      y = wrapRow(s, x0, y, [{ w: cw[0] ?? 80, text: String(i + 1), align: 'center' }, { w: cw[1] ?? 470, text: d.text },
        { w: cw[2] ?? 170, text: icdOf(d, i), align: 'center' }, { w: cw[3] ?? 200, text: formatDate(since, 'slash'), align: 'center' },
        { w: cw[4] ?? 474, text: basis(d, rng) }], cell, lh, { border: 1.4 });
    });

    y += 90;
    s.put(x0, y, '二、医疗机构意见', head);
    const body = st('serif', 12);
    const named = doc.dx.western.find((d) => d.key)?.text ?? doc.dx.western[0]?.text ?? '';
    const until = addDays(doc.dates.issue, 90);
    y = writeText(s, x0, y + px(12) * 2, w, `经我院${doc.department}诊治，患者所患“${named}”诊断明确，${needs(doc)}，建议按规定申请门诊慢特病待遇。`
      + `本证明有效期至${formatDate(until, 'cn')}。`, body, px(12) * 1.9, px(12) * 2);

    const sy = y + 120;
    const sf = st('serif', 11.5);
    const a = s.put(x0, sy, '经治医师（签字）：', sf);
    handwritten(s, x0 + a + 8, sy, doc.doctors.attending, 13.5, rng);
    const b = s.put(x0 + 620, sy, '科室负责人：', sf);
    nameStamp(s, x0 + 620 + b + 90, sy - 14, doc.doctors.director, rng);
    const issue = `开具日期：${formatDate(doc.dates.issue, 'iso')}`;
    const iw = s.put(x1, sy + 120, issue, { ...sf, align: 'right' });
    s.put(x0, sy + 120, `医保办审核：${doc.doctors.checker}`, sf);
    seal(s, x1 - iw * 0.45 + rng.range(-50, 40), sy + 90 + rng.range(-30, 25), rng.range(138, 156), doc.hospital.name, '诊断证明专用章', rng);
    const note = st('serif', 9.5, { color: '#333' });
    s.put(x0, 2168, '说明：1.本证明一式两份，一份交医保经办机构，一份存档；2.须加盖医疗机构诊断证明专用章；3.涂改无效。', note);
  },
};
