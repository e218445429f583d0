import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { cssFont, type Face } from './fonts';
import { valueNoise, type Rng } from './rng';
import type { Sheet, Style } from './sheet';
/** Seals, barcodes, logos and boxed digits: the marks that make a page look like a hospital's. */

function star(g: SKRSContext2D, cx: number, cy: number, r: number): void {
  g.beginPath();
  for (let i = 0; i < 10; i += 1) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? r : r * 0.382;
    if (i === 0) g.moveTo(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
    else g.lineTo(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
  }
  g.closePath();
  g.fill();
}

/**
 * A round red seal: the hospital's name around the upper rim, a star, the seal's purpose below.
 * Stamped at a slant with uneven ink and multiplied onto the page, so the text under it still
 * shows (the seal is not text: it is not recorded).
 */
export function seal(s: Sheet, cx: number, cy: number, r: number, rim: string, purpose: string, rng: Rng): void {
  const size = Math.ceil(2 * r + 24);
  const c = createCanvas(size, size);
  const g = c.getContext('2d');
  const m = size / 2;
  g.translate(m, m);
  g.rotate(rng.range(-0.45, 0.45));
  const red = `rgb(${rng.int(200, 228)}, ${rng.int(20, 50)}, ${rng.int(30, 55)})`;
  g.strokeStyle = red;
  g.fillStyle = red;
  g.lineWidth = r * 0.065;
  g.beginPath();
  g.arc(0, 0, r - g.lineWidth / 2, 0, Math.PI * 2);
  g.stroke();
  const chars = [...rim];
  const span = Math.min(Math.PI * 1.45, chars.length * 0.3);
  const face: Face = rng.chance(0.5) ? 'serifBold' : 'sansBold';
  g.font = cssFont(face, (r * 0.24 * 72) / 200);
  g.textAlign = 'center';
  g.textBaseline = 'alphabetic';
  chars.forEach((ch, i) => {
    const a = -Math.PI / 2 - span / 2 + (span * (i + 0.5)) / chars.length;
    g.save();
    g.rotate(a + Math.PI / 2);
    g.fillText(ch, 0, -r * 0.7);
    g.restore();
  });
  star(g, 0, 0, r * 0.27);
  g.font = cssFont(face, (r * 0.15 * 72) / 200);
  g.fillText(purpose, 0, r * 0.58);
  // Uneven ink: thin patches, voids, a heavier side where the stamp was pressed harder.
  g.resetTransform();
  const img = g.getImageData(0, 0, size, size);
  const blot = valueNoise(rng, 7);
  const press = rng.range(0, Math.PI * 2);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const i = (y * size + x) * 4 + 3;
      const a = img.data[i] ?? 0;
      if (a === 0) continue;
      const side = 0.75 + 0.25 * Math.cos(Math.atan2(y - m, x - m) - press);
      const k = Math.max(0, Math.min(1, blot(x / size, y / size) * 0.8 + 0.45)) * side * (rng.chance(0.06) ? 0.2 : 1);
      img.data[i] = Math.round(a * k);
    }
  }
  g.putImageData(img, 0, 0);
  s.g.save();
  s.g.globalCompositeOperation = 'multiply';
  s.g.globalAlpha = rng.range(0.72, 0.9);
  s.g.drawImage(c, cx - m, cy - m);
  s.g.restore();
}

const ITF = ['nnwwn', 'wnnnw', 'nwnnw', 'wwnnn', 'nnwnw', 'wnwnn', 'nwwnn', 'nnnww', 'wnnwn', 'nwnwn'];

/**
 * An Interleaved 2 of 5 barcode of the digits (a leading 0 when odd), bars only; the caption, if
 * any, is printed by the caller. Returns the width.
 */
export function barcode(s: Sheet, x: number, y: number, digits: string, h: number, narrow = 3): number {
  const d = digits.length % 2 === 1 ? `0${digits}` : digits;
  const wide = Math.round(narrow * 2.5);
  const widths: number[] = [narrow, narrow, narrow, narrow];
  for (let i = 0; i < d.length; i += 2) {
    const bars = ITF[Number(d[i])] ?? '';
    const spaces = ITF[Number(d[i + 1])] ?? '';
    for (let k = 0; k < 5; k += 1) widths.push(bars[k] === 'w' ? wide : narrow, spaces[k] === 'w' ? wide : narrow);
  }
  widths.push(wide, narrow, narrow);
  let cx = x;
  s.g.fillStyle = '#000000';
  widths.forEach((w, i) => {
    if (i % 2 === 0) s.g.fillRect(cx, y, w, h);
    cx += w;
  });
  return cx - x;
}

