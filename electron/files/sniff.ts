/** What a file really is, from its first bytes: extensions lie (a PNG saved as .pdf, a .jpg that is text). */
export type FileKind = 'pdf' | 'jpeg' | 'png' | 'tiff' | 'heic' | 'webp' | 'bmp' | 'unknown';

export function sniffKind(bytes: Uint8Array): FileKind {
  const b = (i: number): number => bytes[i] ?? -1;
  const ascii = (from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to));
  if (ascii(0, 1024).includes('%PDF-')) return 'pdf';
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'jpeg';
  if (b(0) === 0x89 && ascii(1, 4) === 'PNG') return 'png';
  if ((ascii(0, 2) === 'II' && b(2) === 42 && b(3) === 0) || (ascii(0, 2) === 'MM' && b(2) === 0 && b(3) === 42)) return 'tiff';
  if (ascii(4, 8) === 'ftyp' && /^(heic|heix|mif1|msf1|hevc)$/.test(ascii(8, 12))) return 'heic';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(0, 2) === 'BM') return 'bmp';
  return 'unknown';
}

export const MIME: Record<FileKind, string> = {
  pdf: 'application/pdf', jpeg: 'image/jpeg', png: 'image/png', tiff: 'image/tiff', heic: 'image/heic',
  webp: 'image/webp', bmp: 'image/bmp', unknown: 'application/octet-stream',
};
