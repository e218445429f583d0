import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { corpus, DEGRADATIONS, LAYOUTS, type Degradation } from '../electron/testing/corpus';
import { cssFont } from '../electron/testing/corpus/fonts';

/**
 * Sample pages of every corpus layout under every degradation, for people to look at:
 *   npx tsx bench/corpus-sheet.ts <out-dir> [documents per layout, default 1] [seed, default 1]
 * Writes <id>.png and <id>.json (the ground truth) per page, contact-<degradation>.png (all
 * layouts side by side, the held-out (blind) ones marked) and layouts.json.
 */

const out = process.argv[2];
if (!out) {
  console.error('usage: npx tsx bench/corpus-sheet.ts <out-dir> [per-layout] [seed]');
  process.exit(2);
}
const dir = resolve(out);
const perLayout = Number(process.argv[3] ?? 1);
const seed = Number(process.argv[4] ?? 1);
mkdirSync(dir, { recursive: true });

const THUMB_W = 400;
const COLS = 5;
const thumbs = new Map<Degradation, { id: string; split: string; png: Buffer }[]>(DEGRADATIONS.map((d) => [d, []]));

const started = Date.now();
for await (const page of corpus({ split: 'all', perLayout, seed })) {
  const { truth, png } = page;
  writeFileSync(join(dir, `${truth.id}.png`), png);
  writeFileSync(join(dir, `${truth.id}.json`), `${JSON.stringify(truth, null, 2)}\n`);
  if (truth.id.includes('-000-')) thumbs.get(truth.degradation)?.push({ id: truth.layoutId, split: truth.split, png });
  console.log(`${truth.id}  ${(png.length / 1024).toFixed(0)} KiB`);
}

for (const [degradation, pages] of thumbs) {
  const rows = Math.ceil(pages.length / COLS);
  const th = Math.round(THUMB_W * 1.414);
  const canvas = createCanvas(COLS * (THUMB_W + 20) + 20, rows * (th + 80) + 20);
  const g = canvas.getContext('2d');
  g.fillStyle = '#5a5a5a';
  g.fillRect(0, 0, canvas.width, canvas.height);
  for (const [i, p] of pages.entries()) {
    const x = 20 + (i % COLS) * (THUMB_W + 20);
    const y = 20 + Math.floor(i / COLS) * (th + 80);
    const img = await loadImage(p.png);
    const scale = Math.min(THUMB_W / img.width, th / img.height);
    g.drawImage(img, x, y, img.width * scale, img.height * scale);
    g.fillStyle = p.split === 'blind' ? '#a8d8ff' : '#ffffff';
    g.font = cssFont('sansMedium', 8);
    g.fillText(p.id, x, y + th + 30);
    if (p.split !== 'tune') g.fillText(p.split === 'blind' ? 'blind' : 'held out', x, y + th + 58);
  }
  writeFileSync(join(dir, `contact-${degradation}.png`), canvas.toBuffer('image/png'));
}
writeFileSync(join(dir, 'layouts.json'), `${JSON.stringify(LAYOUTS, null, 2)}\n`);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`${LAYOUTS.length} layouts × ${DEGRADATIONS.length} degradations × ${perLayout} in ${seconds} s → ${dir}`);
