import { AppError } from '../contract/app-error';
import { assembleUpload, deleteUpload, deleteUploadsBefore, findUpload, insertUpload, putChunk, receivedBytes } from '../../db/queries/uploads';
import { INGEST_LIMITS } from '../files/ingest-limits';
import type { Actor, ServiceDeps } from './context';
import { requirePermission } from './guard';

/** Raw bytes of one chunk; base64 of it fits well within the web host's 1 MB request limit. */
export const UPLOAD_CHUNK_BYTES = 512 * 1024;

/**
 * Files reach the backend in chunks through the contract, so IPC and HTTP carry them the same way.
 * A file over the size limit is refused before any byte is sent.
 */
export function createUploadService(deps: ServiceDeps) {
  function begin(actor: Actor, fileName: string, size: number) {
    requirePermission(actor, 'materials.write');
    if (size === 0) throw new AppError('FILE_EMPTY', { fileName });
    if (size > INGEST_LIMITS.maxFileBytes) {
      throw new AppError('FILE_TOO_LARGE', { fileName, mb: (size / 1048576).toFixed(1), maxMb: INGEST_LIMITS.maxFileBytes / 1048576 });
    }
    const id = deps.newId();
    insertUpload(deps.db, { id, fileName, size, createdBy: actor.userId, createdAt: deps.clock().toISOString() });
    return { uploadId: id, chunkBytes: UPLOAD_CHUNK_BYTES };
  }

  function chunk(actor: Actor, uploadId: string, index: number, base64: string) {
    requirePermission(actor, 'materials.write');
    const upload = findUpload(deps.db, uploadId);
    if (!upload || upload.createdBy !== actor.userId) throw new AppError('UPLOAD_NOT_FOUND');
    const bytes = Buffer.from(base64, 'base64');
    if (bytes.length > UPLOAD_CHUNK_BYTES || index * UPLOAD_CHUNK_BYTES + bytes.length > upload.size) {
      throw new AppError('INVALID_INPUT', { detail: '分块大小与文件大小不符' });
    }
    putChunk(deps.db, uploadId, index, bytes);
    return { received: receivedBytes(deps.db, uploadId) };
  }

  /** The whole file, once every byte has arrived; the staging rows are removed. */
  function take(actor: Actor, uploadId: string): { fileName: string; bytes: Buffer } {
    const upload = findUpload(deps.db, uploadId);
    if (!upload || upload.createdBy !== actor.userId) throw new AppError('UPLOAD_NOT_FOUND');
    const bytes = assembleUpload(deps.db, uploadId);
    if (bytes.length !== upload.size) throw new AppError('UPLOAD_INCOMPLETE', { received: bytes.length, size: upload.size });
    deps.db.transaction((tx) => deleteUpload(tx, uploadId));
    return { fileName: upload.fileName, bytes };
  }

  function clearAbandoned(): void {
    deps.db.transaction((tx) => deleteUploadsBefore(tx, new Date(deps.clock().getTime() - 86_400_000).toISOString()));
  }

  return { begin, chunk, take, clearAbandoned };
}

export type UploadService = ReturnType<typeof createUploadService>;
