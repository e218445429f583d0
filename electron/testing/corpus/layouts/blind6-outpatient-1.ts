import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { COUNTY, COUNTY_MORE, TOWNSHIP } from '../hospitals';
import { handwritten, qrCode } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { mark, type Mark } from './kit';
import { COUNTY6, deny, idText, pastOnly, phone, relatives, reword, section, suspect, TOWNS6, village } from './blind6-kit';

/** County / township HIS 门诊病历 printout: a two-line patient strip under the title, SOAP-like sections, the diagnosis block. */
export const blind6Outpatient1: Layout = {
  id: 'blind6-outpatient-1',
  kind: 'outpatient',
  split: 'blind',
  style: 'County / township HIS outpatient record printout',
  exercises: ['held out'],
  doc: (rng) => reword(makeDoc(rng, { kind: 'outpatient', hospitals: [...COUNTY6, ...COUNTY, ...COUNTY_MORE, ...TOWNS6, ...TOWNSHIP],
    compoundSurnames: 0.1 }), rng, { near: 0.3 }),
  draw(s, doc, rng) {
    const face = rng.pick(['sans', 'sansLight', 'serif'] as const);
    const bold = face === 'serif' ? 'serifBold' : 'sansBold';
    const pt = rng.pick([11, 11.5, 12]);
    const f = st(face, pt);
    const b = st(bold, pt);
    const lh = px(pt) * 1.75;
    const x0 = 130;
    const w = s.width - 2 * x0;
    const p = doc.patient;

    s.put(s.width / 2, 160, doc.hospital.name, st(bold, 19, { align: 'center' }));
    const title = rng.pick(['门诊病历', '门 诊 病 历', '门诊电子病历', '门（急）诊病历']);
    s.put(s.width / 2, 240, title, st(bold, 16, { align: 'center' }));
    if (rng.chance(0.5)) qrCode(s, x0 + w - 140, 110, 140, rng);

    const ts: DateStyle = rng.pick(['isoSec', 'isoTime', 'slashTime', 'cnTime'] as const);
    const when = formatDate(doc.dates.visit, ts, doc.times.visit);
    const small = st(face, pt - 1);
    const y1 = 320;
    const y2 = y1 + lh;
    const y3 = y2 + lh;
    s.put(x0, y1, `${rng.pick(['姓名', '患者姓名'])}：${p.name}`, small);
    s.put(x0 + w * 0.27, y1, `性别：${p.sex}`, small);
    s.put(x0 + w * 0.42, y1, `年龄：${p.age}岁`, small);
    s.put(x0 + w * 0.6, y1, `${rng.pick(['门诊号', '就诊卡号', '病历号'])}：${doc.recordNo}`, small);
    s.put(x0, y2, `${rng.pick(['身份证号', '证件号', '身份证'])}：${idText(p.idNumber, rng.pick(['plain', 'group', 'quad'] as const))}`, small);
    s.put(x0 + w * 0.6, y2, `电话：${phone(rng)}`, small);
    s.put(x0, y3, `${rng.pick(['就诊时间', '就诊日期', '挂号时间'])}：${when}`, small);
    s.put(x0 + w * 0.6, y3, `科别：${doc.department}`, small);
    s.line(x0, y3 + lh * 0.5, x0 + w, y3 + lh * 0.5, 2);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });

    let y = y3 + lh * 1.6;
    const c = rng.pick(['复诊', '初诊']);
    y = section(s, x0, y, w, '主诉：', `${doc.complaint}。`, f, b, lh);
    y = section(s, x0, y, w, '现病史：', `患者${c}，${rng.pick(['自述', '诉'])}近期${rng.pick(['血压控制欠佳', '症状反复', '服药后症状稍缓解', '无明显诱因出现上述症状'])}，`
      + `饮食睡眠可，二便调。住址：${village(doc, rng)}。`, f, b, lh);
    const past = pastOnly(doc, rng);
    y = section(s, x0, y, w, '既往史：', `${past}。${deny(doc, rng, past)}，否认药物过敏史。`, f, b, lh);
    y = section(s, x0, y, w, '家族史：', `${relatives(doc, rng)}。`, f, b, lh);
    y = section(s, x0, y, w, '体格检查：', `T ${(36 + rng.range(0.1, 0.9)).toFixed(1)}℃，P ${rng.int(62, 96)}次/分，BP ${rng.int(118, 178)}/${rng.int(68, 104)}mmHg。`
      + `神清，双肺呼吸音清，心律齐。`, f, b, lh);
    const lab = doc.labs[0]?.rows.slice(0, 3).map((r) => `${r.abbr}${r.value}${r.unit}`).join('，') ?? '';
    const prior = formatDate(addDays(doc.dates.visit, -rng.int(3, 40)), rng.pick(['iso', 'dot', 'cnShort'] as const));
    y = section(s, x0, y, w, '辅助检查：', `${prior}本院化验：${lab}。`, f, b, lh);

    const how: Mark = rng.pick(['1.', '1、', '①', '1)'] as const);
    const label = rng.pick(['诊断：', '初步诊断：', '门诊诊断：', '临床诊断：']);
    const lw = s.put(x0, y + lh * 0.3, label, b);
    y += lh * 0.3;
    const dx = doc.dx.western;
    s.diagnoses(dx);
    const items = dx.map((d, i) => `${mark(i, how)}${d.text}`);
    const sus = rng.chance(0.4) ? `${mark(dx.length, how)}${suspect(doc, rng)}` : null;
    [...items, ...(sus ? [sus] : [])].forEach((t, i) => s.put(x0 + lw, y + i * lh, t, f));
    y += (items.length + (sus ? 1 : 0)) * lh;
    y = section(s, x0, y, w, rng.pick(['处理：', '处置：', '治疗意见：']), `${doc.medicines.join('；')}。`, f, b, lh);
    const next = formatDate(addDays(doc.dates.visit, rng.pick([7, 14, 28, 30])), rng.pick(['iso', 'cnShort'] as const));
    y = section(s, x0, y, w, '医嘱：', `低盐低脂饮食，监测血压血糖，${rng.pick(['', '建议'])}${next}复诊。`, f, b, lh);

    y += lh * 0.8;
    const sw = s.put(x0 + w * 0.62, y, '医师签名：', f);
    if (rng.chance(0.6)) handwritten(s, x0 + w * 0.62 + sw + 10, y, doc.doctors.attending, pt * 1.3, rng);
    else s.put(x0 + w * 0.62 + sw, y, doc.doctors.attending, f);
    s.line(x0, 2200, x0 + w, 2200, 1);
    s.put(x0, 2240, `打印时间：${formatDate(doc.dates.print, 'isoTime', doc.times.print)}`, st(face, 8.5, { color: '#444' }));
    s.put(x0 + w, 2240, rng.pick(['第1页', '1/1', '第 1 页 共 1 页']), st(face, 8.5, { color: '#444', align: 'right' }));
  },
};
