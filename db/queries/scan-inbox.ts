import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../client';
import { scanInbox, storedFiles } from '../schema';

export type InboxRow = typeof scanInbox.$inferSelect;

export const insertInboxItem = (db: Executor, row: typeof scanInbox.$inferInsert): void => {
  db.insert(scanInbox).values(row).run();
};

/** Whether a file with these bytes was already taken from the folder (exactly once, even after a crash). */
export const inboxHasHash = (db: Executor, sha256: string): boolean =>
  db.select({ id: scanInbox.id }).from(scanInbox).innerJoin(storedFiles, eq(storedFiles.id, scanInbox.fileId))
    .where(eq(storedFiles.sha256, sha256)).get() !== undefined;

export const openInboxItems = (db: Executor): InboxRow[] =>
  db.select().from(scanInbox).where(inArray(scanInbox.status, ['PENDING', 'UNREADABLE'])).orderBy(desc(scanInbox.receivedAt)).all();

export const findInboxItem = (db: Executor, id: string): InboxRow | undefined => db.select().from(scanInbox).where(eq(scanInbox.id, id)).get();

export const markInboxAssigned = (db: Executor, id: string, documentId: string): boolean =>
  db.update(scanInbox).set({ status: 'ASSIGNED', documentId })
    .where(and(eq(scanInbox.id, id), eq(scanInbox.status, 'PENDING'))).run().changes === 1;
