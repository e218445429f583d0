import { and, asc, count, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../client';
import { documents, pageImages, pages, storedFiles, users } from '../schema';

export type DocumentRow = typeof documents.$inferSelect;
export type PageRow = typeof pages.$inferSelect;
export type PageImageKind = (typeof pageImages.$inferSelect)['kind'];

export const insertStoredFile = (db: Executor, row: typeof storedFiles.$inferInsert): void => {
  db.insert(storedFiles).values(row).run();
};

export const findStoredFile = (db: Executor, id: string) => db.select().from(storedFiles).where(eq(storedFiles.id, id)).get();

/** A live document of the application whose original file has these exact bytes. */
export const documentWithFileHash = (db: Executor, applicationId: string, sha256: string) =>
  db.select({ document: documents, fileName: storedFiles.fileName })
    .from(documents).innerJoin(storedFiles, eq(storedFiles.id, documents.fileId))
    .where(and(eq(documents.applicationId, applicationId), eq(storedFiles.sha256, sha256), isNull(documents.removedAt)))
    .get();

export const insertDocument = (db: Executor, row: typeof documents.$inferInsert): void => {
  db.insert(documents).values(row).run();
};

export const updateDocument = (db: Executor, id: string, patch: Partial<typeof documents.$inferInsert>): void => {
  db.update(documents).set(patch).where(eq(documents.id, id)).run();
};

export const findDocument = (db: Executor, id: string): DocumentRow | undefined =>
  db.select().from(documents).where(eq(documents.id, id)).get();

export type DocumentListRow = { document: DocumentRow; fileName: string; mime: string; size: number; confirmedByName: string | null };

export const documentsOfApplication = (db: Executor, applicationId: string): DocumentListRow[] =>
  db.select({ document: documents, fileName: storedFiles.fileName, mime: storedFiles.mime, size: storedFiles.size, confirmedByName: users.displayName })
    .from(documents)
    .innerJoin(storedFiles, eq(storedFiles.id, documents.fileId))
    .leftJoin(users, eq(users.id, documents.confirmedBy))
    .where(and(eq(documents.applicationId, applicationId), isNull(documents.removedAt)))
    .orderBy(asc(documents.createdAt), asc(documents.id))
    .all();

export const insertPage = (db: Executor, row: typeof pages.$inferInsert, images: { kind: PageImageKind; mime: string; bytes: Buffer }[]): void => {
  db.insert(pages).values(row).run();
  for (const img of images) db.insert(pageImages).values({ pageId: row.id, ...img }).run();
};

/** Pages without their blobs, for lists; ordered by document then page. */
export const pagesOfDocuments = (db: Executor, documentIds: readonly string[]): PageRow[] =>
  documentIds.length === 0 ? [] :
    db.select().from(pages).where(inArray(pages.documentId, [...documentIds])).orderBy(asc(pages.documentId), asc(pages.pageIndex)).all();

/** Live pages of an application with their hashes and texts (duplicate detection). */
export const pagesOfApplication = (db: Executor, applicationId: string) =>
  db.select({
    id: pages.id, sha256: pages.sha256, documentId: pages.documentId, pageIndex: pages.pageIndex, fileName: storedFiles.fileName,
    ocrStatus: pages.ocrStatus, ocrText: pages.ocrText, correctedText: pages.correctedText, duplicateOfPageId: pages.duplicateOfPageId,
    createdAt: documents.createdAt,
  })
    .from(pages).innerJoin(documents, eq(documents.id, pages.documentId)).innerJoin(storedFiles, eq(storedFiles.id, documents.fileId))
    .where(and(eq(documents.applicationId, applicationId), isNull(documents.removedAt)))
    .orderBy(asc(documents.createdAt), asc(documents.id), asc(pages.pageIndex))
    .all();

export const findPage = (db: Executor, id: string): PageRow | undefined => db.select().from(pages).where(eq(pages.id, id)).get();

export const pageImage = (db: Executor, pageId: string, kind: PageImageKind) =>
  db.select().from(pageImages).where(and(eq(pageImages.pageId, pageId), eq(pageImages.kind, kind))).get();

export const updatePage = (db: Executor, id: string, patch: Partial<typeof pages.$inferInsert>): void => {
  db.update(pages).set(patch).where(eq(pages.id, id)).run();
};

/** The oldest queued pages, for the OCR queue. */
export const queuedPages = (db: Executor, limit: number): PageRow[] =>
  db.select().from(pages).where(eq(pages.ocrStatus, 'QUEUED')).orderBy(asc(pages.queuedAt), asc(pages.pageIndex)).limit(limit).all();

/** After a crash, pages left RUNNING go back to the queue. */
export const requeueRunningPages = (db: Executor): number =>
  db.update(pages).set({ ocrStatus: 'QUEUED' }).where(eq(pages.ocrStatus, 'RUNNING')).run().changes;

export const pendingPageCount = (db: Executor, documentId: string): number =>
  db.select({ n: count() }).from(pages)
    .where(and(eq(pages.documentId, documentId), inArray(pages.ocrStatus, ['QUEUED', 'RUNNING']))).get()?.n ?? 0;

export const ocrQueueCounts = (db: Executor): Record<string, number> =>
  Object.fromEntries(db.select({ status: pages.ocrStatus, n: count() }).from(pages).groupBy(pages.ocrStatus).all().map((r) => [r.status, r.n]));
