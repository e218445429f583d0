import { asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { uploadChunks, uploads } from '../schema';

export const insertUpload = (db: Executor, row: typeof uploads.$inferInsert): void => {
  db.insert(uploads).values(row).run();
};

export const findUpload = (db: Executor, id: string) => db.select().from(uploads).where(eq(uploads.id, id)).get();

/** A repeated chunk (a retry after a lost answer) replaces the earlier one: uploading is idempotent. */
export const putChunk = (db: Executor, uploadId: string, idx: number, bytes: Buffer): void => {
  db.insert(uploadChunks).values({ uploadId, idx, bytes })
    .onConflictDoUpdate({ target: [uploadChunks.uploadId, uploadChunks.idx], set: { bytes } }).run();
};

export const receivedBytes = (db: Executor, uploadId: string): number =>
  db.select({ n: sql<number>`coalesce(sum(length(${uploadChunks.bytes})), 0)` }).from(uploadChunks).where(eq(uploadChunks.uploadId, uploadId)).get()?.n ?? 0;

export const assembleUpload = (db: Executor, uploadId: string): Buffer =>
  Buffer.concat(db.select({ bytes: uploadChunks.bytes }).from(uploadChunks).where(eq(uploadChunks.uploadId, uploadId)).orderBy(asc(uploadChunks.idx)).all().map((r) => r.bytes));

export const deleteUpload = (db: Executor, uploadId: string): void => {
  db.delete(uploadChunks).where(eq(uploadChunks.uploadId, uploadId)).run();
  db.delete(uploads).where(eq(uploads.id, uploadId)).run();
};

/** Uploads abandoned for longer than a day (a closed window, a crash) are cleared at start-up. */
export const deleteUploadsBefore = (db: Executor, isoCutoff: string): void => {
  for (const u of db.select({ id: uploads.id }).from(uploads).where(sql`${uploads.createdAt} < ${isoCutoff}`).all()) deleteUpload(db, u.id);
};
