import { createCanvas } from '@napi-rs/canvas';
import type { Doc } from '../case';
import { addDays, ageOn, clock, parts } from '../dates';
import type { DiseaseKey } from '../diseases';
import { cssFont } from '../fonts';
import type { Hospital } from '../hospitals';
import { handwritten } from '../marks';
import { idNumberIn, personName, type Sex } from '../people';
import { valueNoise, type Rng } from '../rng';
import type { Sheet, Style } from '../sheet';
import { countyOf } from './tune5-kit';

/**
 * Pieces the blind10 layouts share: county and city hospitals, children's hospitals, mental-health centres and
 * independent laboratories of Hubei, Hunan, Jiangxi, Chongqing, Guizhou, Yunnan, Hainan, Anhui, Guangxi, Qinghai, Tianjin
 * and Shanghai (each with its address codes, so the patient's ID is a local one); the provincial hospitals a county
 * consults; 12-hour times; a rotary date stamp; digits written by hand into printed boxes; a patient's keeper.
 */

type Here = { readonly hospital: Hospital; readonly regions: readonly string[] };
const here = (name: string, address: string, phone: string, regions: readonly string[], extra: Partial<Hospital> = {}): Here =>
  ({ hospital: { name, address, phone, ...extra }, regions });

const COUNTY: readonly Here[] = [
  here('应城市人民医院', '湖北省孝感市应城市城中街道蒲阳大道76号', '0712-3222120', ['420981']),
  here('公安县人民医院', '湖北省荆州市公安县斗湖堤镇荆江大道58号', '0716-5222120', ['421022']),
  here('邵东市人民医院', '湖南省邵阳市邵东市宋家塘街道红岭路18号', '0739-2722120', ['430582']),
  here('澧县人民医院', '湖南省常德市澧县澧阳街道澧州南路123号', '0736-3222120', ['430723']),
  here('于都县人民医院', '江西省赣州市于都县贡江镇长征大道36号', '0797-6222120', ['360731']),
  here('鄱阳县人民医院', '江西省上饶市鄱阳县鄱阳镇芝阳路88号', '0793-6222120', ['361128']),
  here('垫江县人民医院', '重庆市垫江县桂溪街道南阳路56号', '023-74622120', ['500231']),
  here('仁怀市人民医院', '贵州省遵义市仁怀市中枢街道国酒大道9号', '0851-22222120', ['520382']),
  here('威宁自治县人民医院', '贵州省毕节市威宁彝族回族苗族自治县海边街道建设东路1号', '0857-6222120', ['520526']),
  here('宣威市人民医院', '云南省曲靖市宣威市宛水街道建设路99号', '0874-7122120', ['530381']),
  here('祥云县人民医院', '云南省大理白族自治州祥云县祥城镇彩云路12号', '0872-3122120', ['532923']),
  here('琼海市人民医院', '海南省琼海市嘉积镇爱华东路26号', '0898-62822120', ['469002']),
  here('临泉县人民医院', '安徽省阜阳市临泉县城关街道解放路66号', '0558-6522120', ['341221']),
  here('博白县人民医院', '广西壮族自治区玉林市博白县博白镇人民中路21号', '0775-8222120', ['450923']),
  here('互助县人民医院', '青海省海东市互助土族自治县威远镇南街19号', '0972-8322120', ['630223']),
  here('天津市静海区医院', '天津市静海区静海镇胜利南路14号', '022-68622120', ['120118']),
];

