import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { Dx } from './diseases';
import { cssFont, type Face } from './fonts';
import type { Fields } from './types';

/** A4 at 200 dpi. */
export const A4 = { width: 1654, height: 2339 } as const;

export type Style = {
  readonly face: Face;
  readonly pt: number;
  readonly color?: string;
  readonly align?: 'left' | 'center' | 'right';
  /** Extra space between characters, px (titles are often letter-spaced: 出 院 记 录). */
  readonly spacing?: number;
};

export type Cell = { readonly text: string; readonly w: number; readonly label?: boolean; readonly align?: 'left' | 'center' };

type Printed = { x: number; y: number; right: number; text: string; block?: number };
type Facts = { -readonly [K in keyof Fields]: Fields[K] | null };
/** How far apart (px) the baselines of one printed row may lie. */
const ROW_SPAN = 8;

/**
 * A page being drawn: a white A4 canvas, plus what was printed where (for the reading-order text)
 * and what the page states (for the ground truth). Layouts draw only through it, or record what
 * they draw directly on `g`.
 */
export class Sheet {
  readonly canvas: Canvas;
  readonly g: SKRSContext2D;
  readonly width = A4.width;
  readonly height = A4.height;
  ink = '#161616';
  private readonly printed: Printed[] = [];
  private readonly facts: Facts = {
    name: null, idNumber: null, admissionDate: null, dischargeDate: null, visitDate: null, reportDate: null,
    diseaseKeys: [], diagnoses: [],
  };

  constructor(paper = '#ffffff') {
    this.canvas = createCanvas(this.width, this.height);
    this.g = this.canvas.getContext('2d');
    this.g.fillStyle = paper;
    this.g.fillRect(0, 0, this.width, this.height);
  }

  /** The page states these facts. */
  note(facts: Partial<Omit<Fields, 'diagnoses' | 'diseaseKeys'>>): void {
    Object.assign(this.facts, facts);
  }

  /** The page prints these as the final diagnoses. */
  diagnoses(items: readonly Dx[]): void {
    this.facts.diagnoses = [...new Set([...(this.facts.diagnoses ?? []), ...items.map((d) => d.text)])];
    const keys = new Set(this.facts.diseaseKeys ?? []);
    for (const d of items) if (d.key) keys.add(d.key);
    this.facts.diseaseKeys = [...keys];
  }

  fields(): Fields {
    const f = this.facts;
    if (!f.name) throw new Error('the layout printed no patient name');
    return { ...f, name: f.name, diseaseKeys: f.diseaseKeys ?? [], diagnoses: f.diagnoses ?? [] };
  }

