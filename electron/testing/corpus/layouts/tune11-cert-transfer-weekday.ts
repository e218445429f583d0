import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import { COUNTY, TCM } from '../hospitals';
import { nameStamp, seal } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { forPatient } from './kit';
import { issuedSoon } from './tune4-kit';
import { suited, tcmDx, wrap } from './tune6-kit';
import { countyWords, kin } from './tune10-kit';
import { mdCn, withWeekday } from './tune11-kit';

const KEYS: readonly DiseaseKey[] = ['CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'HYPERTENSION'];

/**
 * 住院证明 of a county or TCM hospital told as one paragraph: 于2025年3月4日（星期二）入院 (truth), then an operation, a
 * transfer into the ICU and back (3月6日转入重症医学科，3月9日转回…) — dates inside the stay, not truth — then 于2025年3月17日
 * （星期一）出院 (truth). The diagnoses as two lists, 中医诊断 and 西医诊断, each on its own line; a relative's disease and a
 * negated one in the paragraph (not counted). Issued a few days later, dated at the foot (truth).
 */
export const tune11CertTransferWeekday: Layout = {
  id: 'tune11-cert-transfer-weekday',
  kind: 'certificate',
  split: 'tune',
  style: 'County / TCM hospital 住院证明: letterhead with address, one long paragraph of the stay with weekdays, transfer and ICU, '
    + '中医诊断 / 西医诊断 lines, red name stamp and round seal, serif 12–12.5 pt',
  exercises: ['于2025年3月4日（星期二）入院 … 于2025年3月17日（星期一）出院 (truth), weekdays in brackets',
    '3月5日行…术 / 3月6日转入重症医学科（ICU） / 3月9日转回 inside the stay (not truth)',
    '中医诊断：中风病 风痰阻络证 / 消渴病（气阴两虚证） and 西医诊断：1.… 2.… on separate lines (catalogue ones counted)',
    '否认… and a relative\'s disease in the paragraph (not counted)', 'date of issue after the discharge (truth)'],
  doc: (rng) => countyWords(issuedSoon(suited(forPatient(makeDoc(rng, { kind: 'certificate', keys: KEYS,
    hospitals: [...TCM, ...COUNTY], compoundSurnames: 0.12 }), rng, COUNTY)), rng), rng, { outside: 0.3, avoid: /后遗症/u }),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 150;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([12, 12.5]);
    const face = rng.pick(['serif', 'serif', 'sans'] as const);
    const f = st(face, pt);
    const b = st(face === 'serif' ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 2;
    const red = '#b3262d';

    s.put(s.width / 2, 150, doc.hospital.name, st('serifBold', 20, { align: 'center', spacing: 5, color: red }));
    s.put(s.width / 2, 205, `地址：${doc.hospital.address}  电话：${doc.hospital.phone}`, st(face, 9, { align: 'center', color: red }));
    s.line(x0, 230, right, 230, 3, red);
    s.line(x0, 238, right, 238, 1, red);
    s.put(s.width / 2, 340, rng.pick(['住 院 证 明', '住院病情证明']), st(b.face, 20, { align: 'center', spacing: 8 }));

    let y = 450;
    s.pair(x0, y, '姓名：', doc.patient.name, b, f);
    s.pair(x0 + w * 0.3, y, '性别：', doc.patient.sex, b, f);
    s.pair(x0 + w * 0.5, y, '年龄：', `${doc.patient.age}岁`, b, f);
    y += lh;
    s.pair(x0, y, '身份证号：', doc.patient.idNumber, b, f);
    y += lh * 1.4;
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.issue,
      admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    const adm = withWeekday(doc.dates.admission, 'cn');
    const dis = withWeekday(doc.dates.discharge, 'cn');
    const icuIn = addDays(doc.dates.admission, rng.int(1, 2));
    const icuOut = addDays(icuIn, Math.max(1, Math.min(3, doc.stayDays - 4)));
    const ward = doc.department;
    const op = rng.chance(0.5) && doc.procedure !== '胃镜检查' ? `${mdCn(doc.dates.surgery)}行${doc.procedure}；` : '';
    const text = `患者${doc.patient.name}，因“${doc.complaint}”于${adm}入住我院${ward}。`
      + `${mdCn(icuIn)}因病情危重转入重症医学科（ICU）监护治疗，${mdCn(icuOut)}病情稳定后转回${ward}；${op}`
      + `经治疗于${dis}${rng.pick(['好转出院', '出院', '病情平稳出院'])}，共住院${doc.stayDays}天。`
      + `患者${kin(rng)}，本人否认肝炎、结核等传染病史。`;
    const keep = [adm, dis, mdCn(icuIn), mdCn(icuOut)];
    wrap(s, text, w, f, { indent: px(pt) * 2, keep }).forEach((t, i) => {
      s.put(x0 + (i === 0 ? px(pt) * 2 : 0), y, t, f);
      y += lh;
    });
    y += lh * 0.4;

    const tcm: Dx[] = /中医/u.test(doc.hospital.name) || rng.chance(0.3) ? tcmDx(doc, rng, rng.pick([' ', '（）'] as const)) : [];
    s.put(x0, y, '出院诊断：', b);
    y += lh;
    if (tcm.length > 0) {
      const tw = s.put(x0 + px(pt) * 2, y, '中医诊断：', f);
      tcm.forEach((d, i) => s.put(x0 + px(pt) * 2 + tw, y + i * lh, d.text, f));
      y += tcm.length * lh;
    }
    const ww = s.put(x0 + px(pt) * 2, y, tcm.length > 0 ? '西医诊断：' : '', f);
    doc.dx.western.forEach((d, i) => s.put(x0 + px(pt) * 2 + ww, y + i * lh, `${i + 1}.${d.text}`, f));
    y += doc.dx.western.length * lh;
    s.diagnoses([...tcm, ...doc.dx.western]);
    y += lh * 0.5;
    s.put(x0 + px(pt) * 2, y, '特此证明。', f);
    y += lh * 2;

    const sw = s.put(x0 + w * 0.05, y, '经治医师：', f);
    nameStamp(s, x0 + w * 0.05 + sw + 100, y - 14, doc.doctors.attending, rng);
    const date = formatDate(doc.dates.issue, rng.pick(['cnShort', 'cnNumeral'] as const));
    const cx = right - s.measure(date, f) / 2 - 20;
    s.put(cx, y, '（医院盖章）', { ...f, align: 'center' });
    s.put(cx, y + lh * 1.2, date, { ...f, align: 'center' });
    seal(s, cx + rng.range(-25, 25), y + rng.range(-10, 30), rng.range(125, 145), doc.hospital.name, rng.pick(['医务科', '住院证明专用章']), rng);
  },
};