const CITY: readonly Here[] = [
  here('孝感市中心医院', '湖北省孝感市孝南区广场街6号', '0712-2822120', ['420902', '420981'], { en: 'XIAOGAN CENTRAL HOSPITAL' }),
  here('常德市第一人民医院', '湖南省常德市武陵区人民路818号', '0736-7722120', ['430702', '430723'], { en: "THE FIRST PEOPLE'S HOSPITAL OF CHANGDE" }),
  here('赣州市人民医院', '江西省赣州市章贡区梅关大道16号', '0797-5822120', ['360702', '360731'], { en: "GANZHOU PEOPLE'S HOSPITAL" }),
  here('遵义市第一人民医院', '贵州省遵义市汇川区凤凰路98号', '0851-28922120', ['520303', '520382']),
  here('曲靖市第一人民医院', '云南省曲靖市麒麟区袁林路1号', '0874-3122120', ['530302', '530381'], { en: "QUJING FIRST PEOPLE'S HOSPITAL" }),
  here('海口市人民医院', '海南省海口市龙华区人民大道43号', '0898-66222120', ['460106', '460108'], { en: "HAIKOU PEOPLE'S HOSPITAL" }),
  here('重庆市万州区人民医院', '重庆市万州区高笋塘85号', '023-58122120', ['500101']),
  here('上海市浦东新区人民医院', '上海市浦东新区川沙新镇川环南路490号', '021-58922120', ['310115'],
    { en: "SHANGHAI PUDONG NEW AREA PEOPLE'S HOSPITAL" }),
  here('阜阳市人民医院', '安徽省阜阳市颍州区三清路501号', '0558-2722120', ['341202', '341221']),
  here('玉林市第一人民医院', '广西壮族自治区玉林市玉州区教育中路495号', '0775-2822120', ['450702', '450923']),
];

const CHILDREN_ONLY: readonly DiseaseKey[] = ['LEUKEMIA', 'MALIGNANT_TUMOR_OUTPATIENT'];
const CHILDREN: readonly Here[] = [
  here('湖南省儿童医院', '湖南省长沙市雨花区梓园路86号', '0731-85622120', ['430103', '430111', '430121', '430582', '430723'],
    { only: CHILDREN_ONLY }),
  here('江西省儿童医院', '江西省南昌市红谷滩区怡园路1666号', '0791-86822120', ['360102', '360111', '360121', '361128', '360731'],
    { only: CHILDREN_ONLY }),
  here('昆明市儿童医院', '云南省昆明市西山区前兴路288号', '0871-63322120', ['530102', '530112', '530128', '530381', '532923'],
    { only: CHILDREN_ONLY }),
  here('武汉儿童医院', '湖北省武汉市江岸区香港路100号', '027-82422120', ['420102', '420106', '420116', '420981', '421022'],
    { only: CHILDREN_ONLY }),
  here('海南省妇女儿童医学中心', '海南省海口市龙华区龙昆南路75号', '0898-36222120', ['460106', '460108', '469002'], { only: CHILDREN_ONLY }),
];

const MENTAL_ONLY: readonly DiseaseKey[] = ['SEVERE_MENTAL_DISORDER', 'CHILD_DISABILITY_REHAB'];
const MENTAL: readonly Here[] = [
  here('孝感市精神卫生中心', '湖北省孝感市孝南区北京路28号', '0712-2366120', ['420902', '420981'], { only: MENTAL_ONLY }),
  here('常德市精神卫生中心', '湖南省常德市鼎城区玉霞街道桥南路16号', '0736-7366120', ['430703', '430723'], { only: MENTAL_ONLY }),
  here('上饶市精神卫生中心', '江西省上饶市信州区茶圣路57号', '0793-8366120', ['361102', '361128'], { only: MENTAL_ONLY }),
  here('遵义市精神卫生中心', '贵州省遵义市红花岗区新华路151号', '0851-28366120', ['520302', '520382'], { only: MENTAL_ONLY }),
  here('曲靖市精神卫生中心', '云南省曲靖市麒麟区南宁西路203号', '0874-3366120', ['530302', '530381'], { only: MENTAL_ONLY }),
  here('玉林市精神卫生中心', '广西壮族自治区玉林市玉州区城站路19号', '0775-2366120', ['450702', '450923'], { only: MENTAL_ONLY }),
  here('重庆市万州区精神卫生中心', '重庆市万州区五桥街道百安大道6号', '023-58366120', ['500101'], { only: MENTAL_ONLY }),
];

const LAB_ONLY: readonly DiseaseKey[] = ['LEUKEMIA', 'HEMOPHILIA', 'PHENYLKETONURIA'];
const LABS: readonly Here[] = [
  here('长沙麓谷医学检验所', '湖南省长沙市岳麓区麓谷大道627号', '0731-88826120', ['430104', '430582', '430723'], { only: LAB_ONLY }),
  here('南昌赣江医学检验实验室', '江西省南昌市青山湖区高新大道1099号', '0791-88216120', ['360111', '360731', '361128'], { only: LAB_ONLY }),
  here('昆明滇池医学检验所', '云南省昆明市官渡区春城路219号', '0871-63516120', ['530111', '530381', '532923'], { only: LAB_ONLY }),
  here('武汉光谷精准医学检验所', '湖北省武汉市东湖新技术开发区高新大道666号', '027-87716120', ['420111', '420981', '421022'],
    { only: LAB_ONLY }),
  here('贵阳黔康医学检验所', '贵州省贵阳市观山湖区长岭北路55号', '0851-84816120', ['520115', '520382', '520526'], { only: LAB_ONLY }),
];

