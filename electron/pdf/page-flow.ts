import { rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { wrap } from './cjk-font';

export const A4: [number, number] = [595.28, 841.89];

/**
 * Text flowing down A4 pages for letters and notices: paragraphs wrap, numbered items hang, a new
 * page starts when the next line would cross the bottom margin, and every page gets 第 i 页 共 n 页.
 */
export function pageFlow(doc: PDFDocument, font: PDFFont, margin: number) {
  const width = A4[0] - 2 * margin;
  let page: PDFPage = doc.addPage(A4);
  let y = A4[1] - margin;

  /** Room for `height` more points on this page, or a new page. */
  const ensure = (height: number): void => {
    if (y - height < margin + 20) {
      page = doc.addPage(A4);
      y = A4[1] - margin;
    }
  };
  const center = (text: string, size: number): void => {
    page.drawText(text, { x: (A4[0] - font.widthOfTextAtSize(text, size)) / 2, y, size, font });
    y -= size * 1.8;
  };
  const para = (text: string, size = 11.5, indent = 0): void => {
    for (const line of wrap(text, font, size, width - indent)) {
      ensure(size * 1.7);
      page.drawText(line, { x: margin + indent, y, size, font });
      y -= size * 1.7;
    }
  };
  /** "1. item" with the text hanging after the number. */
  const numbered = (items: readonly string[], size = 11.5): void => {
    items.forEach((item, i) => {
      ensure(size * 1.7);
      page.drawText(`${i + 1}. `, { x: margin + 12, y, size, font });
      for (const line of wrap(item, font, size, width - 34)) {
        ensure(size * 1.7);
        page.drawText(line, { x: margin + 32, y, size, font });
        y -= size * 1.7;
      }
      y -= 3;
    });
  };
  /** A bordered table: each row's cells wrap in their column; a row never splits over two pages. */
  const grid = (widths: readonly number[], rows: readonly (readonly string[])[], size = 11): void => {
    for (const cells of rows) {
      const wrapped = cells.map((c, i) => wrap(c, font, size, (widths[i] ?? 0) - 8));
      const h = Math.max(...wrapped.map((w) => w.length)) * (size + 4) + 8;
      ensure(h);
      let x = margin;
      wrapped.forEach((w, i) => {
        w.forEach((l, j) => page.drawText(l, { x: x + 4, y: y - size - 4 - j * (size + 4), size, font }));
        page.drawRectangle({ x, y: y - h, width: widths[i] ?? 0, height: h, borderWidth: 0.6, borderColor: rgb(0, 0, 0) });
        x += widths[i] ?? 0;
      });
      y -= h;
    }
  };
  const gap = (points: number): void => { y -= points; };
  /** Draws on the current page at the current height (the caller moves on with `gap`). */
  const at = (draw: (page: PDFPage, y: number) => void): void => draw(page, y);
  const footers = (): void => {
    const pages = doc.getPages();
    pages.forEach((p, i) => {
      const footer = `第 ${i + 1} 页 共 ${pages.length} 页`;
      p.drawText(footer, { x: (A4[0] - font.widthOfTextAtSize(footer, 9)) / 2, y: 30, size: 9, font, color: rgb(0.4, 0.4, 0.4) });
    });
  };
  return { width, ensure, center, para, numbered, grid, gap, at, footers };
}
