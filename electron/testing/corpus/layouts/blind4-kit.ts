import type { Doc } from '../case';
import { addDays, ageOn, parts } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import type { Hospital } from '../hospitals';
import { handwritten } from '../marks';
import { idNumberIn, personName, type Sex } from '../people';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';
import { px, st } from './common';

/** Pieces the blind4 layouts share: hospitals of other provinces with their counties, prose that keeps facts whole, pens, paper. */

type Site = { readonly hospital: Hospital; readonly region: string };
const site = (name: string, address: string, phone: string, region: string): Site => ({ hospital: { name, address, phone }, region });

const COUNTY_SITES: readonly Site[] = [
  site('岳池县人民医院', '四川省广安市岳池县九龙街道建设路56号', '0826-5222315', '511621'),
  site('滑县人民医院', '河南省安阳市滑县道口镇文明路88号', '0372-8122046', '410526'),
  site('涟水县人民医院', '江苏省淮安市涟水县安东北路6号', '0517-82321166', '320826'),
  site('耒阳市人民医院', '湖南省耒阳市五一西路113号', '0734-4321877', '430481'),
  site('庄浪县人民医院', '甘肃省平凉市庄浪县水洛镇紫荆街9号', '0933-6621034', '620825'),
  site('鄱阳县人民医院', '江西省上饶市鄱阳县鄱阳镇芝山路145号', '0793-6221410', '361128'),
  site('曲周县医院', '河北省邯郸市曲周县曲周镇府前街22号', '0310-8821260', '130435'),
  site('五常市人民医院', '黑龙江省五常市五常镇胜利街3号', '0451-53521522', '230184'),
];
const TCM_SITES: readonly Site[] = [
  site('岳池县中医医院', '四川省广安市岳池县九龙街道西城路18号', '0826-5218320', '511621'),
  site('滑县中医院', '河南省安阳市滑县道口镇新区人民路36号', '0372-8133621', '410526'),
  site('丰城市中医院', '江西省宜春市丰城市剑邑大道101号', '0795-6412230', '360981'),
  site('灌云县中医院', '江苏省连云港市灌云县伊山镇胜利中路51号', '0518-88812351', '320723'),
  site('宁乡市中医医院', '湖南省长沙市宁乡市玉潭街道一环北路28号', '0731-87842616', '430182'),
  site('榆树市中医院', '吉林省长春市榆树市华昌街道培英路77号', '0431-83622014', '220182'),
];
const CITY_SITES: readonly Site[] = [
  site('南充市中心医院', '四川省南充市顺庆区人民南路97号', '0817-2258711', '511302'),
  site('商丘市第一人民医院', '河南省商丘市睢阳区凯旋南路292号', '0370-3255500', '411403'),
  site('赣州市人民医院', '江西省赣州市章贡区梅关大道16号', '0797-5889012', '360702'),
  site('邢台市人民医院', '河北省邢台市襄都区红星街16号', '0319-2286006', '130502'),
  site('淮安市第二人民医院', '江苏省淮安市淮阴区淮海东路62号', '0517-80871261', '320804'),
];
const PRIVATE_SITES: readonly Site[] = [
  site('涟水仁和医院', '江苏省淮安市涟水县红日大道188号', '0517-82088120', '320826'),
  site('耒阳博爱医院', '湖南省耒阳市蔡伦大道西段266号', '0734-4388999', '430481'),
  site('鄱阳济民医院', '江西省上饶市鄱阳县饶州大道9号', '0793-6336120', '361128'),
  site('曲周仁爱医院', '河北省邯郸市曲周县迎宾大街西段16号', '0310-8919120', '130435'),
  site('南充协和医院', '四川省南充市顺庆区延安路222号', '0817-2676120', '511302'),
];
const MCH_SITES: readonly Site[] = [
  site('南充市妇幼保健院', '四川省南充市顺庆区北湖路66号', '0817-2221006', '511302'),
  site('商丘市妇幼保健院', '河南省商丘市梁园区民主路188号', '0370-2283021', '411402'),
  site('滑县妇幼保健院', '河南省安阳市滑县道口镇大功路12号', '0372-8196107', '410526'),
  site('耒阳市妇幼保健院', '湖南省耒阳市金南路2号', '0734-4351231', '430481'),
];
const TOWNSHIP_SITES: readonly Site[] = [
  site('岳池县罗渡镇中心卫生院', '四川省广安市岳池县罗渡镇正街', '0826-5681021', '511621'),
  site('滑县八里营镇卫生院', '河南省安阳市滑县八里营镇政府路', '0372-8651120', '410526'),
  site('庄浪县南湖镇卫生院', '甘肃省平凉市庄浪县南湖镇驻地', '0933-6701023', '620825'),
  site('鄱阳县田畈街镇卫生院', '江西省上饶市鄱阳县田畈街镇新街', '0793-6561103', '361128'),
  site('曲周县槐桥乡卫生院', '河北省邯郸市曲周县槐桥乡驻地', '0310-8761026', '130435'),
  site('涟水县高沟镇中心卫生院', '江苏省淮安市涟水县高沟镇人民路', '0517-82551120', '320826'),
];
const ALL_SITES = [...COUNTY_SITES, ...TCM_SITES, ...CITY_SITES, ...PRIVATE_SITES, ...MCH_SITES, ...TOWNSHIP_SITES];
const hospitals = (sites: readonly Site[]): readonly Hospital[] => sites.map((x) => x.hospital);

