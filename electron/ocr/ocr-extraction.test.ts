import { afterAll, describe, expect, it } from 'vitest';
import { extractFacts } from '../domain/extraction/extract-facts';
import { readPages } from '../files/read-pages';
import { loadPolicyPacks, SOURCE_PACKS_DIR } from '../policy/pack-loader';
import { renderRecord, sampleRecords, type Degradation } from '../testing/record-fixtures';
import { prepareLangDir, SOURCE_OCR_LANG_DIR } from './lang-data';
import { OcrPool } from './ocr-pool';
import { tesseractWorkerFactory } from './tesseract-engine';

/**
 * Field-level extraction through the real pipeline (sharp → tesseract.js → extractFacts) on
 * generated records, clean and degraded (bench/ocr measures the same on more pages).
 */

const pack = loadPolicyPacks(SOURCE_PACKS_DIR).get('cn.sd.liaocheng.csd')!;
const pool = new OcrPool({ size: 1, timeoutMs: 120_000, createWorker: tesseractWorkerFactory(prepareLangDir(SOURCE_OCR_LANG_DIR)) });
afterAll(() => pool.close());

const specs = sampleRecords(6, 77);
const cases: [Degradation, number][] = [['clean', 0], ['clean', 1], ['clean', 2], ['rotated', 3], ['blurred', 4], ['low-contrast', 5], ['angled', 0], ['noisy', 1]];

describe('OCR + extraction, field by field', () => {
  it.each(cases)('%s page %i: name, ID number, dates and disease are read exactly', async (degradation, i) => {
    const spec = specs[i]!;
    const [page] = (await readPages(await renderRecord(spec, degradation), 'page.png')).pages;
    const { text, confidence } = await pool.recognize(`${degradation}-${i}`, page!.ocrImage);
    const f = extractFacts(text, pack);
    expect(confidence).toBeGreaterThan(0.7);
    expect({ name: f.name, idNumber: f.idNumber, hospital: f.hospital, admissionDate: f.admissionDate, dischargeDate: f.dischargeDate, visitDates: f.visitDates, reportDate: f.reportDate })
      .toEqual({ name: spec.name, idNumber: spec.idNumber, hospital: spec.hospital, admissionDate: spec.admissionDate, dischargeDate: spec.dischargeDate, visitDates: spec.visitDates, reportDate: spec.reportDate });
    expect(f.diseaseKeys).toEqual(expect.arrayContaining([...spec.diseaseKeys]));
  });
});
