import { makeDoc } from '../case';
import { addDays, clock, formatDate, type DateStyle } from '../dates';
import { COUNTY, type Hospital } from '../hospitals';
import { handwritten } from '../marks';
import { physician } from '../people';
import type { Rng } from '../rng';
import type { Sheet } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { maskedId } from './kit';
import { COUNTY7, h, stroke, TCM7, TOWN7 } from './blind7-kit';

const EYE: readonly Hospital[] = [h('聊城明视眼科医院', '聊城市东昌府区东昌东路158号', '0635-8206688'),
  h('濮阳光明眼科医院', '河南省濮阳市华龙区中原路219号', '0393-8916120')];
const DR = ['未见明显糖尿病视网膜病变', '轻度非增殖期糖尿病视网膜病变', '中度非增殖期糖尿病视网膜病变', '重度非增殖期糖尿病视网膜病变'];
const READERS = ['聊城市人民医院', '聊城市第二人民医院', '聊城市中心医院', '济南市中心医院'];

/**
 * A colour fundus photograph: black field, an orange-red disc of retina, the optic disc towards the nose, the macula,
 * arcades of vessels, and for diabetic eyes dot haemorrhages and hard exudates (not text).
 */
function fundus(s: Sheet, x: number, y: number, size: number, right: boolean, rng: Rng, o: { dots: number; narrow: boolean }): void {
  const g = s.g;
  const [cx, cy, r, k, side] = [x + size / 2, y + size / 2, size * 0.46, size / 400, right ? 1 : -1];
  const [ox, oy, mx] = [cx + side * r * 0.32, cy - r * 0.04, cx - side * r * 0.08];
  type Fill = string | ReturnType<typeof g.createRadialGradient>;
  const dot = (px: number, py: number, rad: number, fill: Fill): void => {
    g.fillStyle = fill;
    g.beginPath();
    g.arc(px, py, rad, 0, Math.PI * 2);
    g.fill();
  };
  const radial = (gx: number, r0: number, r1: number, stops: readonly (readonly [number, string])[]): Fill => {
    const gr = g.createRadialGradient(gx, cy, r0, gx, cy, r1);
    for (const [at, c] of stops) gr.addColorStop(at, c);
    return gr;
  };
  g.save();
  g.fillStyle = '#050505';
  g.fillRect(x, y, size, size);
  dot(cx, cy, r, radial(cx, r * 0.05, r, [[0, `rgb(${rng.int(205, 225)}, ${rng.int(105, 125)}, 55)`],
    [0.75, `rgb(${rng.int(175, 195)}, ${rng.int(70, 85)}, 35)`], [1, 'rgb(90, 28, 12)']]));
  g.clip();
  dot(mx, cy, r * 0.2, radial(mx, 2, r * 0.2, [[0, 'rgba(80, 25, 10, 0.75)'], [1, 'rgba(80, 25, 10, 0)']]));
  g.lineCap = 'round';
  for (const up of [-1, 1]) {
    for (const [f, w, c] of [[0.9, o.narrow ? 3 : 6, '#7a1608'], [1.15, 8, '#5c0f06']] as const) {
      stroke(g, w * k, c, () => {
        g.moveTo(ox, oy);
        g.bezierCurveTo(ox - side * r * 0.2, oy + up * r * 0.45 * f, cx - side * r * 0.5, cy + up * r * 0.5 * f,
          cx - side * r * 1.05, cy + up * r * 0.3 * f);
        g.moveTo(ox, oy);
        g.quadraticCurveTo(ox + side * r * 0.25, oy + up * r * 0.4 * f, ox + side * r * 0.75, oy + up * r * 0.75 * f);
      });
    }
  }
  dot(ox, oy, r * 0.11, 'rgb(246, 214, 150)');
  for (let i = 0; i < o.dots; i += 1) {
    const [a, d] = [rng.range(0, Math.PI * 2), rng.range(0.12, 0.8) * r];
    dot(cx + Math.cos(a) * d, cy + Math.sin(a) * d, rng.range(2, 5) * k, rng.chance(0.65) ? '#5a0a04' : 'rgb(245, 225, 120)');
  }
  g.restore();
}

