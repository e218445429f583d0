import { describe, expect, it } from 'vitest';
import { mendFaxLines } from './fax-lines';
import type { GreyImage } from './grey-image';

/**
 * A fax's scan-line faults (a dirty line across the page, a dropped line, a streak down it) are taken
 * out before the page is read; print, rules and gaps between lines are left as they are.
 */
const [W, H] = [1000, 600];
const LINES = [100, 160, 220, 280, 340, 400];
const GLYPH_H = 24;

/** Text-like ink inside the margins: glyphs of a top bar and two or three upright strokes each. */
function page(): GreyImage {
  const data = new Uint8Array(W * H).fill(255);
  let seed = 7;
  const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  for (const top of LINES) {
    for (let x0 = 80; x0 + 20 < W - 80; x0 += 24) {
      for (let x = x0; x < x0 + 20; x += 1) for (let y = top; y < top + 3; y += 1) data[y * W + x] = 0;
      for (let s = 0; s < 2 + rnd(2); s += 1) {
        const x = x0 + rnd(17);
        for (let y = top; y < top + GLYPH_H; y += 1) for (let dx = 0; dx < 3; dx += 1) data[y * W + x + dx] = 0;
      }
    }
  }
  return { width: W, height: H, data };
}

const copy = (img: GreyImage): GreyImage => ({ ...img, data: Uint8Array.from(img.data) });
const rows = (img: GreyImage, from: number, to: number) => img.data.slice(from * W, to * W);
const differing = (a: GreyImage, b: GreyImage) => a.data.reduce((n, v, i) => n + (v === b.data[i] ? 0 : 1), 0);

describe('a fax page mended of its scan-line faults', () => {
  it('a dirty line across the page (through the margins and a line of print) is taken out, the strokes it crossed kept', () => {
    const clean = page();
    const faxed = copy(clean);
    let seed = 3;
    for (let y = 110; y < 114; y += 1) {
      for (let x = 0; x < W; x += 1) if ((seed = (seed * 69069 + 1) % 4294967296) % 100 < 55) faxed.data[y * W + x] = 0;
    }
    const mended = mendFaxLines(faxed);
    expect(rows(mended, 110, 114)).toEqual(rows(clean, 110, 114));
  });

  it('a line the fax dropped (white across a line of print) is filled where the strokes run through it', () => {
    const clean = page();
    const faxed = copy(clean);
    faxed.data.fill(255, 170 * W, 173 * W);
    expect(differing(mendFaxLines(faxed), clean)).toBe(0);
  });

  it('a streak down the whole page is taken out, the print it crossed kept', () => {
    const clean = page();
    const faxed = copy(clean);
    for (let y = 0; y < H; y += 1) if (y % 13 !== 0) faxed.data[y * W + 500] = faxed.data[y * W + 501] = 0;
    const mended = mendFaxLines(faxed);
    const inBand = (i: number) => i % W === 500 || i % W === 501;
    expect(mended.data.filter((v, i) => !inBand(i) && v !== clean.data[i]).length).toBe(0);
    // in its two columns: a top bar that ran through the streak is whole again, and the rest mostly white as it was
    expect(mended.data[100 * W + 500]).toBe(clean.data[100 * W + 500]);
    expect(mended.data.filter((v, i) => inBand(i) && v !== clean.data[i]).length).toBeLessThan(0.05 * 2 * H);
  });

  it('print, a table rule inside the margins and two lines set close together are left alone', () => {
    const clean = page();
    // a rule across the table (not into the margins), a frame line down the text block's side
    clean.data.fill(0, 440 * W + 80, 440 * W + W - 80);
    clean.data.fill(0, 441 * W + 80, 441 * W + W - 80);
    for (let y = 90; y < 450; y += 1) clean.data[y * W + 70] = 0;
    // a line of print 2 px under the one above it: its top bars face the upright strokes' feet
    for (let y = 126; y < 129; y += 1) clean.data.fill(0, y * W + 80, y * W + 600);
    expect(differing(mendFaxLines(clean), clean)).toBe(0);
  });
});