const hospitals = (xs: readonly Here[]): Hospital[] => xs.map((x) => x.hospital);
/** County general hospitals of twelve provinces and municipalities south and west of Shandong (and Tianjin). */
export const COUNTY10: readonly Hospital[] = hospitals(COUNTY);
/** City general hospitals of those provinces. */
export const CITY10: readonly Hospital[] = hospitals(CITY);
/** Provincial and city children's hospitals (血液肿瘤科). */
export const CHILD10: readonly Hospital[] = hospitals(CHILDREN);
/** City mental-health centres. */
export const MENTAL10: readonly Hospital[] = hospitals(MENTAL);
/** Independent medical laboratories (第三方医学检验所) doing gene tests for the hospitals of their province. */
export const LAB10: readonly Hospital[] = hospitals(LABS);

/** The patient lives where the hospital draws its patients: the ID's address code is one of its counties'. */
export function local10(doc: Doc, rng: Rng): Doc {
  const h = [...COUNTY, ...CITY, ...CHILDREN, ...MENTAL, ...LABS].find((x) => x.hospital.name === doc.hospital.name);
  if (!h) return doc;
  const p = doc.patient;
  return { ...doc, patient: { ...p, idNumber: idNumberIn(rng, p.birth, p.sex, h.regions) } };
}

/** A village address in the hospital's county: 孝感市应城市城关镇建设村7组. */
export const homeIn = (doc: Doc, rng: Rng): string => `${countyOf(doc)}${rng.pick(['城关镇', '新华街道', '河东乡', '青山镇', '长岭镇'])}`
  + `${rng.pick(['建设', '红旗', '向阳', '长岭', '石桥', '新民'])}村${rng.int(1, 12)}组`;

/** 湖北省, 重庆市, 广西壮族自治区: the province in a hospital's address. */
export const provinceIn = (h: Hospital): string => /^(.+?(?:省|自治区|市))/u.exec(h.address)?.[1] ?? '';

/** Hospitals of this group in the same province as `h` (another one than `h` when there is one). */
export function neighbours(h: Hospital): Hospital[] {
  const all = [...COUNTY10, ...CITY10].filter((x) => provinceIn(x) === provinceIn(h) && x.name !== h.name);
  return all.length > 0 ? all : [...CITY10];
}

/** The provincial hospitals a county hospital of each province consults or refers to. */
const PROVINCIAL: Record<string, readonly string[]> = {
  湖北省: ['武汉大学中南医院', '武汉大学人民医院'], 湖南省: ['中南大学湘雅医院', '中南大学湘雅二医院'],
  江西省: ['南昌大学第一附属医院', '江西省人民医院'], 重庆市: ['重庆医科大学附属第一医院'], 贵州省: ['贵州医科大学附属医院', '贵州省人民医院'],
  云南省: ['昆明医科大学第一附属医院', '云南省第一人民医院'], 海南省: ['海南省人民医院'], 安徽省: ['安徽医科大学第一附属医院'],
  广西壮族自治区: ['广西医科大学第一附属医院'], 青海省: ['青海大学附属医院', '青海省人民医院'], 天津市: ['天津医科大学总医院'],
  上海市: ['复旦大学附属中山医院'],
};
export const provincialFor = (h: Hospital, rng: Rng): string => rng.pick(PROVINCIAL[provinceIn(h)] ?? ['中南大学湘雅医院']);

/** A child patient (`ages` in years) in place of the generator's adult, with a local ID. */
export function child(doc: Doc, rng: Rng, ages: readonly [number, number]): Doc {
  const on = doc.kind === 'discharge' ? doc.dates.admission : doc.kind === 'report' ? doc.dates.sample : doc.dates.visit;
  const sex: Sex = rng.chance(0.55) ? '男' : '女';
  const birth = addDays(on, -Math.round(rng.range(ages[0], ages[1] + 0.9) * 365.25));
  const idNumber = idNumberIn(rng, birth, sex, ['430103']);
  const patient = { name: personName(rng, sex, 0.04), sex, birth, idNumber, age: ageOn(birth, on) };
  return local10({ ...doc, patient }, rng);
}

