import type { Doc } from '../case';
import { addDays, daysBetween, parts } from '../dates';
import type { Dx } from '../diseases';
import { handwritten } from '../marks';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';
import { px, st } from './common';
import { doubtful } from './tune2-kit';

/** Pieces the tune4 layouts share: pens on pre-printed blanks, names as header boxes print them, earlier visits. */

/** The name with a space between its characters, the way a header box spreads it: 王 秀 英, or 王 伟 with a full-width space. */
export const spreadName = (name: string, sep: string): string => [...name].join(sep);

/**
 * An upper bound on the width of `text` written by hand at `points` (the pen writes up to a quarter
 * larger than print and leans right), so a blank or a line is never too short for it.
 */
export const handWidth = (s: Sheet, text: string, points: number): number => s.measure(text, st('sans', points * 1.2)) + px(points) * 0.3;

const HAND_TOKENS = /(?:\d{4}[年.\-/]\d{1,2}[月.\-/]\d{1,2}日?|\d{17}[\dX]|\d+(?:[./:]\d+)*(?:[年月日号岁天次周]|mmHg|mmol\/L|kg|mg|g|%)?|[A-Za-z]+|.)[，。、；：）”]?/gu;

/** Lines written by hand across `width` px, never breaking a date or a number. Returns the next baseline. */
export function handLines(s: Sheet, x: number, y: number, width: number, text: string, points: number, rng: Rng, lh: number): number {
  let line = '';
  let cy = y;
  for (const t of text.match(HAND_TOKENS) ?? []) {
    // A line of many characters comes out close to its printed width (the pen's sizes even out).
    if (line !== '' && s.measure(line + t, st('sans', points * 1.02)) + px(points) * 0.4 > width) {
      handwritten(s, x, cy, line, points, rng);
      line = '';
      cy += lh;
    }
    line += t;
  }
  if (line !== '') handwritten(s, x, cy, line, points, rng);
  return cy + lh;
}

/** A blank in a pre-printed line, filled by hand: `w` is its least width (it grows to fit the writing). */
export type Blank = { readonly hand: string; readonly w?: number };

/**
 * A pre-printed line (兹证明＿＿＿同志，…) whose blanks are underlined and filled in ballpoint. The printed
 * words are recorded in `lab`, each filling as written. Returns the right edge.
 */
export function blanks(s: Sheet, x: number, y: number, items: readonly (string | Blank)[], lab: Style, points: number, rng: Rng,
  ink: string): number {
  let cx = x;
  for (const it of items) {
    if (typeof it === 'string') {
      cx += s.put(cx, y, it, lab);
      continue;
    }
    const need = handWidth(s, it.hand, points);
    const w = Math.max(it.w ?? 0, need + 24);
    s.line(cx + 4, y + 10, cx + w - 4, y + 10, 1.3, ink);
    if (it.hand !== '') handwritten(s, cx + (w - need) / 2, y - 5, it.hand, points, rng);
    cx += w;
  }
  return cx;
}

/** The year, month and day of `iso` as a hand writes them into 年 月 日 blanks (no zero padding). */
export function ymdBlanks(iso: string, yearW = 150, w = 80): (string | Blank)[] {
  const [y, m, d] = parts(iso);
  return [{ hand: String(y), w: yearW }, '年', { hand: String(m), w }, '月', { hand: String(d), w }, '日'];
}

/** `n` earlier visits, oldest first, the latest at least a week before `visit` (none of them the visit). */
export function earlierVisits(rng: Rng, visit: string, n: number): string[] {
  const out: string[] = [];
  let d = visit;
  for (let i = 0; i < n; i += 1) {
    d = addDays(d, -rng.int(i === 0 ? 7 : 25, i === 0 ? 40 : 120));
    out.unshift(d);
  }
  return out;
}

/**
 * The year the disease was first found (a bare year, never a full date): as many years before `on` as the
 * complaint says (发现血压升高10年); null when the complaint counts days or weeks (an acute illness).
 */
export function firstFound(doc: Doc, on: string): string | null {
  const years = /(\d+)年/u.exec(doc.complaint)?.[1];
  return years ? `${parts(on)[0] - Number(years)}年` : null;
}

/** `doc.dx.western` with, sometimes, a doubtful item at the end (printed, never counted). */
export function withDoubt(rng: Rng, doc: Doc, chance: number): Dx[] {
  return [...doc.dx.western, ...(rng.chance(chance) ? [doubtful(rng, doc)] : [])];
}

/** A thermal slip pasted onto the page: pale grey paper with a shadow along its lower and right edges (not text). */
export function pastedSlip(s: Sheet, x: number, y: number, w: number, h: number): void {
  const g = s.g;
  g.fillStyle = 'rgba(60, 60, 60, 0.18)';
  g.fillRect(x + 6, y + 6, w, h);
  g.fillStyle = '#f4f3ef';
  g.fillRect(x, y, w, h);
  s.rect(x, y, w, h, 1, '#b9b9b3');
}

/** A rounded panel with a light fill (cards of a patient-facing print). */
export function panel(s: Sheet, x: number, y: number, w: number, h: number, fill: string, edge: string): void {
  const g = s.g;
  g.beginPath();
  g.roundRect(x, y, w, h, 18);
  g.fillStyle = fill;
  g.fill();
  g.strokeStyle = edge;
  g.lineWidth = 1.5;
  g.stroke();
}

/** Comorbidities a child or a woman does not have (the generator draws them for anyone). */
const ADULT_ONLY = /前列腺|脂肪肝|骨质疏松|颈椎病|腰椎间盘|白内障|强直性脊柱炎|高尿酸|慢性支气管炎|肝硬化|帕金森/u;

/** The document without the comorbidities its patient could not have (前列腺增生 for a woman, 颈椎病 for a child). */
export function plausible(doc: Doc): Doc {
  const child = doc.patient.age < 14;
  const fits = (d: Dx): boolean => d.key !== null || !((child && ADULT_ONLY.test(d.text)) || (doc.patient.sex === '女' && /前列腺/u.test(d.text)));
  return { ...doc, dx: { ...doc.dx, western: doc.dx.western.filter(fits), admission: doc.dx.admission.filter(fits) } };
}

/** A certificate about a stay is issued within days of the discharge (a stay moved to the year end left it months away). */
export function issuedSoon(doc: Doc, rng: Rng): Doc {
  if (daysBetween(doc.dates.discharge, doc.dates.issue) <= 10) return doc;
  const issue = addDays(doc.dates.discharge, rng.int(0, 3));
  return { ...doc, dates: { ...doc.dates, issue, visit: issue, print: addDays(issue, rng.int(0, 20)) } };
}
