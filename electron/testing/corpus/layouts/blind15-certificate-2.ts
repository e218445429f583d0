import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Cell, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { sickLeave } from './tune3-kit';
import { para, settled, suited, yearMonth } from './tune6-kit';
import { countyWords, followUp } from './tune10-kit';
import { spread } from './tune18-kit';
import { ALL_B15, dateStamp, localB15 } from './blind15-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS',
  'SEVERE_MENTAL_DISORDER', 'MALIGNANT_TUMOR_OUTPATIENT', 'LEUKEMIA', 'TRANSPLANT_ANTI_REJECTION', 'HEMOPHILIA'];

/**
 * 门诊病情证明 of a Xinjiang, Qinghai, Hainan or Shanghai hospital for a patient followed in its clinic: the patient on borderless
 * lines (身份证号 — truth), a sentence with the month care began, a ruled table of the last half year's visits (dates, the
 * first diagnosis, treatment; none truth, the last may fall on the day of issue), 诊断 numbered (counted), advice with a rest
 * period from and to a date on some pages (not truth), the doctor's hand, and 开具日期 given only by the violet-blue rubber
 * date stamp of the 门诊部 / 医务科 (truth), the round seal beside it.
 */
export const blind15Certificate2: Layout = {
  id: 'blind15-certificate-2',
  kind: 'certificate',
  split: 'blind',
  style: 'Xinjiang / Qinghai / Hainan / Shanghai 门诊病情证明 with the half year\'s visits in a ruled table, numbered 诊断, the date of '
    + 'issue only as a violet rubber date stamp beside the round seal, sans or serif 11.5–12.5 pt, table 10.5 pt',
  exercises: ['a table of earlier visit dates (not truth)', '诊断 numbered under the table (counted)', 'rest period 建议休息…至… (not truth)',
    'the date of issue printed by a rubber date stamp (truth)', '首诊 month in the prose (not truth)'],
  doc: (rng) => localB15(countyWords(settled(suited(makeDoc(rng, { kind: 'certificate', keys: KEYS, hospitals: ALL_B15,
    compoundSurnames: 0.05 }))), rng, { outside: 0.25, near: 0.15, avoid: /急性/u }), rng),
  draw(s, doc, rng) {
    s.ink = '#171717';
    const x0 = 140;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.45);
    const pt = rng.pick([11.5, 12, 12.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.8;
    const p = doc.patient;
    const issue = doc.dates.issue;

    s.put(s.width / 2, 160, doc.hospital.name, st(b.face, 20, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 250, rng.pick(['门诊病情证明', '病 情 证 明 书']), st(b.face, 18, { align: 'center', spacing: 6 }));
    s.put(right, 310, `证明编号：MZ${issue.replace(/-/g, '').slice(2, 6)}${String(rng.int(1, 9999)).padStart(4, '0')}`,
      st(f.face, 10, { align: 'right' }));
    let y = 380;
    spread(s, x0, right, y, [['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], ['科别：', doc.department]], b, f);
    y += lh;
    spread(s, x0, right, y, [['身份证号：', p.idNumber], ['就诊卡号：', `${doc.recordNo.slice(4)}${rng.int(10, 99)}`]], b, f);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: issue });
    y += lh * 1.4;

    const since = yearMonth(addDays(issue, -rng.int(300, 2500)));
    y = para(s, x0, y, w, `该患者因“${followUp(doc)}”，自${since}起在我院${doc.department}门诊规律随诊治疗，病情需长期门诊用药。近半年门诊就诊记录如下：`,
      f, lh, { indent: px(pt) * 2, keep: [since] }) + lh * 0.2;

    // The visits: every three to six weeks back from the day of issue (the last one that day or a few days before).
    const visits: string[] = [addDays(issue, -rng.pick([0, 0, 2, 5]))];
    while (visits.length < rng.int(4, 6)) visits.unshift(addDays(visits[0] ?? issue, -rng.int(21, 42)));
    const ds: DateStyle = rng.pick(['iso', 'dotPad', 'slash'] as const);
    const small: Style = st('sans', 10.5);
    const cw = [100, 250, 260, 430, w - 1040];
    const main = (doc.dx.western.find((d) => d.key)?.text ?? '').replace(/（.*?）/gu, '');
    const rows: Cell[][] = [['序号', '就诊日期', '科室', '诊断', '处理'].map((t, i) => ({ text: t, w: cw[i] ?? 0, label: true }))];
    visits.forEach((v, i) => rows.push([String(i + 1), formatDate(v, ds), doc.department, main,
      rng.pick(['复诊取药', '调整用药', '复查化验', '续方'])].map((t, k) => ({ text: t, w: cw[k] ?? 0, align: k === 3 ? 'left' : 'center' }))));
    y = s.grid(x0, y - lh * 0.45, px(10.5) * 2, rows, small, { shade: '#efefef', label: st('sansBold', 10.5), border: 1.2 }) + lh * 1.1;

    s.put(x0, y, '诊断：', b);
    y += lh;
    doc.dx.western.forEach((d, i) => {
      s.put(x0 + px(pt) * 2, y, `${i + 1}.${d.text}`, f);
      y += lh;
    });
    s.diagnoses(doc.dx.western);
    const leave = rng.chance(0.5) ? `${sickLeave(rng, issue, rng.pick(['dotPad', 'cnShort'] as const)).text}；` : '';
    y = para(s, x0, y + lh * 0.2, w, `建议：${leave}需长期门诊规律服药治疗，定期复查，不适随诊。`, f, lh) + lh * 1.4;

    const dw = s.put(x0, y, '医师签名：', f);
    handwritten(s, x0 + dw + 10, y, doc.doctors.attending, pt * 1.3, rng);
    const lw = s.put(x0 + w * 0.5, y + lh * 1.6, '开具日期：', f);
    const stamped = formatDate(issue, rng.pick(['dotPad', 'iso'] as const));
    const stampW = s.measure(stamped, st('sansBold', 15)) + 60;
    dateStamp(s, x0 + w * 0.5 + lw + stampW / 2 + 14, y + lh * 1.6 - px(pt) * 0.35, rng.pick(['门诊部', '医务科', '门诊办公室']), stamped, rng);
    seal(s, right - 150 + rng.range(-30, 20), y + lh * 0.4 + rng.range(-20, 20), rng.range(120, 140), doc.hospital.name, '门诊专用章', rng);
    s.put(x0, 2180, '注：本证明经加盖医院印章后有效，仅作病情证明，不作其他用途。', st(f.face, 9.5, { color: '#444' }));
  },
};
