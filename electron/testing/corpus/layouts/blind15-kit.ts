import { createCanvas } from '@napi-rs/canvas';
import type { Doc } from '../case';
import { cssFont } from '../fonts';
import type { Hospital } from '../hospitals';
import { idNumberIn } from '../people';
import { valueNoise, type Rng } from '../rng';
import type { Sheet, Style } from '../sheet';
import { px } from './common';

/**
 * Pieces the blind15 layouts share: county and district hospitals of Xinjiang, Qinghai, Hainan and Shanghai (each with its
 * county's address code, so the patient's ID is a local one), what each calls the outpatient chronic-disease scheme, a pasted
 * ID photo, a rubber date stamp, a fundus photograph, a schematic of the coronary arteries, a trend chart with a target band,
 * and the punched holes of a bound record.
 */

export type PlaceB15 = '新疆' | '青海' | '海南' | '上海';
type Here = { readonly hospital: Hospital; readonly region: string };
const here = (name: string, address: string, phone: string, region: string, en?: string): Here =>
  ({ hospital: { name, address, phone, ...(en ? { en } : {}) }, region });

const WEST: readonly Here[] = [
  here('昌吉州人民医院', '新疆维吾尔自治区昌吉市延安北路303号', '0994-2351120', '652301'),
  here('玛纳斯县人民医院', '新疆维吾尔自治区昌吉州玛纳斯县凤凰路12号', '0994-6612120', '652324'),
  here('奎屯市人民医院', '新疆维吾尔自治区奎屯市北京西路226号', '0992-3222120', '654003'),
  here('伊宁县人民医院', '新疆维吾尔自治区伊犁州伊宁县人民路9号', '0999-4022120', '654021'),
  here('哈密市第二人民医院', '新疆维吾尔自治区哈密市伊州区天山北路41号', '0902-2222120', '650502'),
  here('库车市人民医院', '新疆维吾尔自治区阿克苏地区库车市天山路68号', '0997-7122120', '652902'),
  here('大通县人民医院', '青海省西宁市大通县桥头镇园林路10号', '0971-2722120', '630121'),
  here('互助县人民医院', '青海省海东市互助县威远镇南大街8号', '0972-8322120', '630223'),
  here('民和县人民医院', '青海省海东市民和县川口镇迎宾路3号', '0972-8522120', '630222'),
  here('格尔木市人民医院', '青海省格尔木市昆仑中路26号', '0979-8422120', '632801'),
  here('湟中区第一人民医院', '青海省西宁市湟中区鲁沙尔镇金塔路55号', '0971-2232120', '630106'),
];
const ISLAND: readonly Here[] = [
  here('琼海市人民医院', '海南省琼海市嘉积镇爱华东路65号', '0898-62822120', '469002', "QIONGHAI PEOPLE'S HOSPITAL"),
  here('文昌市人民医院', '海南省文昌市文城镇文东路13号', '0898-63322120', '469005', "WENCHANG PEOPLE'S HOSPITAL"),
  here('万宁市人民医院', '海南省万宁市万城镇红专西路66号', '0898-62222120', '469006', "WANNING PEOPLE'S HOSPITAL"),
  here('儋州市人民医院', '海南省儋州市那大镇中兴大街2号', '0898-23322120', '460400', "DANZHOU PEOPLE'S HOSPITAL"),
  here('澄迈县人民医院', '海南省澄迈县金江镇文化北路1号', '0898-67622120', '469023', "CHENGMAI PEOPLE'S HOSPITAL"),
];
const CITY: readonly Here[] = [
  here('上海市奉贤区中心医院', '上海市奉贤区南桥镇南奉公路9588号', '021-57420120', '310120', 'FENGXIAN DISTRICT CENTRAL HOSPITAL'),
  here('上海市崇明区中心医院', '上海市崇明区城桥镇南门路25号', '021-69692120', '310151', 'CHONGMING DISTRICT CENTRAL HOSPITAL'),
  here('上海市金山区亭林医院', '上海市金山区亭林镇寺平南路80号', '021-57232120', '310116', 'TINGLIN HOSPITAL OF JINSHAN DISTRICT'),
  here('上海市青浦区中心医院', '上海市青浦区公园东路1000号', '021-69719120', '310118', 'QINGPU DISTRICT CENTRAL HOSPITAL'),
  here('上海市松江区泗泾医院', '上海市松江区泗泾镇江川北路389号', '021-57622120', '310117', 'SIJING HOSPITAL OF SONGJIANG DISTRICT'),
];
const ALL = [...WEST, ...ISLAND, ...CITY];

