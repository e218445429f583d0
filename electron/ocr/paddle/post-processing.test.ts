import { describe, expect, it } from 'vitest';
import { boxesFromProbMap } from './db-postprocess';
import { detSize } from './det';
import { batchesByWidth } from './line-crops';
import { ctcDecode } from './rec';

describe('DB post-processing', () => {
  /** A probability map with one text bar: 0.9 inside the rectangle turned by `deg` about its centre, 0 elsewhere. */
  function bar(deg: number): Float32Array {
    const map = new Float32Array(200 * 100);
    const rad = (deg * Math.PI) / 180;
    for (let y = 0; y < 100; y += 1) {
      for (let x = 0; x < 200; x += 1) {
        const u = (x - 100) * Math.cos(rad) + (y - 50) * Math.sin(rad);
        const v = -(x - 100) * Math.sin(rad) + (y - 50) * Math.cos(rad);
        if (Math.abs(u) <= 60 && Math.abs(v) <= 8) map[y * 200 + x] = 0.9;
      }
    }
    return map;
  }

  it('finds one box per region, grown by the unclip distance and scaled to the image', () => {
    const [box, ...rest] = boxesFromProbMap({ width: 200, height: 100, data: bar(0) }, 400, 200);
    expect(rest).toEqual([]);
    expect(box?.score).toBeCloseTo(0.9, 5);
    // a 120 × 16 px core (between pixel centres) grown by area · 1.5 / perimeter ≈ 10.6 on each side, then × 2
    expect(box?.quad).toEqual([[59, 63], [341, 63], [341, 137], [59, 137]]);
  });

  it('follows a turned line, corners in PaddleOCR\'s order', () => {
    const [box] = boxesFromProbMap({ width: 200, height: 100, data: bar(10) }, 200, 100);
    const [tl, tr, br, bl] = box!.quad;
    expect((Math.atan2(tr[1] - tl[1], tr[0] - tl[0]) * 180) / Math.PI).toBeCloseTo(10, 0);
    expect(tl[0]).toBeLessThan(tr[0]);
    expect(bl[1]).toBeGreaterThan(tl[1]);
    expect(br[0]).toBeGreaterThan(bl[0]);
  });

  it('drops regions too faint or too thin to be text', () => {
    const faint = bar(0).map((v) => (v > 0 ? 0.5 : 0));
    const thin = new Float32Array(200 * 100);
    for (let x = 20; x < 180; x += 1) thin[50 * 200 + x] = 0.9;
    expect(boxesFromProbMap({ width: 200, height: 100, data: faint }, 200, 100)).toEqual([]);
    expect(boxesFromProbMap({ width: 200, height: 100, data: thin }, 200, 100)).toEqual([]);
  });

  it('sizes the detector input to multiples of 32 within the long side', () => {
    expect(detSize(1654, 2339, 960)).toEqual({ width: 672, height: 960 });
    expect(detSize(400, 300, 960)).toEqual({ width: 416, height: 288 });
  });
});

describe('CTC decoding', () => {
  it('merges repeats, drops blanks, keeps a repeat separated by a blank, averages the kept steps', () => {
    const alphabet = ['', '王', '秀', '英'];
    const steps = [[0, 0.9], [1, 0.8], [1, 0.7], [0, 0.9], [2, 0.6], [0, 0.9], [2, 1], [3, 0.9]];
    const probs = new Float32Array(steps.length * 4);
    steps.forEach(([c, p], t) => {
      probs.fill((1 - p!) / 3, t * 4, t * 4 + 4);
      probs[t * 4 + c!] = p!;
    });
    const r = ctcDecode(probs, 0, steps.length, 4, alphabet);
    expect(r.text).toBe('王秀秀英');
    expect(r.confidence).toBeCloseTo((0.8 + 0.6 + 1 + 0.9) / 4, 5);
  });
});

describe('recognition batches', () => {
  it('puts lines of near widths together, narrowest first, at most `size` to a batch', () => {
    expect(batchesByWidth([300, 100, 110, 105, 310], 2, 1.2)).toEqual([[1, 3], [2], [0, 4]]);
  });

  it('closes a batch before its padded width in all would pass `columns`', () => {
    // 3 × 320 fits 960 columns, a fourth would not; one line wider than the cap still runs alone
    expect(batchesByWidth([320, 320, 320, 320, 1500], 6, 1.2, 960)).toEqual([[0, 1, 2], [3], [4]]);
  });
});
