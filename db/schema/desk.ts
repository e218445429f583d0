import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The one desk this database belongs to (single row, id = 1). */
export const desk = sqliteTable('desk', {
  id: integer('id').primaryKey(),
  hospitalName: text('hospital_name').notNull(),
  hospitalCode: text('hospital_code').notNull(),
  packId: text('pack_id').notNull(),
  deviceId: text('device_id').notNull(),
  createdAt: text('created_at').notNull(),
  /** The screen locks after this many idle minutes; the person unlocks with their own password (issue 11). */
  idleLockMinutes: integer('idle_lock_minutes').notNull().default(10),
});

/** Named sequences, e.g. display numbers per month. */
export const counters = sqliteTable('counters', {
  name: text('name').primaryKey(),
  value: integer('value').notNull(),
});