/** The family name: 欧阳 of 欧阳秀英, 王 of 王秀英. */
export const surnameOf = (name: string): string =>
  /^(欧阳|司马|上官|诸葛|东方|皇甫|公孙|慕容|令狐|夏侯)/u.exec(name)?.[1] ?? [...name][0] ?? '';

export type Keeper = { readonly name: string; readonly relation: string; readonly id: string };

/** Who answers for the patient (监护人 / 联系人): a parent of a child or a young adult, else a spouse or a grown child. */
export function keeperOf(doc: Doc, rng: Rng): Keeper {
  const p = doc.patient;
  const surname = surnameOf(p.name);
  const region = [p.idNumber.slice(0, 6)];
  const make = (relation: string, sex: Sex, years: number, sameName: boolean): Keeper => {
    const birth = addDays(p.birth, -Math.round(years * 365.25));
    let name = personName(rng, sex, 0);
    if (sameName) name = surname + [...name].slice(surnameOf(name).length).join('');
    if (name === p.name) name = `${surname}${sex === '女' ? '桂香' : '德文'}`;
    return { name, relation, id: idNumberIn(rng, birth, sex, region) };
  };
  if (p.age < 30) return rng.chance(0.55) ? make('母亲', '女', rng.range(21, 34), false) : make('父亲', '男', rng.range(23, 36), true);
  if (p.age >= 55 && rng.chance(0.5)) {
    return rng.chance(0.5) ? make('儿子', '男', -rng.range(22, 32), true) : make('女儿', '女', -rng.range(22, 32), false);
  }
  return p.sex === '男' ? make('妻子', '女', -rng.range(0, 4), false) : make('丈夫', '男', rng.range(0, 4), false);
}

/** 下午3:20 / 上午10:05: the twelve-hour clock some EMR vendors print, with the part of the day in Chinese. */
export function halfDay(minutes: number): string {
  const h = Math.floor(minutes / 60) % 24;
  const part = h < 6 ? '凌晨' : h < 12 ? '上午' : h < 13 ? '中午' : h < 18 ? '下午' : '晚上';
  const h12 = h > 12 ? h - 12 : h;
  return `${part}${h12}:${clock(minutes).slice(3)}`;
}

/** 2025年3月4日 下午3:20 / 2025-03-04 下午3:20. */
export function withHalfDay(iso: string, minutes: number, how: 'cn' | 'iso'): string {
  const [y, m, d] = parts(iso);
  const day = how === 'cn' ? `${y}年${m}月${d}日` : iso;
  return `${day} ${halfDay(minutes)}`;
}

/** The sheet, drawing without recording (for marks drawn in pieces and recorded once as a whole). */
export const quiet = (s: Sheet): Sheet => Object.assign(Object.create(s) as Sheet, { record: (): void => undefined });

/**
 * A rotary date stamp (日期章) in violet or blue: the office's name over the date and a word under it, in a rounded frame,
 * stamped a little askew with uneven ink. Its three lines are recorded as text. Returns the stamp's width.
 */
