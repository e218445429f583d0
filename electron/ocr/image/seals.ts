/**
 * Red seals (公章, 诊断证明专用章) are stamped over the very words the desk needs: the date of issue of
 * a certificate, a name, a signature. In grey a seal's ring and star are as dark as the print under
 * them, and the recogniser splits or garbles the line. Seen through the red channel, the red ink is
 * nearly paper-white while black, grey and blue print stay dark. Only round blobs of red are taken as
 * seals; red printed lines (a red letterhead) are long and flat and keep their ordinary grey.
 */

/** Interleaved 8-bit pixels, 3 or 4 channels (RGB first). */
export type RgbImage = { readonly width: number; readonly height: number; readonly channels: number; readonly data: Uint8Array };
export type Rect = { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number };

const CELL = 16;
/** Red ink: the red channel well above both others (pink to vermilion, faded or fresh). */
const isRed = (r: number, g: number, b: number): boolean => r > 110 && r - Math.max(g, b) > 45;
/** A cell holds seal ink when this many of its pixels are red. */
const RED_PIXELS_PER_CELL = 6;

/** Connected groups of red cells (8-neighbours, one cell of slack so a ring's broken strokes join), as pixel rectangles. */
function redBlobs(img: RgbImage): Rect[] {
  const cols = Math.ceil(img.width / CELL);
  const rows = Math.ceil(img.height / CELL);
  const counts = new Uint16Array(cols * rows);
  const { data, channels: ch, width } = img;
  for (let y = 0; y < img.height; y += 1) {
    const row = Math.floor(y / CELL) * cols;
    for (let x = 0; x < width; x += 1) {
      const i = (y * width + x) * ch;
      const cell = row + Math.floor(x / CELL);
      if (isRed(data[i]!, data[i + 1]!, data[i + 2]!)) counts[cell] = counts[cell]! + 1;
    }
  }
  const seen = new Uint8Array(cols * rows);
  const blobs: Rect[] = [];
  for (let start = 0; start < counts.length; start += 1) {
    if (seen[start] || counts[start]! < RED_PIXELS_PER_CELL) continue;
    let [c0, r0, c1, r1] = [cols, rows, 0, 0];
    const stack = [start];
    seen[start] = 1;
    while (stack.length > 0) {
      const at = stack.pop()!;
      const c = at % cols;
      const r = Math.floor(at / cols);
      [c0, r0, c1, r1] = [Math.min(c0, c), Math.min(r0, r), Math.max(c1, c), Math.max(r1, r)];
      for (let dr = -2; dr <= 2; dr += 1) {
        for (let dc = -2; dc <= 2; dc += 1) {
          const nc = c + dc;
          const nr = r + dr;
          const n = nr * cols + nc;
          if (nc < 0 || nr < 0 || nc >= cols || nr >= rows || seen[n] || counts[n]! < RED_PIXELS_PER_CELL) continue;
          seen[n] = 1;
          stack.push(n);
        }
      }
    }
    blobs.push({ x0: c0 * CELL, y0: r0 * CELL, x1: Math.min(img.width, (c1 + 1) * CELL), y1: Math.min(img.height, (r1 + 1) * CELL) });
  }
  return blobs;
}

/**
 * The seals of a page: red blobs about as tall as wide (round, oval or square stamps), between 5 %
 * and 40 % of the page's width across.
 */
export function findSeals(img: RgbImage): Rect[] {
  const side = Math.min(img.width, img.height);
  return redBlobs(img).filter((b) => {
    const w = b.x1 - b.x0;
    const h = b.y1 - b.y0;
    return Math.min(w, h) >= 0.05 * side && Math.max(w, h) <= 0.4 * side && Math.max(w, h) / Math.min(w, h) <= 1.8;
  });
}

/** The page in grey (ITU-R BT.601 luma), with each seal's area taken from the red channel so its ink all but vanishes. */
export function greyWithoutSeals(img: RgbImage): { readonly grey: Uint8Array; readonly seals: Rect[] } {
  const { data, channels: ch, width, height } = img;
  const grey = new Uint8Array(width * height);
  for (let p = 0, i = 0; p < grey.length; p += 1, i += ch) grey[p] = (data[i]! * 299 + data[i + 1]! * 587 + data[i + 2]! * 114 + 500) / 1000;
  const seals = findSeals(img);
  for (const s of seals) {
    for (let y = s.y0; y < s.y1; y += 1) {
      for (let x = s.x0; x < s.x1; x += 1) grey[y * width + x] = data[(y * width + x) * ch]!;
    }
  }
  return { grey, seals };
}
