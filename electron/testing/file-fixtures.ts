import { crc32 } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { newCjkDocument } from '../pdf/cjk-font';

/** Files for the import tests, generated here (never downloaded): good, bad and hostile. */

/** A PDF whose pages carry a real text layer (an EMR printout). */
export async function textPdf(pages: readonly (readonly string[])[]): Promise<Buffer> {
  const { doc, font } = await newCjkDocument(pages.flat().join(''));
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    lines.forEach((l, i) => page.drawText(l, { x: 60, y: 760 - i * 24, size: 13, font }));
  }
  return Buffer.from(await doc.save());
}

/** A scanned PDF: each page is only an image, so it needs OCR. */
export async function imagePdf(pngs: readonly Buffer[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (const png of pngs) {
    const img = await doc.embedPng(png);
    doc.addPage([595, 842]).drawImage(img, { x: 0, y: 0, width: 595, height: 842 });
  }
  return Buffer.from(await doc.save());
}

/** A PDF with a Standard security handler whose user password is not empty. */
export function encryptedPdf(): Buffer {
  const hex = (n: number): string => Buffer.alloc(n, 0x5a).toString('hex');
  const objs = [
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
    `4 0 obj << /Filter /Standard /V 1 /R 2 /O <${hex(32)}> /U <${hex(32)}> /P -4 >> endobj`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const o of objs) {
    offsets.push(body.length);
    body += `${o}\n`;
  }
  const xref = body.length;
  body += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer << /Size ${objs.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${hex(16)}> <${hex(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A PNG whose header claims 20000 × 20000 pixels (400 megapixels): must be refused before decoding. */
export function hugePngHeader(): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(20000, 0);
  ihdr.writeUInt32BE(20000, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', Buffer.alloc(16)), chunk('IEND', Buffer.alloc(0))]);
}

/** A multi-page TIFF of the given page images, uncompressed grey as many desk scanners write it. */
export function multiPageTiff(pngs: readonly Buffer[]): Promise<Buffer> {
  return sharp([...pngs], { join: { animated: true } }).greyscale().tiff({ compression: 'none' }).toBuffer();
}

/** A signature as the pad sends it: ink strokes on a transparent 600×200 canvas, or an empty pad (`strokes` 0). */
export function signaturePng(strokes = 3): Promise<Buffer> {
  const paths = Array.from({ length: strokes }, (_v, i) =>
    `<path d="M ${60 + i * 160} 150 C ${90 + i * 160} 20, ${140 + i * 160} 40, ${170 + i * 160} 140 S ${210 + i * 160} 60, ${230 + i * 160} 90" stroke="#111" stroke-width="6" fill="none" stroke-linecap="round"/>`).join('');
  return sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200">${paths}</svg>`)).png().toBuffer();
}
