import { makeDoc, type Doc } from '../case';
import { addDays, clock, formatDate } from '../dates';
import { KEYS } from '../diseases';
import { barcode, nameStamp, signature } from '../marks';
import type { Rng } from '../rng';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { BIG, local, mobileNo, SD_CITY, SD_COUNTY, SD_TOWN, scribble, smallCentre } from './blind-kit';
import { pastHistory, printedOn } from './kit';

/** Blind layouts (split 'blind'): see blind-kit.ts. Not for reading while tuning the extractor. */

export const blindOutpatient1: Layout = {
  id: 'blind-outpatient-1',
  kind: 'outpatient',
  split: 'blind',
  style: 'blind layout 3',
  exercises: ['blind'],
  doc: (rng) => local(smallCentre(makeDoc(rng, { kind: 'outpatient', hospitals: [...SD_TOWN, ...SD_COUNTY.slice(0, 8)], aliases: true,
    outside: 0.15, compoundSurnames: 0.1 }), rng, SD_COUNTY.slice(0, 8)), rng),
  draw(s, doc, rng) {
    // The scanner lid around a booklet page.
    s.g.fillStyle = '#e4e4e0';
    s.g.fillRect(0, 0, s.width, s.height);
    const bx = 110 + rng.int(-8, 8);
    const by = 110 + rng.int(-6, 6);
    const bw = 1260;
    const bh = 2060;
    s.g.fillStyle = '#c9c9c4';
    s.g.fillRect(bx + 8, by + 10, bw, bh);
    s.g.fillStyle = '#fbf8ee';
    s.g.fillRect(bx, by, bw, bh);
    const fold = s.g.createLinearGradient(bx, 0, bx + 40, 0);
    fold.addColorStop(0, 'rgba(120,110,90,0.35)');
    fold.addColorStop(1, 'rgba(120,110,90,0)');
    s.g.fillStyle = fold;
    s.g.fillRect(bx, by, 40, bh);
    s.g.fillStyle = '#9a9a9a';
    for (const sy of [by + bh * 0.25, by + bh * 0.72]) s.g.fillRect(bx + 6, sy, 8, 60);

    const green = rng.pick(['#2d6a4f', '#1d4f8f', '#7b2d26']);
    s.put(bx + 60, by + 95, doc.hospital.name, st('serifSemi', 13, { color: green }));
    s.put(bx + 60, by + 150, '门 诊 病 历', st('serif', 11, { color: green }));
    const col = bx + 200;
    const top = by + 280;
    const rowH = 60;
    s.put(bx + 100, top - 20, '日\u3000期', st('serif', 10.5, { color: green, align: 'center' }));
    s.put(col + (bw - 200) / 2, top - 20, '病\u3000历\u3000记\u3000录', st('serif', 10.5, { color: green, align: 'center' }));
    const rows = Math.floor((bh - 320) / rowH);
    for (let r = 0; r <= rows; r += 1) s.line(bx + 30, top + r * rowH, bx + bw - 30, top + r * rowH, 1.2, '#a9bcd6');
    s.line(col, top - 62, col, top + rows * rowH, 1.2, '#a9bcd6');
    s.line(bx + 30, top - 62, bx + bw - 30, top - 62, 1.6, green);

    // The registration sticker.
    const sx = bx + bw - 470;
    const sy = by + 30;
    s.g.fillStyle = 'rgba(0,0,0,0.12)';
    s.g.fillRect(sx + 5, sy + 5, 430, 190);
    s.g.fillStyle = '#ffffff';
    s.g.fillRect(sx, sy, 430, 190);
    const [sex, age] = sexAge(doc);
    const tag = st('sans', 9.5);
    s.put(sx + 20, sy + 48, `${doc.patient.name}\u3000${sex}\u3000${age}`, tag);
    const bar = barcode(s, sx + 20, sy + 66, doc.recordNo, 58, 2);
    s.put(sx + 20 + bar / 2, sy + 164, doc.recordNo, st('sans', 8.5, { align: 'center' }));

    // An earlier visit, written by hand.
    const earlier = rng.int(2, 4);
    scribble(s, bx + 40, top + rowH - 14, 130, rng);
    for (let r = 0; r < earlier; r += 1) scribble(s, col + 20, top + (r + 1) * rowH - 14, rng.range(500, 960), rng);
    signature(s, bx + bw - 300, top + (earlier + 1) * rowH - 16, 150, rng);

    // Today's visit, printed by the clinic's printer onto the next lines.
    const ox = rng.range(-6, 6);
    const oy = rng.range(-4, 3);
    const f = st('sans', 10);
    const right = bx + bw - 50;
    let r = earlier + 2;
    const base = (row: number): number => top + row * rowH - 14 + oy;
    s.put(bx + 42 + ox, base(r), formatDate(doc.dates.visit, 'dotPad'), f);
    s.put(bx + 42 + ox, base(r + 1), clock(doc.times.visit), f);
    const line = (text: string): void => {
      s.put(col + 16 + ox, base(r), text, f);
      r += 1;
    };
    const wrap = (text: string): void => {
      const end = s.para(col + 16 + ox, base(r), right - col - 16, text, f, rowH);
      r = Math.round((end - oy + 14 - top) / rowH);
    };
    line(`${doc.department}\u3000门诊号 ${doc.recordNo}`);
    line(`姓 名 ${doc.patient.name}\u3000${sex}\u3000${age}`);
    line(`证件号 ${doc.patient.idNumber}`);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.visit });
    wrap(`主诉：${doc.complaint}。`);
    wrap(`现病史：患者上述症状${rng.pick(['反复发作', '时轻时重', '近日加重'])}，自服${doc.medicines[0] ?? '药物'}，效果一般。`);
    wrap(`既往史：${pastHistory(doc, rng)}。家族史：${doc.history.family}。`);
    wrap(`查体：BP ${rng.int(118, 176)}/${rng.int(66, 102)}mmHg，心肺(-)，双下肢无水肿。`);
    const dx = doc.dx.western;
    s.diagnoses(dx);
    const lw = s.measure('印象：', f);
    dx.forEach((d, i) => {
      s.put(col + 16 + ox + (i === 0 ? 0 : lw), base(r), `${i === 0 ? '印象：' : ''}${i + 1})${d.text}`, f);
      r += 1;
    });
    line('处理：');
    doc.medicines.slice(0, 3).forEach((m) => line(`\u3000\u3000${m}`));
    line(`嘱：低盐低脂饮食，${formatDate(addDays(doc.dates.visit, rng.pick([7, 14, 30])), 'dotPad')}复诊。`);
    signature(s, right - 170, base(r) - 4, 150, rng);
  },
};

