import { cssFont } from '../fonts';
import type { Hospital } from '../hospitals';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';
import { px } from './common';
import { wrap } from './tune6-kit';

/** Pieces the tune8 layouts share: community health centres, CT / MR / DR key images, a faint watermark, label-column tables. */

const h = (name: string, address: string, phone: string): Hospital => ({ name, address, phone });

/** 社区卫生服务中心 of the Liaocheng towns (their patients' IDs carry the Liaocheng codes the generator draws). */
export const COMMUNITY: readonly Hospital[] = [
  h('东昌府区古楼街道社区卫生服务中心', '聊城市东昌府区古楼街道楼南大街56号', '0635-8246120'),
  h('临清市青年路街道社区卫生服务中心', '临清市青年路街道永青路12号', '0635-2356120'),
  h('阳谷县博济桥街道社区卫生服务中心', '阳谷县博济桥街道清河西路18号', '0635-6236120'),
  h('茌平区振兴街道社区卫生服务中心', '聊城市茌平区振兴街道府前街9号', '0635-4256120'),
  h('莘县燕塔街道社区卫生服务中心', '莘县燕塔街道莘州路77号', '0635-7336120'),
  h('高唐县鱼丘湖街道社区卫生服务中心', '高唐县鱼丘湖街道官道街22号', '0635-3916120'),
  h('冠县清泉街道社区卫生服务中心', '冠县清泉街道冠州路', '0635-5105120'),
];

/** What a key image shows: an axial head, an axial chest, or a frontal chest radiograph. */
export type Slice = 'head' | 'chest' | 'dr';

/** A grey-scale key image (a CT / MR slice or a DR film) on black, with a small annotation tick (not text). */
export function keyImage(s: Sheet, x: number, y: number, size: number, kind: Slice, rng: Rng): void {
  const g = s.g;
  const c = size / 2;
  g.save();
  g.fillStyle = '#050505';
  g.fillRect(x, y, size, size);
  g.beginPath();
  g.rect(x, y, size, size);
  g.clip();
  const grey = (v: number): string => `rgb(${v}, ${v}, ${v})`;
  if (kind === 'head') {
    g.fillStyle = grey(235);
    g.beginPath();
    g.ellipse(x + c, y + c, size * 0.36, size * 0.44, 0, 0, Math.PI * 2);
    g.fill();
    g.fillStyle = grey(rng.int(120, 140));
    g.beginPath();
    g.ellipse(x + c, y + c, size * 0.33, size * 0.41, 0, 0, Math.PI * 2);
    g.fill();
    g.fillStyle = grey(40);
    for (const dx of [-1, 1]) {
      g.beginPath();
      g.ellipse(x + c + dx * size * 0.06, y + c - size * 0.02, size * 0.035, size * 0.12, dx * 0.25, 0, Math.PI * 2);
      g.fill();
    }
    g.fillStyle = grey(rng.int(80, 100));
    g.beginPath();
    g.ellipse(x + c + rng.pick([-1, 1]) * size * 0.16, y + c + size * rng.range(-0.1, 0.1), size * 0.06, size * 0.05, 0, 0, Math.PI * 2);
    g.fill();
  } else {
    const film = kind === 'dr';
    g.fillStyle = grey(film ? 200 : 110);
    g.beginPath();
    g.ellipse(x + c, y + c + size * 0.04, size * 0.46, film ? size * 0.5 : size * 0.32, 0, 0, Math.PI * 2);
    g.fill();
    g.fillStyle = grey(film ? 35 : 15);
    for (const dx of [-1, 1]) {
      g.beginPath();
      g.ellipse(x + c + dx * size * 0.2, y + c, size * 0.15, film ? size * 0.33 : size * 0.22, dx * 0.08, 0, Math.PI * 2);
      g.fill();
    }
    g.fillStyle = grey(film ? 215 : 150);
    g.beginPath();
    g.ellipse(x + c + size * 0.05, y + c + (film ? size * 0.12 : 0), size * 0.12, size * 0.12, 0, 0, Math.PI * 2);
    g.fill();
    g.fillStyle = grey(245);
    g.beginPath();
    g.arc(x + c, y + c + (film ? 0 : size * 0.26), size * (film ? 0.02 : 0.05), 0, Math.PI * 2);
    g.fill();
  }
  // Vessels and quantum noise: a slice is never flat grey.
  for (let i = 0; i < 900; i += 1) {
    const v = rng.int(0, 255);
    g.fillStyle = `rgba(${v}, ${v}, ${v}, ${rng.range(0.05, 0.18)})`;
    g.fillRect(x + rng.range(0, size), y + rng.range(0, size), rng.range(1, 3), rng.range(1, 3));
  }
  g.fillStyle = 'rgba(210, 210, 210, 0.5)';
  for (let i = 0; i < 40; i += 1) {
    const dx = rng.pick([-1, 1]) * size * rng.range(0.1, 0.3);
    g.beginPath();
    g.arc(x + c + dx, y + c + size * rng.range(-0.2, 0.2), rng.range(1, 2.6), 0, Math.PI * 2);
    g.fill();
  }
  // The radiologist's arrow on the finding.
  g.strokeStyle = '#e8e8e8';
  g.lineWidth = 2;
  const ax = x + size * rng.range(0.6, 0.75);
  const ay = y + size * rng.range(0.25, 0.4);
  g.beginPath();
  g.moveTo(ax + size * 0.12, ay - size * 0.08);
  g.lineTo(ax, ay);
  g.lineTo(ax + size * 0.04, ay - size * 0.005);
  g.moveTo(ax, ay);
  g.lineTo(ax + size * 0.01, ay - size * 0.04);
  g.stroke();
  g.restore();
}

