import { describe, expect, it } from 'vitest';
import { readPages } from '../files/read-pages';
import { renderRecord, sampleRecords } from '../testing/record-fixtures';
import { SOURCE_OCR_LANG_DIR } from './lang-data';
import { chooseOcrEngine, createOcrPool } from './ocr-engine';
import { SOURCE_PADDLE_MODEL_DIR } from './paddle/model-files';

const GB = 1024 ** 3;
const modelDir = SOURCE_PADDLE_MODEL_DIR;
const loads = (): void => undefined;
const brokenRuntime = (): never => {
  throw new Error('libonnxruntime.so.1: cannot open shared object file');
};

describe('chooseOcrEngine', () => {
  it.each([
    ['2 cores, 23 GB free', 2, 23 * GB, 2, 1, 'PaddleOCR · 2 个识别进程 × 每个 1 线程（按本机 2 核、23 GB 可用内存选择）'],
    ['8 cores, 16 GB free', 8, 16 * GB, 4, 1, 'PaddleOCR · 4 个识别进程 × 每个 1 线程（按本机 8 核、16 GB 可用内存选择）'],
    ['8 cores, 2.5 GB free', 8, 2.5 * GB, 1, 2, 'PaddleOCR · 1 个识别进程 × 每个 2 线程（按本机 8 核、2.5 GB 可用内存选择）'],
    ['1 core', 1, 8 * GB, 1, 1, 'PaddleOCR · 1 个识别进程 × 每个 1 线程（按本机 1 核、8.0 GB 可用内存选择）'],
  ])('runs PaddleOCR by default, shaped by the machine: %s', (_name, cores, freeMemBytes, workers, threadsPerWorker, shapeZh) => {
    expect(chooseOcrEngine({ modelDir, machine: { cores, freeMemBytes }, loadRuntime: loads }))
      .toEqual({ engine: 'paddle', workers, threadsPerWorker, fallbackReason: null, shapeZh });
  });

  it('runs tesseract when the settings say so, without a reason to explain', () => {
    const choice = chooseOcrEngine({ preference: 'tesseract', modelDir, machine: { cores: 4, freeMemBytes: 8 * GB }, loadRuntime: brokenRuntime });
    expect(choice).toEqual({
      engine: 'tesseract', workers: 3, threadsPerWorker: 1, fallbackReason: null,
      shapeZh: 'Tesseract · 3 个识别进程（按本机 4 核、8.0 GB 可用内存选择）',
    });
  });

  it('falls back to tesseract, and says why in Chinese, when the models are missing', () => {
    const choice = chooseOcrEngine({ modelDir: '/nonexistent', machine: { cores: 2, freeMemBytes: 8 * GB }, loadRuntime: loads });
    expect(choice.engine).toBe('tesseract');
    expect(choice.fallbackReason).toBe('未找到 PaddleOCR 模型文件，已改用 Tesseract 识别（较慢、准确率较低）');
  });

  it('keeps a fixed worker count when one is given', () => {
    expect(chooseOcrEngine({ modelDir, workers: 1, machine: { cores: 2, freeMemBytes: 23 * GB }, loadRuntime: loads }))
      .toMatchObject({ engine: 'paddle', workers: 1, threadsPerWorker: 2 });
  });
});

describe('when the ONNX runtime cannot load', () => {
  it('reads the page with tesseract and reports the reason in Chinese', async () => {
    const choice = chooseOcrEngine({ modelDir, workers: 1, loadRuntime: brokenRuntime });
    expect(choice.engine).toBe('tesseract');
    expect(choice.fallbackReason).toBe('本机无法加载 ONNX 运行库，已改用 Tesseract 识别（较慢、准确率较低）');
    const pool = createOcrPool(choice, { modelDir, langDir: SOURCE_OCR_LANG_DIR }, 60_000);
    try {
      const spec = sampleRecords(1, 3)[0]!;
      const [page] = (await readPages(await renderRecord(spec), 'page.png')).pages;
      const result = await pool.recognize('fallback', page!.ocrImage);
      expect(result.engine).toBe('tesseract');
      expect(result.text).toMatch(new RegExp(`身份证号[:：]\\s*${spec.idNumber}`));
    } finally {
      await pool.close();
    }
  });
});