const ARRIVAL = ['步行', '家属陪同', '120救护车', '轮椅'];
const RELATIVE = ['子', '女', '配偶', '儿媳', '孙子'];

/** Triage just before midnight and the visit just after it, on some pages. */
function triage(doc: Doc, rng: Rng): { triageDay: string; triageAt: number; visitAt: number } {
  if (rng.chance(0.25)) return { triageDay: addDays(doc.dates.visit, -1), triageAt: rng.int(23 * 60 + 20, 23 * 60 + 58), visitAt: rng.int(2, 50) };
  const visitAt = doc.times.visit;
  return { triageDay: doc.dates.visit, triageAt: visitAt - rng.int(4, 35), visitAt };
}

export const blindOutpatient2: Layout = {
  id: 'blind-outpatient-2',
  kind: 'outpatient',
  split: 'blind',
  style: 'blind layout 4',
  exercises: ['blind'],
  doc: (rng) => local(makeDoc(rng, { kind: 'outpatient', hospitals: [...BIG, ...SD_CITY, ...SD_COUNTY.slice(6)], keys: KEYS.filter((k) => k !== 'TRANSPLANT_ANTI_REJECTION'),
    aliases: true, compoundSurnames: 0.15 }), rng),
  draw(s, doc, rng) {
    const x0 = 120;
    const w = s.width - 2 * x0;
    const red = '#c62828';
    s.g.fillStyle = red;
    s.g.beginPath();
    s.g.roundRect(x0, 88, 150, 76, 12);
    s.g.fill();
    s.put(x0 + 75, 143, '急诊', st('sansBlack', 17, { color: '#ffffff', align: 'center' }));
    s.put(s.width / 2, 140, doc.hospital.name, st('sansBold', 18, { align: 'center' }));
    s.put(s.width / 2, 212, '急 诊 病 历', st('sansMedium', 15, { align: 'center' }));
    const level = rng.pick(['Ⅱ级', 'Ⅲ级', 'Ⅲ级', 'Ⅳ级']);
    s.rect(s.width - x0 - 230, 96, 230, 66, 2, red);
    s.put(s.width - x0 - 115, 141, `分诊 ${level}`, st('sansBold', 13, { color: red, align: 'center' }));
    s.line(x0, 250, s.width - x0, 250, 2.5);

    const f = st('sans', 10.5);
    const [sex, age] = sexAge(doc);
    const t = triage(doc, rng);
    const iso = (d: string, m: number): string => formatDate(d, 'isoTime', m);
    const bar = '\u3000｜\u3000';
    const head = [
      ['患者姓名：' + doc.patient.name, `性别：${sex}`, `年龄：${age}`, `急诊号：E${doc.recordNo.slice(2)}`],
      [`身份证：${doc.patient.idNumber}`, `联系人：${rng.pick(RELATIVE)} ${mobileNo(rng)}`],
      [`来院方式：${rng.pick(ARRIVAL)}`, `分诊时间：${iso(t.triageDay, t.triageAt)}`, `就诊时间：${iso(doc.dates.visit, t.visitAt)}`],
      [`接诊医师：${doc.doctors.attending}`, `科室：${rng.pick(['急诊内科', '急诊科'])}`, `费别：${rng.pick(['职工医保', '居民医保', '自费'])}`],
    ];
    head.forEach((r, i) => s.put(x0, 312 + i * 56, r.join(bar), f));
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.visit });
    s.line(x0, 520, s.width - x0, 520, 1);

    const lab = st('sansBold', 10.5);
    const lh = px(10.5) * 1.8;
    let y = 590;
    const section = (label: string, text: string): void => {
      const lw = s.put(x0, y, label, lab);
      y = s.para(x0, y, w, text, f, lh, lw) + 8;
    };
    const onset = addDays(t.triageDay, -rng.int(1, 3));
    section('主诉：', `${doc.complaint}，加重${rng.int(2, 12)}小时。`);
    section('现病史：', `患者于${formatDate(onset, 'cnShort')}起出现上述症状加重，未予重视，今症状持续不缓解，由${rng.pick(['家属', '120'])}送来我院急诊。`);
    section('既往史：', `${pastHistory(doc, rng)}。`);
    section('过敏史：', rng.pick(['否认药物及食物过敏史。', '青霉素过敏。', '磺胺类药物过敏。']));
    s.put(x0, y, '查体：', lab);
    y += 20;
    const cw = w / 6;
    const cells = (texts: readonly string[], label: boolean) => texts.map((text) => ({ text, w: cw, label, align: 'center' as const }));
    y = s.grid(x0, y, 52, [
      cells(['T（℃）', 'P（次/分）', 'R（次/分）', 'BP（mmHg）', 'SpO2（%）', '意识'], true),
      cells([(36.3 + rng.range(0, 1.4)).toFixed(1), String(rng.int(58, 118)), String(rng.int(16, 26)), `${rng.int(110, 196)}/${rng.int(62, 112)}`,
        String(rng.int(90, 99)), '清醒'], false),
    ], f, { label: st('sansMedium', 10), shade: '#f1f1f1', border: 1.2 }) + lh;
    section('', '神志清，急性病容，双肺呼吸音粗，未闻及明显干湿啰音，心律齐，腹软，无压痛，四肢肌力对称。');
    const q = (doc.labs[0]?.rows ?? []).slice(0, 3).map((r) => `${r.abbr} ${r.value}${r.flag}`).join('，');
    section('辅助检查：', `急诊生化：${q}；心电图：${rng.pick(['窦性心律，大致正常心电图', '窦性心动过速', '窦性心律，ST-T改变'])}。`);
    const dw = s.put(x0, y, '急诊诊断：', lab);
    doc.dx.western.forEach((d, i) => s.put(x0 + dw, y + i * lh, `${i + 1}.${d.text}`, f));
    s.diagnoses(doc.dx.western);
    y += doc.dx.western.length * lh + 8;
    s.put(x0, y, '处理：', lab);
    const orders = ['心电监护、吸氧', ...doc.medicines.slice(0, 3), '必要时请专科会诊'];
    orders.forEach((o, i) => s.put(x0 + dw, y + i * lh, `${'①②③④⑤⑥'[i] ?? ''}${o}`, f));
    y += orders.length * lh + 8;
    const leave = Math.min(t.visitAt + rng.int(90, 300), 23 * 60 + 40);
    section('去向：', `${rng.pick(['病情好转离院', '留观', '收入专科病房'])}（${clock(leave)}），嘱专科门诊随诊，病情变化随时急诊就诊。`);
    const sy = Math.max(y + lh * 2, 1980);
    const pw = s.put(x0, sy, '患者/家属签字：', f);
    signature(s, x0 + pw + 10, sy - 8, 150, rng);
    const mw = s.put(x0 + 820, sy, '医师签名：', f);
    nameStamp(s, x0 + 900 + mw, sy - 14, doc.doctors.attending, rng);
    s.line(x0, 2190, s.width - x0, 2190, 1);
    s.put(x0, 2235, `打印时间：${formatDate(printedOn(doc), 'isoTime', doc.times.print)}`, st('sans', 9));
    s.put(s.width - x0, 2235, `急诊科 24小时电话：${doc.hospital.phone}`, st('sans', 9, { align: 'right' }));
  },
};
