import { createCanvas } from '@napi-rs/canvas';
import sharp, { type Sharp } from 'sharp';
import { Grain, Rng } from './rng';
import type { Degradation } from './types';
import { homography, warpInto, type Point, type Raw } from './warp';

/**
 * How the page reaches the desk, as functions over the clean PNG, deterministic by seed:
 * clean; scan (a photocopy on the desk scanner); photo (a phone or 高拍仪 over a desk); fax.
 */
export async function degrade(png: Buffer, how: Degradation, seed: number): Promise<Buffer> {
  const rng = Rng.of(seed, how);
  switch (how) {
    case 'clean': return png;
    case 'scan': return scan(png, rng);
    case 'photo': return photo(png, rng);
    case 'fax': return fax(png, rng);
  }
}

async function raw(png: Buffer, grey: boolean): Promise<Raw> {
  const img = grey ? sharp(png).greyscale() : sharp(png).removeAlpha();
  const { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height, channels: info.channels };
}

const fromRaw = (r: Raw): Sharp => sharp(Buffer.from(r.data.buffer, r.data.byteOffset, r.data.length),
  { raw: { width: r.width, height: r.height, channels: r.channels as 1 | 3 } });

const blank = (width: number, height: number, channels: number, value = 255): Raw =>
  ({ data: new Uint8Array(width * height * channels).fill(value), width, height, channels });

/** Smooth noise in [0, 1] over a w×h image: a coarse random grid upscaled by sharp (bicubic). */
async function smoothField(rng: Rng, w: number, h: number, cells: number): Promise<Float32Array> {
  const gw = cells + 1;
  const gh = Math.max(2, Math.round((cells * h) / w) + 1);
  const grid = Buffer.from(Array.from({ length: gw * gh }, () => rng.int(0, 255)));
  const big = await sharp(grid, { raw: { width: gw, height: gh, channels: 1 } }).resize(w, h, { kernel: 'cubic' }).extractChannel(0).raw().toBuffer();
  const out = new Float32Array(w * h);
  for (let i = 0; i < out.length; i += 1) out[i] = (big[i] ?? 0) / 255;
  return out;
}

/** The page in grey, turned by `degrees` about its centre (native, fast), cropped back to its size. */
async function turnedGrey(png: Buffer, degrees: number, background: number): Promise<Raw> {
  const meta = await sharp(png).metadata();
  const [w, h] = [meta.width ?? 0, meta.height ?? 0];
  const bg = { r: background, g: background, b: background };
  const { data, info } = await sharp(png).greyscale().rotate(degrees, { background: bg }).raw().toBuffer({ resolveWithObject: true });
  const left = Math.floor((info.width - w) / 2);
  const top = Math.floor((info.height - h) / 2);
  const cropped = await sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
    .extract({ left, top, width: w, height: h }).extractChannel(0).raw().toBuffer();
  return { data: new Uint8Array(cropped.buffer, cropped.byteOffset, cropped.length), width: w, height: h, channels: 1 };
}

const clamp = (v: number): number => (v < 0 ? 0 : v > 255 ? 255 : v);

/**
 * A photocopy scanned in grey: skewed by up to ±3° on the glass, toner contrast squashed onto a
 * grey background, uneven toner (faint patches), grain and speckle, a dark band where the lid did not close,
 * slightly blurred and through a JPEG at about quality 60.
 */
async function scan(png: Buffer, rng: Rng): Promise<Buffer> {
  const out = await turnedGrey(png, rng.range(-3, 3), 236);
  const { width: w, height: h } = out;
  const lo = rng.int(40, 85);
  const hi = rng.int(196, 224);
  const toner = await smoothField(rng, w, h, 5);
  const fade = await smoothField(rng, w, h, 4);
  const faint = rng.range(0.25, 0.5);
  const band = rng.chance(0.5) ? { left: rng.chance(0.5), width: rng.int(12, 40) } : null;
  const grain = new Grain(rng);
  const d = out.data;
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      const i = y * w + x;
      const ink = ((255 - (d[i] ?? 0)) / 255) * (1 - faint * (fade[i] ?? 0));
      let v = hi - (hi - lo) * ink + ((toner[i] ?? 0) - 0.5) * 24 + grain.next() * 7;
      if (band) {
        const dist = band.left ? x : w - 1 - x;
        if (dist < band.width) v *= 0.35 + 0.65 * (dist / band.width);
      }
      d[i] = clamp(Math.round(v));
    }
  }
  for (let n = rng.int(250, 900); n > 0; n -= 1) {
    const cx = rng.int(0, w - 1);
    const cy = rng.int(0, h - 1);
    const r = rng.chance(0.97) ? 1 : rng.int(2, 3);
    for (let y = cy - r; y <= cy + r; y += 1) {
      for (let x = cx - r; x <= cx + r; x += 1) {
        if (x >= 0 && y >= 0 && x < w && y < h && (x - cx) ** 2 + (y - cy) ** 2 <= r * r) d[y * w + x] = lo + rng.int(20, 90);
      }
    }
  }
  const jpeg = await fromRaw(out).blur(rng.range(0.7, 1.3)).jpeg({ quality: rng.int(55, 65) }).toBuffer();
  return sharp(jpeg).png({ compressionLevel: 3 }).toBuffer();
}

