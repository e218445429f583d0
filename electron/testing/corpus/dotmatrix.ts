import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { cssFont, type Face } from './fonts';
import { valueNoise, type Rng } from './rng';
import type { Sheet } from './sheet';

const wide = (ch: string): boolean => /[^\x20-\x7e]/.test(ch);

/**
 * A 24-pin dot-matrix printer on multi-part paper: monospace text (a CJK character takes two
 * columns), drawn into a mask first, then sampled into round dots on a grid, with a fading ribbon,
 * missed pins and a small horizontal offset between print passes.
 */
export class DotMatrix {
  private readonly mask: SKRSContext2D;
  private readonly rows = new Set<number>();

  constructor(
    private readonly sheet: Sheet,
    private readonly x0: number,
    private readonly y0: number,
    /** Width of one column (half a CJK character), px. */
    readonly col: number,
    /** Distance between printed lines, px. */
    readonly lineH: number,
    private readonly face: Face = 'sansMedium',
  ) {
    this.mask = createCanvas(sheet.width, sheet.height).getContext('2d');
    this.mask.fillStyle = '#ffffff';
    this.mask.fillRect(0, 0, sheet.width, sheet.height);
  }

  /** Baseline of printed line `row`. */
  y(row: number): number {
    return this.y0 + row * this.lineH;
  }

  x(col: number): number {
    return this.x0 + col * this.col;
  }

  /** Columns the text takes. */
  static width(text: string): number {
    return [...text].reduce((n, ch) => n + (wide(ch) ? 2 : 1), 0);
  }

  /** Splits `text` into lines of at most `cols` columns. */
  static wrap(text: string, cols: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const ch of text) {
      if (DotMatrix.width(line + ch) > cols && !/[，。、；：）]/.test(ch)) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
    if (line !== '') lines.push(line);
    return lines;
  }

  /** Prints `text` from column `col` of line `row`; recorded as one cell. */
  text(col: number, row: number, text: string): void {
    const g = this.mask;
    const size = this.col * 2 * 0.92;
    g.font = cssFont(this.face, (size * 72) / 200);
    g.fillStyle = '#000000';
    g.textAlign = 'center';
    let c = col;
    for (const ch of text) {
      const w = wide(ch) ? 2 : 1;
      if (ch !== ' ') {
        if (w === 1) g.font = cssFont(this.face, (size * 0.95 * 72) / 200);
        g.fillText(ch, this.x(c) + (w * this.col) / 2, this.y(row));
        if (w === 1) g.font = cssFont(this.face, (size * 72) / 200);
      }
      c += w;
    }
    this.rows.add(row);
    this.sheet.record(this.x(col), this.y(row), text, this.x(c));
  }

  /** A row of dashes across `cols` columns (not text: a ruled line in the print). */
  rule(col: number, row: number, cols: number): void {
    const g = this.mask;
    g.fillStyle = '#000000';
    const y = this.y(row) - this.lineH * 0.3;
    for (let c = 0; c < cols; c += 1) g.fillRect(this.x(col + c) + 2, y, this.col - 4, 3);
  }

  /** Turns the mask into dots on the sheet (pixel work: a canvas path of 10⁵ circles is far too slow). */
  flush(rng: Rng, pitch = 2.6): void {
    const { width, height } = this.sheet;
    const mask = this.mask.getImageData(0, 0, width, height).data;
    const page = this.sheet.g.getImageData(0, 0, width, height);
    const out = page.data;
    const ribbon = valueNoise(rng, 5);
    const shift = new Map<number, number>();
    const r = pitch * 0.5;
    const ink = [24, 24, 40];
    for (let y = pitch / 2; y < height - 3; y += pitch) {
      const band = Math.floor((y - this.y0 + this.lineH * 0.8) / this.lineH);
      if (!shift.has(band)) shift.set(band, rng.range(-1.6, 1.6));
      const dx = shift.get(band) ?? 0;
      for (let x = pitch / 2; x < width - 3; x += pitch) {
        // A pin fires when any of the mask under its cell is inked: thin strokes still print.
        let v = 255;
        for (let yy = Math.floor(y - pitch * 0.3); yy < y + pitch * 0.3 && v > 100; yy += 1) {
          for (let xx = Math.floor(x - pitch * 0.3); xx < x + pitch * 0.3; xx += 1) v = Math.min(v, mask[(yy * width + xx) * 4] ?? 255);
        }
        if (v > 100 || rng.chance(0.02)) continue;
        const density = ribbon(x / width, y / height) * 0.6 + rng.range(0.1, 0.5);
        const alpha = density < 0.45 ? 0.55 : density < 0.7 ? 0.72 : 0.88;
        const cx = x + dx;
        for (let py = Math.floor(y - r - 1); py <= y + r + 1; py += 1) {
          for (let px = Math.floor(cx - r - 1); px <= cx + r + 1; px += 1) {
            const cover = Math.min(1, Math.max(0, r + 0.5 - Math.hypot(px + 0.5 - cx, py + 0.5 - y))) * alpha;
            if (cover <= 0 || px < 0 || px >= width) continue;
            const i = (py * width + px) * 4;
            for (let c = 0; c < 3; c += 1) out[i + c] = Math.round((out[i + c] ?? 255) * (1 - cover) + (ink[c] ?? 0) * cover);
          }
        }
      }
    }
    this.sheet.g.putImageData(page, 0, 0);
  }
}
