import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, qrCode } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, printedOn, type Mark } from './kit';
import { para, settled, suited } from './tune6-kit';
import { denial, followUp, kin } from './tune10-kit';
import { ALL19, local19, mobile } from './blind19-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'SEVERE_MENTAL_DISORDER', 'TRANSPLANT_ANTI_REJECTION', 'HEMOPHILIA', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'URAEMIA_DIALYSIS'];

/**
 * 门诊病历 printed by the outpatient EMR of a county hospital in a far province (Yunnan … Shaanxi): the name left, a QR
 * code right, a grey strip with 门诊号 / 科室 / 就诊时间 (truth) and a 挂号 line, the patient in a row of run-together
 * cells (姓名 and the full ID — truth), a hanging-label body (主诉, 现病史 naming the 上次就诊 day
 * — decoy, 既往史 with denials and a relative — decoys), 诊断 numbered one under another (counted), an Rp list, a 复诊
 * day (decoy), the doctor's hand and a 打印时间 (decoy).
 */
export const blind19Outpatient1: Layout = {
  id: 'blind19-outpatient-1',
  kind: 'outpatient',
  split: 'blind',
  style: 'far-province county outpatient EMR: name left + QR right, grey strip with 就诊时间, hanging labels, Rp list, sans 10–12 pt',
  exercises: ['就诊时间 in a grey strip with the clock (truth)', '上次就诊 day in 现病史 and 复诊 day (not truth)',
    '身份证号 in full beside a phone number', '联系电话 digits', '既往史 denials and a relative (not counted)',
    '诊断 numbered under a hanging label (counted)', 'Rp medicine lines', '打印时间 footer (not truth)'],
  doc: (rng) => local19(settled(suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: ALL19, compoundSurnames: 0.1 }))), rng),
  draw(s, doc, rng) {
    s.ink = '#1a1a1a';
    const x0 = 130;
    const w = s.width - 2 * x0;
    const pt = rng.pick([10, 10.5, 11, 12]);
    const light = rng.chance(0.4);
    const f = st(light ? 'sansLight' : 'sans', pt);
    const b = st('sansMedium', pt);
    const lh = px(pt) * 1.7;
    const p = doc.patient;

    s.put(x0, 150, doc.hospital.name, st('sansBold', rng.pick([20, 22])));
    s.put(x0, 215, rng.pick(['门诊病历', '门诊电子病历', '门（急）诊病历']), st('sansMedium', 15, { spacing: 3 }));
    qrCode(s, x0 + w - 150, 70, 150, rng);
    s.put(x0 + w - 175, 215, `门诊号：${doc.recordNo}`, st('sans', 9, { align: 'right' }));

    const ds: DateStyle = rng.pick(['isoTime', 'slashTime', 'cnTime', 'isoSec'] as const);
    const stripY = 250;
    s.g.fillStyle = rng.pick(['#e6e6e6', '#e3ebf2']);
    s.g.fillRect(x0, stripY, w, px(pt) * 1.9);
    const sy = stripY + px(pt) * 1.3;
    s.put(x0 + 16, sy, `科室：${doc.department}`, b);
    s.put(x0 + 470, sy, `就诊时间：${formatDate(doc.dates.visit, ds, doc.times.visit)}`, b);
    s.put(x0 + w - 16, sy, rng.pick(['复诊', '复诊（慢病）']), { ...b, align: 'right' });
    let y = stripY + px(pt) * 1.9 + lh * 1.1;
    s.put(x0, y, `姓名：${p.name}\u3000\u3000性别：${p.sex}\u3000\u3000年龄：${p.age}岁\u3000\u3000费别：${rng.pick(['医保', '自费', '居民医保'])}`, f);
    y += lh;
    s.put(x0, y, `身份证号：${p.idNumber}\u3000\u3000电话：${mobile(rng)}`, f);
    s.put(x0 + w, y, `挂号：${rng.pick(['自助机', '窗口', '微信预约'])}`, { ...f, align: 'right', color: '#444' });
    y += lh * 0.55;
    s.line(x0, y, x0 + w, y, 1.5);
    y += lh * 1.1;
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });

    const last = addDays(doc.dates.visit, -rng.pick([14, 28, 30, 56, 90]));
    const lastText = formatDate(last, rng.pick(['cnShort', 'iso'] as const));
    const labelW = s.measure('体格检查：', b) + 8;
    const hang = (label: string, text: string): void => {
      s.put(x0, y, label, b);
      y = para(s, x0 + labelW, y, w - labelW, text, f, lh, { keep: [lastText] }) + lh * 0.3;
    };
    const hi = doc.dx.keys.includes('HYPERTENSION');
    hang('主\u3000\u3000诉：', followUp(doc));
    hang('现 病 史：', `患者上次就诊为${lastText}，规律服药，${rng.pick(['近期无明显不适', '偶有头晕乏力', '睡眠欠佳'])}，今来复诊开药。`);
    hang('既 往 史：', `${denial(doc, rng)}。家族史：${kin(rng)}。`);
    hang('体格检查：', `BP ${hi ? rng.int(142, 176) : rng.int(110, 136)}/${hi ? rng.int(88, 104) : rng.int(66, 84)}mmHg，`
      + `心率${rng.int(64, 92)}次/分，神清，心肺听诊未见明显异常，双下肢无水肿。`);
    const how: Mark = rng.pick(['1.', '1、', '(1)'] as const);
    s.diagnoses(doc.dx.western);
    s.put(x0, y, '诊\u3000\u3000断：', b);
    listed(doc.dx.western, how).forEach((t, i) => s.put(x0 + labelW, y + i * lh, t, f));
    y += doc.dx.western.length * lh + lh * 0.3;
    s.put(x0, y, '处\u3000\u3000理：', b);
    s.put(x0 + labelW, y, 'Rp：', st('serifBold', pt));
    y += lh;
    for (const m of doc.medicines.slice(0, 4)) {
      s.put(x0 + labelW + 60, y, m, st('serif', pt - 0.5));
      s.put(x0 + w, y, `×${rng.pick(['1', '2', '3'])}盒`, st('serif', pt - 0.5, { align: 'right' }));
      y += lh;
    }
    y += lh * 0.3;
    const back = addDays(doc.dates.visit, rng.pick([14, 28, 30]));
    hang('医\u3000\u3000嘱：', `按时服药，监测血压、血糖，${formatDate(back, 'cnShort')}复诊，不适随诊。`);

    y = Math.max(y + lh * 1.5, 1500);
    s.put(x0 + w - 420, y, '医师签名：', f);
    handwritten(s, x0 + w - 420 + s.measure('医师签名：', f) + 8, y, doc.doctors.attending, pt * 1.35, rng);
    s.line(x0, 2180, x0 + w, 2180, 1, '#888');
    const foot = st('sans', 8.5, { color: '#555' });
    s.put(x0, 2215, `打印时间：${formatDate(printedOn(doc), 'isoTime', doc.times.print)}`, foot);
    s.put(x0 + w, 2215, `${doc.hospital.address}\u3000${doc.hospital.phone}`, { ...foot, align: 'right' });
  },
};