export const COUNTY4 = hospitals(COUNTY_SITES);
export const TCM4 = hospitals(TCM_SITES);
export const CITY4 = hospitals(CITY_SITES);
export const PRIVATE4 = hospitals(PRIVATE_SITES);
export const MCH4 = hospitals(MCH_SITES);
export const TOWNSHIP4 = hospitals(TOWNSHIP_SITES);

/** The patient lives where the hospital stands: the ID's address code is the hospital's county (Shandong's stay as they are). */
export function local(doc: Doc, rng: Rng): Doc {
  const found = ALL_SITES.find((x) => x.hospital.name === doc.hospital.name);
  if (!found) return doc;
  const p = doc.patient;
  return { ...doc, patient: { ...p, idNumber: idNumberIn(rng, p.birth, p.sex, [found.region]) } };
}

/** The county part of the hospital's address (省 left off): 广安市岳池县, 安阳市滑县, 长沙市宁乡市. */
export function countyOf(doc: Doc): string {
  const rest = doc.hospital.address.replace(/^.*?(?:省|自治区)/u, '');
  return /^(.*?[县区])/u.exec(rest)?.[1] ?? /^(.*市)/u.exec(rest.replace(/[^市]*$/u, ''))?.[1] ?? rest.slice(0, 4);
}

/** A village or street address in the hospital's county. */
export function homeOf(doc: Doc, rng: Rng): string {
  const place = rng.pick(['城关镇西街村', '新华街道胜利社区', '河口乡王湾村', '东关街道', '双庙镇刘庄村', '北城街道育才路']);
  return `${countyOf(doc)}${place}${rng.int(1, 99)}号`;
}

const CHILD_ONLY = /前列腺|脂肪肝|骨质疏松|颈椎病|腰椎间盘|白内障|高尿酸|慢性支气管炎|高脂血症|慢性胃炎|胆囊结石|甲状腺结节/u;

/** The document without comorbidities its patient could not have (前列腺增生 for a woman, 颈椎病 for a child). */
export function fit(doc: Doc): Doc {
  const child = doc.patient.age < 14;
  const ok = (d: Dx): boolean => d.key !== null || !((child && CHILD_ONLY.test(d.text)) || (doc.patient.sex === '女' && /前列腺/u.test(d.text)));
  return { ...doc, dx: { ...doc.dx, western: doc.dx.western.filter(ok), admission: doc.dx.admission.filter(ok) } };
}