/** County and county-level city hospitals of Xinjiang and Qinghai. */
export const WEST_B15: readonly Hospital[] = WEST.map((x) => x.hospital);
/** City hospitals of Hainan (their names also in English). */
export const HAINAN_B15: readonly Hospital[] = ISLAND.map((x) => x.hospital);
/** Shanghai's outer-district hospitals (their names also in English). */
export const SHANGHAI_B15: readonly Hospital[] = CITY.map((x) => x.hospital);
export const ALL_B15: readonly Hospital[] = ALL.map((x) => x.hospital);

/** The patient lives in the hospital's county: the ID's address code is that county's. */
export function localB15(doc: Doc, rng: Rng): Doc {
  const h = ALL.find((x) => x.hospital.name === doc.hospital.name);
  if (!h) return doc;
  const p = doc.patient;
  return { ...doc, patient: { ...p, idNumber: idNumberIn(rng, p.birth, p.sex, [h.region]) } };
}

export const placeB15 = (h: Hospital): PlaceB15 => (/^(新疆|青海|海南|上海)/u.exec(h.address)?.[1] ?? '新疆') as PlaceB15;
/** The region's name as its forms print it. */
export const REGION_B15: Record<PlaceB15, string> = { 新疆: '新疆维吾尔自治区', 青海: '青海省', 海南: '海南省', 上海: '上海市' };
/** What each calls the outpatient chronic-disease scheme. */
export const SCHEME_B15: Record<PlaceB15, string> = { 新疆: '门诊慢特病', 青海: '门诊慢特病', 海南: '门诊特殊病', 上海: '门诊大病' };

/** A pasted one-inch ID photo: coloured ground, dark hair, face and shoulders (not text). */
export function idPhoto(s: Sheet, x: number, y: number, w: number, h: number, sex: '男' | '女', rng: Rng): void {
  const g = s.g;
  g.save();
  g.fillStyle = rng.pick(['#4f8fcf', '#d8dfe8', '#c9302c', '#ffffff']);
  g.fillRect(x, y, w, h);
  const cx = x + w / 2 + rng.range(-6, 6);
  const hair = rng.pick(['#1c1a18', '#2a2420']);
  if (sex === '女') {
    g.fillStyle = hair;
    g.beginPath();
    g.ellipse(cx, y + h * 0.46, w * 0.27, h * 0.3, 0, 0, Math.PI * 2);
    g.fill();
  }
  g.fillStyle = rng.pick(['#24324f', '#2b2b2b', '#3d3a36']);
  g.beginPath();
  g.ellipse(cx, y + h * 1.02, w * 0.48, h * 0.3, 0, Math.PI, 0);
  g.fill();
  g.fillStyle = '#e2bda0';
  g.fillRect(cx - w * 0.08, y + h * 0.55, w * 0.16, h * 0.2);
  g.beginPath();
  g.ellipse(cx, y + h * 0.44, w * 0.19, h * 0.19, 0, 0, Math.PI * 2);
  g.fill();
  g.fillStyle = hair;
  g.beginPath();
  g.ellipse(cx, y + h * 0.35, w * 0.21, h * (sex === '女' ? 0.14 : 0.11), 0, Math.PI, 0);
  g.fill();
  g.restore();
  s.rect(x, y, w, h, 1.2, '#777');
}

/**
 * A rectangular rubber date stamp in violet-blue ink, pressed a little askew and unevenly: the office on top, the date large
 * under it. Both lines are recorded as text. Returns the stamp's width.
 */
