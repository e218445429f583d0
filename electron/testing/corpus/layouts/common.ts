import type { Doc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import type { Dx } from '../diseases';
import type { Face } from '../fonts';
import type { Sheet, Style } from '../sheet';

/** Pieces several layouts share: numbered diagnosis lists, footers, ICD codes. */

export const st = (face: Face, pt: number, extra: Partial<Style> = {}): Style => ({ face, pt, ...extra });

/** Pixel height of a face at `pt` points (for centring and line spacing). */
export const px = (pt: number): number => (pt * 200) / 72;

export type Numbering = '1.' | '1、' | '(1)' | '1. ' | '（1）';

/** `2.2型糖尿病`, `1、高血压病3级`: the number glued to the text the way hospitals print it. */
export function numbered(items: readonly Dx[], how: Numbering): string[] {
  return items.map((d, i) => {
    const n = i + 1;
    const mark = how === '(1)' ? `(${n})` : how === '（1）' ? `（${n}）` : how.replace('1', String(n));
    return `${mark}${d.text}`;
  });
}

/**
 * A labelled diagnosis list: one item per line under/after the label, or all on the label's line.
 * `final`: these are the page's final diagnoses (ground truth). Returns the next baseline.
 */
export function dxBlock(s: Sheet, x: number, y: number, label: string, items: readonly Dx[], o: {
  how: Numbering; style: Style; lineH: number; final: boolean; indent?: number;
  /** All on the label's line, wrapping at this width (px). */
  inline?: number;
}): number {
  if (o.final) s.diagnoses(items);
  const lines = numbered(items, o.how);
  if (o.inline) return s.para(x, y, o.inline, `${label}${lines.join('  ')}`, o.style, o.lineH);
  const lw = s.measure(label, o.style);
  s.put(x, y, label + (lines[0] ?? ''), o.style);
  lines.slice(1).forEach((l, i) => s.put(x + (o.indent ?? lw), y + (i + 1) * o.lineH, l, o.style));
  return y + lines.length * o.lineH;
}

/** `第1页 共1页` and `打印时间：…` along the bottom, over a thin rule. */
export function footer(s: Sheet, doc: Doc, o: {
  y: number; style: Style; page: string; print: DateStyle; rule?: boolean; x0?: number; x1?: number;
}): void {
  const x0 = o.x0 ?? 130;
  const x1 = o.x1 ?? s.width - 130;
  if (o.rule !== false) s.line(x0, o.y - px(o.style.pt) * 1.3, x1, o.y - px(o.style.pt) * 1.3, 1.5);
  s.put(x0, o.y, `打印时间：${formatDate(doc.dates.print, o.print, doc.times.print)}`, o.style);
  s.put((x0 + x1) / 2, o.y, o.page, { ...o.style, align: 'center' });
}

const ICD: Record<string, string> = {
  HYPERTENSION: 'I10.x00', DIABETES: 'E11.900', CORONARY_HEART_DISEASE: 'I25.103', CEREBROVASCULAR_DISEASE: 'I63.900',
  URAEMIA_DIALYSIS: 'N18.500', HEMOPHILIA: 'D66.x00', MALIGNANT_TUMOR_OUTPATIENT: 'C34.900', SEVERE_MENTAL_DISORDER: 'F20.900',
  LEUKEMIA: 'C92.000', POST_ARTERIAL_STENT_ANTICOAGULATION: 'Z95.501', TRANSPLANT_ANTI_REJECTION: 'Z94.000',
};
const OTHER_ICD = ['E78.500', 'K29.500', 'M81.900', 'M47.800', 'K76.000', 'J18.900'];

export const icd = (d: Dx, i: number): string => (d.key ? (ICD[d.key] ?? 'R69.x00') : (OTHER_ICD[i % OTHER_ICD.length] ?? 'R69.x00'));

/** The patient's sex and age, as most headers print them. */
export const sexAge = (doc: Doc): [string, string] => [doc.patient.sex, `${doc.patient.age}岁`];

/** Prose on admission: chief complaint, history with its negations and the family history. */
export function historyText(doc: Doc): string {
  return `患者因“${doc.complaint}”入院。既往史：${doc.history.past}；${doc.history.negated}。家族史：${doc.history.family}。`;
}

/** The discharge advice, numbered (numbers that are not diagnoses). */
export function advice(doc: Doc): string[] {
  return [
    '1.低盐低脂饮食，注意休息，避免劳累。',
    `2.继续口服：${doc.medicines.slice(0, 3).join('，')}。`,
    '3.定期复查血常规、肝肾功能，1个月后门诊复诊，不适随诊。',
  ];
}
