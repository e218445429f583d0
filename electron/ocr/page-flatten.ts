import type { Point, Quad } from '../domain/extraction/layout';
import { applyHomography, homographyFromQuads, rectQuad } from './image/homography';
import { dist, resizeGrey, sampleQuad, type GreyImage } from './image/grey-image';
import { convexHull, polygonArea } from './image/polygon';

/**
 * Phone and document-camera (高拍仪) photos: the sheet is a bright quadrilateral on a darker desk,
 * seen in perspective. Find it, and straighten it into a flat page for OCR. A flatbed scan has no
 * such border and is passed through untouched. The stored original is never changed: only the
 * image given to the recogniser is, and box coordinates are mapped back to the photo.
 */

/** The page is looked for on a small copy: its outline needs no more, and this keeps the search cheap. */
const SEARCH_LONG_SIDE = 512;
/** A sheet smaller than this share of the photo is not what was photographed. */
const MIN_PAGE_SHARE = 0.2;
/** Below this share of desk around it, the "page" is the whole image: a scan, not a photo. */
const MIN_DESK_SHARE = 0.03;
/** Sheet and desk must differ by this many grey levels, or the outline is not trustworthy. */
const MIN_CONTRAST = 40;
/** At most this share of the desk may be as bright as paper (light spots, a pen, the sheet's shadowless rim). */
const MAX_BRIGHT_DESK = 0.2;
/** The sheet's outline must be this close to a quadrilateral (a hand over a corner, a folded edge are not). */
const MIN_QUAD_FILL = 0.93;

export type FlatPage = {
  readonly image: GreyImage;
  /** The page's corners in the photo (top-left, top-right, bottom-right, bottom-left); null when none was found. */
  readonly corners: Quad | null;
  /** A point of the flat page in the photo's pixel coordinates. */
  toInput(p: Point): Point;
};

/** Otsu's threshold: the grey level that best splits the histogram in two. */
function otsu(img: GreyImage): number {
  const hist = new Float64Array(256);
  for (const v of img.data) hist[v]! += 1;
  const total = img.data.length;
  let sumAll = 0;
  for (let i = 0; i < 256; i += 1) sumAll += i * hist[i]!;
  let sumLow = 0;
  let countLow = 0;
  let best = 0;
  let bestVar = -1;
  for (let t = 0; t < 256; t += 1) {
    countLow += hist[t]!;
    if (countLow === 0 || countLow === total) continue;
    sumLow += t * hist[t]!;
    const meanLow = sumLow / countLow;
    const meanHigh = (sumAll - sumLow) / (total - countLow);
    const v = countLow * (total - countLow) * (meanLow - meanHigh) ** 2;
    if (v > bestVar) {
      bestVar = v;
      best = t;
    }
  }
  return best;
}

/** Outline points (pixel corners) of the largest 4-connected region brighter than `t`, and its pixel count. */
function largestBrightRegion(img: GreyImage, t: number): { outline: Point[]; area: number } {
  const { width: w, height: h, data } = img;
  const label = new Int32Array(w * h);
  const stack = new Int32Array(w * h);
  let best = { id: 0, area: 0 };
  let id = 0;
  for (let start = 0; start < w * h; start += 1) {
    if (label[start] !== 0 || data[start]! <= t) continue;
    id += 1;
    let area = 0;
    let top = 0;
    stack[top++] = start;
    label[start] = id;
    while (top > 0) {
      const i = stack[--top]!;
      area += 1;
      const x = i % w;
      for (const j of [x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, i - w, i + w]) {
        if (j < 0 || j >= w * h || label[j] !== 0 || data[j]! <= t) continue;
        label[j] = id;
        stack[top++] = j;
      }
    }
    if (area > best.area) best = { id, area };
  }
  const outline: Point[] = [];
  for (let y = 0; y < h; y += 1) {
    let first = -1;
    let last = -1;
    for (let x = 0; x < w; x += 1) {
      if (label[y * w + x] !== best.id) continue;
      if (first < 0) first = x;
      last = x;
    }
    if (first >= 0) outline.push([first, y], [last + 1, y], [first, y + 1], [last + 1, y + 1]);
  }
  return { outline, area: best.area };
}

