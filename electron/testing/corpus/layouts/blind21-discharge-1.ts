import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { barcode, handwritten, logo, seal } from '../marks';
import type { Layout } from '../types';
import { footer, px, st } from './common';
import { listed, pastHistory, reprinted, type Mark } from './kit';
import { FAR21, farDoc, relative } from './blind21-kit';

/**
 * 出院小结 printed from the EMR of a city hospital far from Shandong (Yunnan, Zhejiang, Shaanxi …): logo and hospital
 * name at the left, barcode of the 住院号 at the right, a coloured rule, an unbordered three-column header of
 * label：value pairs (姓名 and the full 身份证号 — truth; a relative with a masked phone — decoy), the stay either as
 * two header pairs or as one 住院时间 span (truth), then 【】 sections: 入院诊断 (not counted), 诊疗经过 with the day of an
 * operation (decoy), 出院诊断 (counted), 出院医嘱 with the day of the next visit (decoy), handwritten doctor, 记录日期
 * and the print time in the footer (decoys), sometimes a 病案复印专用章.
 */
export const blind21Discharge1: Layout = {
  id: 'blind21-discharge-1',
  kind: 'discharge',
  split: 'blind',
  style: 'EMR 出院小结 of a city hospital outside Shandong: logo left, barcode right, coloured rule, unbordered header, 【】 sections',
  exercises: ['unbordered three-column header with 身份证号 (truth)', 'stay as two pairs or one 住院时间 span (truth)',
    '入院诊断 before 出院诊断 (only the latter counted)', 'operation, follow-up, record and print dates (decoys)',
    'a relative\'s name in the header (decoy)'],
  doc: (rng) => reprinted(farDoc(makeDoc(rng, { kind: 'discharge', hospitals: FAR21, compoundSurnames: 0.1, yearEnd: 0.08,
    aliases: true, outside: 0.25 }), rng)),
  draw(s, doc, rng) {
    const x0 = 120;
    const x1 = s.width - 120;
    const serif = rng.chance(0.4);
    const pt = rng.pick([10, 10.5, 11]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const b = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.55;
    const accent = rng.pick(['#1f4e9a', '#0f6b5c', '#8a1c1c']);
    const p = doc.patient;

    logo(s, x0 + 45, 125, 42, accent, rng.pick(['cross', 'ring', 'shield'] as const));
    s.put(x0 + 105, 128, doc.hospital.name, st('sansBold', rng.pick([17, 18]), { color: accent, spacing: 2 }));
    s.put(x0 + 105, 178, `${doc.hospital.address}\u3000${doc.hospital.phone}`, st('sans', 8.5, { color: '#333' }));
    const bw = barcode(s, x1 - 330, 78, doc.recordNo, 62, 2.2);
    s.put(x1 - 330 + bw / 2, 170, doc.recordNo, st('sans', 8.5, { align: 'center' }));
    s.put(s.width / 2, 265, rng.pick(['出 院 小 结', '出院小结', '出 院 记 录']), st(serif ? 'serifBold' : 'sansBold', 18,
      { align: 'center', spacing: 4 }));
    s.line(x0, 292, x1, 292, 4, accent);
    s.line(x0, 300, x1, 300, 1, accent);

    const ds: DateStyle = rng.pick(['isoTime', 'cnTime', 'cn', 'iso', 'slashTime'] as const);
    const adm = formatDate(doc.dates.admission, ds, doc.times.admission);
    const dis = formatDate(doc.dates.discharge, ds, doc.times.discharge);
    const kin = relative(doc, rng);
    const cols = [x0, x0 + 470, x0 + 940];
    const pair = (c: number, y: number, label: string, value: string): void => {
      s.pair(cols[c] ?? x0, y, label, value, b, f);
    };
    let y = 350;
    pair(0, y, '姓\u3000名：', p.name);
    pair(1, y, '性\u3000别：', p.sex);
    pair(2, y, '年\u3000龄：', `${p.age}岁`);
    y += lh;
    pair(0, y, '科\u3000室：', doc.department);
    pair(1, y, '床\u3000号：', `${doc.bed}床`);
    pair(2, y, '住院号：', doc.recordNo);
    y += lh;
    pair(0, y, '身份证号：', p.idNumber);
    pair(2, y, '费\u3000别：', rng.pick(['城乡居民医保', '职工医保', '异地医保']));
    y += lh;
    if (rng.chance(0.5)) {
      pair(0, y, '入院时间：', adm);
      s.pair(cols[1]! + 160, y, '出院时间：', dis, b, f);
    } else {
      pair(0, y, '住院时间：', `${adm} 至 ${dis}（共${doc.stayDays}天）`);
    }
    y += lh;
    pair(0, y, '联系人：', `${kin.name}（${kin.relation}）`);
    s.pair(cols[1]! + 160, y, '联系电话：', `1${rng.int(30, 89)}****${rng.int(1000, 9999)}`, b, f);
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    y += lh * 0.6;
    s.line(x0, y, x1, y, 1.2, '#777');
    y += lh * 1.1;

    const how: Mark = rng.pick(['1.', '1、', '①', '(1)'] as const);
    const w = x1 - x0;
    const head = (title: string): void => {
      s.put(x0, y, `【${title}】`, b);
      y += lh;
    };
    const list = (items: readonly string[]): void => {
      for (const line of items) {
        s.put(x0 + 60, y, line, f);
        y += lh;
      }
    };
    const cn = (iso: string): string => formatDate(iso, 'cnShort');
    const follow = addDays(doc.dates.discharge, rng.pick([7, 14, 28]));
    const lab = doc.labs[0]?.rows.find((r) => r.flag !== '') ?? doc.labs[0]?.rows[0];
    head('入院情况');
    y = s.para(x0, y, w, `${rng.pick(['', '患者'])}${p.name}，${p.sex}，${p.age}岁，因“${doc.complaint}”入院。既往史：`
      + `${pastHistory(doc, rng)}。家族史：${doc.history.family}。`, f, lh, px(pt) * 2);
    head(rng.pick(['入院诊断', '初步诊断']));
    list(listed(doc.dx.admission, how));
    head('诊疗经过');
    y = s.para(x0, y, w, `入院后完善相关检查，${lab ? `${lab.name}${lab.value}${lab.unit}` : '血常规未见明显异常'}。`
      + `${doc.procedure !== '胃镜检查' ? `${cn(doc.dates.surgery)}在局麻下行${doc.procedure}，过程顺利。` : ''}`
      + `予${doc.course}等治疗，症状好转。`, f, lh, px(pt) * 2);
    head('出院诊断');
    s.diagnoses(doc.dx.western);
    list(listed(doc.dx.western, how));
    head('出院情况');
    y = s.para(x0, y, w, rng.pick(['神志清，精神可，生命体征平稳，无胸闷气促，饮食睡眠可。', '一般情况可，诉无明显不适，查体同前，准予出院。']),
      f, lh, px(pt) * 2);
    head('出院医嘱');
    y = s.para(x0, y, w, `1.继续服用${doc.medicines.slice(0, 2).join('、')}；2.低盐低脂饮食，适当活动；`
      + `3.请于${cn(follow)}至${doc.department}门诊复诊，如有不适及时就诊。`, f, lh, px(pt) * 2);

    y += lh * 0.8;
    s.put(x1 - 720, y, '医师签名：', b);
    handwritten(s, x1 - 720 + s.measure('医师签名：', b) + 10, y, doc.doctors.resident, pt * 1.3, rng);
    const rec = formatDate(addDays(doc.dates.discharge, rng.pick([0, 0, 1])), rng.pick(['iso', 'cn'] as const));
    s.put(x1 - 300, y, `日期：${rec}`, f);
    if (rng.chance(0.55)) seal(s, x1 - 250, y - 30, 105, doc.hospital.name, '病案复印专用章', rng);
    footer(s, doc, { y: 2240, style: st('sans', 8.5, { color: '#444' }), page: '第1页/共1页', print: 'isoTime', x0, x1 });
  },
};