/** The document with a child of `ages` as the patient on `on` (a new name, birth date and ID of the hospital's county). */
export function childOf(doc: Doc, rng: Rng, on: string, ages: readonly [number, number]): Doc {
  const sex: Sex = rng.chance(0.5) ? '男' : '女';
  const birth = addDays(on, -Math.round(rng.range(ages[0], ages[1] + 0.95) * 365.25));
  const taken = Object.values(doc.doctors);
  let name = personName(rng, sex, 0.05);
  while (taken.includes(name)) name = personName(rng, sex, 0.05);
  const patient = { name, sex, birth, idNumber: '', age: ageOn(birth, on) };
  return fit(local({ ...doc, patient: { ...patient, idNumber: idNumberIn(rng, birth, sex, ['371502']) } }, rng));
}

/** 6岁3月 (or 6岁3个月): a child's age in years and months on `on`. */
export function ageYm(birth: string, on: string, long = false): string {
  const [by, bm, bd] = parts(birth);
  const [y, m, d] = parts(on);
  let months = (y - by) * 12 + (m - bm) - (d < bd ? 1 : 0);
  if (months < 0) months = 0;
  const yy = Math.floor(months / 12);
  const mm = months % 12;
  return mm === 0 ? `${yy}岁` : `${yy}岁${mm}${long ? '个月' : '月'}`;
}

/** A day after the document's own date, never one of its truth dates (a reprint, a footer). */
export function printDay(doc: Doc, rng: Rng): string {
  const main = doc.kind === 'discharge' ? doc.dates.discharge : doc.kind === 'report' ? doc.dates.report : doc.dates.issue;
  return addDays(main, rng.int(1, 12));
}

/** 20250304 (the compact form some HIS headers print), 2025-3-4 (unpadded), or formatDate's. */
export const compact = (iso: string): string => iso.replace(/-/g, '');
export const unpadded = (iso: string, sep = '-'): string => parts(iso).join(sep);

