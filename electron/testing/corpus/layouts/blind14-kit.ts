import type { Doc } from '../case';
import type { Hospital } from '../hospitals';
import { idNumberIn } from '../people';
import type { Rng } from '../rng';
import type { Sheet } from '../sheet';

/**
 * Pieces the blind14 layouts share: hospitals of Shanghai's outer districts (district hospitals, community health centres, a
 * district 精神卫生中心), of Xinjiang (兵团 division hospitals and county hospitals), Qinghai (county hospitals and township
 * 卫生院) and Hainan, each with its address codes (a 兵团 patient is often registered where the family came from, a Qinghai
 * patient of the pastoral counties may go by a Tibetan name alone), text wrapped at a fixed pitch for a character-mode HIS,
 * a fundus photograph and a Doppler spectrum.
 */

type Here = {
  readonly hospital: Hospital; readonly regions: readonly string[]; readonly peoples: readonly string[]; readonly corps?: boolean;
};
const here = (name: string, address: string, phone: string, regions: readonly string[], peoples: readonly string[] = [],
  extra: Partial<Hospital> & { corps?: boolean } = {}): Here => {
  const { corps, ...rest } = extra;
  return { hospital: { name, address, phone, ...rest }, regions, peoples, ...(corps ? { corps } : {}) };
};