/** A desk: dark wood, grey laminate or a green cutting mat, with grain and blotches, and the page's shadow. */
async function desk(rng: Rng, w: number, h: number, shadow: Uint8ClampedArray): Promise<Raw> {
  const kinds: [number, number, number][] = [[96, 68, 48], [104, 102, 98], [52, 78, 64], [70, 56, 50]];
  const [r0, g0, b0] = rng.pick(kinds);
  const blotch = await smoothField(rng, w, h, 6);
  const wood = await smoothField(rng, w, h, 40);
  const grain = new Grain(rng);
  const freq = rng.range(0.01, 0.03);
  const out = blank(w, h, 3);
  const d = out.data;
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      const p = y * w + x;
      const shade = 1 - (0.55 * (shadow[p * 4 + 3] ?? 0)) / 255;
      const k = (0.8 + 0.3 * (blotch[p] ?? 0) + 0.08 * Math.sin(y * freq + (wood[p] ?? 0) * 9) + grain.next() * 0.03) * shade;
      const i = p * 3;
      d[i] = clamp(r0 * k);
      d[i + 1] = clamp(g0 * k);
      d[i + 2] = clamp(b0 * k);
    }
  }
  return out;
}

/** Where the page lands in the photo: smaller than the frame, turned, the top edge farther away. */
function quad(rng: Rng, ow: number, oh: number, w: number, h: number): Point[] {
  const scale = Math.min((ow * rng.range(0.8, 0.88)) / w, (oh * rng.range(0.84, 0.9)) / h);
  const pw = w * scale;
  const ph = h * scale;
  const cx = ow / 2 + rng.range(-0.03, 0.03) * ow;
  const cy = oh / 2 + rng.range(-0.02, 0.02) * oh;
  const tilt = rng.range(0.0, 0.07) * pw;
  const lean = rng.range(-0.03, 0.03) * pw;
  const a = (rng.range(-4, 4) * Math.PI) / 180;
  const corners: Point[] = [
    [-pw / 2 + tilt + lean, -ph / 2], [pw / 2 - tilt + lean, -ph / 2], [pw / 2, ph / 2], [-pw / 2, ph / 2],
  ];
  return corners.map(([x, y]) => {
    const jx = rng.range(-0.012, 0.012) * pw;
    const jy = rng.range(-0.01, 0.01) * ph;
    return [cx + (x + jx) * Math.cos(a) - (y + jy) * Math.sin(a), cy + (x + jx) * Math.sin(a) + (y + jy) * Math.cos(a)] as Point;
  });
}

/**
 * A phone or 高拍仪 photo: the page, perspective-warped (a real homography), lying on a textured
 * desk larger than the page with a soft shadow, under uneven light with a colour cast; slightly
 * blurred, with sensor noise, through a JPEG.
 */
