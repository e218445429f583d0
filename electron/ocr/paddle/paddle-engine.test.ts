import { createCanvas } from '@napi-rs/canvas';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFacts } from '../../domain/extraction/extract-facts';
import { readPages } from '../../files/read-pages';
import { loadPolicyPacks, SOURCE_PACKS_DIR } from '../../policy/pack-loader';
import { renderClean } from '../../testing/corpus';
import { photographPage, type PhotoSpec } from '../../testing/photo-fixtures';
import { recordLines, renderRecord, sampleRecords, type RecordSpec } from '../../testing/record-fixtures';
import { OcrPool } from '../ocr-pool';
import type { OcrResult } from '../ocr-result';
import { SOURCE_PADDLE_MODEL_DIR } from './model-files';
import { paddleWorkerFactory } from './paddle-engine';

/**
 * The PaddleOCR engine end to end (worker thread, onnxruntime, real models) on generated pages:
 * the lines extraction depends on must come out exactly.
 */

const pack = loadPolicyPacks(SOURCE_PACKS_DIR).get('cn.sd.liaocheng.csd')!;
const pool = new OcrPool({ size: 1, timeoutMs: 60_000, createWorker: paddleWorkerFactory(SOURCE_PADDLE_MODEL_DIR, { intraOpThreads: 2 }) });
afterAll(() => pool.close());

let n = 0;
async function read(image: Buffer): Promise<OcrResult> {
  const [page] = (await readPages(image, 'page.png')).pages;
  return pool.recognize(`page-${(n += 1)}`, page!.ocrImage);
}

const lines = (r: OcrResult): string[] => r.text.split('\n');
/** The recogniser drops the wide gaps inside 「姓名：… 性别：…」; everything else is compared as printed. */
const unspaced = (s: string): string => s.replace(/\s+/g, '');

const [discharge, outpatient, lab] = sampleRecords(3, 6) as [RecordSpec, RecordSpec, RecordSpec];
const KINDS: [string, RecordSpec][] = [['discharge record', discharge], ['outpatient record', outpatient], ['lab report', lab]];
const DATE_FIELDS = ['admissionDate', 'dischargeDate', 'visitDates', 'reportDate'] as const;

describe('PaddleOCR engine', () => {
  it.each(KINDS)('reads the %s line for line', async (_kind, spec) => {
    const r = await read(await renderRecord(spec));
    const { title, lines: printed } = recordLines(spec);
    expect(r.engine).toBe('paddle');
    expect(lines(r).slice(0, 2)).toEqual([spec.hospital, title]);
    expect(unspaced(lines(r)[2]!)).toBe(unspaced(printed[0]!));
    expect(lines(r)).toContain(`身份证号：${spec.idNumber}`);
    for (const dated of printed.filter((l) => /日期：/.test(l))) expect(lines(r)).toContain(dated);
    expect(r.confidence).toBeGreaterThan(0.95);
    const f = extractFacts(r.text, pack);
    expect([f.name, f.idNumber, ...DATE_FIELDS.map((k) => f[k])]).toEqual([spec.name, spec.idNumber, ...DATE_FIELDS.map((k) => spec[k])]);
    // 「1. 2型糖尿病」 is read without its space: the item must still be 2型糖尿病
    if (spec.kind === 'discharge') expect(f.diagnoses).toEqual(spec.diagnoses);
  });

  it('returns one word per text box, in the pixels of the image it was given', async () => {
    const r = await read(await renderRecord(discharge));
    const id = r.words.find((w) => w.text === `身份证号：${discharge.idNumber}`);
    // record-fixtures draws body lines at x = 130, baseline 380 + i·64 with a 32 px font
    expect(id?.bbox[0]).toBeGreaterThan(110);
    expect(id?.bbox[0]).toBeLessThan(140);
    expect(id?.bbox[1]).toBeGreaterThan(380 + 64 - 40);
    expect(id?.bbox[3]).toBeLessThan(380 + 64 + 16);
    expect(id?.quad).toHaveLength(4);
  });

  it('keeps labels with their values on a two-column form turned 2.5°', async () => {
    const form: [string, string][] = [
      ['姓名：', '王秀英'], ['身份证号：', '371502195803120427'], ['入院日期：', '2024年06月03日'], ['出院日期：', '2024年06月17日'],
    ];
    const canvas = createCanvas(1654, 2339);
    const g = canvas.getContext('2d');
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, 1654, 2339);
    g.fillStyle = '#111111';
    g.font = '32px NotoSansSC';
    form.forEach(([label, value], i) => {
      g.fillText(label, 130, 400 + i * 56);
      g.fillText(value, 1000, 400 + i * 56);
    });
    const turned = await sharp(canvas.toBuffer('image/png')).rotate(2.5, { background: '#ffffff' }).png().toBuffer();
    expect(lines(await read(turned))).toEqual(form.map(([label, value]) => `${label}  ${value}`));
  });

  it('reads short figures on an upright page upright, though the direction classifier would turn them (tune11 dot-matrix lab)', async () => {
    // the classifier is sure that 3.09 and 0.56-1.70 lie upside down (they read 60'5 and O1"T-95*0 turned)
    const text = unspaced((await read((await renderClean('tune11-report-lab-dotmatrix', 0)).png)).text);
    for (const figure of ['3.09', '1.10-4.40', '0.56-1.70', '39.8']) expect(text).toContain(figure);
  });

  const photo: PhotoSpec = { width: 2400, height: 3200, corners: [[420, 380], [1980, 300], [2150, 2950], [300, 3050]] };

  it.each([['upright', 0], ['sideways', 90], ['upside down', 180]])('reads a photographed page (%s) as if scanned', async (_name, angle) => {
    const taken = await sharp(await photographPage(await renderRecord(discharge), photo)).rotate(angle).jpeg().toBuffer();
    const r = await read(taken);
    expect(lines(r).slice(0, 2)).toEqual([discharge.hospital, recordLines(discharge).title]);
    expect(lines(r)).toContain(`身份证号：${discharge.idNumber}`);
    // the boxes are where the text is in the photo: inside the sheet, not on the straightened page
    const xs = r.words.flatMap((w) => [w.bbox[0], w.bbox[2]]);
    expect(Math.min(...xs)).toBeGreaterThan(angle === 0 ? 300 : 0);
  });
});

describe('PaddleOCR in the pool', () => {
  it('cancels a running page, replaces its worker thread and reads the next page', async () => {
    const page = (await readPages(await renderRecord(lab), 'p.png')).pages[0]!.ocrImage;
    const running = pool.recognize('to-cancel', page);
    const next = pool.recognize('next', page);
    await new Promise((r) => setTimeout(r, 200));
    expect(pool.cancel('to-cancel')).toBe(true);
    await expect(running).rejects.toMatchObject({ code: 'OCR_CANCELLED' });
    await expect(next).resolves.toMatchObject({ engine: 'paddle' });
  });
});
