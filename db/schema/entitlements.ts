import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { ENTITLEMENT_STATES, FILING_STATES } from '../../electron/domain/entitlement';
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