const FACT = String.raw`\d{4}年\d{1,2}月\d{1,2}日(?:\d{1,2}时(?:\d{1,2}分)?)?|\d{4}[-./]\d{1,2}[-./]\d{1,2}(?: \d{2}:\d{2})?|\d{17}[\dX]`;
const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` in lines of at most `width` px (the first `indent` shorter), never breaking a date, an ID, a number or one of `keep`. */
export function wrap(s: Sheet, text: string, width: number, style: Style, keep: readonly string[] = [], indent = 0): string[] {
  const kept = keep.filter((k) => k !== '').sort((a, b) => b.length - a.length).map(esc);
  const number = String.raw`\d+(?:[.:/-]\d+)*(?:[年月日号岁天次周]|mmHg|mmol/L|mm|cm|kg|g|%|℃)?`;
  const re = new RegExp(`(?:${[...kept, FACT].join('|')}|${number}|[A-Za-z]+|.)[，。、；：）”]?`, 'gu');
  const lines: string[] = [];
  let line = '';
  let room = width - indent;
  for (const t of text.match(re) ?? []) {
    for (const piece of s.measure(t, style) > width ? [...t] : [t]) {
      if (line !== '' && s.measure(line + piece, style) > room) {
        lines.push(line);
        line = '';
        room = width;
      }
      line += piece;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** `wrap`'s lines drawn from baseline `y`, `lh` apart; returns the baseline after the last. */
export function prose(s: Sheet, x: number, y: number, width: number, text: string, style: Style, lh: number,
  o: { keep?: readonly string[]; indent?: number } = {}): number {
  const lines = wrap(s, text, width, style, o.keep ?? [], o.indent ?? 0);
  lines.forEach((t, i) => s.put(x + (i === 0 ? o.indent ?? 0 : 0), y + i * lh, t, style));
  return y + lines.length * lh;
}

/** What a pen writes is at most this wide (a hand writes up to a quarter larger than print and leans). */
export const penWidth = (s: Sheet, text: string, points: number): number => s.measure(text, st('sans', points * 1.22)) + px(points) * 0.4;

/** Text written by hand across `width` px in lines `lh` apart, never breaking a date or number. Returns the next baseline. */
export function pen(s: Sheet, x: number, y: number, width: number, text: string, points: number, rng: Rng, lh: number,
  keep: readonly string[] = []): number {
  const lines = wrap(s, text, width - px(points) * 0.6, st('sans', points * 1.1), keep);
  lines.forEach((t, i) => handwritten(s, x, y + i * lh, t, points, rng));
  return y + lines.length * lh;
}

/** A dashed line (a perforation or a cut line; not text). */
export function dashed(s: Sheet, x0: number, y0: number, x1: number, y1: number, dash: number, color: string, width = 1.6): void {
  const g = s.g;
  g.save();
  g.setLineDash([dash, dash * 0.8]);
  s.line(x0, y0, x1, y1, width, color);
  g.restore();
}

/**
 * A linear-probe B-mode image of a neck artery (speckle in wavy tissue layers, a dark lumen between two bright walls,
 * a plaque on the far wall, or colour flow in a steering box), with the depth ticks at the right edge (not text).
 */
export function sonogram(s: Sheet, x: number, y: number, w: number, h: number, rng: Rng, o: { plaque: boolean; colour: boolean }): void {
  const g = s.g;
  g.fillStyle = '#060606';
  g.fillRect(x, y, w, h);
  const img = g.getImageData(x, y, w, h);
  const d = img.data;
  const [l, r, t, bt] = [Math.round(w * 0.08), Math.round(w * 0.9), Math.round(h * 0.05), Math.round(h * 0.95)];
  const cell = 3;
  const cols = Math.ceil(w / cell) + 1;
  const speckle = Array.from({ length: cols * (Math.ceil(h / cell) + 1) }, () => rng.next());
  const lumen = h * rng.range(0.45, 0.55);
  const half = h * rng.range(0.075, 0.1);
  const tilt = rng.range(-0.04, 0.04);
  const phase = rng.range(0, 6.3);
  const spot = o.plaque ? rng.range(0.35, 0.65) * w : -1;
  const box = [w * rng.range(0.25, 0.35), w * rng.range(0.62, 0.72)] as const;
  for (let j = t; j < bt; j += 1) {
    for (let i = l; i < r; i += 1) {
      const centre = lumen + (i - w / 2) * tilt + 6 * Math.sin(i / 90 + phase);
      const depth = (j - t) / (bt - t);
      const layer = 0.55 + 0.45 * Math.sin((j + 14 * Math.sin(i / 70 + phase)) / 11);
      let v = 120 * (1 - depth * 0.5) * layer * (0.25 + (speckle[Math.floor(j / cell) * cols + Math.floor(i / cell)] ?? 0.5) * 0.95);
      const dist = Math.abs(j - centre);
      const k = (j * w + i) * 4;
      let [red, green, blue] = [v, v, v];
      if (dist < half) {
        v *= 0.1;
        [red, green, blue] = [v, v, v];
        if (o.colour && i > box[0] && i < box[1]) {
          const speed = 1 - (dist / half) ** 2;
          [red, green, blue] = [120 + 130 * speed, 20 + 150 * speed ** 3, 20];
        }
      } else if (dist < half + 6) [red, green, blue] = Array(3).fill(185 + rng.next() * 60) as [number, number, number];
      const across = spot > 0 ? 1 - ((i - spot) / (w * 0.08)) ** 2 : -1;
      if (across > 0 && j > centre + half - 24 * Math.sqrt(across) && j < centre + half) {
        [red, green, blue] = Array(3).fill(140 + rng.next() * 80) as [number, number, number];
      }
      d[k] = Math.min(255, Math.round(red));
      d[k + 1] = Math.min(255, Math.round(green));
      d[k + 2] = Math.min(255, Math.round(blue));
    }
  }
  g.putImageData(img, x, y);
  if (o.colour) s.rect(x + box[0], y + t + 4, box[1] - box[0], bt - t - 8, 1.5, '#d8d8d8');
  for (let j = t; j < bt; j += 40) s.line(x + r + 8, y + j, x + r + (j % 200 < 40 ? 22 : 14), y + j, 1.5, '#e0e0e0');
}

/** Paper a little off-white (a booklet's, a pad's), over the whole page or a band of it (not text). */
export function paper(s: Sheet, color: string, x = 0, y = 0, w: number = s.width, h: number = s.height): void {
  s.g.fillStyle = color;
  s.g.fillRect(x, y, w, h);
}

/** The TCM tongue and pulse a county TCM record prints in its examination (numbers none, dates none). */
export function tongue(rng: Rng): string {
  return `舌${rng.pick(['淡红', '暗红', '红', '淡暗'])}，苔${rng.pick(['薄白', '白腻', '黄腻', '薄黄'])}，脉${rng.pick(['弦细', '沉细', '弦滑', '细涩'])}`;
}

/** Catalogue keys a children's clinic sees. */
export const CHILD_KEYS: readonly DiseaseKey[] = ['PHENYLKETONURIA', 'CHILD_DISABILITY_REHAB', 'CHILD_DISABILITY_REHAB', 'HEMOPHILIA',
  'LEUKEMIA'];

/** The chronic diseases a county or township clinic follows. */
export const CHRONIC: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'SEVERE_MENTAL_DISORDER', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'URAEMIA_DIALYSIS'];

/**
 * The complaint, procedure, ward, admission diagnosis and medicines of a tumour that is not the lung's (the generator's
 * are a lung cancer's): a patient back for a cycle of chemotherapy.
 */
export function tumourAgrees(doc: Doc, rng: Rng): Doc {
  const t = doc.dx.western.find((d) => d.key === 'MALIGNANT_TUMOR_OUTPATIENT');
  if (!t || /肺/u.test(t.text)) return doc;
  const name = t.text.replace(/术后|化疗|（.*?）/gu, '');
  const admission = doc.dx.admission.map((d) => (d.text === '肺占位性病变' ? { ...d, text: name } : d));
  const medicines = rng.sample(['注射用奥沙利铂 150mg d1', '卡培他滨片 1.5g bid', '盐酸昂丹司琼片 8mg bid', '注射用紫杉醇 240mg d1'], 2);
  return { ...doc, complaint: `${name}确诊${rng.int(2, 14)}月，为行第${rng.int(2, 6)}周期化疗入院`, procedure: 'PICC置管术',
    department: '肿瘤内科', dx: { ...doc.dx, admission }, medicines };
}

type TcmName = { readonly names: readonly string[]; readonly patterns: readonly string[]; readonly counts: boolean };
const TCM_NAMES: Partial<Record<DiseaseKey, TcmName>> = {
  DIABETES: { names: ['消渴病'], patterns: ['气阴两虚证', '阴虚热盛证', '痰瘀互结证'], counts: true },
  CEREBROVASCULAR_DISEASE: { names: ['中风病', '中风病-中经络'], patterns: ['风痰阻络证', '气虚血瘀证', '肝阳暴亢证'], counts: true },
  HYPERTENSION: { names: ['眩晕病'], patterns: ['肝阳上亢证', '痰湿中阻证', '肝肾阴虚证'], counts: false },
  CORONARY_HEART_DISEASE: { names: ['胸痹心痛病'], patterns: ['气虚血瘀证', '心血瘀阻证', '痰浊闭阻证'], counts: false },
  POST_ARTERIAL_STENT_ANTICOAGULATION: { names: ['胸痹心痛病'], patterns: ['气虚血瘀证', '气阴两虚证'], counts: false },
};

/** TCM diagnoses (病名 with 证) of the document's diseases; only 消渴病 and 中风病 name a catalogue disease. */
export function tcmOf(doc: Doc, rng: Rng): Dx[] {
  const out: Dx[] = [];
  const join = rng.pick(['（）', ' ', '\u3000'] as const);
  for (const k of doc.dx.keys) {
    const t = TCM_NAMES[k];
    if (!t) continue;
    const name = rng.pick(t.names);
    if (out.some((d) => d.text.startsWith(name))) continue;
    const pattern = rng.pick(t.patterns);
    out.push({ text: join === '（）' ? `${name}（${pattern}）` : `${name}${join}${pattern}`, key: t.counts ? k : null });
  }
  return out.length > 0 ? out : [{ text: '不寐病（心脾两虚证）', key: null }];
}