export function dateStamp(s: Sheet, cx: number, cy: number, office: string, date: string, rng: Rng): number {
  const big = cssFont('sansBold', 15);
  const small = cssFont('sansBold', 9);
  const dw = s.measure(date, { face: 'sansBold', pt: 15 });
  const ow = s.measure(office, { face: 'sansBold', pt: 9 });
  const [w, h] = [Math.max(dw, ow) + 60, px(15) * 2.5];
  const size = Math.ceil(Math.max(w, h) + 40);
  const c = createCanvas(size, size);
  const g = c.getContext('2d');
  const m = size / 2;
  const ink = `rgb(${rng.int(55, 85)}, ${rng.int(45, 70)}, ${rng.int(140, 175)})`;
  g.translate(m, m);
  g.rotate(rng.range(-0.035, 0.035));
  g.strokeStyle = ink;
  g.fillStyle = ink;
  g.lineWidth = 4;
  g.strokeRect(-w / 2, -h / 2, w, h);
  g.textAlign = 'center';
  g.font = small;
  g.fillText(office, 0, -h / 2 + px(9) * 1.25);
  g.font = big;
  g.fillText(date, 0, h / 2 - px(15) * 0.45);
  g.resetTransform();
  const img = g.getImageData(0, 0, size, size);
  const blot = valueNoise(rng, 6);
  for (let i = 3; i < img.data.length; i += 4) {
    const p = (i - 3) / 4;
    const k = Math.max(0.15, Math.min(1, blot((p % size) / size, Math.floor(p / size) / size) * 0.9 + 0.35));
    img.data[i] = Math.round((img.data[i] ?? 0) * k);
  }
  g.putImageData(img, 0, 0);
  s.g.save();
  s.g.globalCompositeOperation = 'multiply';
  s.g.globalAlpha = rng.range(0.75, 0.92);
  s.g.drawImage(c, cx - m, cy - m);
  s.g.restore();
  s.record(cx - ow / 2, cy - h / 2 + px(9) * 1.25, office, cx + ow / 2);
  s.record(cx - dw / 2, cy + h / 2 - px(15) * 0.45, date, cx + dw / 2);
  return w;
}

/**
 * A colour fundus photograph of one eye on its black frame (45°): orange-red retina, the optic disc on the nasal side, arcades
 * of vessels, a darker macula; for a diabetic retinopathy of `grade` 1–4 red dots and blots, yellow exudates and (4) new vessels
 * at the disc. Not text.
 */
