import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import subsetFont from 'subset-font';

/**
 * Chinese text in PDFs (toolchain.md): pdf-lib's own CJK subsetting loses glyphs, so the font is
 * subset first with harfbuzz (subset-font) to exactly the characters used, then embedded whole.
 * The font ships in an npm package (Noto Sans SC, OFL), so this works offline.
 */
const require = createRequire(import.meta.url);
let fontBytes: Buffer | null = null;
const loadFont = (): Buffer =>
  (fontBytes ??= readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf')));

export async function newCjkDocument(allText: string): Promise<{ doc: PDFDocument; font: PDFFont }> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const chars = [...new Set(`${allText}0123456789年月日：:（）()，。、—-_ `)].join('');
  const subset = await subsetFont(loadFont(), chars, { targetFormat: 'truetype' });
  // no ligatures: "ff" in a hash or code must stay two letters, in print and in extracted text
  const font = await doc.embedFont(subset, { subset: false, features: { locl: false, liga: false, clig: false, dlig: false } });
  return { doc, font };
}

/** Closing punctuation never starts a line (禁则): it may hang past the margin instead. */
const NO_LINE_START = new Set('，。、；：？！）》」』”’%'.split(''));

/** Splits text into lines no wider than `width` (Chinese wraps anywhere). */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line !== '' && !NO_LINE_START.has(ch) && font.widthOfTextAtSize(line + ch, size) > width) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  if (line !== '') lines.push(line);
  return lines;
}