export function dateStamp(s: Sheet, cx: number, cy: number, lines: { top: string; date: string; bottom: string }, rng: Rng): number {
  const small = 8.5;
  const big = 13;
  const tw = Math.max(...[lines.top, lines.bottom].map((t) => s.measure(t, { face: 'sansBold', pt: small })));
  const w = Math.ceil(Math.max(tw, s.measure(lines.date, { face: 'sansBold', pt: big })) + 56);
  const h = 190;
  const c = createCanvas(w + 30, h + 30);
  const g = c.getContext('2d');
  const ink = rng.pick(['rgb(92, 52, 160)', 'rgb(46, 70, 170)', 'rgb(120, 40, 130)']);
  g.translate((w + 30) / 2, (h + 30) / 2);
  g.rotate(rng.range(-0.06, 0.06));
  g.strokeStyle = ink;
  g.fillStyle = ink;
  g.lineWidth = 5;
  g.beginPath();
  g.roundRect(-w / 2, -h / 2, w, h, 36);
  g.stroke();
  g.lineWidth = 2;
  g.beginPath();
  g.moveTo(-w / 2 + 14, -h / 2 + 62);
  g.lineTo(w / 2 - 14, -h / 2 + 62);
  g.moveTo(-w / 2 + 14, h / 2 - 58);
  g.lineTo(w / 2 - 14, h / 2 - 58);
  g.stroke();
  g.textAlign = 'center';
  g.font = cssFont('sansBold', small);
  g.fillText(lines.top, 0, -h / 2 + 46);
  g.fillText(lines.bottom, 0, h / 2 - 20);
  g.font = cssFont('sansBold', big);
  g.fillText(lines.date, 0, 17);
  g.resetTransform();
  const img = g.getImageData(0, 0, w + 30, h + 30);
  const blot = valueNoise(rng, 6);
  for (let i = 3; i < img.data.length; i += 4) {
    const x = ((i - 3) / 4) % (w + 30);
    const y = Math.floor((i - 3) / 4 / (w + 30));
    const k = Math.max(0.15, Math.min(1, blot(x / (w + 30), y / (h + 30)) * 0.9 + 0.35));
    img.data[i] = Math.round((img.data[i] ?? 0) * k);
  }
  g.putImageData(img, 0, 0);
  s.g.save();
  s.g.globalCompositeOperation = 'multiply';
  s.g.globalAlpha = rng.range(0.75, 0.92);
  s.g.drawImage(c, cx - (w + 30) / 2, cy - (h + 30) / 2);
  s.g.restore();
  const rec = (y: number, t: string, pt: number): void => {
    const tw2 = s.measure(t, { face: 'sansBold', pt });
    s.record(cx - tw2 / 2, y, t, cx + tw2 / 2);
  };
  rec(cy - h / 2 + 46, lines.top, small);
  rec(cy + 17, lines.date, big);
  rec(cy + h / 2 - 20, lines.bottom, small);
  return w;
}

/**
 * A date written by hand into a pre-printed row of boxes (□□□□年□□月□□日): the digits in ballpoint, one to a box, the
 * 年 / 月 / 日 printed. Recorded once, as the whole date. Returns the right edge.
 */
export function boxedDate(s: Sheet, x: number, y: number, iso: string, box: number, printed: Style, rng: Rng): number {
  const [yy, mm, dd] = parts(iso);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const q = quiet(s);
  let cx = x;
  const digits = (t: string): void => {
    for (const ch of t) {
      s.rect(cx, y - box * 0.8, box, box, 1.3, printed.color ?? s.ink);
      handwritten(q, cx + box * 0.22, y - box * 0.04 + rng.range(-3, 3), ch, printed.pt * 1.05, rng);
      cx += box;
    }
  };
  const word = (t: string): void => {
    cx += 6;
    cx += q.put(cx, y, t, printed) + 6;
  };
  digits(String(yy));
  word('年');
  digits(pad(mm));
  word('月');
  digits(pad(dd));
  word('日');
  s.record(x, y, `${yy}年${pad(mm)}月${pad(dd)}日`, cx);
  return cx;
}

/** An independent laboratory's mark: a double helix in the lab's colour (not text). */
export function helix(s: Sheet, cx: number, cy: number, h: number, color: string): void {
  const g = s.g;
  g.save();
  g.strokeStyle = color;
  g.lineWidth = 5;
  for (const phase of [0, Math.PI]) {
    g.beginPath();
    for (let t = 0; t <= 1.001; t += 0.02) {
      const x = cx + Math.sin(t * Math.PI * 3 + phase) * h * 0.28;
      if (t === 0) g.moveTo(x, cy - h / 2 + t * h);
      else g.lineTo(x, cy - h / 2 + t * h);
    }
    g.stroke();
  }
  g.lineWidth = 2.5;
  for (let k = 1; k < 12; k += 1) {
    const t = k / 12;
    const dx = Math.sin(t * Math.PI * 3) * h * 0.28;
    s.line(cx - dx, cy - h / 2 + t * h, cx + dx, cy - h / 2 + t * h, 2.5, color);
  }
  g.restore();
}