/** The largest quadrilateral on the hull's vertices: start from the four diagonal extremes, move one corner at a time while the area grows. */
function bestQuad(hull: readonly Point[]): Quad {
  const pick = (score: (p: Point) => number): number => hull.reduce((b, p, i) => (score(p) > score(hull[b]!) ? i : b), 0);
  const idx = [pick(([x, y]) => -x - y), pick(([x, y]) => x - y), pick(([x, y]) => x + y), pick(([x, y]) => y - x)];
  const corners = (): Point[] => idx.map((i) => hull[i]!);
  for (let changed = true; changed;) {
    changed = false;
    for (let k = 0; k < 4; k += 1) {
      let area = polygonArea(corners());
      for (let i = 0; i < hull.length; i += 1) {
        const old = idx[k]!;
        idx[k] = i;
        const a = polygonArea(corners());
        if (a > area + 1e-9) {
          area = a;
          changed = true;
        } else idx[k] = old;
      }
    }
  }
  const [tl, tr, br, bl] = corners() as [Point, Point, Point, Point];
  return [tl, tr, br, bl];
}

type Split = { readonly inside: number; readonly outside: number; readonly outsideShare: number; readonly outsideBright: number };

/** Mean grey inside and outside the sheet, how much of the image is outside, and how much of that is as bright as paper. */
function split(img: GreyImage, isInside: (x: number, y: number) => boolean, t: number): Split {
  let si = 0, ni = 0, so = 0, no = 0, bright = 0;
  for (let y = 0; y < img.height; y += 1) {
    for (let x = 0; x < img.width; x += 1) {
      const v = img.data[y * img.width + x]!;
      if (isInside(x + 0.5, y + 0.5)) {
        si += v;
        ni += 1;
      } else {
        so += v;
        no += 1;
        if (v > t) bright += 1;
      }
    }
  }
  return { inside: si / Math.max(1, ni), outside: so / Math.max(1, no), outsideShare: no / (ni + no), outsideBright: bright / Math.max(1, no) };
}

const insideConvex = (q: Quad) => (x: number, y: number): boolean =>
  q.every((a, i) => {
    const b = q[(i + 1) % 4]!;
    return (b[0] - a[0]) * (y - a[1]) - (b[1] - a[1]) * (x - a[0]) >= 0;
  });

/** The photographed sheet's corners in `img`, or null when there is no sheet-on-desk to be seen. */
export async function findPageCorners(img: GreyImage): Promise<Quad | null> {
  const scale = Math.min(1, SEARCH_LONG_SIDE / Math.max(img.width, img.height));
  const small = await resizeGrey(img, Math.max(1, Math.round(img.width * scale)), Math.max(1, Math.round(img.height * scale)));
  const t = otsu(small);
  const { outline, area } = largestBrightRegion(small, t);
  if (area < MIN_PAGE_SHARE * small.width * small.height) return null;
  const hull = convexHull(outline);
  if (hull.length < 4) return null;
  const quad = bestQuad(hull);
  if (polygonArea(quad) < MIN_QUAD_FILL * polygonArea(hull)) return null;
  const s = split(small, insideConvex(quad), t);
  // a desk is dark all round; paper outside the "sheet" means a dark band across a scan, not a desk
  if (s.outsideShare < MIN_DESK_SHARE || s.inside - s.outside < MIN_CONTRAST || s.outsideBright > MAX_BRIGHT_DESK) return null;
  const sx = img.width / small.width;
  const sy = img.height / small.height;
  const [a, b, c, d] = quad.map(([x, y]): Point => [x * sx, y * sy]) as [Point, Point, Point, Point];
  return [a, b, c, d];
}

/** The sheet straightened (or the image itself when no sheet-on-desk is found), with the way back to the photo's coordinates. */
export async function flattenPage(img: GreyImage): Promise<FlatPage> {
  const corners = await findPageCorners(img);
  if (!corners) return { image: img, corners: null, toInput: (p) => p };
  const [tl, tr, br, bl] = corners;
  // the sheet at the resolution of its nearer (larger) edges: no detail is thrown away
  const width = Math.round(Math.max(dist(tl, tr), dist(bl, br)));
  const height = Math.round(Math.max(dist(tl, bl), dist(tr, br)));
  const h = homographyFromQuads(rectQuad(width, height), corners);
  return { image: sampleQuad(img, corners, width, height), corners, toInput: (p) => applyHomography(h, p) };
}
