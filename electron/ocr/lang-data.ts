import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * tesseract.js takes one directory for all languages (toolchain.md). The packaged app ships
 * `resources/ocr/lang` (electron-builder copies both files there); in development the same two
 * files are copied once from the npm data packages. Nothing is ever fetched.
 */
export const OCR_LANGS = ['chi_sim', 'eng'] as const;
const VARIANT = '4.0.0_best_int';

/** Where a checkout (web host, CLI, tests) keeps its copy. */
export const SOURCE_OCR_LANG_DIR = fileURLToPath(new URL('../../node_modules/.cache/csd-ocr-lang', import.meta.url));

const fileName = (lang: string): string => `${lang}.traineddata.gz`;

export function hasLangData(dir: string): boolean {
  return OCR_LANGS.every((l) => existsSync(join(dir, fileName(l))));
}

export function prepareLangDir(target: string): string {
  if (hasLangData(target)) return target;
  const require = createRequire(import.meta.url);
  mkdirSync(target, { recursive: true });
  for (const lang of OCR_LANGS) {
    const pkg = dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`));
    copyFileSync(join(pkg, VARIANT, fileName(lang)), join(target, fileName(lang)));
  }
  return target;
}