export function fundus(s: Sheet, cx: number, cy: number, r: number, right: boolean, grade: number, rng: Rng): void {
  const g = s.g;
  g.save();
  g.fillStyle = '#050505';
  g.fillRect(cx - r - 20, cy - r - 20, 2 * r + 40, 2 * r + 40);
  g.beginPath();
  g.arc(cx, cy, r, 0, Math.PI * 2);
  g.clip();
  const ground = g.createRadialGradient(cx, cy, r * 0.1, cx, cy, r);
  ground.addColorStop(0, '#d9772f');
  ground.addColorStop(0.7, '#b9501e');
  ground.addColorStop(1, '#6e2410');
  g.fillStyle = ground;
  g.fillRect(cx - r, cy - r, 2 * r, 2 * r);
  const side = right ? 1 : -1;
  const [dx, dy] = [cx + side * r * 0.42, cy - r * 0.04];
  const mac = g.createRadialGradient(cx - side * r * 0.08, cy, 2, cx - side * r * 0.08, cy, r * 0.22);
  mac.addColorStop(0, 'rgba(80, 25, 10, 0.65)');
  mac.addColorStop(1, 'rgba(80, 25, 10, 0)');
  g.fillStyle = mac;
  g.fillRect(cx - r, cy - r, 2 * r, 2 * r);
  // A vessel leaves the disc along a curve given in fractions of r: temporal (toward the macula) when the offsets are positive.
  const vessel = (color: string, width: number, up: number, c: readonly number[]): void => {
    const [x1 = 0, y1 = 0, x2 = 0, y2 = 0, x3 = 0, y3 = 0] = c.map((v, i) => (i % 2 === 0 ? -side * v * r : up * v * r));
    g.strokeStyle = color;
    g.lineWidth = width;
    g.lineCap = 'round';
    g.beginPath();
    g.moveTo(dx, dy);
    g.bezierCurveTo(dx + x1, dy + y1, dx + x2, dy + y2, dx + x3, dy + y3);
    g.stroke();
  };
  for (const up of [-1, 1]) {
    const k = rng.range(0.9, 1.1);
    vessel('#7b1a0e', 7, up, [0.06, 0.38 * k, 0.55, 0.6 * k, 1.2, 0.28]);
    vessel('#b3361a', 5, up, [0.1, 0.3 * k, 0.6, 0.5 * k, 1.15, 0.38]);
    vessel('#8a2212', 3.5, up, [0.25, 0.12, 0.45, 0.14 * k, 0.62, 0.1]);
    vessel('#7b1a0e', 4.5, up, [-0.12, 0.25, -0.35, 0.45 * k, -0.6, 0.55]);
    vessel('#a8321a', 3, up, [-0.15, 0.08, -0.4, 0.12, -0.62, 0.2 * k]);
  }
  const disc = g.createRadialGradient(dx, dy, 2, dx, dy, r * 0.13);
  disc.addColorStop(0, '#fff3c9');
  disc.addColorStop(0.55, '#f0c77a');
  disc.addColorStop(1, 'rgba(225, 140, 60, 0)');
  g.fillStyle = disc;
  g.beginPath();
  g.arc(dx, dy, r * 0.13, 0, Math.PI * 2);
  g.fill();
  const dot = (x: number, y: number, rr: number, color: string): void => {
    g.fillStyle = color;
    g.beginPath();
    g.arc(x, y, rr, 0, Math.PI * 2);
    g.fill();
  };
  const near = (k: number): [number, number] => [cx - side * r * 0.08 + rng.range(-k, k) * r, cy + rng.range(-k, k) * r];
  for (let i = 0; i < [0, 6, 16, 30, 30][grade]!; i += 1) dot(...near(0.6), rng.range(2, grade >= 3 ? 8 : 4), '#5e0c06');
  for (let i = 0; i < [0, 0, 8, 16, 14][grade]!; i += 1) dot(...near(0.3), rng.range(2, 5), '#f4de7a');
  if (grade >= 4) {
    g.strokeStyle = '#9e1e10';
    g.lineWidth = 1.6;
    for (let i = 0; i < 5; i += 1) {
      g.beginPath();
      g.arc(dx + rng.range(-20, 20), dy + rng.range(-20, 20), rng.range(8, 18), rng.range(0, 3), rng.range(3.5, 6));
      g.stroke();
    }
  }
  g.restore();
}

/** A lesion on the angiogram: where, how narrow, whether a stent went in. */
export type Lesion = { readonly segment: Segment; readonly percent: number; readonly stent: boolean };
export type Segment = 'LM' | 'LAD近段' | 'LAD中段' | 'D1' | 'LCX近段' | 'OM1' | 'RCA近段' | 'RCA中段' | 'RCA远段';
/** Where each segment lies in the schematic (fractions of its box). */
const AT: Record<Segment, readonly [number, number]> = {
  LM: [0.4, 0.2], LAD近段: [0.3, 0.34], LAD中段: [0.24, 0.55], D1: [0.11, 0.48], LCX近段: [0.52, 0.33], OM1: [0.47, 0.62],
  RCA近段: [0.76, 0.2], RCA中段: [0.87, 0.47], RCA远段: [0.78, 0.8],
};
const PATHS: readonly (readonly (readonly [number, number])[])[] = [
  [[0.5, 0.08], [0.4, 0.2], [0.3, 0.34], [0.24, 0.55], [0.2, 0.92]], [[0.28, 0.4], [0.11, 0.48], [0.04, 0.6]],
  [[0.4, 0.2], [0.52, 0.33], [0.58, 0.52], [0.6, 0.84]], [[0.56, 0.44], [0.47, 0.62], [0.42, 0.78]],
  [[0.5, 0.08], [0.76, 0.2], [0.87, 0.47], [0.78, 0.8], [0.62, 0.93]],
];

/**
 * The coronary tree as a cath-lab report sketches it: the vessels in dark lines, their names beside them, each lesion ringed in
 * red with its percentage, a stent as a hatched sleeve. Names and percentages are recorded. Call it inside `s.block`.
 */
