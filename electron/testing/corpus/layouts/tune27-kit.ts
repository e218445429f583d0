import { barcode, handwritten, seal } from '../marks';
import { valueNoise, type Rng } from '../rng';
import type { Sheet, Style } from '../sheet';
import { px } from './common';

/**
 * Pieces the tune27 layouts share: what happens to paper between the printer and the desk — a ballpoint line through a wrong
 * printed date, a barcode label stuck over part of a header, the whole page turned into a carbon copy (faint, bluish, with a
 * second ghost impression where the sheet slipped), a 骑缝章 of which only the half on this page shows, a pen tick.
 */

/** Ballpoint colours. */
export const pen = (rng: Rng): string => rng.pick(['#1d2f80', '#20263a', '#17216b', '#2a3d94']);

/**
 * One or two ballpoint strokes through printed text at baseline `y` from `x` over `w` px, a little beyond both ends and
 * not quite level (a clerk crossing a date out); not text — the struck text stays recorded as printed.
 */
export function strike(s: Sheet, x: number, y: number, w: number, pt: number, ink: string, rng: Rng): void {
  const mid = y - px(pt) * 0.34;
  const n = rng.chance(0.6) ? 2 : 1;
  for (let i = 0; i < n; i += 1) {
    const off = n === 2 ? (i === 0 ? -5 : 5) : 0;
    const g = s.g;
    g.save();
    g.strokeStyle = ink;
    g.lineWidth = rng.range(2.6, 3.6);
    g.lineCap = 'round';
    g.beginPath();
    g.moveTo(x - rng.range(6, 14), mid + off + rng.range(-4, 4));
    g.quadraticCurveTo(x + w / 2, mid + off + rng.range(-7, 7), x + w + rng.range(6, 18), mid + off + rng.range(-6, 6));
    g.stroke();
    g.restore();
  }
}

/**
 * A correction: `text` (the true value) written by hand at `x`, then a small 更正 and the corrector's initial (surname) in
 * ballpoint after it, all recorded as written. Returns the right edge.
 */
export function corrected(s: Sheet, x: number, y: number, text: string, initial: string, points: number, rng: Rng): number {
  const w = handwritten(s, x, y, text, points, rng);
  const note = rng.pick(['更正', '更正', '改']);
  const nw = handwritten(s, x + w + px(points) * 0.6, y - 3, `${note}${initial}`, points * 0.72, rng);
  return x + w + px(points) * 0.6 + nw;
}

/** A ballpoint tick (✓) whose foot sits at (x, y), `h` px tall; not text. */
export function penTick(s: Sheet, x: number, y: number, h: number, ink: string, rng: Rng): void {
  const g = s.g;
  g.save();
  g.strokeStyle = ink;
  g.lineWidth = rng.range(2.8, 3.8);
  g.lineCap = 'round';
  g.lineJoin = 'round';
  g.beginPath();
  g.moveTo(x - h * 0.35, y - h * rng.range(0.35, 0.5));
  g.lineTo(x, y + rng.range(-3, 3));
  g.quadraticCurveTo(x + h * 0.3, y - h * 0.55, x + h * rng.range(0.7, 0.95), y - h * rng.range(0.95, 1.15));
  g.stroke();
  g.restore();
}

/**
 * A white thermal label (条码贴) stuck on at (x, y), w × h: it hides whatever was printed under it (the caller draws that
 * unrecorded), casts a faint edge, and carries a barcode of `digits` over its `lines` of small print (recorded). Its corners
 * are rounded, one often lifts a little.
 */
export function sticker(s: Sheet, x: number, y: number, w: number, h: number, digits: string, lines: readonly string[], f: Style,
  rng: Rng): void {
  const g = s.g;
  g.save();
  g.fillStyle = 'rgba(0, 0, 0, 0.10)';
  g.beginPath();
  g.roundRect(x + 4, y + 5, w, h, 14);
  g.fill();
  g.fillStyle = '#fdfdfb';
  g.beginPath();
  g.roundRect(x, y, w, h, 14);
  g.fill();
  g.strokeStyle = '#c9c9c4';
  g.lineWidth = 1.5;
  g.stroke();
  // Often a lifted corner: a grey fold at the top right.
  if (rng.chance(0.7)) {
    g.fillStyle = '#e4e4df';
    g.beginPath();
    g.moveTo(x + w - 30, y);
    g.lineTo(x + w, y + 30);
    g.lineTo(x + w - 22, y + 22);
    g.closePath();
    g.fill();
  }
  g.restore();
  const lh = px(f.pt) * 1.35;
  const bh = h - lh * lines.length - 34;
  barcode(s, x + 22, y + 16, digits, bh, 3);
  lines.forEach((l, i) => s.put(x + 22, y + 16 + bh + lh * (i + 1) - 4, l, f));
}

/**
 * The page as the carbon under the original left it: every mark turned a faint blue-black, patchy where the pressure was
 * light, with a second weaker impression `dx`, `dy` px off (the sheets slipped while printing), on a tinted copy sheet.
 * Call after everything printed is drawn and before anything stamped on the copy itself (seals, signatures).
 */
export function carbonCopy(s: Sheet, rng: Rng, paper: readonly [number, number, number]): void {
  const { width: w, height: h } = s;
  const img = s.g.getImageData(0, 0, w, h);
  const d = img.data;
  const dark = new Float32Array(w * h);
  for (let i = 0; i < w * h; i += 1) {
    const lum = 0.3 * (d[i * 4] ?? 255) + 0.59 * (d[i * 4 + 1] ?? 255) + 0.11 * (d[i * 4 + 2] ?? 255);
    dark[i] = Math.max(0, (250 - lum) / 250);
  }
  const dx = rng.int(3, 7) * (rng.chance(0.5) ? 1 : -1);
  const dy = rng.int(2, 5);
  const ghost = rng.range(0.25, 0.4);
  const blot = valueNoise(rng, 9);
  const ink: readonly [number, number, number] = rng.pick([[38, 44, 112], [52, 40, 96], [34, 36, 58]] as const);
  const grain = rng.range(0.55, 0.75);
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      const i = y * w + x;
      const sx = x - dx;
      const sy = y - dy;
      const echo = sx >= 0 && sy >= 0 && sx < w && sy < h ? (dark[sy * w + sx] ?? 0) * ghost : 0;
      const press = Math.min(1, Math.max(0.35, blot(x / w, y / h) * 0.7 + grain));
      const k = Math.min(1, Math.max(dark[i] ?? 0, echo) * press);
      for (let c = 0; c < 3; c += 1) d[i * 4 + c] = Math.round((paper[c] ?? 255) * (1 - k) + (ink[c] ?? 0) * k);
    }
  }
  s.g.putImageData(img, 0, 0);
}

/**
 * The half of a 骑缝章 on this page: a seal stamped across the edge where the pages overlapped, its centre `over` px beyond
 * the right edge (so a half or less shows). Not text.
 */
export function edgeSeal(s: Sheet, y: number, r: number, rim: string, purpose: string, rng: Rng, over = 0): void {
  seal(s, s.width + over, y, r, rim, purpose, rng);
}
