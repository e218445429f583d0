import type { Doc } from '../case';
import type { DiseaseKey } from '../diseases';
import type { Hospital } from '../hospitals';
import { handwritten } from '../marks';
import { idNumberIn, personName, type Sex } from '../people';
import { valueNoise, type Rng } from '../rng';
import { Sheet, type Style } from '../sheet';
import { px } from './common';

/**
 * Pieces the blind16 layouts share: hospitals of Xinjiang (the 兵团 division hospitals among them), Qinghai, Tibet and Hainan,
 * each with its county's address code and the peoples who live there (the patient's ID is a local one; a Tibetan patient bears
 * a Tibetan name); the scheme's name in each place; an HbA1c analyser's run with its chromatogram; a renal scan's images and
 * renogram; the carbon copy of a handwritten form.
 */

type Tier = 'city' | 'county' | 'town' | 'mental';
type Here = { readonly hospital: Hospital; readonly region: string; readonly tier: Tier; readonly peoples: readonly string[] };
const here = (name: string, address: string, phone: string, region: string, tier: Tier, peoples: readonly string[] = [],
  en?: string): Here => ({ hospital: { name, address, phone, ...(en ? { en } : {}) }, region, tier, peoples });

const XJ = '新疆维吾尔自治区';
const PLACES: readonly Here[] = [
  here('新疆生产建设兵团第七师医院', `${XJ}奎屯市北京东路156号`, '0992-3222120', '654003', 'city', [], 'THE 7TH DIVISION HOSPITAL OF XPCC'),
  here('新疆生产建设兵团第一师医院', `${XJ}阿克苏市南京路6号`, '0997-2122120', '652901', 'city', ['回族']),
  here('新疆生产建设兵团第四师医院', `${XJ}伊宁市斯大林街122号`, '0999-8022120', '654002', 'city', ['回族']),
  here('新疆生产建设兵团第六师医院', `${XJ}五家渠市人民北路1号`, '0994-5822120', '659004', 'city'),
  here('石河子市人民医院', `${XJ}石河子市北四路35号`, '0993-2022120', '659001', 'city', [], "SHIHEZI PEOPLE'S HOSPITAL"),
  here('玛纳斯县人民医院', `${XJ}昌吉回族自治州玛纳斯县凤凰路25号`, '0994-6622120', '652324', 'county', ['回族']),
  here('沙湾市人民医院', `${XJ}塔城地区沙湾市三道河子路18号`, '0993-6022120', '654203', 'county'),
  here('库车市人民医院', `${XJ}阿克苏地区库车市天山中路9号`, '0997-7122120', '652902', 'county'),
  here('伊宁县人民医院', `${XJ}伊犁哈萨克自治州伊宁县团结路21号`, '0999-4022120', '654021', 'county', ['回族']),
  here('大通回族土族自治县人民医院', '青海省西宁市大通回族土族自治县桥头镇园林路66号', '0971-2722120', '630121', 'county', ['回族', '土族']),
  here('互助土族自治县人民医院', '青海省海东市互助土族自治县威远镇南街12号', '0972-8322120', '630223', 'county', ['土族', '藏族']),
  here('民和回族土族自治县人民医院', '青海省海东市民和回族土族自治县川垣西大街8号', '0972-8522120', '630222', 'county', ['回族', '土族']),
  here('化隆回族自治县人民医院', '青海省海东市化隆回族自治县巴燕镇东大街31号', '0972-8722120', '630224', 'county', ['回族', '撒拉族', '藏族']),
  here('共和县人民医院', '青海省海南藏族自治州共和县恰卜恰镇文化路5号', '0974-8522120', '632521', 'county', ['藏族']),
  here('格尔木市人民医院', '青海省海西蒙古族藏族自治州格尔木市昆仑中路20号', '0979-8422120', '632801', 'city', ['藏族', '蒙古族']),
  here('日喀则市人民医院', '西藏自治区日喀则市桑珠孜区上海中路12号', '0892-8822120', '540202', 'city', ['藏族']),
  here('林芝市人民医院', '西藏自治区林芝市巴宜区广东路38号', '0894-5822120', '540402', 'city', ['藏族']),
  here('山南市人民医院', '西藏自治区山南市乃东区湖南路16号', '0893-7822120', '540502', 'city', ['藏族']),
  here('昌都市人民医院', '西藏自治区昌都市卡若区茶马广场路3号', '0895-4822120', '540302', 'city', ['藏族']),
  here('琼海市人民医院', '海南省琼海市嘉积镇爱华东路35号', '0898-62922120', '469002', 'county'),
  here('文昌市人民医院', '海南省文昌市文城镇文建东路61号', '0898-63322120', '469005', 'county'),
  here('万宁市人民医院', '海南省万宁市万城镇红专中路66号', '0898-62222120', '469006', 'county'),
  here('儋州市人民医院', '海南省儋州市那大镇中兴大街88号', '0898-23322120', '460400', 'city', ['黎族'], "DANZHOU PEOPLE'S HOSPITAL"),
  here('陵水黎族自治县人民医院', '海南省陵水黎族自治县椰林镇新建路9号', '0898-83322120', '469028', 'county', ['黎族']),
  here('乐东黎族自治县人民医院', '海南省乐东黎族自治县抱由镇乐祥路2号', '0898-85522120', '469027', 'county', ['黎族']),
  here('澄迈县人民医院', '海南省澄迈县金江镇文化北路25号', '0898-67622120', '469023', 'county'),
  here('青海省第三人民医院', '青海省西宁市城北区柴达木路24号', '0971-5522120', '630105', 'mental', ['藏族', '回族'], '青海省精神卫生中心'),
  here('海南省安宁医院', '海南省海口市龙华区南海大道9号', '0898-66822120', '460106', 'mental', [], '海南省精神卫生中心'),
  here('乌鲁木齐市第四人民医院', `${XJ}乌鲁木齐市沙依巴克区友好北路91号`, '0991-4822120', '650103', 'mental', ['回族'], '乌鲁木齐市精神卫生中心'),
  here('玛纳斯县乐土驿镇卫生院', `${XJ}昌吉回族自治州玛纳斯县乐土驿镇驻地`, '0994-6512120', '652324', 'town', ['回族']),
  here('民和县马营镇中心卫生院', '青海省海东市民和回族土族自治县马营镇驻地', '0972-8512120', '630222', 'town', ['回族', '土族']),
  here('互助县丹麻镇卫生院', '青海省海东市互助土族自治县丹麻镇驻地', '0972-8312120', '630223', 'town', ['土族']),
  here('琼海市长坡镇中心卫生院', '海南省琼海市长坡镇长坡墟', '0898-62512120', '469002', 'town'),
  here('文昌市会文镇卫生院', '海南省文昌市会文镇会文墟', '0898-63512120', '469005', 'town'),
  here('乐东黎族自治县千家镇中心卫生院', '海南省乐东黎族自治县千家镇驻地', '0898-85512120', '469027', 'town', ['黎族']),
];

