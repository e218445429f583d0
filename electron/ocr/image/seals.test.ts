import { describe, expect, it } from 'vitest';
import { findSeals, greyWithoutSeals, type RgbImage } from './seals';

const W = 600;
const H = 800;

/** A white page; `paint` colours the pixels it returns true for. */
function page(paint: (x: number, y: number) => readonly [number, number, number] | null): RgbImage {
  const data = new Uint8Array(W * H * 3).fill(255);
  for (let y = 0; y < H; y += 1) {
    for (let x = 0; x < W; x += 1) {
      const c = paint(x, y);
      if (c) data.set(c, (y * W + x) * 3);
    }
  }
  return { width: W, height: H, channels: 3, data };
}

const RED = [215, 60, 70] as const;
const BLACK = [20, 20, 20] as const;
const ring = (x: number, y: number) => Math.abs(Math.hypot(x - 300, y - 500) - 70) < 4;
const textBar = (x: number, y: number) => y >= 495 && y < 505 && x >= 150 && x < 450;
const redHeader = (x: number, y: number) => y >= 40 && y < 60 && x >= 100 && x < 500;

describe('red seals over the print (the date of issue under the 诊断证明专用章)', () => {
  it('finds a round red stamp and fades it, keeping the black print under it dark', () => {
    const img = page((x, y) => (textBar(x, y) ? BLACK : ring(x, y) ? RED : null));
    const seals = findSeals(img);
    expect(seals).toHaveLength(1);
    const [s] = seals;
    expect(s!.x0).toBeLessThanOrEqual(230);
    expect(s!.x1).toBeGreaterThanOrEqual(370);
    const { grey } = greyWithoutSeals(img);
    expect(grey[(500 - 70) * W + 300]).toBeGreaterThan(200); // the ring, nearly paper
    expect(grey[500 * W + 300]).toBeLessThan(40); // the print it crossed
  });

  it('leaves a red printed letterhead alone: long and flat is a line of print, not a seal', () => {
    const img = page((x, y) => (redHeader(x, y) ? RED : null));
    expect(findSeals(img)).toEqual([]);
    expect(greyWithoutSeals(img).grey[50 * W + 300]).toBeLessThan(130);
  });

  it('finds nothing on a page without red', () => {
    expect(findSeals(page((x, y) => (textBar(x, y) ? BLACK : null)))).toEqual([]);
  });
});
