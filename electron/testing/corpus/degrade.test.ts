import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { degrade, renderClean } from './index';

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

type Look = { width: number; height: number; channels: number; means: number[]; darkest: number; bilevel: number; corner: number };

/** What an image looks like in numbers: size, channel means, darkest ink, share of pure black or white, top-left corner. */
async function look(png: Buffer): Promise<Look> {
  const img = sharp(png);
  const { data, info } = await img.clone().greyscale().raw().toBuffer({ resolveWithObject: true });
  let pure = 0;
  for (const v of data) if (v === 0 || v === 255) pure += 1;
  const stats = await img.stats();
  return {
    width: info.width, height: info.height, channels: stats.channels.length,
    means: stats.channels.map((c) => c.mean), darkest: Math.min(...stats.channels.map((c) => c.min)),
    bilevel: pure / data.length, corner: data[10 * info.width + 10] ?? 0,
  };
}

describe('how a page reaches the desk', () => {
  let clean: Buffer;
  let plain: Look;
  beforeAll(async () => {
    clean = (await renderClean('discharge-grid-city', 0, 5)).png;
    plain = await look(clean);
  });

  it('clean: the page itself, byte for byte', async () => {
    expect(sha(await degrade(clean, 'clean', 9))).toBe(sha(clean));
  });

  it('scan: an A4 grey photocopy, paper greyed, ink kept, different for another seed and the same for the same', async () => {
    const [a, b, c] = [await degrade(clean, 'scan', 9), await degrade(clean, 'scan', 9), await degrade(clean, 'scan', 10)];
    expect(sha(a)).toBe(sha(b));
    expect(sha(a)).not.toBe(sha(c));
    const l = await look(a);
    expect([l.width, l.height]).toEqual([plain.width, plain.height]);
    expect(Math.max(...l.means) - Math.min(...l.means)).toBeLessThan(0.5);
    expect(l.means[0]!).toBeLessThan(plain.means[0]! - 10);
    expect(l.darkest).toBeLessThan(120);
  }, 30_000);

  it('photo: larger than the page, in colour, a desk around it', async () => {
    const l = await look(await degrade(clean, 'photo', 9));
    expect(l.width).toBeGreaterThan(plain.width);
    expect(l.height).toBeGreaterThan(plain.height);
    expect(l.channels).toBe(3);
    expect(Math.max(...l.means) - Math.min(...l.means)).toBeGreaterThan(2);
    expect(l.corner).toBeLessThan(150);
  }, 30_000);

  it('fax: A4, black and white only, ink kept', async () => {
    const l = await look(await degrade(clean, 'fax', 9));
    expect([l.width, l.height]).toEqual([plain.width, plain.height]);
    expect(l.bilevel).toBeGreaterThan(0.99);
    expect(l.darkest).toBe(0);
    expect(plain.bilevel).toBeLessThan(0.99);
  }, 30_000);
});