/** Hospitals of one tier, of the provinces whose address starts with one of `provinces` (新疆, 青海, 西藏, 海南; all when empty). */
export function hospitalsB16(tiers: readonly Tier[], provinces: readonly string[] = []): Hospital[] {
  return PLACES.filter((x) => tiers.includes(x.tier) && (provinces.length === 0 || provinces.some((p) => x.hospital.address.startsWith(p))))
    .map((x) => x.hospital);
}

const placeOf = (h: Hospital): Here | undefined => PLACES.find((x) => x.hospital.name === h.name);

/** 新疆 (the 兵团's hospitals apart), 兵团, 青海, 西藏 or 海南. */
export function provinceB16(h: Hospital): '新疆' | '兵团' | '青海' | '西藏' | '海南' {
  if (h.name.includes('兵团')) return '兵团';
  return (/^(新疆|青海|西藏|海南)/u.exec(h.address)?.[1] ?? '新疆') as '新疆' | '青海' | '西藏' | '海南';
}

/** What the place calls the outpatient chronic-disease scheme on its forms. */
export const SCHEME_B16: Record<ReturnType<typeof provinceB16>, string> = {
  新疆: '门诊慢特病', 兵团: '门诊慢特病', 青海: '门诊慢性特殊病', 西藏: '门诊特殊病', 海南: '门诊慢性特殊疾病',
};

/** The second name of the letterhead (an English name, or the mental hospital's 精神卫生中心 name); empty when none. */
export const secondB16 = (h: Hospital): string => h.en ?? '';

const TIBETAN = { first: ['扎西', '次仁', '格桑', '平措', '索朗', '旦增', '尼玛', '边巴', '普布', '达瓦', '白玛', '德庆'],
  男: ['顿珠', '多吉', '旺堆', '朗杰', '罗布', '平措', '次仁', '坚参'], 女: ['卓玛', '央金', '拉姆', '曲珍', '德吉', '白珍', '措姆', '玉珍'] };

/**
 * The patient lives in the hospital's county: the ID's address code is that county's. Where Tibetans live, a patient bears a
 * Tibetan name (扎西顿珠, 次仁卓玛: two names of two characters, no surname) — most in Tibet, some in Qinghai.
 */