export function coronaryTree(s: Sheet, x: number, y: number, w: number, h: number, lesions: readonly Lesion[], cap: Style): void {
  const g = s.g;
  const P = ([u, v]: readonly [number, number]): [number, number] => [x + u * w, y + v * h];
  g.save();
  g.strokeStyle = '#3a2a2a';
  g.lineCap = 'round';
  g.lineJoin = 'round';
  PATHS.forEach((path, i) => {
    g.lineWidth = i === 1 || i === 3 ? 5 : 8;
    g.beginPath();
    path.forEach((pt, k) => (k === 0 ? g.moveTo(...P(pt)) : g.lineTo(...P(pt))));
    g.stroke();
  });
  g.restore();
  const names: readonly (readonly [string, number, number])[] = [['LM', 0.26, 0.17], ['LAD', 0.08, 0.72], ['D1', 0.02, 0.42],
    ['LCX', 0.63, 0.72], ['OM1', 0.33, 0.7], ['RCA', 0.9, 0.3]];
  for (const [t, u, v] of names) s.put(x + u * w, y + v * h, t, cap);
  for (const l of lesions) {
    const [lx, ly] = P(AT[l.segment]);
    if (l.stent) {
      g.save();
      g.strokeStyle = '#1d4f91';
      g.lineWidth = 2;
      g.strokeRect(lx - 14, ly - 22, 28, 44);
      for (let k = -18; k <= 18; k += 8) s.line(lx - 14, ly + k, lx + 14, ly + k + 6, 1.5, '#1d4f91');
      g.restore();
    }
    g.save();
    g.strokeStyle = '#c8202c';
    g.lineWidth = 3;
    g.beginPath();
    g.arc(lx, ly, 20, 0, Math.PI * 2);
    g.stroke();
    g.restore();
    s.put(lx + 28, ly + 8, `${l.percent}%`, { ...cap, color: '#c8202c' });
  }
}

/**
 * A trend chart of one measurement over dated visits: the target band shaded, the points joined, each value above its point,
 * the dates under the axis and the band's limits at the left (all recorded). Returns the bottom edge.
 */
export function trendChart(s: Sheet, x: number, y: number, w: number, h: number, points: readonly (readonly [string, number])[],
  band: readonly [number, number], top: number, cap: Style): number {
  const yOf = (v: number): number => y + h - (Math.min(v, top) / top) * h;
  s.g.fillStyle = 'rgba(60, 150, 90, 0.16)';
  s.g.fillRect(x, yOf(band[1]), w, yOf(band[0]) - yOf(band[1]));
  s.rect(x, y, w, h, 1.2, '#555');
  for (const v of band) {
    s.line(x, yOf(v), x + w, yOf(v), 1, '#3c965a');
    s.put(x - 10, yOf(v) + 8, v.toFixed(1), { ...cap, align: 'right' });
  }
  const step = w / points.length;
  const at = (i: number): [number, number] => [x + step * (i + 0.5), yOf(points[i]?.[1] ?? 0)];
  for (let i = 1; i < points.length; i += 1) s.line(...at(i - 1), ...at(i), 2.2, '#1f3f7a');
  points.forEach(([label, v], i) => {
    const [px0, py0] = at(i);
    s.g.fillStyle = '#1f3f7a';
    s.g.fillRect(px0 - 6, py0 - 6, 12, 12);
    s.put(px0, Math.max(y + 30, py0 - 16), v.toFixed(1), { ...cap, align: 'center' });
    s.put(px0, y + h + px(cap.pt) * 1.4, label, { ...cap, align: 'center' });
  });
  return y + h + px(cap.pt) * 1.8;
}

/** The left margin of a record bound into its folder: two punched holes (the scanner lid shows through) and a dashed rule. */
export function boundMargin(s: Sheet, x: number, rng: Rng): void {
  for (const y of [s.height * 0.3, s.height * 0.7]) {
    const cy = y + rng.range(-8, 8);
    s.g.fillStyle = '#5d5d5d';
    s.g.beginPath();
    s.g.arc(x * 0.45, cy, 24, 0, Math.PI * 2);
    s.g.fill();
  }
  s.g.save();
  s.g.setLineDash([14, 10]);
  s.line(x, 80, x, s.height - 80, 1.2, '#8a8a8a');
  s.g.restore();
}