const BASE_COLOUR: Record<string, string> = { A: '#1f9d3a', C: '#2452c9', G: '#222222', T: '#d2332b' };
const IUPAC: Record<string, string> = { AG: 'R', CT: 'Y', CG: 'S', AT: 'W', GT: 'K', AC: 'M' };

/**
 * A Sanger sequencing trace: four coloured curves with the called bases over them (recorded as one line of text), the
 * variant position framed, a second lower peak under it when the variant is heterozygous. Returns the bottom edge.
 */
export function sangerTrace(s: Sheet, x: number, y: number, w: number, h: number, bases: string, at: number, alt: string,
  het: boolean, rng: Rng): number {
  const step = w / bases.length;
  const g = s.g;
  const peakAt = (i: number): number => x + step * (i + 0.5);
  const ref = bases[at] ?? 'N';
  const code = het ? IUPAC[[ref, alt].sort().join('')] ?? 'N' : alt;
  const called = `${bases.slice(0, at)}${code}${bases.slice(at + 1)}`;
  [...called].forEach((ch, i) => s.put(peakAt(i), y + 26, ch, { face: 'sansMedium', pt: 8, color: BASE_COLOUR[ch] ?? '#222',
    align: 'center' }, false));
  s.record(x + step * 0.2, y + 26, called, x + w);
  for (const base of 'ACGT') {
    const amps = [...bases].map((ch, i) => {
      const main = ch === base ? (i === at && !het ? 0 : i === at ? 0.55 : rng.range(0.7, 1)) : 0;
      const second = i === at && base === alt ? (het ? 0.5 : 0.95) : 0;
      return Math.max(main, second, rng.chance(0.03) ? rng.range(0.04, 0.1) : 0);
    });
    g.strokeStyle = BASE_COLOUR[base] ?? '#222';
    g.lineWidth = 1.8;
    g.beginPath();
    for (let px0 = 0; px0 <= w; px0 += 2) {
      let v = 0;
      amps.forEach((amp, i) => {
        if (amp > 0) v += amp * Math.exp(-(((x + px0 - peakAt(i)) / (step * 0.28)) ** 2));
      });
      const yy = y + h - 6 - v * (h - 50);
      if (px0 === 0) g.moveTo(x + px0, yy);
      else g.lineTo(x + px0, yy);
    }
    g.stroke();
  }
  g.setLineDash([6, 5]);
  s.rect(peakAt(at) - step * 0.6, y + 4, step * 1.2, h - 6, 1.6, '#c0392b');
  g.setLineDash([]);
  s.rect(x, y, w, h, 1, '#888');
  return y + h;
}

/**
 * Real-time PCR amplification curves (ΔRn against cycle): sigmoid curves for the target and the reference gene, the
 * threshold line, cycle ticks 0–40 along the bottom (not text). `ct`: each curve's threshold cycle.
 */
export function ampCurves(s: Sheet, x: number, y: number, w: number, h: number, ct: readonly number[], rng: Rng): void {
  const g = s.g;
  s.rect(x, y, w, h, 1.2, '#444');
  for (let k = 1; k < 8; k += 1) s.line(x + (w * k) / 8, y, x + (w * k) / 8, y + h, 0.6, '#d5d5d5');
  for (let k = 1; k < 5; k += 1) s.line(x, y + (h * k) / 5, x + w, y + (h * k) / 5, 0.6, '#d5d5d5');
  const threshold = y + h * 0.72;
  s.line(x, threshold, x + w, threshold, 1.6, '#c62828');
  const colours = ['#1565c0', '#2e7d32', '#6a1b9a', '#ef6c00', '#00838f'];
  ct.forEach((c, i) => {
    const top = rng.range(0.7, 0.9);
    g.strokeStyle = colours[i % colours.length] ?? '#333';
    g.lineWidth = 2.2;
    g.beginPath();
    for (let px0 = 0; px0 <= w; px0 += 3) {
      const cycle = (px0 / w) * 40;
      const v = top / (1 + Math.exp(-(cycle - c - 1.6) / 1.1));
      if (px0 === 0) g.moveTo(x + px0, y + h - v * h);
      else g.lineTo(x + px0, y + h - v * h);
    }
    g.stroke();
  });
}