async function photo(png: Buffer, rng: Rng): Promise<Buffer> {
  const src = await raw(png, false);
  const ow = Math.round(src.width * 1.1);
  const oh = Math.round(src.height * 1.06);
  const corners = quad(rng, ow, oh, src.width, src.height);
  // The desk and the page's soft shadow have no fine detail: made at half size, then upscaled.
  const [dw, dh] = [Math.round(ow / 2), Math.round(oh / 2)];
  const shadow = createCanvas(dw, dh).getContext('2d');
  shadow.shadowColor = 'rgba(0, 0, 0, 0.85)';
  shadow.shadowBlur = rng.range(10, 22);
  shadow.shadowOffsetX = rng.range(-7, 7);
  shadow.shadowOffsetY = rng.range(3, 10);
  shadow.fillStyle = '#000000';
  shadow.beginPath();
  corners.forEach(([x, y], i) => (i === 0 ? shadow.moveTo(x / 2, y / 2) : shadow.lineTo(x / 2, y / 2)));
  shadow.closePath();
  shadow.fill();
  const small = await desk(rng, dw, dh, shadow.getImageData(0, 0, dw, dh).data);
  const big = await fromRaw(small).resize(ow, oh, { kernel: 'cubic' }).raw().toBuffer();
  const out: Raw = { data: new Uint8Array(big.buffer, big.byteOffset, big.length), width: ow, height: oh, channels: 3 };
  const page: Point[] = [[0, 0], [src.width, 0], [src.width, src.height], [0, src.height]];
  warpInto(src, out, homography(corners, page));
  // Light: brighter towards a lamp off one side, darker in the corners; smooth, so computed on a
  // coarse grid and upscaled.
  const dir = rng.range(0, Math.PI * 2);
  const amp = rng.range(0.12, 0.3);
  const base = rng.range(0.82, 0.95);
  const diag = Math.hypot(ow, oh) / 2;
  const [lx, ly] = [ow / 2 + Math.cos(dir) * diag * 0.6, oh / 2 + Math.sin(dir) * diag * 0.6];
  const step = 16;
  const [gw, gh] = [Math.ceil(ow / step) + 1, Math.ceil(oh / step) + 1];
  const coarse = Buffer.alloc(gw * gh);
  for (let gy = 0; gy < gh; gy += 1) {
    for (let gx = 0; gx < gw; gx += 1) {
      const [x, y] = [gx * step, gy * step];
      const light = base + amp * (1 - Math.hypot(x - lx, y - ly) / diag) - 0.12 * (Math.hypot(x - ow / 2, y - oh / 2) / diag) ** 2;
      coarse[gy * gw + gx] = clamp(Math.round(light * 200));
    }
  }
  const lightMap = await sharp(coarse, { raw: { width: gw, height: gh, channels: 1 } }).resize(ow, oh, { kernel: 'cubic' }).extractChannel(0).raw().toBuffer();
  const [cr, cg, cb] = rng.chance(0.5) ? [1.0, 0.96, 0.86] : [0.94, 0.98, 1.02];
  const grain = new Grain(rng);
  const d = out.data;
  for (let p = 0; p < ow * oh; p += 1) {
    const l = (lightMap[p] ?? 0) / 200;
    const n = grain.next() * 3;
    const i = p * 3;
    d[i] = clamp((d[i] ?? 0) * l * cr + n);
    d[i + 1] = clamp((d[i + 1] ?? 0) * l * cg + n);
    d[i + 2] = clamp((d[i + 2] ?? 0) * l * cb + n);
  }
  const jpeg = await fromRaw(out).blur(rng.range(0.7, 1.2)).jpeg({ quality: rng.int(68, 80) }).toBuffer();
  return sharp(jpeg).png({ compressionLevel: 3 }).toBuffer();
}

/**
 * A fax: the page skewed a little, sent at about 100 dpi, thresholded to black and white with
 * ragged edges, with streaks (a dirty scan line, dropped rows), then brought back to A4 size with
 * nearest-neighbour blocks.
 */
async function fax(png: Buffer, rng: Rng): Promise<Buffer> {
  const grey = await turnedGrey(png, rng.range(-1.2, 1.2), 255);
  const w = Math.round(grey.width / 2);
  const h = Math.round(grey.height / 2);
  // sharp resizes one channel into three: take one back (read as one channel, three were the stripes of an earlier version)
  const shrunk = await fromRaw(grey).resize(w, h, { kernel: 'cubic' }).extractChannel(0).raw().toBuffer();
  const small: Raw = { data: new Uint8Array(shrunk.buffer, shrunk.byteOffset, shrunk.length), width: w, height: h, channels: 1 };
  const t = rng.int(150, 190);
  const d = small.data;
  const grain = new Grain(rng);
  for (let i = 0; i < w * h; i += 1) d[i] = (d[i] ?? 0) + grain.next() * 14 < t ? 0 : 255;
  for (let n = rng.int(2, 6); n > 0; n -= 1) {
    const y = rng.int(0, h - 3);
    const black = rng.chance(0.5);
    for (let yy = y; yy < y + rng.int(1, 2); yy += 1) {
      for (let x = 0; x < w; x += 1) if (!black || rng.chance(0.55)) d[yy * w + x] = black ? 0 : 255;
    }
  }
  if (rng.chance(0.6)) {
    const x = rng.int(20, w - 20);
    for (let y = 0; y < h; y += 1) if (rng.chance(0.92)) d[y * w + x] = 0;
  }
  return fromRaw(small).resize(grey.width, grey.height, { kernel: 'nearest' }).png({ compressionLevel: 3 }).toBuffer();
}
