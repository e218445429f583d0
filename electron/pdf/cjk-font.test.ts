import { pdfText } from '../testing/pdf-text';
import { describe, expect, it } from 'vitest';
import { newCjkDocument, wrap } from './cjk-font';

describe('CJK text in PDFs (toolchain.md route)', () => {
  it('writes Chinese and codes that read back exactly: no missing glyphs, no ligatures in "ff"/"fi"', async () => {
    const line = '签署内容摘要 SHA-256：ff9ffaffi0 核验码 1FFE 出院诊断：2型糖尿病';
    const { doc, font } = await newCjkDocument(line);
    doc.addPage([595, 842]).drawText(line, { x: 40, y: 700, size: 11, font });
    const text = await pdfText(await doc.save());
    expect(text).toBe(line);
  });

  it('wraps Chinese anywhere but never starts a line with closing punctuation', async () => {
    const { font } = await newCjkDocument('一二三四五六七八九十，。');
    const lines = wrap('一二三四五六七八九，十', font, 10, 90);
    expect(lines.every((l) => !/^[，。]/.test(l))).toBe(true);
    expect(lines.join('')).toBe('一二三四五六七八九，十');
  });
});
