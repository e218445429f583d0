import { index, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { APPLICATION_STATES } from '../../electron/domain/application-state';
import { BAN_KINDS } from '../../electron/domain/bans';
import { NOTIFY_METHODS } from '../../electron/domain/deadlines';
import { SAMPLING_RESULTS } from '../../electron/domain/sampling';
import { applicants } from './applicants';
import { applications } from './applications';
import { users } from './users';

/** R41/R42: a person barred from applying until `until` (inclusive) for cheating; R44 enforces it at intake. */
export const bans = sqliteTable('bans', {
  id: text('id').primaryKey(),
  applicantId: text('applicant_id').notNull().references(() => applicants.id),
  kind: text('kind', { enum: BAN_KINDS }).notNull(),
  decidedOn: text('decided_on').notNull(),
  until: text('until').notNull(),
  reason: text('reason').notNull(),
  applicationId: text('application_id').references(() => applications.id),
  createdBy: text('created_by').notNull().references(() => users.id),
  createdAt: text('created_at').notNull(),
}, (t) => [index('bans_applicant_idx').on(t.applicantId)]);

/** §3.5: when and how the applicant was told of a decision (the clerk's record); it closes the notice deadline. */
export const applicantNotifications = sqliteTable('applicant_notifications', {
  id: text('id').primaryKey(),
  applicationId: text('application_id').notNull().references(() => applications.id),
  state: text('state', { enum: APPLICATION_STATES }).notNull(),
  method: text('method', { enum: NOTIFY_METHODS }).notNull(),
  toldOn: text('told_on').notNull(),
  note: text('note'),
  recordedBy: text('recorded_by').notNull().references(() => users.id),
  recordedAt: text('recorded_at').notNull(),
}, (t) => [index('applicant_notifications_app_idx').on(t.applicationId)]);

/** R38: a case the bureau drew for 抽查复核, the archive package the desk owes it, and the bureau's finding. */
export const samplingItems = sqliteTable('sampling_items', {
  id: text('id').primaryKey(),
  samplingId: text('sampling_id').notNull(),
  period: text('period').notNull(),
  applicationId: text('application_id').notNull().references(() => applications.id),
  requestedAt: text('requested_at').notNull(),
  /** The SAMPLING upload that answers it; null when the case no longer holds an entitlement (nothing to send). */
  outboxId: text('outbox_id'),
  result: text('result', { enum: SAMPLING_RESULTS }),
  reason: text('reason'),
  decidedOn: text('decided_on'),
}, (t) => [uniqueIndex('sampling_items_request_idx').on(t.samplingId, t.applicationId), index('sampling_items_app_idx').on(t.applicationId)]);