export function localB16(doc: Doc, rng: Rng): Doc {
  const h = placeOf(doc.hospital);
  if (!h) return doc;
  const p = doc.patient;
  const share = h.hospital.address.startsWith('西藏') ? 0.75 : h.peoples.includes('藏族') ? 0.3 : 0;
  let name = p.name;
  if (rng.chance(share)) {
    const first = rng.pick(TIBETAN.first);
    name = first + rng.pick(TIBETAN[p.sex].filter((n) => n !== first));
  }
  if (Object.values(doc.doctors).includes(name)) name = p.name;
  return { ...doc, patient: { ...p, name, idNumber: idNumberIn(rng, p.birth, p.sex, [h.region]) } };
}

/**
 * A relative who signs or is named as the contact: a parent of a young patient, a spouse, child or sibling of an older one. A
 * Tibetan patient's relative bears a Tibetan name; a father, child, brother or sister shares the patient's surname, a mother or a
 * spouse does not. Never the patient's or a physician's name.
 */
export function kinB16(doc: Doc, rng: Rng): { name: string; tie: string } {
  const age = doc.patient.age;
  const tie = rng.pick(age < 30 ? ['父亲', '母亲', '母亲', '兄弟', '姐妹'] as const
    : ['配偶', '配偶', '兄弟', '姐妹', ...(age >= 45 ? ['儿子', '女儿'] as const : [])]);
  const sex: Sex = /父|儿子|兄弟/u.test(tie) || (tie === '配偶' && doc.patient.sex === '女') ? '男' : '女';
  const taken = [doc.patient.name, ...Object.values(doc.doctors)];
  for (;;) {
    let name = personName(rng, sex, 0);
    if (tibetan(doc.patient.name)) {
      const first = rng.pick(TIBETAN.first);
      name = first + rng.pick(TIBETAN[sex].filter((n) => n !== first));
    } else if (tie !== '配偶' && tie !== '母亲') name = ([...doc.patient.name][0] ?? '') + [...name].slice(1).join('');
    if (!taken.includes(name)) return { name, tie };
  }
}

const tibetan = (n: string): boolean => [...n].length === 4 && TIBETAN.first.includes(n.slice(0, 2));

/** 民族: 藏族 for a Tibetan name, now and then one of the county's peoples, mostly 汉族. */
export function nationB16(doc: Doc, rng: Rng): string {
  if (tibetan(doc.patient.name)) return '藏族';
  const peoples = (placeOf(doc.hospital)?.peoples ?? []).filter((x) => x !== '藏族');
  return peoples.length > 0 && rng.chance(0.3) ? rng.pick(peoples) : '汉族';
}

/** The county or city the hospital stands in (玛纳斯县, 琼海市, 日喀则市), for addresses and 参保地. */
export function countyB16(h: Hospital): string {
  const rest = h.address.replace(/^(?:新疆维吾尔自治区|西藏自治区|青海省|海南省)/u, '');
  return /^(?:.+?(?:州|地区|市)(?=.+?(?:县|市|区)))?(.+?(?:自治县|县|市))/u.exec(rest)?.[1] ?? rest.slice(0, 3);
}

/** One HbA1c run on an HPLC analyser: the peaks (name, retention time in minutes, area %), the total area, the HbA1c %. */
export type A1cRun = { readonly a1c: number; readonly total: number; readonly peaks: readonly (readonly [string, number, number])[] };

/** A run for a patient: a diabetic's HbA1c 6.6–12.4 %, another's 4.6–6.1 %; the minor peaks small, A0 the rest. */
export function a1cRun(diabetic: boolean, rng: Rng): A1cRun {
  const a1c = Number((diabetic ? rng.range(6.6, 12.4) : rng.range(4.6, 6.1)).toFixed(1));
  const minor: [string, number, number][] = [['A1a', 0.22, rng.range(0.6, 1.1)], ['A1b', 0.31, rng.range(0.8, 1.5)],
    ['F', 0.49, rng.range(0.3, 1.2)], ['LA1c', 0.7, rng.range(1.2, 2.2)], ['A1c', 0.96, a1c * 0.92], ['P3', 1.43, rng.range(2.8, 4.2)]];
  const rest = 100 - minor.reduce((n, [, , a]) => n + a, 0);
  const peaks = [...minor, ['A0', 1.74, rest] as [string, number, number]]
    .map(([n, t, a]) => [n, Number((t + rng.range(-0.015, 0.015)).toFixed(2)), Number(a.toFixed(1))] as const);
  return { a1c, total: rng.int(1_600_000, 2_700_000), peaks };
}

