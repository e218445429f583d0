import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { Dx } from '../diseases';
import { handwritten, nameStamp } from '../marks';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { maskedMobile } from './tune5-kit';
import { para, suited, wrap, yearMonth } from './tune6-kit';
import { countyWords, denial } from './tune10-kit';
import { local12, TROPICS12 } from './blind12-kit';

const RETINA = ['2型糖尿病性视网膜病变', '双眼糖尿病性视网膜病变（中度非增殖期）', '糖尿病视网膜病变（右眼Ⅳ期 左眼Ⅲ期）',
  '双眼糖尿病性黄斑水肿', '糖尿病性视网膜病变（双眼 重度NPDR）'];
const EYE = ['双眼年龄相关性白内障', '右眼玻璃体积血', '双眼屈光不正', '干眼症', '左眼视网膜分支静脉阻塞'];

/** A fundus photograph: the orange disc of the retina, the optic disc, vessels arching from it, haemorrhages and exudates. Not text. */
function fundus(s: Sheet, cx: number, cy: number, r: number, right: boolean, rng: Rng): void {
  const g = s.g;
  g.save();
  g.fillStyle = '#111';
  g.fillRect(cx - r - 14, cy - r - 14, 2 * r + 28, 2 * r + 28);
  const glow = g.createRadialGradient(cx, cy, r * 0.1, cx, cy, r);
  glow.addColorStop(0, '#e08a4a');
  glow.addColorStop(1, '#8a2f16');
  g.beginPath();
  g.arc(cx, cy, r, 0, Math.PI * 2);
  g.fillStyle = glow;
  g.fill();
  g.clip();
  const dx = cx + (right ? 1 : -1) * r * 0.35;
  g.strokeStyle = '#6a140c';
  g.lineCap = 'round';
  const sx = right ? -1 : 1;
  for (const [a, k] of [[-1, 0], [-1, 1], [1, 0], [1, 1]] as const) {
    g.lineWidth = rng.range(4, 7);
    g.beginPath();
    g.moveTo(dx, cy);
    g.bezierCurveTo(dx, cy + a * r * (0.4 + 0.1 * k), dx + sx * r * 0.5, cy + a * r * 0.62,
      dx + sx * r * 1.4, cy + a * r * (0.25 + 0.2 * k));
    g.stroke();
  }
  g.beginPath();
  g.arc(dx, cy, r * 0.13, 0, Math.PI * 2);
  g.fillStyle = '#f4d9a0';
  g.fill();
  for (let i = 0; i < rng.int(12, 30); i += 1) {
    g.beginPath();
    g.arc(cx + rng.range(-0.6, 0.6) * r, cy + rng.range(-0.6, 0.6) * r, rng.range(2, 6), 0, Math.PI * 2);
    g.fillStyle = i % 3 === 0 ? '#f2e27a' : '#5a0a06';
    g.fill();
  }
  g.restore();
}

/**
 * 眼科门诊病历 of a Yunnan, Guangxi or Hainan city or county hospital's 眼底病 clinic, for a diabetic's retinopathy: the header
 * gives 门诊号 and 就诊日期 (truth) but no ID number (only a 医保卡号 and a masked phone), 现病史 with the year the diabetes was
 * found, an earlier 糖化血红蛋白 and a laser treatment by month (not truth), an OD / OS examination table with wrapped fundus
 * findings, two fundus photographs, 诊断 (eye diagnoses and the systemic ones: counted; cataract and the like are not catalogue),
 * 处理 with a booked laser date and a return visit (not truth), the doctor's hand with a red name stamp.
 */
