import { AppError } from '../contract/app-error';
import { INGEST_LIMITS } from './ingest-limits';
import { imagePages, type PreparedPage } from './page-images';
import { pdfPages } from './pdf-pages';
import { sniffKind, type FileKind } from './sniff';

export type ReadFile = { readonly kind: FileKind; readonly pages: readonly PreparedPage[] };

/** Any supported file into pages, by its content (not its extension); every failure is a coded, Chinese-worded error. */
export async function readPages(bytes: Buffer, fileName: string): Promise<ReadFile> {
  if (bytes.length === 0) throw new AppError('FILE_EMPTY', { fileName });
  if (bytes.length > INGEST_LIMITS.maxFileBytes) {
    throw new AppError('FILE_TOO_LARGE', { fileName, mb: (bytes.length / 1048576).toFixed(1), maxMb: INGEST_LIMITS.maxFileBytes / 1048576 });
  }
  const kind = sniffKind(bytes);
  if (kind === 'pdf') return { kind, pages: await pdfPages(bytes, fileName) };
  if (kind === 'heic') throw new AppError('HEIC_UNSUPPORTED', { fileName });
  if (kind === 'unknown') throw new AppError('FILE_TYPE_UNSUPPORTED', { fileName });
  return { kind, pages: await imagePages(bytes, fileName) };
}
