import { describe, expect, it } from 'vitest';
import { bilevel } from './recognize-page';

/** A fax or a thresholded scan (black and white only) is softened before it is read; a grey page is not. */
const page = (pixel: (x: number, y: number) => number) => {
  const [width, height] = [1300, 200];
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) for (let x = 0; x < width; x += 1) data[y * width + x] = pixel(x, y);
  return { width, height, data };
};

describe('bilevel pages', () => {
  it('finds black-and-white strokes, and not a grey or antialiased page', () => {
    expect(bilevel(page((x, y) => ((x >> 3) % 3 === 0 && (y >> 2) % 2 === 0 ? 0 : 255)))).toBe(true);
    expect(bilevel(page((x) => (x % 40 < 4 ? 60 + (x % 40) * 30 : 245)))).toBe(false);
    // sparse dark text on white, antialiased: few grey pixels on the page, but many at the strokes' edges
    expect(bilevel(page((x, y) => (y % 50 < 10 && x % 30 < 6 ? [17, 17, 120, 200][Math.min(3, Math.abs(x % 30 - 2))]! : 255)))).toBe(false);
  });
});