const SHANGHAI: readonly Here[] = [
  here('上海市奉贤区中心医院', '上海市奉贤区南桥镇南奉公路6600号', '021-57420702', ['310120', '310226']),
  here('上海市金山区亭林医院', '上海市金山区亭林镇亭卫公路6558号', '021-57231100', ['310116', '310228']),
  here('上海市青浦区中心医院', '上海市青浦区公园东路1158号', '021-69719190', ['310118', '310229']),
  here('上海市松江区泗泾医院', '上海市松江区泗泾镇泗通路389号', '021-57620120', ['310117', '310227']),
  here('上海市浦东新区周浦医院', '上海市浦东新区周浦镇周园路1500号', '021-68135590', ['310115', '310225']),
  here('上海市嘉定区南翔医院', '上海市嘉定区南翔镇众仁路495号', '021-59120120', ['310114']),
];
const SH_COMMUNITY: readonly Here[] = [
  here('上海市奉贤区南桥镇社区卫生服务中心', '上海市奉贤区南桥镇江海路385号', '021-57185120', ['310120']),
  here('上海市金山区朱泾社区卫生服务中心', '上海市金山区朱泾镇人民路218号', '021-57321120', ['310116']),
  here('上海市青浦区赵巷镇社区卫生服务中心', '上海市青浦区赵巷镇业辉路100号', '021-59751120', ['310118']),
  here('上海市松江区方松街道社区卫生服务中心', '上海市松江区方松街道文诚路1000号', '021-57821120', ['310117']),
  here('上海市嘉定区江桥镇社区卫生服务中心', '上海市嘉定区江桥镇华江路888号', '021-59141120', ['310114']),
  here('上海市浦东新区惠南社区卫生服务中心', '上海市浦东新区惠南镇东门大街268号', '021-58001120', ['310115']),
];
const SH_MENTAL: readonly Here[] = [
  here('上海市奉贤区精神卫生中心', '上海市奉贤区南桥镇西渡西闸公路1102号', '021-57128120', ['310120'], [], { only: ['SEVERE_MENTAL_DISORDER'] }),
  here('上海市金山区精神卫生中心', '上海市金山区朱泾镇亭枫公路2281号', '021-57311120', ['310116'], [], { only: ['SEVERE_MENTAL_DISORDER'] }),
];
const XINJIANG: readonly Here[] = [
  here('新疆生产建设兵团第一师医院', '新疆维吾尔自治区阿拉尔市军垦大道东1号', '0997-4683120', ['659002'], [], { corps: true }),
  here('新疆生产建设兵团第七师医院', '新疆维吾尔自治区奎屯市北京西路2号', '0992-3232120', ['654003'], [], { corps: true }),
  here('新疆生产建设兵团第十三师红星医院', '新疆维吾尔自治区哈密市伊州区红星路18号', '0902-2222120', ['650502', '652201'], [], { corps: true }),
  here('石河子市人民医院', '新疆维吾尔自治区石河子市北三路39号', '0993-2012120', ['659001'], [], { corps: true }),
  here('玛纳斯县人民医院', '新疆维吾尔自治区昌吉回族自治州玛纳斯县凤凰路6号', '0994-6622120', ['652324'], ['回族']),
  here('焉耆回族自治县人民医院', '新疆维吾尔自治区巴音郭楞蒙古自治州焉耆县永宁路16号', '0996-6022120', ['652826'], ['回族']),
  here('昌吉市人民医院', '新疆维吾尔自治区昌吉回族自治州昌吉市延安北路30号', '0994-2322120', ['652301'], ['回族']),
];
const QINGHAI: readonly Here[] = [
  here('互助土族自治县人民医院', '青海省海东市互助土族自治县威远镇南街12号', '0972-8322120', ['630223', '632126'], ['土族', '藏族']),
  here('大通回族土族自治县人民医院', '青海省西宁市大通县桥头镇园林路8号', '0971-2722120', ['630121'], ['回族', '土族']),
  here('民和回族土族自治县人民医院', '青海省海东市民和县川口镇民和路66号', '0972-8522120', ['630222', '632122'], ['回族', '土族']),
  here('西宁市湟中区第一人民医院', '青海省西宁市湟中区鲁沙尔镇城中路5号', '0971-2232120', ['630106', '630122'], ['藏族', '回族']),
  here('共和县人民医院', '青海省海南藏族自治州共和县恰卜恰镇东香路9号', '0974-8512120', ['632521'], ['藏族']),
  here('格尔木市人民医院', '青海省海西蒙古族藏族自治州格尔木市昆仑中路20号', '0979-8422120', ['632801'], ['藏族', '蒙古族']),
  here('海东市乐都区人民医院', '青海省海东市乐都区碾伯镇古城大街27号', '0972-8622120', ['630202', '632123'], ['藏族']),
];
const QH_TOWNS: readonly Here[] = [
  here('互助县丹麻镇卫生院', '青海省海东市互助土族自治县丹麻镇驻地', '0972-8391120', ['630223'], ['土族', '藏族']),
  here('大通县多林镇卫生院', '青海省西宁市大通县多林镇驻地', '0971-2751120', ['630121'], ['回族']),
  here('湟中区多巴镇中心卫生院', '青海省西宁市湟中区多巴镇驻地', '0971-2211120', ['630106'], ['藏族']),
  here('共和县倒淌河镇卫生院', '青海省海南藏族自治州共和县倒淌河镇驻地', '0974-8561120', ['632521'], ['藏族']),
  here('民和县官亭镇中心卫生院', '青海省海东市民和回族土族自治县官亭镇驻地', '0972-8581120', ['630222'], ['土族', '回族']),
];
const HAINAN: readonly Here[] = [
  here('琼海市人民医院', '海南省琼海市嘉积镇爱华东路45号', '0898-62932120', ['469002']),
  here('文昌市人民医院', '海南省文昌市文城镇文建东路6号', '0898-63222120', ['469005']),
  here('万宁市人民医院', '海南省万宁市万城镇红专中路71号', '0898-62222120', ['469006']),
  here('儋州市人民医院', '海南省儋州市那大镇中兴大街2号', '0898-23322120', ['460400', '469003']),
  here('澄迈县人民医院', '海南省澄迈县金江镇文化北路20号', '0898-67622120', ['469023']),
  here('乐东黎族自治县人民医院', '海南省乐东黎族自治县抱由镇乐祥路8号', '0898-85522120', ['469027'], ['黎族']),
  here('东方市人民医院', '海南省东方市八所镇解放西路12号', '0898-25522120', ['469007'], ['黎族']),
];

const ALL = [...SHANGHAI, ...SH_COMMUNITY, ...SH_MENTAL, ...XINJIANG, ...QINGHAI, ...QH_TOWNS, ...HAINAN];
const list = (xs: readonly Here[]): Hospital[] => xs.map((x) => x.hospital);