/** A roll-paper slip photocopied onto A4: pale paper, grey shadow, torn zig-zag ends, and a faded band where the head wears. */
export function rollSlip(s: Sheet, x: number, y: number, w: number, h: number, rng: Rng): void {
  const g = s.g;
  g.fillStyle = 'rgba(0, 0, 0, 0.12)';
  g.fillRect(x + 6, y + 6, w, h);
  g.fillStyle = rng.pick(['#fbfbf7', '#f7f7f2', '#fdfdfb']);
  g.beginPath();
  g.moveTo(x, y);
  for (let i = 0; i <= 40; i += 1) g.lineTo(x + (w * i) / 40, y + (i % 2 === 0 ? 0 : 7));
  g.lineTo(x + w, y + h);
  for (let i = 40; i >= 0; i -= 1) g.lineTo(x + (w * i) / 40, y + h - (i % 2 === 0 ? 0 : 7));
  g.closePath();
  g.fill();
  g.strokeStyle = '#b5b5b0';
  g.lineWidth = 1.2;
  g.stroke();
}

/** Wear along the print head: a pale vertical band over what was printed (not text). */
export function slipWear(s: Sheet, x: number, y: number, w: number, h: number, rng: Rng): void {
  s.g.fillStyle = `rgba(251, 251, 247, ${rng.range(0.15, 0.3)})`;
  s.g.fillRect(x + w * rng.range(0.2, 0.7), y + 10, rng.range(18, 60), h - 20);
}

export type Peak = { readonly name: string; readonly time: number; readonly share: number };

/** The analyser's chromatogram: absorbance against time with the peaks named over them; A0 runs off the top. */
export function chromatogram(s: Sheet, x: number, y: number, w: number, h: number, peaks: readonly Peak[], label: Style): void {
  s.rect(x, y, w, h, 1.2, '#444');
  for (let k = 1; k < 5; k += 1) s.line(x + (w * k) / 5, y + h - 8, x + (w * k) / 5, y + h, 1.2, '#444');
  const top = Math.max(...peaks.filter((p) => p.name !== 'A0').map((p) => p.share)) * 2.6;
  const wide = (p: Peak): number => (p.name === 'A0' ? 0.05 : 0.018);
  const at = (t: number): number => peaks.reduce((v, p) => v + (p.share / top) * Math.exp(-(((t - p.time) / wide(p)) ** 2)), 0);
  s.g.save();
  s.g.beginPath();
  s.g.rect(x, y, w, h);
  s.g.clip();
  s.g.strokeStyle = '#1a1a1a';
  s.g.lineWidth = 2.2;
  s.g.beginPath();
  for (let i = 0; i <= w; i += 2) {
    const v = at(i / w) + 0.02;
    if (i === 0) s.g.moveTo(x + i, y + h - v * (h - 30));
    else s.g.lineTo(x + i, y + h - v * (h - 30));
  }
  s.g.stroke();
  s.g.restore();
  peaks.forEach((p, i) => {
    const v = Math.min(at(p.time) + 0.02, 0.88);
    s.put(x + p.time * w, y + h - v * (h - 30) - 14 - (i % 2) * 26, p.name, { ...label, align: 'center' });
  });
}

/** The HbA1c fractions of a Tosoh / Bio-Rad / Arkray run around the patient's value. */
export function fractions(rng: Rng, a1c: number): Peak[] {
  const minor: Peak[] = [{ name: 'A1A', time: 0.2, share: rng.range(0.6, 1.1) }, { name: 'A1B', time: 0.28, share: rng.range(0.7, 1.3) },
    { name: 'F', time: 0.37, share: rng.range(0.3, 0.9) }, { name: 'LA1C', time: 0.49, share: rng.range(1.2, 2.4) },
    { name: 'SA1C', time: 0.6, share: a1c }];
  return [...minor, { name: 'A0', time: 0.84, share: 100 - minor.reduce((n, p) => n + p.share, 0) }];
}

/** A boy in place of a girl (haemophilia): the same age, a boy's name, a boy's ID. */
export function aBoy(doc: Doc, rng: Rng): Doc {
  if (doc.primary !== 'HEMOPHILIA' || doc.patient.sex === '男') return doc;
  const p = doc.patient;
  const idNumber = idNumberIn(rng, p.birth, '男', [p.idNumber.slice(0, 6)]);
  return { ...doc, patient: { ...p, sex: '男', name: personName(rng, '男', 0.03), idNumber } };
}
