import { describe, expect, it } from 'vitest';
import { failure } from '../testing/desk-harness';
import { encryptedPdf, hugePngHeader, imagePdf, multiPageTiff, textPdf } from '../testing/file-fixtures';
import { renderRecord, sampleRecords } from '../testing/record-fixtures';
import { readPages } from './read-pages';
import { sniffKind } from './sniff';

const [spec] = sampleRecords(1, 3);
const pagePng = renderRecord(spec!);


describe('readPages: what a desk scanner or a patient brings', () => {
  it('reads an image into one grey OCR page, a view image and a thumbnail', async () => {
    const { kind, pages } = await readPages(await pagePng, '出院记录.png');
    expect(kind).toBe('png');
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ index: 0, width: 1654, height: 2339, text: null });
    expect(sniffKind(pages[0]!.thumb)).toBe('jpeg');
    expect(pages[0]!.thumb.length).toBeLessThan(pages[0]!.viewImage.length);
  });

  it('reads every page of a multi-page TIFF', async () => {
    const other = await renderRecord(sampleRecords(2, 9)[1]!);
    const { kind, pages } = await readPages(await multiPageTiff([await pagePng, other]), 'scan.tif');
    expect(kind).toBe('tiff');
    expect(pages.map((p) => p.index)).toEqual([0, 1]);
    expect(pages[0]!.sha256).not.toBe(pages[1]!.sha256);
  });

  it('takes the text layer of a PDF page that has one and renders only pages without', async () => {
    const typed = await textPdf([['电子病历打印件', '姓名：张三  门诊号：MZ0001', '诊断：2型糖尿病']]);
    const withText = await readPages(typed, 'emr.pdf');
    expect(withText.pages[0]!.text).toContain('2型糖尿病');
    const scanned = await readPages(await imagePdf([await pagePng]), 'scan.pdf');
    expect(scanned.pages[0]!.text).toBeNull();
    expect(scanned.pages[0]!.width).toBeGreaterThan(1000);
  });

  it('goes by content, not by extension: a PNG named .pdf is read as an image', async () => {
    expect((await readPages(await pagePng, '误命名.pdf')).kind).toBe('png');
  });

  it.each([
    ['zero bytes', () => Buffer.alloc(0), 'FILE_EMPTY'],
    ['a text file named .jpg', () => Buffer.from('这不是图片'), 'FILE_TYPE_UNSUPPORTED'],
    ['a truncated JPEG', async () => (await import('sharp')).default(await pagePng).jpeg().toBuffer().then((b) => b.subarray(0, 2000)), 'IMAGE_UNREADABLE'],
    ['a 400-megapixel image', () => hugePngHeader(), 'IMAGE_TOO_LARGE'],
    ['a corrupt PDF', () => Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage'), 'PDF_CORRUPT'],
    ['a password-protected PDF', () => encryptedPdf(), 'PDF_ENCRYPTED'],
    ['an iPhone HEIC photo', () => Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(16)]), 'HEIC_UNSUPPORTED'],
    ['a 101 MB file', () => Buffer.alloc(101 * 1024 * 1024, 1), 'FILE_TOO_LARGE'],
  ])('refuses %s with a coded, Chinese-worded reason', async (_name, make, code) => {
    const e = await failure(readPages(await make(), 'x.jpg'));
    expect(e.code).toBe(code);
    expect(e.params['fileName']).toBe('x.jpg');
  });
});
