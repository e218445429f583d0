import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { CITY, CITY_MORE, TCM } from '../hospitals';
import { logo, nameStamp } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { mark, type Mark } from './kit';
import { CITY6, deny, pastOnly, reword, section, TCM6 } from './blind6-kit';

/** City / TCM hospital 出院小结 with a side rule, the stay told in a sentence, TCM and western diagnoses, no ID. */
export const blind6Discharge2: Layout = {
  id: 'blind6-discharge-2',
  kind: 'discharge',
  split: 'blind',
  style: 'City or TCM hospital discharge summary, stay in a sentence, no ID',
  exercises: ['held out'],
  doc: (rng) => {
    const d = makeDoc(rng, { kind: 'discharge', hospitals: [...CITY6, ...CITY, ...CITY_MORE, ...TCM6, ...TCM], yearEnd: 0.1, compoundSurnames: 0.15 });
    return reword(d, rng, { tcm: d.hospital.name.includes('中医'), near: 0.2 });
  },
  draw(s, doc, rng) {
    const face = rng.pick(['serif', 'serifLight', 'sans'] as const);
    const bold = face === 'sans' ? 'sansBold' : 'serifBold';
    const pt = rng.pick([11.5, 12, 12.5]);
    const f = st(face, pt);
    const b = st(bold, pt);
    const lh = px(pt) * 1.75;
    const x0 = 150;
    const w = s.width - x0 - 120;
    const color = rng.pick(['#1b4f8a', '#0d6b4f', '#8a1b1b', '#333333']);
    s.g.fillStyle = color;
    s.g.fillRect(96, 90, 14, s.height - 180);

    logo(s, x0 + 55, 165, 50, color, rng.pick(['cross', 'ring', 'shield'] as const));
    s.put(x0 + 130, 170, doc.hospital.name, st(bold, 19, { color }));
    if (doc.hospital.en) s.put(x0 + 130, 215, doc.hospital.en, st('sans', 8.5, { color }));
    const title = rng.pick(['出院小结', '出院记录（小结）', '住院患者出院小结']);
    s.put(x0 + w, 180, title, st(bold, 17, { align: 'right' }));
    s.line(x0, 250, x0 + w, 250, 3, color);

    const p = doc.patient;
    const sp = rng.pick(['\u3000', '  ']);
    const info1 = [`姓名：${p.name}`, `性别：${p.sex}`, `年龄：${p.age}${rng.pick(['岁', '岁', ''])}`, `科别：${doc.department}`];
    const info2 = [`病区：${rng.int(1, 18)}病区`, `床号：${doc.bed}`, `${rng.pick(['住院号', 'ID号', '病历号'])}：${doc.recordNo}`,
      `医保类别：${rng.pick(['职工医保', '居民医保', '自费', '居民医保（门慢）'])}`];
    const small = st(face, pt - 1);
    [info1, info2].forEach((row, r) => {
      let cx = x0;
      row.forEach((t) => { cx += s.put(cx, 310 + r * lh, t, small) + s.measure(sp, small) + 40; });
    });
    s.note({ name: p.name });
    s.line(x0, 310 + lh * 1.5, x0 + w, 310 + lh * 1.5, 1);

    const ds: DateStyle = rng.pick(['cnShort', 'cn', 'cnShort', 'iso', 'dot'] as const);
    const adm = formatDate(doc.dates.admission, ds);
    const dis = formatDate(doc.dates.discharge, ds);
    const n = doc.stayDays;
    const stay = rng.pick([
      `患者于${adm}入院，于${dis}出院，共住院${n}天。`,
      `住院时间：${adm}至${dis}，住院${n}天。`,
      `${adm}入院，${dis}出院，共计住院${n}日。`,
      `入院日期：${adm}${sp}出院日期：${dis}${sp}住院天数：${n}天`,
    ]);
    s.note({ admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    let y = 310 + lh * 2.6;
    y = s.para(x0, y, w, stay, f, lh);
    y += lh * 0.3;
    y = section(s, x0, y, w, '入院时情况：', `主因“${doc.complaint}”入院。${((t) => `${t}；${deny(doc, rng, t)}`)(pastOnly(doc, rng))}。`, f, b, lh);
    const lab = doc.labs[0]?.rows.slice(0, 4).map((r) => `${r.abbr} ${r.value}${r.unit}${r.flag}`).join('，') ?? '';
    y = section(s, x0, y, w, rng.pick(['主要检查结果：', '辅助检查：']), `${lab}。${doc.imaging ? `${doc.imaging.exam}：${doc.imaging.impression}。` : ''}`, f, b, lh);
    y = section(s, x0, y, w, '诊疗经过：', `予${doc.course}${doc.hospital.name.includes('中医') ? '，配合中药汤剂辨证施治' : ''}等治疗。`, f, b, lh);

    const how: Mark = rng.pick(['1.', '1、', '(1)', '一、'] as const);
    const lw = s.put(x0, y, '出院诊断：', b);
    const tcm = doc.dx.tcm;
    if (tcm.length > 0) {
      s.put(x0 + lw, y, `中医诊断：${tcm.map((d) => d.text).join('；')}`, f);
      y += lh;
      s.diagnoses(tcm);
    }
    const west = doc.dx.western;
    s.diagnoses(west);
    const head = tcm.length > 0 ? '西医诊断：' : '';
    const hw = head ? s.put(x0 + lw, y, head, f) : 0;
    west.forEach((d, i) => s.put(x0 + lw + hw, y + i * lh, `${mark(i, how)}${d.text}`, f));
    y += west.length * lh;
    y = section(s, x0, y, w, '出院时情况：', `${rng.pick(['症状缓解', '病情平稳', '一般情况好'])}，生命体征平稳。`, f, b, lh);
    const back = formatDate(addDays(doc.dates.discharge, rng.pick([7, 14, 30])), ds);
    y = section(s, x0, y, w, '出院医嘱：', `1.${doc.medicines.slice(0, 2).join('，')}；2.请于${back}来院复查${rng.pick(['血糖', '血压', '肝肾功', '血常规'])}；3.如有不适随时就诊。`, f, b, lh);

    y += lh * 1.4;
    const dw = s.put(x0 + w * 0.55, y, '主治医师：', f);
    nameStamp(s, x0 + w * 0.55 + dw + 90, y - 14, doc.doctors.attending, rng);
    s.put(x0, y, `${rng.pick(['出院', '日期'])}：${formatDate(doc.dates.discharge, rng.pick(['cn', 'iso'] as const))}`, f);
    s.put(x0 + w / 2, s.height - 110, rng.pick(['（请妥善保管，复诊时携带）', '本小结一式两份，一份交患者', '注：复印件加盖病案章有效']),
      st(face, 9, { align: 'center', color: '#555' }));
  },
};