/**
 * The analyser's chromatogram: % against minutes, 0–2.2, one bell per peak (A0 off the top, as the printout clips it), the
 * A1c and A0 peaks named; axis numbers printed (recorded). Not a table.
 */
export function chromatogram(s: Sheet, x: number, y: number, w: number, h: number, run: A1cRun, style: Style): void {
  const g = s.g;
  s.rect(x, y, w, h, 1.4);
  const at = (t: number): number => x + (t / 2.2) * w;
  const top = 12;
  const curve = (t: number): number => run.peaks.reduce((v, [, c, a]) => v + Math.min(a, 22) * Math.exp(-(((t - c) / 0.035) ** 2)), 0.25);
  g.save();
  g.strokeStyle = '#1f3f8f';
  g.lineWidth = 2.2;
  g.beginPath();
  for (let i = 0; i <= 660; i += 1) {
    const t = (i / 660) * 2.2;
    const v = Math.min(curve(t), top * 1.02);
    const py = y + h - (v / top) * (h - 30);
    if (i === 0) g.moveTo(at(t), py);
    else g.lineTo(at(t), py);
  }
  g.stroke();
  g.restore();
  const small = { ...style, align: 'center' as const };
  for (let t = 0; t <= 2.01; t += 0.5) s.put(at(t), y + h + px(style.pt) * 1.2, t.toFixed(1), small);
  s.put(x + w, y + h + px(style.pt) * 2.5, 'min', { ...style, align: 'right' });
  for (const name of ['A1c', 'A0']) {
    const peak = run.peaks.find(([n]) => n === name);
    if (!peak) continue;
    const v = Math.min(curve(peak[1]), top * 1.02);
    s.put(at(peak[1]) + 18, Math.max(y + px(style.pt) * 1.3, y + h - (v / top) * (h - 30) - 6), name, style);
  }
}

/** A renal scan: each kidney's GFR (ml/min), time to peak and half-time (min); a graft alone in the right iliac fossa. */
export type Renal = { readonly graft: boolean; readonly left: number; readonly right: number; readonly tmax: readonly [number, number];
  readonly half: readonly [string, string] };

/** The scan that fits the disease: a dialysis patient's kidneys barely work, a graft works, a hypertensive's one kidney lags. */
export function renalScan(key: DiseaseKey, rng: Rng): Renal {
  const r = (lo: number, hi: number): number => Number(rng.range(lo, hi).toFixed(1));
  if (key === 'TRANSPLANT_ANTI_REJECTION') {
    return { graft: true, left: 0, right: r(38, 72), tmax: [0, r(3.5, 6)], half: ['', `${r(12, 24)}`] };
  }
  if (key === 'URAEMIA_DIALYSIS') {
    return { graft: false, left: r(1.5, 6), right: r(1.5, 6), tmax: [r(15, 20), r(15, 20)], half: ['>20', '>20'] };
  }
  const [lo, hi] = key === 'DIABETES' ? [14, 30] : [18, 38];
  const weak = rng.chance(0.5);
  return { graft: false, left: weak ? r(lo * 0.5, lo) : r(lo, hi), right: weak ? r(lo, hi) : r(lo * 0.5, lo),
    tmax: [r(4, 9), r(4, 9)], half: [`${r(10, 22)}`, `${r(10, 22)}`] };
}

/**
 * The scan's images: a posterior summed image (two kidneys, or a graft low on the right with the bladder), grey dots on black
 * the way the workstation prints it, each kidney as dense as it works. Not text.
 */
export function kidneyImage(s: Sheet, x: number, y: number, size: number, scan: Renal, rng: Rng): void {
  const g = s.g;
  g.fillStyle = '#0b0b0b';
  g.fillRect(x, y, size, size);
  const blob = (cx: number, cy: number, rx0: number, ry0: number, gfr: number, n: number): void => {
    const k = Math.min(1, 0.06 + gfr / 40);
    const [rx, ry] = [rx0 * (0.65 + 0.35 * Math.min(1, gfr / 25)), ry0 * (0.65 + 0.35 * Math.min(1, gfr / 25))];
    for (let i = 0; i < n * k; i += 1) {
      const [a, d] = [rng.range(0, Math.PI * 2), Math.sqrt(rng.next())];
      const v = Math.round(70 + 185 * Math.sqrt(k) * (1 - d * 0.6));
      g.fillStyle = `rgb(${v}, ${v}, ${v})`;
      g.fillRect(cx + Math.cos(a) * d * rx, cy + Math.sin(a) * d * ry, 2.4, 2.4);
    }
  };
  for (let i = 0; i < 1400; i += 1) {
    g.fillStyle = 'rgba(120, 120, 120, 0.5)';
    g.fillRect(x + rng.range(0, size - 3), y + rng.range(0, size - 3), 2, 2);
  }
  if (scan.graft) {
    blob(x + size * 0.66, y + size * 0.6, size * 0.11, size * 0.17, scan.right, 2600);
    blob(x + size * 0.5, y + size * 0.86, size * 0.1, size * 0.06, 30, 900);
  } else {
    blob(x + size * 0.3, y + size * 0.42, size * 0.1, size * 0.17, scan.left, 2600);
    blob(x + size * 0.7, y + size * 0.42, size * 0.1, size * 0.17, scan.right, 2600);
  }
}