export const blind12Outpatient2: Layout = {
  id: 'blind12-outpatient-2',
  kind: 'outpatient',
  split: 'blind',
  style: 'Yunnan / Guangxi / Hainan hospital 眼科 (眼底病) 门诊病历: letterhead over a double rule, borderless header without the ID, '
    + 'OD / OS examination table, two fundus photographs, numbered 诊断, serif or sans 10.5–11.5 pt, hand and name stamp',
  exercises: ['就诊日期 in the header (truth); HbA1c date, laser month, booked laser day and return visit (not truth)',
    'no ID number: 医保卡号 and a masked phone only', '诊断 mixing eye diagnoses (糖尿病性视网膜病变: diabetes) with systemic ones (counted)',
    'OD / OS table with wrapped findings', 'fundus photographs (not text)'],
  doc: (rng) => local12(countyWords(suited(makeDoc(rng, { kind: 'outpatient', keys: ['DIABETES'], hospitals: TROPICS12 })), rng,
    { outside: 0, near: 0 }), rng),
  draw(s, doc, rng) {
    s.ink = '#171717';
    const x0 = 130;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.5);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansMedium', pt);
    const lh = px(pt) * 1.65;
    const p = doc.patient;

    s.put(s.width / 2, 140, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 19, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 215, '眼 科 门 诊 病 历', st(serif ? 'serifBold' : 'sansBold', 15, { align: 'center', spacing: 4 }));
    s.line(x0, 245, right, 245, 3);
    s.line(x0, 253, right, 253, 1);
    const ds: DateStyle = rng.pick(['cn', 'iso', 'cnShort'] as const);
    let y = 300;
    s.pair(x0, y, '门诊号：', doc.recordNo, b, f);
    s.pair(x0 + w * 0.36, y, '科别：', `眼科（${rng.pick(['眼底病专科', '糖尿病眼病门诊'])}）`, b, f);
    s.pair(right - s.measure(`就诊日期：${formatDate(doc.dates.visit, ds)}`, b) - 10, y, '就诊日期：', formatDate(doc.dates.visit, ds), b, f);
    y += lh;
    s.pair(x0, y, '姓名：', p.name, b, f);
    s.pair(x0 + w * 0.2, y, '性别：', p.sex, b, f);
    s.pair(x0 + w * 0.36, y, '年龄：', `${p.age}岁`, b, f);
    s.pair(x0 + w * 0.52, y, '医保卡号：', `${rng.int(1, 9)}${String(rng.int(0, 99999999)).padStart(8, '0')}`, b, f);
    s.pair(x0 + w * 0.78, y, '电话：', maskedMobile(rng), b, f);
    s.note({ name: p.name, visitDate: doc.dates.visit });
    y += lh * 0.6;
    s.line(x0, y, right, y, 1);
    y += lh * 1.1;

    const years = Number(/糖尿病病史(\d+)年/u.exec(doc.history.past)?.[1] ?? rng.int(5, 15));
    const found = p.age - years;
    const hba = addDays(doc.dates.visit, -rng.int(7, 50));
    const laser = addDays(doc.dates.visit, -rng.int(120, 600));
    const section = (head: string, text: string, keep: readonly string[] = []): void => {
      const hw = s.put(x0, y, head, b);
      y = para(s, x0, y, w, text, f, lh, { indent: hw, keep }) + lh * 0.25;
    };
    section('主诉：', `双眼视物模糊${rng.pick(['3月', '半年', '1年'])}，${rng.pick(['加重1周', '右眼明显', '伴眼前黑影飘动'])}。`);
    section('现病史：', `患者${found}岁时发现血糖升高，诊断为“2型糖尿病”，${rng.pick(['口服降糖药', '胰岛素皮下注射'])}治疗，血糖控制欠佳，`
      + `${formatDate(hba, 'iso')}查糖化血红蛋白${(7 + rng.range(0.3, 3.5)).toFixed(1)}%。`
      + `${rng.chance(0.5) ? `${yearMonth(laser)}曾行右眼视网膜激光光凝治疗。` : ''}`
      + '今来我院眼科复查。', [formatDate(hba, 'iso'), yearMonth(laser)]);
    section('既往史：', `${doc.history.past}；${denial(doc, rng)}。否认眼外伤及手术史。`);

    const VA = ['FC/30cm', '0.1', '0.15', '0.2', '0.3', '0.4', '0.5', '0.6', '0.8'];
    const [odRaw, osRaw] = [rng.int(0, 6), rng.int(0, 6)];
    const better = (i: number): string => VA[Math.min(VA.length - 1, i + rng.int(0, 2))] ?? '0.5';
    const rows: readonly (readonly [string, string, string])[] = [
      ['裸眼视力', VA[odRaw] ?? '0.3', VA[osRaw] ?? '0.3'], ['矫正视力', better(odRaw), better(osRaw)],
      ['眼压', `${rng.int(12, 21)} mmHg`, `${rng.int(12, 21)} mmHg`],
      ['结膜 / 角膜', '结膜无充血，角膜透明', '结膜无充血，角膜透明'], ['晶状体', rng.pick(['皮质轻度混浊', '透明', '核性混浊C2N2']), rng.pick(['皮质轻度混浊', '透明'])],
      ['眼底', '视盘界清色淡红，C/D约0.3，后极部散在微血管瘤及点片状出血，可见黄白色硬性渗出，黄斑区反光不清',
        rng.pick(['视盘界清，视网膜散在微血管瘤及少许出血点，黄斑中心凹反光可见', '视网膜见多处片状出血及棉絮斑，黄斑区轻度水肿'])],
    ];
    s.put(x0, y, '专科检查：', b);
    y += lh * 0.5;
    const cw = [230, (w - 230) / 2, (w - 230) / 2];
    const head = ['项目', '右眼（OD）', '左眼（OS）'];
    const pad = px(pt) * 0.5;
    for (const row of [head, ...rows]) {
      const cells = row.map((t, i) => (i === 0 ? [t] : wrap(s, t, (cw[i] ?? 0) - 2 * pad, f)));
      const rh = Math.max(...cells.map((c) => c.length)) * lh + pad;
      let cx = x0;
      cells.forEach((c, i) => {
        s.rect(cx, y, cw[i] ?? 0, rh, 1.3);
        c.forEach((t, j) => s.put(cx + pad, y + pad / 2 + lh * (j + 0.72), t, row === head || i === 0 ? b : f));
        cx += cw[i] ?? 0;
      });
      y += rh;
    }
    y += lh * 0.6;
    const r = 130;
    fundus(s, x0 + w * 0.28, y + r + 14, r, true, rng);
    fundus(s, x0 + w * 0.72, y + r + 14, r, false, rng);
    y += 2 * r + 28 + lh;
    s.put(x0 + w * 0.28, y, '右眼（OD）眼底照相', { ...f, align: 'center' });
    s.put(x0 + w * 0.72, y, '左眼（OS）眼底照相', { ...f, align: 'center' });
    y += lh * 1.4;

    const keyed = doc.dx.western.filter((d) => d.key && d.key !== 'DIABETES');
    const items: Dx[] = [{ text: rng.pick(RETINA), key: 'DIABETES' }, ...(rng.chance(0.5) ? [{ text: '2型糖尿病', key: 'DIABETES' }] : []),
      ...keyed, ...rng.sample(EYE, rng.int(0, 2)).map((t) => ({ text: t, key: null }))];
    s.diagnoses(items);
    s.put(x0, y, '诊断：', b);
    const dw = s.measure('诊断：', b);
    items.forEach((d, i) => s.put(x0 + dw, y + i * lh, `${i + 1}.${d.text}`, f));
    y += items.length * lh + lh * 0.25;
    const book = formatDate(addDays(doc.dates.visit, rng.int(3, 10)), ds);
    const back = formatDate(addDays(doc.dates.visit, rng.pick([28, 30, 42])), ds);
    section('处理：', `1.建议行双眼全视网膜激光光凝术（PRP），已预约${book}治疗；2.内分泌科就诊，控制血糖、血压、血脂；`
      + `3.${back}复查眼底及OCT，如视力突然下降随时就诊。`, [book, back]);
    y = Math.max(y + lh, 2060);
    const sw = s.put(x0 + w * 0.58, y, '医师签名：', b);
    const hw = handwritten(s, x0 + w * 0.58 + sw + 10, y, doc.doctors.attending, pt * 1.3, rng);
    if (rng.chance(0.6)) nameStamp(s, x0 + w * 0.58 + sw + hw + 130, y - 14, doc.doctors.attending, rng);
  },
};