/** The hospital's name repeated diagonally across the page in very light grey (an EMR print's watermark; not text). */
export function watermark(s: Sheet, text: string, style: Style, color = 'rgba(0, 0, 0, 0.035)'): void {
  const g = s.g;
  g.save();
  g.font = cssFont(style.face, style.pt);
  g.fillStyle = color;
  g.translate(s.width / 2, s.height / 2);
  g.rotate(-Math.PI / 6);
  const w = g.measureText(text).width + 220;
  for (let row = -6; row <= 6; row += 1) {
    for (let col = -3; col <= 3; col += 1) g.fillText(text, col * w + (row % 2) * (w / 2) - w / 2, row * 330);
  }
  g.restore();
}

/** One row of a label-column table: the label at the left, the content wrapped (or given as lines) at the right. */
export type Section = {
  readonly label: string; readonly text?: string; readonly lines?: readonly string[]; readonly keep?: readonly string[];
};

/**
 * The body of a record as a bordered table of two columns: labels (主诉, 现病史, …) at the left, top-aligned with
 * the first line of their content; each row as tall as its wrapped content. Returns the bottom edge.
 */
export function sectionTable(s: Sheet, x: number, y: number, w: number, labelW: number, rows: readonly Section[], f: Style, b: Style,
  lh: number, o: { shade?: string; border?: number } = {}): number {
  const pad = px(f.pt) * 0.75;
  const border = o.border ?? 1.4;
  let cy = y;
  for (const r of rows) {
    const lines = r.lines ?? wrap(s, r.text ?? '', w - labelW - 2 * pad, f, { keep: r.keep });
    const rh = lines.length * lh + 2 * pad;
    if (o.shade) {
      s.g.fillStyle = o.shade;
      s.g.fillRect(x, cy, labelW, rh);
    }
    s.rect(x, cy, labelW, rh, border);
    s.rect(x + labelW, cy, w - labelW, rh, border);
    const first = cy + pad + lh * 0.72;
    s.put(x + labelW / 2, first, r.label, { ...b, align: 'center' });
    lines.forEach((t, i) => s.put(x + labelW + pad, first + i * lh, t, f));
    cy += rh;
  }
  return cy;
}

/** Cells placed one after another along a line with `gap` px between them; recorded as separate cells. Returns the right edge. */
export function inline(s: Sheet, x: number, y: number, cells: readonly (readonly [string, string])[], lab: Style, val: Style,
  gap: number): number {
  let cx = x;
  for (const [l, v] of cells) cx += s.pair(cx, y, l, v, lab, val) + gap;
  return cx - gap;
}
