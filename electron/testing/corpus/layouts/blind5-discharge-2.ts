import { makeDoc } from '../case';
import { COUNTY_MORE, TCM, TOWNSHIP } from '../hospitals';
import { handwritten, seal } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { COUNTY5, type F5, flow, fmt, home, idText, sane, signedOn, TOWNSHIP5 } from './blind5-kit';

/**
 * 出院小结 typed in a Word template at a township health centre or a small county / TCM hospital: a centred title, the
 * patient's particulars as label–value pairs without colons, the stay told in the prose, diagnoses as a numbered list
 * (中医 and 西医 apart at the TCM hospitals), the doctor's signature and the date by hand, sometimes a 病历复印 seal.
 */
export const blind5Discharge2: Layout = {
  id: 'blind5-discharge-2',
  kind: 'discharge',
  split: 'blind',
  style: 'Township / small county or TCM hospital Word-template 出院小结, serif 12–13 pt, prose stay, hand signature',
  exercises: ['labels without colons', 'stay in prose in several date styles', 'TCM and western diagnoses apart', 'seal over the sign-off'],
  doc: (rng) => {
    const tcm = rng.chance(0.35);
    const hospitals = tcm ? [...TCM, ...COUNTY5.filter((x) => x.name.includes('中医'))] : [...TOWNSHIP, ...TOWNSHIP5, ...COUNTY_MORE];
    return sane(makeDoc(rng, { kind: 'discharge', hospitals, tcm, aliases: true, yearEnd: 0.15, compoundSurnames: 0.08,
      keys: ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT',
        'SEVERE_MENTAL_DISORDER', 'POST_ARTERIAL_STENT_ANTICOAGULATION'] }), rng);
  },
  draw(s, doc, rng) {
    const p = doc.patient;
    s.ink = rng.pick(['#111111', '#1b1b1b', '#222222']);
    const face = rng.pick(['serif', 'serif', 'serifLight'] as const);
    const pt = rng.pick([12, 12.5, 13]);
    const f = st(face, pt);
    const b = st('serifSemi', pt);
    const lh = px(pt) * rng.range(1.6, 1.8);
    const x0 = rng.int(150, 180);
    const x1 = s.width - x0;
    const w = x1 - x0;
    const em = px(pt);

    s.put(s.width / 2, 190, doc.hospital.name, st('serifBold', 18, { align: 'center', spacing: 3 }));
    const title = rng.pick(['出院小结', '出院记录', '出院小结（病历摘要）']);
    const tw = s.put(s.width / 2, 285, title, st('serifBold', 20, { align: 'center', spacing: 8 }));
    s.line(s.width / 2 - tw / 2 - 20, 305, s.width / 2 + tw / 2 + 20, 305, 2.5);
    s.line(s.width / 2 - tw / 2 - 20, 312, s.width / 2 + tw / 2 + 20, 312, 1);

    // Particulars: label, a space, the value.
    const gap = '\u3000';
    const no = rng.chance(0.5) ? doc.recordNo.slice(4) : doc.recordNo;
    let y = 400;
    const line1 = [`姓名 ${p.name}`, `性别 ${p.sex}`, `年龄 ${p.age}岁`, `${rng.pick(['住院号', '病案号', '住院号码'])} ${no}`];
    s.put(x0, y, line1.join(gap + gap), f);
    y += lh;
    const idHow = rng.pick(['plain', 'six', 'plain'] as const);
    s.put(x0, y, `${rng.pick(['身份证号', '身份证号码', '公民身份号码'])} ${idText(p.idNumber, idHow)}${gap}${gap}科别 ${doc.department}`, f);
    y += lh;
    const addr = home(doc, rng);
    s.put(x0, y, `住址 ${addr}`, f);
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    y += lh * 0.5;
    s.line(x0, y, x1, y, 1.2);
    y += lh * 1.1;

    // The stay, told one of three ways.
    const ds: F5 = rng.pick(['cnShort', 'cnHour', 'dot', 'cn', 'hy'] as const);
    const adm = fmt(doc.dates.admission, ds, doc.times.admission);
    const dis = fmt(doc.dates.discharge, ds, doc.times.discharge);
    const keep = [adm, dis, p.name];
    const how = rng.int(0, 2);
    const para = (text: string, more: readonly string[] = []): void => {
      y = flow(s, x0, y, w, text, f, lh, [...keep, ...more], em * 2) + lh * 0.15;
    };
    const headed = (label: string, text: string, more: readonly string[] = []): void => {
      const lw = s.put(x0 + em * 2, y, label, b);
      y = flow(s, x0, y, w, text, f, lh, [...keep, ...more], em * 2 + lw) + lh * 0.15;
    };
    if (how === 1) {
      s.put(x0, y, `住院日期：${adm} 至 ${dis}，共${doc.stayDays}天`, f);
      y += lh * 1.2;
    }
    const intro = `患者${p.name}，${p.sex}，${p.age}岁，因“${doc.complaint}”`;
    if (how === 2) para(`${intro}于${adm}入院，${dis}出院，住院${doc.stayDays}天。`);
    else if (how === 0) para(`${intro}于${adm}${rng.pick(['入院', '入住我院', '收入我院'])}。`);
    else para(`${intro}入院。`);

    headed('入院时情况：', `${doc.history.past}。${doc.history.negated}。${doc.history.family}。查体：血压${rng.int(130, 186)}/${rng.int(70, 106)}mmHg，`
      + `神志清，${rng.pick(['双肺呼吸音清', '双肺底可闻及少许湿啰音', '心率齐'])}，双下肢${rng.pick(['无', '轻度'])}水肿。`);
    const admDx = doc.dx.admission.map((d) => d.text);
    headed('入院诊断：', admDx.join('，') + '。', admDx);
    headed('诊疗经过：', `入院后给予${doc.course}等对症支持治疗，并完善${rng.pick(['血常规、生化、心电图、胸片', '血尿常规、肝肾功能、彩超'])}等检查。`);
    const left = how === 0 ? `于${dis}${rng.pick(['出院', '好转出院', '办理出院'])}，共住院${doc.stayDays}天。` : '';
    headed('出院时情况：', `患者${rng.pick(['症状较前缓解', '病情好转', '一般情况可'])}，饮食、睡眠可，${left}`);

    // Diagnoses.
    const mk: Mark = rng.pick(['1、', '1.', '（1）'] as const);
    const ind = x0 + em * 2;
    if (doc.dx.tcm.length > 0) {
      s.put(ind, y, '出院诊断：', b);
      y += lh;
      s.put(ind + em, y, `中医诊断：${doc.dx.tcm.map((d) => d.text).join('  ')}`, f);
      y += lh;
      if (doc.dx.western.length > 0) {
        const lw = s.put(ind + em, y, '西医诊断：', f);
        listed(doc.dx.western, mk).forEach((t, i) => s.put(ind + em + lw, y + i * lh, t, f));
        y += doc.dx.western.length * lh;
      }
      s.diagnoses([...doc.dx.tcm, ...doc.dx.western]);
    } else {
      const lw = s.put(ind, y, '出院诊断：', b);
      listed(doc.dx.western, mk).forEach((t, i) => s.put(ind + lw, y + i * lh, t, f));
      y += doc.dx.western.length * lh;
      s.diagnoses(doc.dx.western);
    }
    y += lh * 0.15;
    headed('出院医嘱：', `${doc.medicines.slice(0, 2).join('，')}，遵医嘱服用；定期监测${rng.pick(['血压', '血糖', '肾功能'])}，`
      + `${rng.pick(['1周后', '半月后', '1月后'])}门诊复诊，病情变化随时就诊。`);

    // Signature and date by hand, perhaps a seal.
    y = Math.max(y + lh * 1.5, 1750);
    const sx = x1 - em * 12;
    const lw = s.put(sx, y, '医师签名：', f);
    handwritten(s, sx + lw + 6, y, doc.doctors.attending, pt * 1.35, rng);
    const signed = signedOn(doc.dates.discharge, rng);
    const handDate = rng.chance(0.5);
    const dateText = handDate ? fmt(signed, rng.pick(['cnShort', 'dot'] as const)) : fmt(signed, rng.pick(['cnNumeralO', 'cnNumeral', 'cn'] as const));
    if (handDate) handwritten(s, sx + em, y + lh * 1.5, dateText, pt * 1.2, rng);
    else s.put(sx + em, y + lh * 1.5, dateText, f);
    if (rng.chance(0.5)) {
      seal(s, sx + em * 5, y + lh * 0.6, rng.range(120, 140), doc.hospital.name, rng.pick(['病历复印专用章', '医务科', '病案管理专用章']), rng);
    }
    s.put(s.width / 2, 2200, `地址：${doc.hospital.address}    电话：${doc.hospital.phone}`, st(face, 9.5, { align: 'center', color: '#444' }));
  },
};