/** District general hospitals of Shanghai's outer districts. */
export const SHANGHAI14: readonly Hospital[] = list(SHANGHAI);
/** Shanghai 社区卫生服务中心 (family-doctor practices). */
export const SH_COMMUNITY14: readonly Hospital[] = list(SH_COMMUNITY);
/** District 精神卫生中心 of Shanghai (severe mental disorders only). */
export const SH_MENTAL14: readonly Hospital[] = list(SH_MENTAL);
/** 兵团 division hospitals and county hospitals of Xinjiang. */
export const XINJIANG14: readonly Hospital[] = list(XINJIANG);
/** County hospitals of Qinghai. */
export const QINGHAI14: readonly Hospital[] = list(QINGHAI);
/** Township 卫生院 of Qinghai. */
export const QH_TOWN14: readonly Hospital[] = list(QH_TOWNS);
/** County and county-level city hospitals of Hainan. */
export const HAINAN14: readonly Hospital[] = list(HAINAN);

/** Where 兵团 families came from (Henan, Sichuan, Gansu, Jiangsu, Hebei): the ID of a second-generation settler often says so. */
const ORIGINS = ['410527', '410923', '511321', '620523', '320321', '130533'];
/** Tibetan names carried alone (no surname), by sex. */
const TIBETAN = { 男: ['多杰', '扎西', '索南', '更登', '尕藏', '完德加', '桑吉', '公保', '仁增多杰', '东周才让'],
  女: ['卓玛', '拉毛', '才让措', '拉毛草', '仁青卓玛', '措毛', '德吉', '央金', '卓玛措'] } as const;

/**
 * The patient lives where the hospital stands (the ID's address code is that district's or county's; a 兵团 patient's is now and
 * then the home county of the family); an adult of a Qinghai county with Tibetan people goes by a Tibetan name one time in four.
 */
export function localB14(doc: Doc, rng: Rng): Doc {
  const h = ALL.find((x) => x.hospital.name === doc.hospital.name);
  if (!h) return doc;
  const p = doc.patient;
  const name = h.peoples.includes('藏族') && p.age >= 14 && rng.chance(0.25) ? rng.pick(TIBETAN[p.sex]) : p.name;
  const regions = h.corps && rng.chance(0.4) ? ORIGINS : h.regions;
  return { ...doc, patient: { ...p, name, idNumber: idNumberIn(rng, p.birth, p.sex, regions) } };
}

/** 民族 as printed: a Tibetan name's is 藏族; else now and then one of the county's peoples, mostly 汉族. */
export function nationB14(doc: Doc, rng: Rng): string {
  if ((TIBETAN[doc.patient.sex] as readonly string[]).includes(doc.patient.name)) return '藏族';
  const h = ALL.find((x) => x.hospital.name === doc.hospital.name);
  return h && h.peoples.length > 0 && rng.chance(0.3) ? rng.pick(h.peoples) : '汉族';
}

/** The district or county from the address: 奉贤区, 互助土族自治县, 琼海市, 玛纳斯县. */
export function placeB14(h: Hospital): string {
  const rest = h.address.replace(/^(?:上海市|新疆维吾尔自治区|青海省|海南省)/u, '').replace(/^.{2,9}?(?:自治州|地区)(?=.)/u, '')
    .replace(/^[^区县市]{2,3}市(?=.+?(?:区|县|市))/u, '');
  return /^(.+?(?:区|县|市))/u.exec(rest)?.[1] ?? '';
}

/** Columns a string takes at a fixed pitch: two for a CJK or full-width character, one for ASCII. */
export const cols = (t: string): number => [...t].reduce((n, ch) => n + (/[^\x20-\x7e]/u.test(ch) ? 2 : 1), 0);
/** `t` padded with spaces to `n` columns. */
export const padCols = (t: string, n: number): string => t + ' '.repeat(Math.max(0, n - cols(t)));

