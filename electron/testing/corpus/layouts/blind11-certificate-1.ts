import { makeDoc } from '../case';
import { formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { DotMatrix } from '../dotmatrix';
import { seal } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed } from './kit';
import { suited } from './tune6-kit';
import { countyWords, restSpan } from './tune10-kit';
import { villageIn } from './tune12-kit';
import { local11, PLACES11 } from './blind11-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS',
  'MALIGNANT_TUMOR_OUTPATIENT', 'SEVERE_MENTAL_DISORDER', 'LEUKEMIA', 'HEMOPHILIA'];

/**
 * 疾病诊断证明书, second part of a carbonless (无碳复写) set — pink or yellow paper with the form pre-printed in red — filled in
 * by the 24-pin dot-matrix printer of a county hospital's HIS (Guangxi, Hunan, Yunnan, Guizhou, Jiangxi, Hubei …), the
 * print a little off the pre-printed lines. 姓名 and 身份证号 (truth), 住院日期 自…至… when the patient was admitted (truth)
 * or 门诊, 诊断 (counted), 建议 with a rest span, 开具日期 under the seal (truth: the date of issue). The red 编号 and the
 * 住院号 are numbers that are neither dates nor IDs.
 */
export const blind11Certificate1: Layout = {
  id: 'blind11-certificate-1',
  kind: 'certificate',
  split: 'blind',
  style: 'County hospital 疾病诊断证明书 on carbonless pink / yellow copy paper: form pre-printed in red serif, values in 24-pin '
    + 'dot matrix off register, red seal over the date',
  exercises: ['red pre-printed labels with dot-matrix values', '身份证号 (truth)', '住院日期 自…至… (truth when printed) or 门诊',
    '诊断 (counted)', '建议 with rest span', '日期 of issue under the seal (truth)', 'red 编号 (not a date)'],
  doc: (rng) => countyWords(suited(local11(makeDoc(rng, { kind: 'certificate', keys: KEYS, hospitals: PLACES11, compoundSurnames: 0.05 }),
    rng)), rng, { outside: 0.2, near: 0.1 }),
  draw(s, doc, rng) {
    s.g.fillStyle = rng.pick(['#fbe8ec', '#f9f0cf', '#fcecef', '#f6efd2']);
    s.g.fillRect(0, 0, s.width, s.height);
    const red = rng.pick(['#c8333d', '#b8282f', '#d0474a']);
    const x0 = 150;
    const x1 = s.width - 150;
    const w = x1 - x0;
    const lab = st(rng.pick(['serif', 'serifMedium'] as const), 12.5, { color: red });
    const rowH = 84;
    const y0 = 440;
    s.put(s.width / 2, 170, doc.hospital.name, st('serifBold', 21, { align: 'center', spacing: 5, color: red }));
    s.put(s.width / 2, 260, '疾 病 诊 断 证 明 书', st('serifBold', 18, { align: 'center', color: red }));
    s.put(x1, 330, `编号：${String(rng.int(1, 99999)).padStart(7, '0')}`, st('sans', 11, { align: 'right', color: red }));
    s.put(x0, 330, '第二联  患者留存', st('serif', 10.5, { color: red }));
    s.line(x0, 360, x1, 360, 2.4, red);

    const dm = new DotMatrix(s, x0 + rng.range(-10, 12), y0 + rng.range(-5, 6), px(11.5) / 2, rowH / 2, 'sansMedium');
    const colAt = (x: number): number => Math.ceil((x - x0) / dm.col) + 1;
    const label = (x: number, row: number, text: string, lineTo?: number): number => {
      const y = y0 + row * rowH;
      const lw = s.put(x, y, text, lab);
      if (lineTo) s.line(x + lw + 4, y + 10, lineTo, y + 10, 1.2, red);
      return x + lw;
    };
    const p = doc.patient;
    const q = w / 4;
    dm.text(colAt(label(x0, 0, '姓名', x0 + q - 20)), 0, p.name);
    dm.text(colAt(label(x0 + q, 0, '性别', x0 + 1.6 * q - 20)), 0, p.sex);
    dm.text(colAt(label(x0 + 1.6 * q, 0, '年龄', x0 + 2.2 * q - 20)), 0, `${p.age}岁`);
    dm.text(colAt(label(x0 + 2.2 * q, 0, '科别', x1)), 0, doc.department);
    dm.text(colAt(label(x0, 1, '身份证号', x0 + 2.5 * q - 20)), 2, p.idNumber);
    const inpatient = rng.chance(0.55);
    dm.text(colAt(label(x0 + 2.5 * q, 1, inpatient ? '住院号' : '门诊号', x1)), 2, doc.recordNo);
    dm.text(colAt(label(x0, 2, '住址', x1)), 4, villageIn(doc, rng));
    const stayLabel = label(x0, 3, '住院日期', x1);
    if (inpatient) {
      dm.text(colAt(stayLabel), 6, `自${formatDate(doc.dates.admission, 'cn')}至${formatDate(doc.dates.discharge, 'cn')}，共${doc.stayDays}天`);
      s.note({ admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    } else dm.text(colAt(stayLabel), 6, '门诊');
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });

    const half = rowH / 2;
    const dxRow = 8;
    const boxTop = y0 + dxRow * half - 60;
    const boxH = 8 * half;
    s.rect(x0, boxTop, w, boxH, 1.6, red);
    label(x0 + 20, dxRow / 2, '诊断：');
    s.diagnoses(doc.dx.western);
    listed(doc.dx.western, rng.pick(['1.', '1、'] as const)).forEach((t, i) => dm.text(colAt(x0 + 130), dxRow + i, t));
    const advRow = dxRow + 8;
    s.rect(x0, boxTop + boxH, w, 6 * half, 1.6, red);
    label(x0 + 20, advRow / 2, '建议：');
    const advice = `${inpatient ? '出院后' : ''}注意休息${restSpan(rng)}，按时服药，定期门诊复查，不适随诊。`;
    DotMatrix.wrap(advice, Math.floor((w - 170) / dm.col)).forEach((t, i) => dm.text(colAt(x0 + 130), advRow + i, t));

    const footRow = advRow + 8;
    const footY = y0 + footRow * half;
    dm.text(colAt(label(x0, footRow / 2, '医师', x0 + q * 1.4)), footRow, doc.doctors.attending);
    dm.text(colAt(label(x0 + 2.1 * q, footRow / 2, '日期', x1)), footRow, formatDate(doc.dates.issue, rng.pick(['cn', 'iso'] as const)));
    dm.flush(rng);
    seal(s, x0 + 3.1 * q, footY - 40, 120, doc.hospital.name, '诊断证明专用章', rng);
    s.put(x0, 2190, '注：1.本证明涂改无效，须加盖医院诊断证明专用章。2.本联交患者保存。', st('serif', 9.5, { color: red }));
  },
};
