import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { OUTBOX_KINDS, OUTBOX_STATUSES } from '../../electron/domain/sync/outbox-rules';

/**
 * The transactional outbox (domain §2.18): each message for the bureau is written in the same
 * transaction as the state change that causes it, and leaves only when the bureau answers infcode 0.
 * `seq` orders the messages of one person; `msgid` is reused on every retry (the bureau's idempotency key).
 */
export const outbox = sqliteTable(
  'outbox',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull().unique(),
    /** 2503 备案, 2504 撤销 (platform transactions); ARCHIVE and REREVIEW are uploads (the archive package, the re-review package). */
    infno: text('infno', { enum: OUTBOX_KINDS }).notNull(),
    applicationId: text('application_id').notNull(),
    personKey: text('person_key').notNull(),
    msgid: text('msgid').notNull().unique(),
    payloadJson: text('payload_json').notNull(),
    status: text('status', { enum: OUTBOX_STATUSES }).notNull(),
    attempts: integer('attempts').notNull(),
    nextAttemptAt: text('next_attempt_at').notNull(),
    /** The last attempt may have reached the bureau (no answer): reconcile with 5301 before sending again. */
    unsure: integer('unsure', { mode: 'boolean' }).notNull(),
    lastError: text('last_error'),
    remoteRef: text('remote_ref'),
    createdAt: text('created_at').notNull(),
    sentAt: text('sent_at'),
  },
  (t) => [index('outbox_status_idx').on(t.status, t.seq), index('outbox_application_idx').on(t.applicationId), index('outbox_person_idx').on(t.personKey, t.seq)],
);

/** Sync settings and last results, one row per key (bureau URL, pinned CA, last success, clock skew). */
export const syncState = sqliteTable('sync_state', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/**
 * Policy-pack versions pulled from the bureau, newest applied. The shipped file is the floor; an
 * application keeps the pack version it was opened under, and a signed decision keeps its criteria text.
 */
export const policyPackUpdates = sqliteTable('policy_pack_updates', {
  id: text('id').primaryKey(),
  packId: text('pack_id').notNull(),
  version: text('version').notNull(),
  json: text('json').notNull(),
  appliedAt: text('applied_at').notNull(),
}, (t) => [index('policy_pack_updates_pack_idx').on(t.packId, t.appliedAt)]);

/**
 * Files of an archive package made for the upload (the decision PDF), kept so every retry sends the
 * very bytes its manifest hashed; the original records are read from stored_files.
 */
export const archiveBlobs = sqliteTable('archive_blobs', {
  id: text('id').primaryKey(),
  outboxId: text('outbox_id').notNull().references(() => outbox.id),
  sha256: text('sha256').notNull(),
  bytes: blob('bytes', { mode: 'buffer' }).notNull(),
}, (t) => [index('archive_blobs_outbox_idx').on(t.outboxId)]);
