import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { ALL_KEYS, KEYS } from '../diseases';
import { CITY, COUNTY, COUNTY_MORE, MCH, PROVINCES, PROVINCES_TCM, REHAB, TCM } from '../hospitals';
import { handwritten, nameStamp, seal } from '../marks';
import type { Sheet, Style } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient, listed, pastHistory, type Mark } from './kit';
import { addressed, needs, prose } from './tune2-kit';
import { FAR_PROVINCES, localTo, villageOf } from './tune3-kit';
import { issuedSoon, plausible, spreadName, withDoubt } from './tune4-kit';

/** `label` in `b`, the text after it wrapping back to the margin. Returns the next baseline. */
function section(s: Sheet, x: number, y: number, w: number, label: string, text: string, b: Style, f: Style, lh: number,
  keep: readonly string[] = []): number {
  const lw = s.put(x, y, label, b);
  return prose(s, x, y, w, text, f, lh, { indent: lw, keep });
}

/**
 * 出院证明书 / 住院证明书: the stay as one range (入出院日期 / 住院期间 / 住院时间), 入院诊断 then 出院诊断 (中医 and 西医
 * at TCM hospitals), the patient again in prose with 先生 / 女士, the issue date above or before the hospital name.
 */
export const tune4CertDischargeProof: Layout = {
  id: 'tune4-cert-discharge-proof',
  kind: 'certificate',
  split: 'tune',
  style: 'County general / TCM hospital (Shandong, Jiangsu, Sichuan, Hebei, Henan and far provinces) 出院证明书 / 住院证明书, borderless serif 12–13 pt letter, date above or before the hospital name',
  exercises: ['病员姓名 / 患者姓名 label; the name again in prose with 先生 / 女士 / 同志 (患儿 for children)',
    'the stay as one range: 入出院日期：2025.01.03—2025.01.12（住院9天） / 住院期间：自2025年1月3日至2025年1月12日，共住院9天 / 住院时间：… 至 …（共9天）',
    '入院诊断 inline with a suspected disease (not counted) before 出院诊断', '中医诊断 消渴病 / 中风病 with its 证 beside 西医诊断 at TCM hospitals (both counted)',
    'the discharge date again in prose, a 复查 date after it', 'issue date (0–3 days after the discharge) over the hospital name, or before it on the same line, seal over both',
    '签发日期 label on some pages, Chinese numerals on others', '经治医师 handwritten, 科主任 printed', 'stays across the year end'],
  doc: (rng) => {
    const tcm = rng.chance(0.45);
    return issuedSoon(plausible(localTo(forPatient(makeDoc(rng, { kind: 'certificate', tcm,
      hospitals: tcm ? [...PROVINCES_TCM, ...TCM] : [...COUNTY, ...PROVINCES, ...FAR_PROVINCES, ...COUNTY_MORE],
      keys: tcm ? ['DIABETES', 'CEREBROVASCULAR_DISEASE', 'HYPERTENSION', 'CORONARY_HEART_DISEASE'] : KEYS,
      aliases: true, outside: 0.15, yearEnd: 0.2, compoundSurnames: 0.2 }), rng, COUNTY), rng)), rng);
  },
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 150;
    const w = s.width - 2 * x0;
    const right = s.width - x0;
    const face = rng.pick(['serif', 'serifMedium', 'serifLight'] as const);
    const pt = rng.pick([12, 12.5, 13]);
    const f = st(face, pt);
    const b = st('serifSemi', pt);
    s.put(s.width / 2, 160, doc.hospital.name, st('serifBold', 21, { align: 'center', spacing: 5 }));
    s.line(x0, 205, right, 205, 3);
    s.line(x0, 213, right, 213, 1);
    s.put(s.width / 2, 305, rng.pick(['出院证明书', '住院证明书', '出 院 证 明']), st('serifBold', 21, { align: 'center', spacing: 10 }));
    s.put(right, 372, `编号：${String(rng.int(1, 99999)).padStart(6, '0')}`, st(face, 10.5, { align: 'right' }));

    const [sex, age] = sexAge(doc);
    const lh = px(pt) * 1.9;
    let y = 455;
    s.pair(x0, y, rng.pick(['病员姓名：', '病员姓名：', '患者姓名：']), doc.patient.name, b, st('serifSemi', pt + 0.5));
    s.pair(x0 + 500, y, '性别：', sex, b, f);
    s.pair(x0 + 730, y, '年龄：', age, b, f);
    s.pair(x0 + 970, y, '住院号：', doc.recordNo, b, f);
    y += lh * 1.25;
    s.pair(x0, y, rng.pick(['身份证号：', '身份证号码：']), doc.patient.idNumber, b, f);
    s.pair(x0 + 880, y, '科别：', doc.department, b, f);
    y += lh * 1.25;
    const ds: DateStyle = rng.pick(['dotPad', 'cnShort', 'iso', 'cn'] as const);
    const [a, d] = [formatDate(doc.dates.admission, ds), formatDate(doc.dates.discharge, ds)];
    const [label, range] = rng.pick([
      ['入出院日期：', `${a}—${d}（住院${doc.stayDays}天）`],
      ['住院期间：', `自${a}至${d}，共住院${doc.stayDays}天`],
      ['住院时间：', `${a} 至 ${d}（共${doc.stayDays}天）`],
    ] as const);
    s.pair(x0, y, label, range, b, f);
    s.line(x0, y + 42, right, y + 42, 1);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.issue,
      admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    y += lh * 1.9;
    const how: Mark = rng.pick(['1.', '（1）', '1、'] as const);
    const tcm = doc.dx.tcm.length > 0;
    const adm = listed(doc.dx.admission, how);
    const admText = tcm ? `中医：${doc.dx.tcm[0]?.text ?? ''}；西医：${adm.join('  ')}` : adm.join('  ');
    y = section(s, x0, y, w, '入院诊断：', admText, b, f, lh, adm) + 10;
    const fw = s.put(x0, y, '出院诊断：', b);
    const western = withDoubt(rng, doc, tcm ? 0.1 : 0.25);
    if (tcm) {
      s.put(x0 + fw, y, `中医诊断：${doc.dx.tcm.map((t) => t.text).join('；')}`, f);
      y += lh;
    }
    if (western.length > 0) {
      const ww = tcm ? s.put(x0 + fw, y, '西医诊断：', f) : 0;
      listed(western, how).forEach((t, i) => s.put(x0 + fw + ww, y + i * lh, t, f));
      y += western.length * lh;
    }
    s.diagnoses([...doc.dx.tcm, ...doc.dx.western]);

    y += 14;
    const who = addressed(doc, rng);
    const named = `${doc.patient.name}${who.after}`;
    y = section(s, x0, y, w, '住院经过：', `${who.before}${named}入院后予${doc.course}等治疗，病情${rng.pick(['好转', '稳定', '明显好转'])}，`
      + `于${formatDate(doc.dates.discharge, 'cnShort')}${rng.pick(['出院', '办理出院'])}。`, b, f, lh, [named]) + 4;
    const back = addDays(doc.dates.discharge, rng.pick([14, 30, 30, 90]));
    y = section(s, x0, y, w, '出院医嘱：', `${needs(doc)}；请于${formatDate(back, 'cnShort')}前后来院复查，不适随诊。`, b, f, lh) + 4;
    s.put(x0 + px(pt) * 2, y, '特此证明。', f);

    const sy = Math.max(y + lh * 1.8, 1600);
    const mw = s.put(x0, sy, rng.pick(['经治医师：', '主治医师：']), f);
    handwritten(s, x0 + mw + 14, sy, doc.doctors.attending, pt * 1.2, rng);
    s.pair(x0 + 560, sy, '科主任：', doc.doctors.director, f);
    const dateText = `${rng.pick(['', '', '签发日期：'])}${formatDate(doc.dates.issue, rng.pick(['cnNumeral', 'cnNumeralO', 'cnShort', 'cn'] as const))}`;
    const by = sy + lh * 2.6;
    const hname = `${doc.hospital.name}${rng.pick(['', '（盖章）'])}`;
    let cx: number;
    if (rng.chance(0.5)) {
      const dw = s.put(right, by, dateText, { ...f, align: 'right' });
      s.put(right, by + lh * 1.3, hname, { ...f, align: 'right' });
      cx = right - dw * 0.5;
    } else {
      const hw = s.put(right, by, hname, { ...f, align: 'right' });
      const dw = s.put(right - hw - 70, by, dateText, { ...f, align: 'right' });
      cx = right - hw - 70 - dw * 0.3;
    }
    seal(s, cx + rng.range(-40, 40), by + rng.range(-30, 20), rng.range(145, 162), doc.hospital.name, rng.pick(['医务科专用章', '诊断证明专用章']), rng);
    s.put(s.width / 2, 2200, '（本证明仅供办理医疗保险及门诊慢特病相关手续使用）', st(face, 9.5, { align: 'center', color: '#333' }));
  },
};