/** A hospital logo: a ring with a cross, in the hospital's colour. */
export function logo(s: Sheet, cx: number, cy: number, r: number, color: string, variant: 'cross' | 'ring' | 'shield'): void {
  const g = s.g;
  g.save();
  g.strokeStyle = color;
  g.fillStyle = color;
  g.lineWidth = r * 0.12;
  if (variant === 'shield') {
    g.beginPath();
    g.moveTo(cx - r, cy - r * 0.8);
    g.lineTo(cx + r, cy - r * 0.8);
    g.lineTo(cx + r, cy);
    g.quadraticCurveTo(cx + r, cy + r * 0.7, cx, cy + r * 1.05);
    g.quadraticCurveTo(cx - r, cy + r * 0.7, cx - r, cy);
    g.closePath();
    g.stroke();
  } else {
    g.beginPath();
    g.arc(cx, cy, r, 0, Math.PI * 2);
    g.stroke();
    if (variant === 'ring') {
      g.beginPath();
      g.arc(cx, cy, r * 0.78, 0, Math.PI * 2);
      g.lineWidth = r * 0.05;
      g.stroke();
    }
  }
  const a = r * 0.52;
  const b = r * 0.17;
  g.fillRect(cx - b, cy - a, 2 * b, 2 * a);
  g.fillRect(cx - a, cy - b, 2 * a, 2 * b);
  g.restore();
}

/** An ID number printed one character per box (18 boxes); recorded as one cell. Returns the width. */
export function idBoxes(s: Sheet, x: number, baseline: number, id: string, box: number, st: Style): number {
  const top = baseline - box * 0.78;
  [...id].forEach((ch, i) => {
    s.rect(x + i * box, top, box, box, 1.6);
    s.put(x + i * box + box / 2, baseline, ch, { ...st, align: 'center' }, false);
  });
  s.record(x, baseline, id, x + id.length * box);
  return id.length * box;
}

/**
 * A QR-like square (report lookup codes): three finder squares and random modules. Not a real
 * QR symbol and not text; only its look matters.
 */
export function qrCode(s: Sheet, x: number, y: number, size: number, rng: Rng): void {
  const n = 25;
  const m = size / n;
  const g = s.g;
  g.fillStyle = '#000000';
  const finder = (cx: number, cy: number): boolean => cx >= 0 && cx < 7 && cy >= 0 && cy < 7;
  const inFinder = (i: number, j: number): [number, number] | null => {
    for (const [fx, fy] of [[0, 0], [n - 7, 0], [0, n - 7]] as const) if (finder(i - fx, j - fy)) return [i - fx, j - fy];
    return null;
  };
  for (let j = 0; j < n; j += 1) {
    for (let i = 0; i < n; i += 1) {
      const f = inFinder(i, j);
      const on = f ? Math.max(Math.abs(f[0] - 3), Math.abs(f[1] - 3)) !== 2 : rng.chance(0.48);
      if (on) g.fillRect(x + i * m, y + j * m, Math.ceil(m), Math.ceil(m));
    }
  }
}

/** A red rectangular name stamp (医师签章): the doctor's name in a frame, not text. */
export function nameStamp(s: Sheet, cx: number, cy: number, name: string, rng: Rng, title = ''): void {
  const g = s.g;
  const ch = 44;
  const chars = [...title, ...name];
  g.save();
  g.translate(cx, cy);
  g.rotate(rng.range(-0.06, 0.06));
  g.globalCompositeOperation = 'multiply';
  g.globalAlpha = rng.range(0.7, 0.88);
  const red = `rgb(${rng.int(195, 225)}, ${rng.int(25, 55)}, ${rng.int(35, 60)})`;
  g.strokeStyle = red;
  g.fillStyle = red;
  const w = chars.length * ch + 24;
  g.lineWidth = 5;
  g.strokeRect(-w / 2, -ch / 2 - 12, w, ch + 24);
  g.font = cssFont('serifBold', (ch * 0.9 * 72) / 200);
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  chars.forEach((c, i) => g.fillText(c, -w / 2 + 12 + ch * (i + 0.5), 2));
  g.restore();
}

