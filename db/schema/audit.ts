import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * AuditEvent (domain §2.19, R25): append-only and hash-chained. Triggers in the migrations refuse
 * UPDATE and DELETE; `hash` = sha256(prevHash + canonical JSON of the row's other fields).
 */
export const auditEvents = sqliteTable('audit_events', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  id: text('id').notNull().unique(),
  at: text('at').notNull(),
  actorId: text('actor_id'),
  actorRole: text('actor_role'),
  action: text('action').notNull(),
  entityType: text('entity_type').notNull(),
  entityId: text('entity_id'),
  detailsJson: text('details_json').notNull(),
  deviceId: text('device_id').notNull(),
  /** The digests of the rows this event sealed, {"application:<id>": sha256, …} (seals.ts). */
  sealsJson: text('seals_json'),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
  /** HMAC-SHA256 of `hash` under the audit key, held apart from the database key: a recomputed chain shows. */
  mac: text('mac'),
});
