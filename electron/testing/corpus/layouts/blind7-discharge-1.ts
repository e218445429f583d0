import { makeDoc } from '../case';
import { addDays, daysBetween, formatDate, type DateStyle } from '../dates';
import { CITY, CITY_MORE } from '../hospitals';
import { handwritten, logo } from '../marks';
import { personName } from '../people';
import type { Layout } from '../types';
import { footer, px, st } from './common';
import { listed, pastHistory, reprinted, type Mark } from './kit';
import { kin, maskedMobile } from './blind2-kit';
import { CITY7, OP_KEYS, operated } from './blind7-kit';

/**
 * City hospital (Henan, Hebei, Jiangsu, Tianjin, Shandong) surgical-ward 出院记录: logo and name left, the title right, a
 * double rule, four borderless rows with grey labels, sections under accent bars or in 【】, the operation as a small
 * table or a line, pathology with its own number and date, 出院诊断 numbered, a kin's signature.
 * Truth: the stay, the ID, the numbered 出院诊断; not the 入院诊断, the operation, pathology, follow-up or print dates.
 */
export const blind7Discharge1: Layout = {
  id: 'blind7-discharge-1',
  kind: 'discharge',
  split: 'blind',
  style: 'blind7 layout 1',
  exercises: ['held out'],
  doc: (rng) => makeDoc(rng, { kind: 'discharge', hospitals: [...CITY7, ...CITY7, ...CITY, ...CITY_MORE], keys: OP_KEYS,
    compoundSurnames: 0.1 }),
  draw(s, base, rng) {
    const { doc, op } = operated(base, rng);
    const p = doc.patient;
    const serif = rng.chance(0.4);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f = st(serif ? 'serif' : rng.pick(['sans', 'sansLight'] as const), pt);
    const b = st(serif ? 'serifBold' : 'sansBold', pt);
    const grey = { ...f, color: '#5a5a5a' };
    const lh = px(pt) * rng.pick([1.62, 1.75]);
    const [x0, x1, w] = [110, s.width - 110, s.width - 220];
    const accent = rng.pick(['#1f5fa8', '#0f7a5a', '#a3242c', '#2d3f8c']);

    logo(s, x0 + 46, 128, 44, accent, rng.pick(['cross', 'ring', 'shield'] as const));
    s.put(x0 + 110, 132, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', rng.pick([17, 18]), { color: accent }));
    s.put(x0 + 110, 176, doc.hospital.en ?? doc.hospital.address, st('sans', 8.5, { color: '#555' }));
    s.put(x1, 150, rng.pick(['出 院 记 录', '出院记录']), st(serif ? 'serifBold' : 'sansBold', 20, { align: 'right' }));
    s.line(x0, 208, x1, 208, 3, accent);
    s.line(x0, 216, x1, 216, 1, accent);

    const ts: DateStyle = rng.pick(['cnTime', 'isoTime', 'cnHour', 'slashTime'] as const);
    const col = [0, 0.27, 0.5, 0.75, 0.4, 0.8].map((k) => x0 + w * k);
    const rows: [number, string, string][][] = [
      [[0, '姓名：', p.name], [1, '性别：', p.sex], [2, '年龄：', `${p.age}岁`], [3, rng.pick(['住院号：', '病案号：']), doc.recordNo]],
      [[0, '科室：', doc.department], [1, '病区：', `${rng.int(1, 18)}病区`], [2, '床号：', `${doc.bed}床`],
        [3, '费别：', rng.pick(['城乡居民医保', '职工医保', '异地医保'])]],
      [[0, rng.pick(['入院时间：', '入院日期：']), formatDate(doc.dates.admission, ts, doc.times.admission)],
        [4, rng.pick(['出院时间：', '出院日期：']), formatDate(doc.dates.discharge, ts, doc.times.discharge)], [5, '住院天数：', `${doc.stayDays}天`]],
      [[0, '身份证号：', p.idNumber], [2, '联系电话：', maskedMobile(rng)]],
    ];
    if (rng.chance(0.5)) rows.push(...rows.splice(2, 1));
    let y = 268;
    for (const row of rows) {
      for (const [c, l, v] of row) s.pair(col[c] ?? x0, y, l, v, grey, f);
      y += lh;
    }
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    s.line(x0, y - lh * 0.5, x1, y - lh * 0.5, 1.2, '#888');
    y += lh * 0.3;

    const bars = rng.chance(0.55);
    const head = (t: string): number => {
      if (!bars) return s.put(x0, y, `【${t}】`, b);
      s.g.fillStyle = accent;
      s.g.fillRect(x0, y - px(pt) * 0.8, 8, px(pt) * 0.95);
      s.put(x0 + 20, y, t, b);
      y += lh;
      return 0;
    };
    const section = (t: string, text: string): void => {
      const hw = head(t);
      y = s.para(x0 + (bars ? 20 : 0), y, w - (bars ? 20 : 0), text, f, lh, hw) + lh * 0.15;
    };
    const cn: DateStyle = rng.pick(['cnShort', 'iso', 'cn'] as const);
    const bp = `${rng.int(118, 178)}/${rng.int(66, 102)}mmHg`;
    const exam = `查体：T ${(rng.int(362, 371) / 10).toFixed(1)}℃，P ${rng.int(62, 96)}次/分，BP ${bp}，神志清。`;
    section('入院情况', `患者因“${op.said}”入院。既往史：${pastHistory(doc, rng)}。家族史：${doc.history.family}。${exam}`);
    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    section('入院诊断', listed(doc.dx.admission, how).join('  '));
    const labs = doc.labs.flatMap((l) => l.rows.slice(0, 3)).map((r) => `${r.abbr} ${r.value}${r.unit}${r.flag}`);
    section('辅助检查', `${formatDate(addDays(doc.dates.admission, 1), cn)}化验：${labs.join('，')}。心电图：窦性心律。`);
    const opDay = formatDate(doc.dates.surgery, cn);
    if (rng.chance(0.6)) {
      head('手术情况');
      if (!bars) y += lh;
      const cw = [w * 0.16, w * 0.46, w * 0.24, w * 0.14];
      const cells = (a: readonly string[], lab: boolean) => a.map((t, i) => ({ text: t, w: cw[i] ?? 0, label: lab }));
      const sm = st(f.face, pt - 0.5);
      y = s.grid(x0, y - lh * 0.7, lh * 1.05, [cells(['手术日期', '手术名称', '麻醉方式', '术者'], true),
        cells([formatDate(doc.dates.surgery, 'iso'), op.op, op.anaes, doc.doctors.director], false)], sm,
      { shade: '#eef1f5', label: st(b.face, pt - 0.5), border: 1.2 }) + lh * 0.9;
    } else section('手术情况', `${opDay}在${op.anaes}下行${op.op}，术者：${doc.doctors.director}。`);
    const postop = daysBetween(doc.dates.surgery, doc.dates.discharge);
    section(rng.pick(['诊疗经过', '住院经过']), `入院后完善相关检查，排除手术禁忌，于${opDay}行${op.op}，手术顺利。术后予抗感染、补液、`
      + `营养支持等治疗，${postop >= 7 ? `切口愈合良好，术后第${rng.int(7, postop)}天拆线` : '切口敷料干燥，无渗出'}。`);
    if (op.path) {
      const pd = formatDate(addDays(doc.dates.surgery, Math.min(rng.int(3, 6), Math.max(1, doc.stayDays - 2))), 'iso');
      section('病理诊断', `病理号：B${doc.dates.surgery.slice(2, 4)}${String(rng.int(1000, 99999)).padStart(5, '0')}（${pd}）${op.path}。`);
    }
    section('出院情况', `患者一般情况可，${rng.pick(['无发热，切口无红肿渗出', '饮食、睡眠可，切口无红肿', '生命体征平稳'])}，准予出院。`);
    const hw = head('出院诊断');
    s.diagnoses(doc.dx.western);
    const items = listed(doc.dx.western, how);
    if (rng.chance(0.5) || bars) {
      items.forEach((t, i) => s.put(x0 + (bars ? 20 : hw), y + i * lh, t, f));
      y += items.length * lh + lh * 0.15;
    } else y = s.para(x0, y, w, items.join('  '), f, lh, hw) + lh * 0.15;
    const back = formatDate(addDays(doc.dates.discharge, rng.int(14, 35)), cn);
    section('出院医嘱', `1.${op.then}。2.请于${back}来院复查，不适随诊。3.注意休息，加强营养。`);

    y = Math.max(y + lh * 1.2, 1700);
    const r1 = s.put(x0, y, '住院医师：', f);
    handwritten(s, x0 + r1 + 8, y, doc.doctors.resident, pt * 1.3, rng);
    s.put(x0 + w * 0.36, y, `主治医师：${doc.doctors.attending}`, f);
    y += lh * 1.5;
    const relation = rng.pick(['儿子', '女儿', '配偶', '本人']);
    const signer = relation === '本人' ? p.name : relation === '配偶' ? personName(rng, p.sex === '男' ? '女' : '男', 0)
      : kin(rng, doc, relation === '儿子' ? '男' : '女', Object.values(doc.doctors));
    const k1 = s.put(x0, y, '患者/家属签字：', f);
    const kw = handwritten(s, x0 + k1 + 8, y, signer, pt * 1.35, rng);
    s.put(x0 + k1 + kw + 40, y, `与患者关系：${relation}`, f);
    s.put(x1, y, formatDate(doc.dates.discharge, cn), { ...f, align: 'right' });
    footer(s, reprinted(doc), { y: 2230, style: st(f.face, 8.5, { color: '#444' }), page: '第1页 共1页', print: 'isoTime', x0, x1 });
  },
};