/** A handwritten signature: two or three looping clusters and a flourish, in ballpoint blue or black (not text). */
export function signature(s: Sheet, x: number, y: number, w: number, rng: Rng): void {
  const g = s.g;
  g.save();
  g.strokeStyle = rng.pick(['#1d2f80', '#20263a', '#17216b']);
  g.lineWidth = rng.range(2.4, 3.6);
  g.lineCap = 'round';
  g.lineJoin = 'round';
  g.beginPath();
  const n = rng.int(2, 3);
  const cw = w / n;
  g.moveTo(x, y + rng.range(-4, 6));
  for (let c = 0; c < n; c += 1) {
    const cx = x + c * cw;
    const h = rng.range(32, 66);
    g.bezierCurveTo(cx + cw * 0.15, y - h * 0.2, cx + cw * rng.range(0, 0.12), y - h, cx + cw * 0.3, y - h * 0.95);
    g.bezierCurveTo(cx + cw * 0.55, y - h * 0.9, cx + cw * 0.15, y + h * 0.3, cx + cw * 0.45, y + rng.range(-6, 10));
    g.bezierCurveTo(cx + cw * 0.6, y - h * rng.range(0.2, 0.5), cx + cw * 0.75, y + h * 0.15, cx + cw, y - rng.range(0, 14));
  }
  g.moveTo(x + w * rng.range(0, 0.2), y + rng.range(10, 18));
  g.quadraticCurveTo(x + w * 0.6, y + rng.range(18, 34), x + w * rng.range(0.95, 1.1), y - rng.range(0, 14));
  g.stroke();
  g.restore();
}

/**
 * A name written by hand in ballpoint, legibly (a physician signing the record): the characters
 * lean, vary in size and height, crowd one another, and the strokes waver. Unlike `signature` it
 * can be read, so it is recorded as text. Returns its width.
 */
export function handwritten(s: Sheet, x: number, y: number, name: string, points: number, rng: Rng): number {
  const em = (points * 200) / 72;
  const chars = [...name];
  const w = Math.ceil(em * (chars.length * 1.3 + 1));
  const h = Math.ceil(em * 2.4);
  const c = createCanvas(w, h);
  const g = c.getContext('2d');
  g.fillStyle = rng.pick(['#1d2f80', '#20263a', '#17216b', '#2a3d94']);
  g.textBaseline = 'alphabetic';
  const face: Face = rng.pick(['sansLight', 'sansLight', 'sans', 'serifLight'] as const);
  const base = em * 1.6;
  const pad = em * 0.4;
  const lean = rng.range(0.15, 0.35);
  let cx = pad;
  for (const ch of chars) {
    g.font = cssFont(face, points * rng.range(0.92, 1.25));
    g.save();
    g.translate(cx, base + rng.range(-0.14, 0.1) * em);
    g.transform(1, 0, -lean, 1, 0, 0);
    g.rotate(rng.range(-0.14, 0.08));
    g.fillText(ch, 0, 0);
    g.restore();
    cx += g.measureText(ch).width * rng.range(0.8, 0.96);
  }
  // The pen wavers: each row and column is displaced along a slow wave.
  const src = g.getImageData(0, 0, w, h);
  const out = g.createImageData(w, h);
  const [ax, ay, fx, fy, px0, py0] = [rng.range(2, 3.6), rng.range(1.4, 2.8), rng.range(0.04, 0.08), rng.range(0.03, 0.07), rng.range(0, 6.3), rng.range(0, 6.3)];
  for (let j = 0; j < h; j += 1) {
    for (let i = 0; i < w; i += 1) {
      const si = Math.round(i + ax * Math.sin(j * fx + px0));
      const sj = Math.round(j + ay * Math.sin(i * fy + py0));
      if (si < 0 || sj < 0 || si >= w || sj >= h) continue;
      const a = (sj * w + si) * 4;
      const b = (j * w + i) * 4;
      for (let k = 0; k < 4; k += 1) out.data[b + k] = src.data[a + k] ?? 0;
    }
  }
  g.putImageData(out, 0, 0);
  s.g.save();
  s.g.globalCompositeOperation = 'multiply';
  s.g.drawImage(c, x - pad, y - base);
  s.g.restore();
  const width = cx - pad + lean * em * 0.6;
  s.record(x, y, name, x + width);
  return width;
}