const TOKEN = String.raw`(?:[A-Za-z]+ \d+(?:[./]\d+)*(?:mmHg|℃|次/分)?|\d{4}[-年./]\d{1,2}[-月./]\d{1,2}日?|\d{17}[\dX]`
  + String.raw`|\d+(?:[.:/-]\d+)*(?:[年月日号岁天次]|mmHg|mmol/L|cm|mm|%|℃)?|[A-Za-z]+|.)[，。、；：）”,.;:)]?`;
const TOKENS = new RegExp(TOKEN, 'gu');

/** `text` cut into lines of at most `width` columns (the first `first`), never inside a date, an ID or a number with its unit. */
export function monoWrap(text: string, width: number, first = width): string[] {
  const lines: string[] = [];
  let line = '';
  for (const t of text.match(TOKENS) ?? []) {
    if (line !== '' && cols(line + t) > (lines.length === 0 ? first : width)) {
      lines.push(line);
      line = '';
    }
    line += t;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * A colour fundus photograph from a non-mydriatic camera: black frame, the orange disc of the retina, the optic disc on the nasal
 * side (right for OD), the vessel arcades round a darker macula, and for `grade` 1–3 microaneurysms, blot haemorrhages and hard
 * exudates. Not text.
 */
export function fundus(s: Sheet, x: number, y: number, size: number, eye: 'OD' | 'OS', grade: number, rng: Rng): void {
  const g = s.g;
  g.save();
  g.fillStyle = '#050505';
  g.fillRect(x, y, size, size);
  const [cx, cy, r] = [x + size / 2, y + size / 2, size * 0.46];
  g.beginPath();
  g.arc(cx, cy, r, 0, Math.PI * 2);
  g.clip();
  const ground = g.createRadialGradient(cx, cy, r * 0.1, cx, cy, r);
  ground.addColorStop(0, rng.pick(['#d9773c', '#cf6a33', '#dc8244']));
  ground.addColorStop(0.7, '#b1461f');
  ground.addColorStop(1, '#4f1607');
  g.fillStyle = ground;
  g.fillRect(x, y, size, size);
  const side = eye === 'OD' ? 1 : -1;
  const [dx, dy] = [cx + side * r * 0.4, cy - r * rng.range(0, 0.08)];
  const [mx, my] = [cx - side * r * 0.12, cy + r * 0.03];
  const mac = g.createRadialGradient(mx, my, 0, mx, my, r * 0.24);
  mac.addColorStop(0, 'rgba(80, 20, 8, 0.75)');
  mac.addColorStop(1, 'rgba(80, 20, 8, 0)');
  g.fillStyle = mac;
  g.fillRect(mx - r * 0.3, my - r * 0.3, r * 0.6, r * 0.6);
  g.fillStyle = 'rgba(255, 220, 180, 0.5)';
  g.beginPath();
  g.arc(mx, my, r * 0.012, 0, Math.PI * 2);
  g.fill();
  g.lineCap = 'round';
  type P = readonly [number, number];
  const at = (q: readonly P[], t: number): P => {
    const u = 1 - t;
    const k = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
    return [q.reduce((n, c, i) => n + c[0] * (k[i] ?? 0), 0), q.reduce((n, c, i) => n + c[1] * (k[i] ?? 0), 0)];
  };
  /** A vessel along a cubic curve, tapering, with `branches` side branches splitting off it. */
  const vessel = (color: string, width: number, q: readonly P[], branches: number): void => {
    g.strokeStyle = color;
    for (let i = 0; i < 24; i += 1) {
      const [a, b] = [at(q, i / 24), at(q, (i + 1) / 24)];
      g.lineWidth = width * (1 - 0.65 * (i / 24));
      g.beginPath();
      g.moveTo(a[0], a[1]);
      g.lineTo(b[0], b[1]);
      g.stroke();
    }
    for (let i = 0; i < branches; i += 1) {
      const t = rng.range(0.25, 0.75);
      const [o, n] = [at(q, t), at(q, t + 0.05)];
      const len = r * rng.range(0.18, 0.35);
      const [nx, ny] = [-(n[1] - o[1]), n[0] - o[0]];
      const norm = Math.hypot(nx, ny) || 1;
      const sgn = rng.chance(0.5) ? 1 : -1;
      const end: P = [o[0] + (sgn * nx * len) / norm + (n[0] - o[0]) * 3, o[1] + (sgn * ny * len) / norm + (n[1] - o[1]) * 3];
      const bend: P = [o[0] + (n[0] - o[0]) * 2, o[1] + (n[1] - o[1]) * 2];
      vessel(color, width * 0.45, [o, bend, [(o[0] + end[0]) / 2, (o[1] + end[1]) / 2], end], 0);
    }
  };
  for (const up of [-1, 1]) {
    for (const [color, w, k] of [['#6e150d', size * 0.013, 1], ['#b5372a', size * 0.009, 0.82]] as const) {
      const j = rng.range(-0.04, 0.04);
      vessel(color, w, [[dx, dy], [dx, dy + up * r * (0.32 + j) * k], [mx + side * r * 0.1, my + up * r * 0.6 * k],
        [cx - side * r * 0.92, cy + up * r * (0.3 + j)]], 2);
      vessel(color, w * 0.7, [[dx, dy], [dx + side * r * 0.04, dy + up * r * 0.3], [dx + side * r * 0.28, dy + up * r * 0.5 * k],
        [dx + side * r * 0.5, dy + up * r * (0.78 + j)]], 1);
      vessel(color, w * 0.5, [[dx, dy], [dx - side * r * 0.1, dy + up * r * 0.08], [mx + side * r * 0.22, my + up * r * 0.22],
        [mx + side * r * 0.04, my + up * r * (0.16 + k * 0.06)]], 0);
    }
  }
  const disc = g.createRadialGradient(dx, dy, 0, dx, dy, r * 0.14);
  disc.addColorStop(0, '#fff4c8');
  disc.addColorStop(0.55, '#f1c56c');
  disc.addColorStop(1, 'rgba(225, 140, 70, 0)');
  g.fillStyle = disc;
  g.beginPath();
  g.arc(dx, dy, r * 0.14, 0, Math.PI * 2);
  g.fill();
  const dot = (color: string, rr: number, spread: number): void => {
    g.fillStyle = color;
    g.beginPath();
    g.arc(mx + rng.range(-spread, spread) * r, my + rng.range(-spread, spread) * r, rr, 0, Math.PI * 2);
    g.fill();
  };
  for (let i = 0; i < grade * rng.int(5, 9); i += 1) dot('#5a0c06', size * rng.range(0.003, 0.005), 0.55);
  if (grade >= 2) for (let i = 0; i < rng.int(3, 8) * (grade - 1); i += 1) dot('#6b0f08', size * rng.range(0.008, 0.016), 0.5);
  if (grade >= 2) for (let i = 0; i < rng.int(6, 14) * (grade - 1); i += 1) dot('#f3d777', size * rng.range(0.003, 0.007), 0.3);
  g.restore();
}

/**
 * A pulsed-Doppler spectrum as a TCD machine shows it: black panel, velocity grid, a baseline near the bottom (flow towards the
 * probe) or the top (away), cardiac cycles of a sharp systolic peak, a notch and a falling diastole filled with speckle in a heat
 * scale, the white envelope over it. `vs` / `vd` in cm/s, `top` the scale's full height in cm/s. Not text.
 */
export function spectrum(s: Sheet, x0: number, y0: number, w0: number, h0: number, rng: Rng,
  o: { up: boolean; vs: number; vd: number; top: number }): void {
  const [x, y, w, h] = [Math.round(x0), Math.round(y0), Math.round(w0), Math.round(h0)];
  const g = s.g;
  const img = g.createImageData(w, h);
  const base = o.up ? h * 0.85 : h * 0.15;
  const dir = o.up ? -1 : 1;
  const scale = (h * 0.75) / o.top;
  const beat = w / rng.range(3.2, 4.4);
  const shift = rng.range(0, beat);
  const env = (t: number): number => {
    const p = ((t + shift) % beat) / beat;
    const span = o.vs - o.vd;
    if (p < 0.1) return o.vd * 0.9 + (span + o.vd * 0.1) * (p / 0.1);
    if (p < 0.28) return o.vs - span * 0.45 * ((p - 0.1) / 0.18);
    if (p < 0.34) return o.vs - span * 0.45 + span * 0.08 * Math.sin(((p - 0.28) / 0.06) * Math.PI);
    return o.vd + (span * 0.55) * Math.exp(-(p - 0.34) * 4.2) - o.vd * 0.1 * ((p - 0.34) / 0.66);
  };
  const top: number[] = [];
  for (let i = 0; i < w; i += 1) {
    const v = env(i) * scale;
    top.push(v);
    for (let j = 0; j < h; j += 1) {
      const k = (j * w + i) * 4;
      const d = (j - base) * dir;
      let [r, gg, b] = [0, 0, 0];
      if (d >= 0 && d <= v) {
        const a = Math.min(1, (0.35 + 0.65 * (d / Math.max(v, 1))) * rng.range(0.55, 1.1));
        [r, gg, b] = [255 * Math.min(1, a * 1.6), 255 * Math.max(0, a * 1.5 - 0.55), 255 * Math.max(0, a * 2 - 1.6)];
      }
      img.data[k] = r;
      img.data[k + 1] = gg;
      img.data[k + 2] = b;
      img.data[k + 3] = 255;
    }
  }
  g.putImageData(img, x, y);
  g.save();
  for (let v = 20; v < o.top; v += 20) {
    const gy = y + base + dir * v * scale;
    s.line(x, gy, x + w, gy, 1, 'rgba(90, 140, 200, 0.45)');
  }
  s.line(x, y + base, x + w, y + base, 1.5, '#9cc3ea');
  g.strokeStyle = '#ffffff';
  g.lineWidth = 1.6;
  g.beginPath();
  top.forEach((v, i) => (i === 0 ? g.moveTo(x + i, y + base + dir * v) : g.lineTo(x + i, y + base + dir * v)));
  g.stroke();
  g.restore();
}

/** T / P / R / BP on admission or at a visit, the pressure high when the patient has hypertension. */
export function vitalsB14(doc: Doc, rng: Rng, sep = '，'): string {
  const hi = doc.dx.keys.includes('HYPERTENSION');
  const bp = `${hi ? rng.int(146, 188) : rng.int(108, 136)}/${hi ? rng.int(88, 108) : rng.int(64, 84)}mmHg`;
  return [`T ${(36 + rng.int(2, 8) / 10).toFixed(1)}℃`, `P ${rng.int(62, 96)}次/分`, `R ${rng.int(16, 20)}次/分`, `BP ${bp}`].join(sep);
}

/** A chemotherapy regimen as a day ward writes it: its name, the cycle in days, each drug with its dose, route and days. */
export type Chemo = {
  readonly name: string;
  readonly cycle: number;
  readonly drugs: readonly (readonly [drug: string, dose: string, route: string, days: string])[];
};
const chemo = (name: string, cycle: number, ...drugs: (readonly [string, string, string, string])[]): Chemo => ({ name, cycle, drugs });
const CHEMO: readonly (readonly [RegExp, Chemo])[] = [
  [/小细胞|SCLC/u, chemo('EP', 21, ['依托泊苷注射液', '100mg/m²', '静滴', 'd1-3'], ['顺铂注射液', '75mg/m²', '静滴', 'd1'])],
  [/鳞/u, chemo('TC', 21, ['紫杉醇注射液', '175mg/m²', '静滴', 'd1'], ['卡铂注射液', 'AUC 5', '静滴', 'd1'])],
  [/肺|NSCLC/u, chemo('PC', 21, ['注射用培美曲塞二钠', '500mg/m²', '静滴', 'd1'], ['卡铂注射液', 'AUC 5', '静滴', 'd1'])],
  [/乳腺/u, chemo('TC', 21, ['多西他赛注射液', '75mg/m²', '静滴', 'd1'], ['注射用环磷酰胺', '600mg/m²', '静滴', 'd1'])],
  [/胃/u, chemo('SOX', 21, ['奥沙利铂注射液', '130mg/m²', '静滴', 'd1'], ['替吉奥胶囊', '40mg', '口服 bid', 'd1-14'])],
  [/结肠|直肠/u, chemo('XELOX', 21, ['奥沙利铂注射液', '130mg/m²', '静滴', 'd1'], ['卡培他滨片', '1000mg/m²', '口服 bid', 'd1-14'])],
  [/食管|宫颈/u, chemo('TP', 21, ['紫杉醇注射液', '175mg/m²', '静滴', 'd1'], ['顺铂注射液', '75mg/m²', '静滴', 'd1'])],
  [/淋巴瘤/u, chemo('R-CHOP', 21, ['利妥昔单抗注射液', '375mg/m²', '静滴', 'd0'], ['注射用环磷酰胺', '750mg/m²', '静滴', 'd1'],
    ['注射用盐酸多柔比星', '50mg/m²', '静滴', 'd1'], ['注射用硫酸长春新碱', '2mg', '静推', 'd1'], ['醋酸泼尼松片', '100mg', '口服', 'd1-5'])],
  [/骨髓瘤/u, chemo('VRd', 21, ['注射用硼替佐米', '1.3mg/m²', '皮下', 'd1,4,8,11'], ['来那度胺胶囊', '25mg', '口服', 'd1-14'],
    ['地塞米松片', '20mg', '口服', 'd1,2,4,5'])],
  [/胰腺/u, chemo('AG', 28, ['注射用盐酸吉西他滨', '1000mg/m²', '静滴', 'd1,8,15'], ['注射用紫杉醇（白蛋白结合型）', '125mg/m²', '静滴', 'd1,8,15'])],
  [/慢性粒|慢性髓|CML/u, chemo('TKI', 28, ['甲磺酸伊马替尼片', '400mg', '口服 qd', 'd1-28'])],
  [/慢性淋巴/u, chemo('BTKi', 28, ['伊布替尼胶囊', '420mg', '口服 qd', 'd1-28'])],
  [/淋巴细胞白血病/u, chemo('维持', 28, ['甲氨蝶呤片', '20mg/m²', '口服 qw', 'd1,8,15,22'], ['巯嘌呤片', '50mg/m²', '口服 qn', 'd1-28'])],
  [/早幼粒/u, chemo('ATRA+ATO', 28, ['维A酸片', '25mg/m²', '口服 bid', 'd1-14'], ['亚砷酸注射液', '0.16mg/kg', '静滴', 'd1-14'])],
  [/白血病/u, chemo('AZA', 28, ['注射用阿扎胞苷', '75mg/m²', '皮下', 'd1-7'])],
];
const FOLFOX = chemo('FOLFOX4', 14, ['奥沙利铂注射液', '85mg/m²', '静滴', 'd1'], ['亚叶酸钙注射液', '200mg/m²', '静滴', 'd1-2'],
  ['氟尿嘧啶注射液', '400mg/m²', '静推', 'd1-2']);
/** The regimen a day ward gives for the tumour the diagnosis names (FOLFOX4 when none fits). */
export const chemoFor = (dx: string): Chemo => CHEMO.find(([re]) => re.test(dx))?.[1] ?? FOLFOX;

/** The dose given: a dose per m² times the body surface, rounded as the pharmacy rounds it (carboplatin by AUC); a flat dose as written. */
export function givenDose(dose: string, bsa: number, rng: Rng): string {
  const m = /^([\d.]+)mg\/m²$/u.exec(dose);
  if (m) {
    const v = Number(m[1]) * bsa;
    return v >= 100 ? `${Math.round(v / 10) * 10}mg` : v >= 10 ? `${Math.round(v)}mg` : `${v.toFixed(1)}mg`;
  }
  return /^AUC/u.test(dose) ? `${rng.int(36, 58) * 10}mg` : dose;
}
