import type { Doc } from '../case';
import type { Hospital } from '../hospitals';
import { addDays } from '../dates';
import { remoteHistory } from '../diseases';
import type { Rng } from '../rng';
import type { Dx } from '../diseases';
import type { Sheet, Style } from '../sheet';
import { icd, px } from './common';

/** Pieces the newer layouts share: more numbering styles, IDs as printed, form fill-ins. */

export type Mark = '1.' | '1、' | '（1）' | '(1)' | '①' | '一、' | '1)';

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';
const HAN = '一二三四五六七八九十';

/** The number of item `i` (0-based) in the style `how`. */
export function mark(i: number, how: Mark): string {
  const n = i + 1;
  switch (how) {
    case '①': return CIRCLED[i] ?? `(${n})`;
    case '一、': return `${HAN[i] ?? n}、`;
    case '（1）': return `（${n}）`;
    case '(1)': return `(${n})`;
    default: return how.replace('1', String(n));
  }
}

/** `①2型糖尿病`, `二、高血压病3级`: numbering glued to the text. */
export const listed = (items: readonly Dx[], how: Mark): string[] => items.map((d, i) => `${mark(i, how)}${d.text}`);

/** A two-character name as HIS prints it to line up with three-character ones: 张伟 with a full-width or a plain space between. */
export const padName = (name: string, sep: string): string => ([...name].length === 2 ? [...name].join(sep) : name);

/** 371502 19580314 123X: the ID in groups (address, birth date, sequence). */
export const spacedId = (id: string): string => `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;

/** 371502********123X: the ID masked the way self-service printers and LIS reports print it. */
export const maskedId = (id: string): string => `${id.slice(0, 6)}********${id.slice(14)}`;

/** ICD-10 codes by what the diagnosis says (first match), for the diseases the corpus prints. */
const ICD_BY_TEXT: readonly [RegExp, string][] = [
  [/脑出血/, 'I61.900'], [/蛛网膜下腔出血/, 'I60.900'], [/1型糖尿病/, 'E10.900'], [/糖尿病肾病|糖尿病性肾病/, 'E11.201'],
  [/心肌梗死/, 'I25.200'], [/心绞痛/, 'I20.900'], [/乳腺/, 'C50.900'], [/胃癌/, 'C16.900'], [/结肠/, 'C18.900'], [/直肠/, 'C20.x00'],
  [/食管/, 'C15.900'], [/骨髓瘤/, 'C90.000'], [/淋巴瘤/, 'C83.300'], [/肝细胞癌/, 'C22.000'], [/宫颈/, 'C53.900'], [/胰腺/, 'C25.900'],
  [/骨肉瘤/, 'C41.900'], [/急性淋巴/, 'C91.000'], [/慢性淋巴/, 'C91.100'], [/慢性粒/, 'C92.100'], [/早幼粒/, 'C92.400'], [/M5/, 'C93.000'],
  [/肝移植/, 'Z94.400'], [/瓣膜/, 'Z95.200'], [/双相/, 'F31.900'], [/偏执/, 'F22.000'], [/分裂情感/, 'F25.900'], [/癫痫/, 'F06.800'],
  [/苯丙酮尿症/, 'E70.001'], [/脑性瘫痪|脑瘫/, 'G80.900'], [/孤独症/, 'F84.000'], [/智力障碍/, 'F71.900'],
  [/高脂血症/, 'E78.500'], [/慢性胃炎/, 'K29.500'], [/骨质疏松/, 'M81.900'], [/颈椎病/, 'M47.802'], [/脂肪肝/, 'K76.000'],
  [/腰椎间盘/, 'M51.202'], [/慢性支气管炎/, 'J42.x00'], [/前列腺增生/, 'N40.x00'], [/甲状腺结节/, 'E04.101'], [/胆囊结石/, 'K80.200'],
  [/肺部感染/, 'J18.900'], [/低蛋白血症/, 'E77.801'], [/再生障碍性贫血/, 'D61.900'], [/贫血/, 'D64.900'], [/高尿酸血症/, 'E79.001'],
  [/白内障/, 'H26.900'], [/帕金森/, 'G20.x00'], [/红斑狼疮/, 'M32.900'], [/乙型病毒性肝炎/, 'B18.100'], [/类风湿/, 'M06.900'],
  [/阻塞性肺疾病/, 'J44.900'], [/肝硬化/, 'K74.600'], [/肺动脉高压/, 'I27.000'], [/强直性脊柱炎/, 'M45.x00'], [/重症肌无力/, 'G70.000'],
];

/** The ICD-10 code printed beside a diagnosis. */
export const icdOf = (d: Dx, i: number): string => ICD_BY_TEXT.find(([re]) => re.test(d.text))?.[1] ?? icd(d, i);

/**
 * A pre-printed label with an underline, the value typed onto the line in another face (a form
 * filled in by a printer). Recorded as one cell, label and value. Returns the right edge.
 */
export function fillIn(s: Sheet, x: number, y: number, label: string, value: string, lineW: number, lab: Style, val: Style, ink = '#555'): number {
  const lw = s.put(x, y, label, lab, false);
  s.line(x + lw + 4, y + 10, x + lw + lineW, y + 10, 1.4, ink);
  const vw = s.put(x + lw + 16, y - 2, value, val, false);
  s.record(x, y, label + value, Math.max(x + lw + lineW, x + lw + 16 + vw));
  return x + lw + lineW;
}

/** A heading in a shaded band across the width (【出院诊断】-style section bars). */
export function band(s: Sheet, x: number, y: number, w: number, title: string, st: Style, shade: string): number {
  const h = px(st.pt) * 1.6;
  s.g.fillStyle = shade;
  s.g.fillRect(x, y - h * 0.75, w, h);
  s.put(x + 14, y, title, st);
  return y + h;
}

/** The hospital's address and switchboard line (digits that are neither IDs nor dates). */
export const addressLine = (doc: Doc): string => `地址：${doc.hospital.address}\u3000电话：${doc.hospital.phone}`;

/**
 * The 打印时间 date: the day the page was printed, never the day it records (a reprint comes later),
 * so a footer date is never a truth date.
 */
export function printedOn(doc: Doc): string {
  const main = doc.kind === 'discharge' ? doc.dates.discharge : doc.kind === 'report' ? doc.dates.report : doc.dates.visit;
  return doc.dates.print > main ? doc.dates.print : addDays(main, 1 + (doc.times.print % 7));
}

/** The document with its print date moved off the truth dates (for the shared footer). */
export const reprinted = (doc: Doc): Doc => ({ ...doc, dates: { ...doc.dates, print: printedOn(doc) } });

/** 既往史 with a past illness the final diagnoses leave out (有“冠心病”病史10年) and a denial that spares it. */
export function pastHistory(doc: Doc, rng: Rng): string {
  const past = remoteHistory(rng, doc.dx.keys);
  return `${doc.history.past}；${past ? `${past.remote}；${past.negated}` : doc.history.negated}`;
}

/** A 妇幼保健院 sees women and children: a man's page comes from one of `others` instead. */
export function forPatient(doc: Doc, rng: Rng, others: readonly Hospital[]): Doc {
  const mch = doc.hospital.name.includes('妇幼') && doc.patient.sex === '男' && doc.patient.age >= 14;
  return mch ? { ...doc, hospital: rng.pick(others) } : doc;
}