/**
 * County / county TCM / township / private eye hospital (Liaocheng, Dezhou, Tai'an, Xingtai, Puyang, Anhui, Jiangsu)
 * 眼底照相 or 糖尿病视网膜病变筛查 report: name left and a thick rule, a masked ID, two colour fundus photographs, per-eye
 * findings, a grading line (an AI grade and a remote reader at another hospital at township centres), the last screening
 * and the next one, three times. Truth: the report date, no ID, the 临床诊断 only.
 */
export const blind7Report2: Layout = {
  id: 'blind7-report-2',
  kind: 'report',
  split: 'blind',
  style: 'blind7 layout 6',
  exercises: ['held out'],
  doc: (rng) => makeDoc(rng, { kind: 'report', hospitals: [...COUNTY7, ...TCM7, ...TOWN7, ...TOWN7, ...COUNTY, ...EYE],
    keys: ['DIABETES', 'DIABETES', 'HYPERTENSION'], compoundSurnames: 0.1 }),
  draw(s, doc, rng) {
    const p = doc.patient;
    const light = rng.chance(0.5);
    const pt = rng.pick([10, 10.5, 11]);
    const f = st(light ? 'sansLight' : rng.pick(['sans', 'serif'] as const), pt);
    const b = st(f.face === 'serif' ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.65;
    const [x0, x1] = [110, s.width - 110];
    const w = x1 - x0;
    const town = /卫生院|社区/u.test(doc.hospital.name);
    const dm = doc.dx.keys.includes('DIABETES');

    s.put(x0, 135, doc.hospital.name, st(b.face, 17));
    s.put(x0, 185, town ? '基层糖尿病视网膜病变筛查点' : rng.pick(['眼科', '眼科 · 眼底检查室', '特检科']), st(f.face, 10, { color: '#444' }));
    s.put(x1, 185, `检查号：YD${doc.recordNo.slice(2)}`, st(f.face, 10, { align: 'right' }));
    s.line(x0, 210, x1, 210, 5);
    const title = dm ? rng.pick(['糖尿病视网膜病变筛查报告', '免散瞳眼底照相报告', '眼底彩色照相检查报告']) : '眼底彩色照相检查报告';
    s.put(s.width / 2, 285, title, st(b.face, 16, { align: 'center', spacing: 2 }));

    const ds: DateStyle = rng.pick(['iso', 'slash', 'cn'] as const);
    const col = [x0, x0 + w * 0.3, x0 + w * 0.5, x0 + w * 0.72];
    let y = 360;
    const row = (cells: readonly string[]): void => {
      cells.forEach((t, i) => s.put(col[i] ?? x0, y, t, f));
      y += lh;
    };
    row([`姓名：${p.name}`, `性别：${p.sex}`, `年龄：${p.age}岁`, `${rng.pick(['门诊号', '就诊卡号'])}：${doc.recordNo}`]);
    row([`证件号：${maskedId(p.idNumber)}`, '', `来源：${town ? '基层筛查' : rng.pick(['门诊', '住院', '体检'])}`,
      `${dm ? '糖尿病病程' : '高血压病程'}：${rng.int(2, 18)}年`]);
    const clinical = doc.dx.western.filter((d) => d.key !== null || rng.chance(0.3));
    const cl = s.put(x0, y, '临床诊断：', f);
    y = s.para(x0, y, w, clinical.map((d) => d.text).join(rng.pick(['；', '，', '  '])), f, lh, cl);
    s.diagnoses(clinical);
    s.note({ name: p.name, reportDate: doc.dates.report });
    s.line(x0, y - lh * 0.45, x1, y - lh * 0.45, 1.2, '#666');

    // The photographs.
    const size = 560;
    const gap = (w - 2 * size) / 3;
    const top = y + 10;
    const grade = dm ? [rng.int(0, 3), rng.int(0, 3)] : [0, 0];
    // 高血压性视网膜病变 only where the 临床诊断 names hypertension (so the impression never adds a disease).
    const ht = doc.dx.keys.includes('HYPERTENSION') && (!dm || rng.chance(0.4));
    for (const [i, right] of [[0, true], [1, false]] as const) {
      fundus(s, x0 + gap + i * (size + gap), top, size, right, rng, { dots: (grade[i] ?? 0) * rng.int(6, 12), narrow: ht });
      s.put(x0 + gap + i * (size + gap) + size / 2, top + size + lh, right ? 'OD（右眼）' : 'OS（左眼）', { ...f, align: 'center' });
    }
    y = top + size + lh * 2.3;

    const seen = (g: number): string => `视盘边界清，色淡红，C/D约0.${rng.int(3, 5)}，${ht ? '动脉变细，A:V≈1:2，' : ''}`
      + (g === 0 ? '后极部视网膜未见明显出血及渗出' : `后极部见散在微血管瘤及点状出血${g >= 2 ? '，可见硬性渗出' : ''}${g === 3 ? '，多象限视网膜内出血' : ''}`)
      + '，黄斑中心凹反光可见。';
    for (const [label, g] of [['右眼：', grade[0] ?? 0], ['左眼：', grade[1] ?? 0]] as const) {
      const lw = s.put(x0, y, label, b);
      y = s.para(x0, y, w, seen(g), f, lh, lw);
    }
    const worst = Math.max(...grade);
    const [r0, l0] = [grade[0] ?? 0, grade[1] ?? 0];
    const eye = r0 > 0 && l0 > 0 ? `右眼${DR[r0]}，左眼${DR[l0]}` : r0 > 0 ? `右眼${DR[r0]}` : `左眼${DR[l0]}`;
    const lines = [dm ? (worst === 0 ? `双眼${DR[0]}` : r0 === l0 ? `双眼${DR[r0]}` : eye) : ''];
    if (ht) lines.push(`高血压性视网膜病变${rng.pick(['Ⅰ级', 'Ⅱ级'])}`);
    const cw = s.put(x0, y + lh * 0.2, rng.pick(['检查结论：', '印象：', '诊断意见：']), b);
    lines.filter((t) => t !== '').forEach((t, i) => s.put(x0 + cw, y + lh * 0.2 + i * lh, t, b));
    y += lh * (lines.filter((t) => t !== '').length + 0.5);
    if (town && dm) {
      const reader = `${physician(rng, [p.name, ...Object.values(doc.doctors)])}（${rng.pick(READERS)}眼科）`;
      y = s.para(x0, y, w, `AI辅助判读：DR ${worst}级，${worst >= 2 ? '建议转诊至上级医院眼科' : '建议定期复查'}。远程阅片：${reader}`, f, lh);
    }
    const last = formatDate(addDays(doc.dates.sample, -rng.int(300, 420)), ds);
    const next = formatDate(addDays(doc.dates.report, worst >= 2 ? rng.int(80, 100) : rng.int(350, 370)), ds);
    y = s.para(x0, y, w, `上次筛查：${last}。建议${next}前后复查${worst >= 2 ? '，必要时行眼底荧光血管造影' : ''}。`, f, lh);

    y = Math.max(y + lh, 1920);
    const tech = physician(rng, [p.name, ...Object.values(doc.doctors)]);
    s.put(x0, y, `拍摄技师：${tech}`, f);
    const rw = s.put(x0 + w * 0.36, y, '报告医师：', f);
    handwritten(s, x0 + w * 0.36 + rw + 6, y, doc.doctors.attending, pt * 1.25, rng);
    s.put(x0 + w * 0.7, y, `审核医师：${doc.doctors.checker}`, f);
    y += lh * 1.4;
    s.put(x0, y, `检查时间：${formatDate(doc.dates.sample, ds)} ${clock(doc.times.sample)}`, f);
    s.put(x1, y, `报告时间：${formatDate(doc.dates.report, ds)} ${clock(doc.times.report)}`, { ...f, align: 'right' });
    s.put(s.width / 2, 2235, '本报告仅反映检查时眼底情况，请结合临床。', st(f.face, 8.5, { align: 'center', color: '#444' }));
  },
};
