import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { ENTITLEMENT_STATES, FILING_STATES } from '../../electron/domain/entitlement';
import { ENTITLEMENT_EVENT_TYPES } from '../../electron/domain/entitlement-events';
import { applicants } from './applicants';
import { applications } from './applications';

/**
 * 门诊慢特病资格 (domain §2.11): what the desk recognised and filed, as the desk shows and checks it.
 * Created at T10 (from the last required signature) or T13 (from the re-review pass date); a T11
 * case has none. `filing` follows the 2503 with the bureau.
 */
export const entitlements = sqliteTable('entitlements', {
  id: text('id').primaryKey(),
  applicationId: text('application_id').notNull().unique().references(() => applications.id),
  applicantId: text('applicant_id').notNull().references(() => applicants.id),
  diseaseKey: text('disease_key').notNull(),
  diseaseName: text('disease_name').notNull(),
  state: text('state', { enum: ENTITLEMENT_STATES }).notNull(),
  startDate: text('start_date').notNull(),
  endDate: text('end_date'),
  recognizedYear: text('recognized_year').notNull(),
  filing: text('filing', { enum: FILING_STATES }).notNull(),
  filingRef: text('filing_ref'),
  filingError: text('filing_error'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
}, (t) => [index('entitlements_applicant_idx').on(t.applicantId)]);

/**
 * EntitlementEvent (domain §2.12): each thing that happened to an entitlement after filing, from the
 * bureau's pull (its own event id, applied once) or the desk (R39 exit). Append-only.
 */
export const entitlementEvents = sqliteTable('entitlement_events', {
  id: text('id').primaryKey(),
  entitlementId: text('entitlement_id').notNull().references(() => entitlements.id),
  type: text('type', { enum: ENTITLEMENT_EVENT_TYPES }).notNull(),
  fromState: text('from_state', { enum: ENTITLEMENT_STATES }).notNull(),
  toState: text('to_state', { enum: ENTITLEMENT_STATES }).notNull(),
  effectiveDate: text('effective_date').notNull(),
  /** BUREAU (pulled) or DESK (derived here, R39). */
  decidedBy: text('decided_by', { enum: ['BUREAU', 'DESK'] }).notNull(),
  /** The bureau's id of the event: a second pull of the same event changes nothing. */
  bureauEventId: text('bureau_event_id').unique(),
  reason: text('reason').notNull(),
  /** The desk's own record disagreed with the bureau's event (applied anyway: the bureau decides). */
  unexpected: integer('unexpected', { mode: 'boolean' }).notNull(),
  recordedAt: text('recorded_at').notNull(),
}, (t) => [index('entitlement_events_ent_idx').on(t.entitlementId)]);