/**
 * 诊断证明书 whose date of issue is printed in the header (签发日期 / 开具日期 / 日期 beside the No.), the patient in a
 * box with the name spread out (王 秀 英), a 就诊日期 or 入院日期 in the box, and no date at the signature.
 */
export const tune4CertHeaderDate: Layout = {
  id: 'tune4-cert-header-date',
  kind: 'certificate',
  split: 'tune',
  style: 'County / city / 妇幼 / rehab / other-province hospital 诊断证明书 with the date of issue in the header, boxed patient block, sans or light sans 11.5–12.5 pt, no date at the signature',
  exercises: ['date of issue only in the header by the No. (签发日期：2025年3月4日 / 开具日期：2025.03.04 / 日期：2025-03-04)',
    '姓\u3000\u3000名 with the name spread by spaces in a boxed block (王 秀 英 / 王\u3000伟 / 王  伟)',
    '就诊日期 in the box (the visit, days before the issue), or 入院日期 of a patient still in hospital (目前仍在我院住院治疗, no discharge), or 入院日期 and 出院日期',
    '病情摘要 with the complaint, past illness, denials and family history (not counted)', '诊断意见 numbered 一、二、 one a line, a ？ / 待查 item (not counted)',
    '住址 with house numbers', '医师 handwritten beside a red name stamp, seal with no date under it', "children's diseases at 妇幼 and rehab hospitals"],
  doc: (rng) => issuedSoon(plausible(localTo(forPatient(makeDoc(rng, { kind: 'certificate', hospitals: [...COUNTY, ...CITY, ...MCH, ...REHAB, ...PROVINCES],
    keys: ALL_KEYS, aliases: true, outside: 0.2, compoundSurnames: 0.2 }), rng, COUNTY), rng)), rng),
  draw(s, doc, rng) {
    const x0 = 130;
    const w = s.width - 2 * x0;
    const right = s.width - x0;
    const face = rng.pick(['sans', 'sansLight'] as const);
    const pt = rng.pick([11.5, 12, 12.5]);
    const f = st(face, pt);
    const b = st('sansMedium', pt);
    s.put(s.width / 2, 155, doc.hospital.name, st('sansBold', 19, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 250, rng.pick(['诊断证明书', '诊断证明', '医疗诊断证明书']), st('sansBold', 21, { align: 'center', spacing: 12 }));
    const hs = st(face, 10.5);
    const hy = 335;
    s.put(x0, hy, `科别：${doc.department}`, hs);
    s.put(s.width / 2 - 40, hy, `No.${doc.dates.issue.slice(2, 4)}${String(rng.int(1, 99999)).padStart(5, '0')}`, { ...hs, align: 'center' });
    const ds: DateStyle = rng.pick(['cnShort', 'cn', 'iso', 'dotPad'] as const);
    s.put(right, hy, `${rng.pick(['签发日期：', '开具日期：', '日期：'])}${formatDate(doc.dates.issue, ds)}`, { ...hs, align: 'right' });
    s.line(x0, hy + 26, right, hy + 26, 2);

    const [sex, age] = sexAge(doc);
    const mode = rng.pick(['visit', 'visit', 'inpatient', 'stay'] as const);
    const admitted = mode === 'inpatient' ? addDays(doc.dates.issue, -rng.int(2, 12)) : doc.dates.admission;
    const rh = 96;
    const top = 400;
    s.rect(x0, top, w, rh * 4, 2.2);
    for (let i = 1; i < 4; i += 1) s.line(x0, top + rh * i, right, top + rh * i, 1);
    const row = (i: number): number => top + rh * i + rh * 0.62;
    const dv = st(face, pt);
    s.pair(x0 + 30, row(0), '姓\u3000\u3000名：', spreadName(doc.patient.name, rng.pick([' ', '\u3000', '  '])), b, st('sansMedium', pt + 1.5));
    s.pair(x0 + 620, row(0), '性别：', sex, b, dv);
    s.pair(x0 + 900, row(0), '年龄：', age, b, dv);
    s.pair(x0 + 30, row(1), '身份证号：', doc.patient.idNumber, b, dv);
    const seen = addDays(doc.dates.issue, -rng.int(0, 6));
    s.pair(x0 + 760, row(1), mode === 'visit' ? '就诊日期：' : '入院日期：', formatDate(mode === 'visit' ? seen : admitted, ds), b, dv);
    s.pair(x0 + 30, row(2), mode === 'visit' ? '门诊号：' : '住院号：', doc.recordNo, b, dv);
    if (mode === 'stay') s.pair(x0 + 760, row(2), '出院日期：', formatDate(doc.dates.discharge, ds), b, dv);
    else if (mode === 'inpatient') s.pair(x0 + 760, row(2), '床号：', `${doc.bed}床`, b, dv);
    s.pair(x0 + 30, row(3), '住\u3000\u3000址：', villageOf(doc, rng), b, dv);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.issue,
      ...(mode === 'visit' ? {} : { admissionDate: admitted }), ...(mode === 'stay' ? { dischargeDate: doc.dates.discharge } : {}) });

    const lh = px(pt) * 1.85;
    let y = top + rh * 4 + 95;
    const child = doc.patient.age < 14;
    const past = child ? `平素体健；${doc.history.negated}` : pastHistory(doc, rng);
    y = section(s, x0, y, w, '病情摘要：', `${child ? '患儿' : '患者'}因“${doc.complaint}”${mode === 'visit' ? '来我院门诊就诊' : '入院'}。`
      + `既往史：${past}。家族史：${doc.history.family}。`, b, f, lh) + 16;
    const dw = s.put(x0, y, '诊断意见：', b);
    const items = withDoubt(rng, doc, 0.3);
    listed(items, '一、').forEach((t, i) => s.put(x0 + dw, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += items.length * lh + 16;
    const still = mode === 'inpatient' ? '目前仍在我院住院治疗，' : '';
    y = section(s, x0, y, w, '处理意见：', `${still}${needs(doc)}，${rng.pick(['建议休息两周', '定期门诊随访', '注意休息，避免劳累'])}。`, b, f, lh);

    const sy = Math.max(y + 150, 1780);
    const mw = s.put(x0 + 40, sy, rng.pick(['医师：', '主治医师：', '医师签名：']), f);
    const hw = handwritten(s, x0 + 40 + mw + 14, sy, doc.doctors.attending, pt * 1.25, rng);
    nameStamp(s, x0 + 40 + mw + hw + 150, sy - 18, doc.doctors.attending, rng);
    s.put(right - 40, sy, '（医院盖章）', { ...f, align: 'right' });
    seal(s, right - 150 + rng.range(-40, 30), sy - 20 + rng.range(-30, 30), rng.range(140, 158), doc.hospital.name, '诊断证明专用章', rng);
    s.line(x0, 2160, right, 2160, 1, '#888');
    s.put(x0, 2205, rng.pick(['注：本证明自签发之日起30日内有效，涂改无效。', '注：本证明须加盖诊断证明专用章方有效。']), st(face, 9.5, { color: '#333' }));
  },
};