  /** The box around all printed text (for checking that nothing runs off the page). */
  readonly extent = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };

  /** Records text at a baseline without drawing it (when a layout draws it some other way); `right` is its right edge. */
  record(x: number, y: number, text: string, right = x): void {
    if (text.trim() === '') return;
    this.printed.push({ x, y, right, text, ...(this.inBlock === undefined ? {} : { block: this.inBlock }) });
    const e = this.extent;
    [e.left, e.right, e.top, e.bottom] = [Math.min(e.left, x), Math.max(e.right, right), Math.min(e.top, y - 30), Math.max(e.bottom, y)];
  }

  /** Pairs of printed cells whose boxes overlap (a layout bug: text drawn over text). */
  overlaps(): [string, string][] {
    const out: [string, string][] = [];
    const p = this.printed;
    for (let i = 0; i < p.length; i += 1) {
      for (let j = i + 1; j < p.length; j += 1) {
        const a = p[i] as Printed;
        const b = p[j] as Printed;
        if (Math.abs(a.y - b.y) < 24 && a.x < b.right - 2 && b.x < a.right - 2) out.push([a.text, b.text]);
      }
    }
    return out;
  }

  private inBlock: number | undefined;
  private blocks = 0;

  /**
   * Draws a block a reader reads on its own (a sidebar beside the record's body): its text comes whole in the reading
   * order, where its first row stands, not interleaved row by row with the column beside it.
   */
  block(draw: () => void): void {
    this.inBlock = this.blocks;
    this.blocks += 1;
    try { draw(); } finally { this.inBlock = undefined; }
  }

  /**
   * The reading-order text: rows whose baselines lie within a few pixels, cells left to right; a block's rows together,
   * before the rows of the page that start level with or below its top.
   */
  text(): string {
    const rowsOf = (printed: readonly Printed[]): Printed[][] => {
      const rows: Printed[][] = [];
      for (const p of [...printed].sort((a, b) => a.y - b.y)) {
        const row = rows[rows.length - 1];
        if (row && Math.abs((row[0] as Printed).y - p.y) <= ROW_SPAN) row.push(p);
        else rows.push([p]);
      }
      return rows.map((r) => r.sort((a, b) => a.x - b.x));
    };
    const line = (r: readonly Printed[]) => r.map((p) => p.text.trim()).join('  ');
    const units = rowsOf(this.printed.filter((p) => p.block === undefined)).map((r) => ({ y: (r[0] as Printed).y, text: line(r) }));
    for (let b = 0; b < this.blocks; b += 1) {
      const rows = rowsOf(this.printed.filter((p) => p.block === b));
      // (a block sorts before a page row level with its first row, within the span of a row)
      if (rows.length > 0) units.push({ y: (rows[0]![0] as Printed).y - ROW_SPAN - 0.5, text: rows.map(line).join('\n') });
    }
    return units.sort((a, b) => a.y - b.y).map((u) => u.text).join('\n');
  }

  private use(s: Style): void {
    this.g.font = cssFont(s.face, s.pt);
    this.g.fillStyle = s.color ?? this.ink;
    this.g.textAlign = 'left';
    this.g.textBaseline = 'alphabetic';
  }

  measure(text: string, s: Style): number {
    this.use(s);
    return this.g.measureText(text).width + (s.spacing ?? 0) * Math.max(0, [...text].length - 1);
  }

  /** Draws text with its baseline at y, aligned on x; records it. Returns its width. */
  put(x: number, y: number, text: string, s: Style, record = true): number {
    const w = this.measure(text, s);
    const left = s.align === 'center' ? x - w / 2 : s.align === 'right' ? x - w : x;
    this.use(s);
    if (s.spacing) {
      let cx = left;
      for (const ch of text) {
        this.g.fillText(ch, cx, y);
        cx += this.g.measureText(ch).width + s.spacing;
      }
    } else this.g.fillText(text, left, y);
    if (record) this.record(left, y, text, left + w);
    return w;
  }

  /** `label` then `value` right after it (value possibly in another face), recorded as one cell. */
  pair(x: number, y: number, label: string, value: string, s: Style, v: Style = s): number {
    const lw = this.put(x, y, label, s, false);
    const vw = this.put(x + lw, y, value, v, false);
    this.record(x, y, label + value, x + lw + vw);
    return lw + vw;
  }

  line(x1: number, y1: number, x2: number, y2: number, width = 2, color = this.ink): void {
    this.g.strokeStyle = color;
    this.g.lineWidth = width;
    this.g.beginPath();
    this.g.moveTo(x1, y1);
    this.g.lineTo(x2, y2);
    this.g.stroke();
  }

  rect(x: number, y: number, w: number, h: number, width = 2, color = this.ink): void {
    this.g.strokeStyle = color;
    this.g.lineWidth = width;
    this.g.strokeRect(x, y, w, h);
  }

  /**
   * Wraps `text` into lines of at most `width` px, never inside a number or date, never starting a
   * line with closing punctuation. Draws and records each line; returns the next baseline.
   */
  para(x: number, y: number, width: number, text: string, s: Style, lineHeight: number, indent = 0): number {
    const tokens = text.match(/\d+(?:[.:/-]\d+)*(?:[年月日号岁天次]|mmHg|mmol\/L|cm|mm|%)?[，。、；：）」]?|[A-Za-z]+|.[，。、；：）」]?/gu) ?? [];
    let lineText = '';
    let lineX = x + indent;
    let cy = y;
    for (const t of tokens) {
      if (lineText !== '' && lineX - x + this.measure(lineText + t, s) > width) {
        this.put(lineX, cy, lineText, s);
        lineText = '';
        lineX = x;
        cy += lineHeight;
      }
      lineText += t;
    }
    if (lineText !== '') this.put(lineX, cy, lineText, s);
    return cy + lineHeight;
  }

  /**
   * A bordered table of rows of cells (widths in px). Label cells may be shaded. Text is centred
   * vertically; each row is one line of the reading-order text. Returns the bottom edge.
   */
  grid(
    x: number, y: number, rowH: number, rows: readonly (readonly Cell[])[], s: Style,
    opts: { shade?: string; label?: Style; border?: number } = {},
  ): number {
    const border = opts.border ?? 2;
    let cy = y;
    for (const row of rows) {
      let cx = x;
      for (const cell of row) {
        if (cell.label && opts.shade) {
          this.g.fillStyle = opts.shade;
          this.g.fillRect(cx, cy, cell.w, rowH);
        }
        this.rect(cx, cy, cell.w, rowH, border);
        const st = cell.label ? (opts.label ?? s) : s;
        const base = cy + rowH / 2 + ((st.pt * 200) / 72) * 0.36;
        const centred = cell.align === 'center' || (cell.align === undefined && cell.label);
        if (centred) this.put(cx + cell.w / 2, base, cell.text, { ...st, align: 'center' });
        else this.put(cx + 12, base, cell.text, st);
        cx += cell.w;
      }
      cy += rowH;
    }
    return cy;
  }
}
