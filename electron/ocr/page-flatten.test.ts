import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Quad } from '../domain/extraction/layout';
import { photographPage } from '../testing/photo-fixtures';
import { renderRecord, sampleRecords } from '../testing/record-fixtures';
import { decodeGrey, dist } from './image/grey-image';
import { findPageCorners, flattenPage } from './page-flatten';

const page = await renderRecord(sampleRecords(1, 5)[0]!);

const PHOTOS: [string, { width: number; height: number; corners: Quad }][] = [
  ['a phone photo from above and in front', { width: 2400, height: 3200, corners: [[420, 380], [1980, 300], [2150, 2950], [300, 3050]] }],
  ['a document camera shot, sheet turned on the desk', { width: 2800, height: 2600, corners: [[700, 200], [2250, 330], [2080, 2430], [520, 2290]] }],
];

describe('the photographed sheet', () => {
  it.each(PHOTOS)('is found in %s, each corner within 1 percent of the sheet\'s size', async (_name, spec) => {
    const found = await findPageCorners(await decodeGrey(await photographPage(page, spec)));
    expect(found).not.toBeNull();
    const size = dist(spec.corners[0], spec.corners[2]);
    found!.forEach((corner, i) => expect(dist(corner, spec.corners[i]!) / size).toBeLessThan(0.01));
  });

  it('is straightened into a flat page of A4 shape, mapped back onto the photo', async () => {
    const spec = PHOTOS[0]![1];
    const flat = await flattenPage(await decodeGrey(await photographPage(page, spec)));
    expect(flat.image.height / flat.image.width).toBeCloseTo(2339 / 1654, 1);
    const backToPhoto = flat.toInput([flat.image.width, flat.image.height]);
    expect(dist(backToPhoto, spec.corners[2]) / dist(spec.corners[0], spec.corners[2])).toBeLessThan(0.01);
  });

  it('is not looked for in a flatbed scan, which passes through untouched', async () => {
    const scan = await decodeGrey(page);
    const flat = await flattenPage(scan);
    expect(flat.corners).toBeNull();
    expect(flat.image).toBe(scan);
    expect(flat.toInput([100, 200])).toEqual([100, 200]);
  });

  it('is not mistaken for a dark band across a scan (the paper above the band is not desk)', async () => {
    const band = Buffer.from('<svg width="1654" height="300"><rect width="1654" height="300" fill="#202020"/></svg>');
    const scan = await sharp(page).composite([{ input: band, top: 1300, left: 0 }]).png().toBuffer();
    expect(await findPageCorners(await decodeGrey(scan))).toBeNull();
  });
});
