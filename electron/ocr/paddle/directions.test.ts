import { describe, expect, it } from 'vitest';
import type { Quad } from '../../domain/extraction/layout';
import type { GreyImage } from '../image/grey-image';
import { classifyDirections, sampleAgrees, sampleLines, type Direction } from './cls';
import type { Model, Tensor } from './onnx-runtime';
import { pageTurns } from './orientation';

/** A box `w` × `h` at the top left, one per row. */
const box = (w: number, h: number, row: number): Quad => [[0, row * 40], [w, row * 40], [w, row * 40 + h], [0, row * 40 + h]];
const page: GreyImage = { width: 1000, height: 2000, data: new Uint8Array(1000 * 2000).fill(255) };

/** A classifier that answers every crop with p(180°) = `p180`, counting the crops it is shown. */
function fakeClassifier(p180: number): Model & { shown: number } {
  const model = {
    shown: 0,
    run: (t: Tensor): Promise<Tensor> => {
      const n = t.dims[0]!;
      model.shown += n;
      const data = new Float32Array(2 * n);
      for (let i = 0; i < n; i += 1) data.set([1 - p180, p180], 2 * i);
      return Promise.resolve({ data, dims: [n, 2] });
    },
    release: (): Promise<void> => Promise.resolve(),
  };
  return model;
}

// 14 long lines (aspect 5 to 18) and 16 short cells (aspect 2)
const lines = [...Array.from({ length: 14 }, (_, i) => box(100 + 26 * i, 20, i)), ...Array.from({ length: 16 }, (_, i) => box(40, 20, 14 + i))];
const sure = (upsideDown: boolean): Direction => ({ upsideDown, score: 0.99 });

describe('text direction on a sample of the page', () => {
  it('samples the twelve longest lines, longest first, and no short cells', () => {
    expect(sampleLines(lines)).toEqual([13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
    expect(sampleLines(lines.slice(14))).toEqual([]);
  });

  it.each([
    ['twelve sure and upright', true, Array.from({ length: 12 }, () => sure(false))],
    ['twelve sure and upside down', true, Array.from({ length: 12 }, () => sure(true))],
    ['one of twelve the other way', false, [...Array.from({ length: 11 }, () => sure(false)), sure(true)]],
    ['one of twelve unsure', false, [...Array.from({ length: 11 }, () => sure(false)), { upsideDown: false, score: 0.7 }]],
    ['too few to go by', false, Array.from({ length: 5 }, () => sure(false))],
  ])('a sample %s decides the page: %s', (_name, agrees, sampled) => {
    expect(sampleAgrees(sampled)).toBe(agrees);
  });

  it('leaves the other lines of a page whose sample agrees to follow it', async () => {
    const model = fakeClassifier(0.02);
    const directions = await classifyDirections(model, page, lines);
    expect(model.shown).toBe(12);
    expect(directions.filter((d) => d === undefined)).toHaveLength(18);
    expect(pageTurns(lines, directions)).toBe(0);
  });

  it('classifies every line of a page whose sample is unsure', async () => {
    const model = fakeClassifier(0.4);
    const directions = await classifyDirections(model, page, lines);
    expect(model.shown).toBe(30);
    expect(directions.every((d) => d !== undefined)).toBe(true);
  });

  it('turns a page by the lines classified, not by those left out', async () => {
    const directions = await classifyDirections(fakeClassifier(0.98), page, lines);
    expect(directions.filter((d) => d?.upsideDown)).toHaveLength(12);
    expect(pageTurns(lines, directions)).toBe(2);
  });
});