/** The renogram: counts against 0–20 min for each kidney (左 red, 右 blue), axis numbers printed (recorded). */
export function renogram(s: Sheet, x: number, y: number, w: number, h: number, scan: Renal, style: Style): void {
  const g = s.g;
  s.rect(x, y, w, h, 1.4);
  const curve = (gfr: number, tmax: number, slow: boolean) => (t: number): number => {
    const peak = 0.15 + Math.min(1, gfr / 40) * 0.8;
    if (t <= tmax) return peak * Math.sin((t / tmax) * (Math.PI / 2));
    return peak * (slow ? 1 - (t - tmax) * 0.004 : 0.35 + 0.65 * Math.exp(-(t - tmax) / 6));
  };
  const sides: [number, number, boolean, string][] = scan.graft ? [[scan.right, scan.tmax[1], false, '#1d4fb8']]
    : [[scan.left, scan.tmax[0], scan.half[0] === '>20', '#c0282d'], [scan.right, scan.tmax[1], scan.half[1] === '>20', '#1d4fb8']];
  for (const [gfr, tmax, slow, color] of sides) {
    const f = curve(gfr, tmax, slow);
    g.save();
    g.strokeStyle = color;
    g.lineWidth = 2.6;
    g.beginPath();
    for (let i = 0; i <= 200; i += 1) {
      const t = i / 10;
      const py = y + h - f(t) * (h - 20);
      if (i === 0) g.moveTo(x + (t / 20) * w, py);
      else g.lineTo(x + (t / 20) * w, py);
    }
    g.stroke();
    g.restore();
  }
  for (let t = 0; t <= 20; t += 5) s.put(x + (t / 20) * w, y + h + px(style.pt) * 1.2, String(t), { ...style, align: 'center' });
  s.put(x + w, y + h + px(style.pt) * 2.5, 'min', { ...style, align: 'right' });
  s.put(x + w - 14, y + px(style.pt) * 1.3, scan.graft ? '移植肾' : '左肾 — 红  右肾 — 蓝', { ...style, align: 'right' });
}

/**
 * The writing on the copy under a carbonless (NCR) top sheet: the pen's lines pressed through in violet-blue, a little spread
 * and uneven. Write on it like on the page (each line is recorded on the page), then `press` once.
 */
export class Carbon {
  private readonly pad = new Sheet();

  constructor(private readonly s: Sheet) {}

  /** A line written by hand at `points`, recorded on the page. Returns its width. */
  write(x: number, y: number, text: string, points: number, rng: Rng): number {
    const w = handwritten(this.pad, x, y, text, points, rng);
    this.s.record(x, y, text, x + w);
    return w;
  }

  /** Transfers the writing onto the page. */
  press(rng: Rng): void {
    const { width, height } = this.s;
    const src = this.pad.g.getImageData(0, 0, width, height);
    const out = this.s.g.getImageData(0, 0, width, height);
    const [r, gr, b] = [rng.int(60, 85), rng.int(50, 70), rng.int(135, 165)];
    const pressure = valueNoise(rng, 5);
    for (let i = 0; i < src.data.length; i += 4) {
      const dark = 255 - Math.min(src.data[i] ?? 255, src.data[i + 1] ?? 255, src.data[i + 2] ?? 255);
      if (dark < 8) continue;
      const at = i / 4;
      const a = Math.min(1, (dark / 255) * 1.25) * (0.6 + 0.4 * pressure((at % width) / width, Math.floor(at / width) / height));
      out.data[i] = Math.round((out.data[i] ?? 255) * (1 - a) + r * a);
      out.data[i + 1] = Math.round((out.data[i + 1] ?? 255) * (1 - a) + gr * a);
      out.data[i + 2] = Math.round((out.data[i + 2] ?? 255) * (1 - a) + b * a);
    }
    this.s.g.putImageData(out, 0, 0);
  }
}
