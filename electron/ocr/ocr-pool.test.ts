import { describe, expect, it } from 'vitest';
import { OcrPool, defaultPoolSize } from './ocr-pool';
import type { OcrResult, OcrWorker } from './ocr-result';

/** A fake worker whose page "image" says how long to take: the pool's scheduling is what is tested here. */
function fakeFactory(log: string[]): () => Promise<OcrWorker> {
  let n = 0;
  return () => {
    const id = (n += 1);
    let alive = true;
    return Promise.resolve({
      recognize: (image) => new Promise<OcrResult>((resolve, reject) => {
        const [label, ms] = image.toString().split(':');
        log.push(`w${id} start ${label}`);
        setTimeout(() => (alive ? resolve({ engine: 'tesseract', text: String(label), confidence: 0.9, words: [], lines: [] }) : reject(new Error('terminated'))), Number(ms));
      }),
      terminate: () => { alive = false; log.push(`w${id} terminated`); return Promise.resolve(); },
    });
  };
}

describe('OcrPool', () => {
  it('sizes itself to one worker per core minus one, at least one', () => {
    expect([defaultPoolSize(1), defaultPoolSize(2), defaultPoolSize(8)]).toEqual([1, 1, 7]);
  });

  it('runs at most `size` pages at once, in order', async () => {
    const log: string[] = [];
    const pool = new OcrPool({ size: 2, timeoutMs: 1000, createWorker: fakeFactory(log) });
    const results = await Promise.all(['a:30', 'b:30', 'c:10'].map((x, i) => pool.recognize(`p${i}`, Buffer.from(x))));
    expect(results.map((r) => r.text)).toEqual(['a', 'b', 'c']);
    expect(log.slice(0, 2).sort()).toEqual(['w1 start a', 'w2 start b']);
    expect(log[2]).toMatch(/^w[12] start c$/);
    await pool.close();
  });

  it('times a page out, replaces its worker and goes on with the next page', async () => {
    const log: string[] = [];
    const pool = new OcrPool({ size: 1, timeoutMs: 50, createWorker: fakeFactory(log) });
    const slow = pool.recognize('slow', Buffer.from('slow:500'));
    const next = pool.recognize('next', Buffer.from('next:5'));
    await expect(slow).rejects.toMatchObject({ code: 'OCR_TIMEOUT' });
    await expect(next).resolves.toMatchObject({ text: 'next' });
    expect(log).toEqual(['w1 start slow', 'w1 terminated', 'w2 start next']);
    await pool.close();
  });

  it('cancels a queued page and a running one', async () => {
    const pool = new OcrPool({ size: 1, timeoutMs: 1000, createWorker: fakeFactory([]) });
    const running = pool.recognize('r', Buffer.from('r:300'));
    const queued = pool.recognize('q', Buffer.from('q:5'));
    expect(pool.cancel('q')).toBe(true);
    expect(pool.cancel('r')).toBe(true);
    expect(pool.cancel('nope')).toBe(false);
    await expect(queued).rejects.toMatchObject({ code: 'OCR_CANCELLED' });
    await expect(running).rejects.toMatchObject({ code: 'OCR_CANCELLED' });
    await pool.close();
  });
});
