import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { APPLICATION_STATES } from '../../electron/domain/application-state';
import { PROCESSING_PATHS } from '../../electron/domain/policy-pack';
import { applicants } from './applicants';
import { users } from './users';

/** 申请 (domain §2.4): one disease (and mode) per application (AMB-42). */
export const applications = sqliteTable(
  'applications',
  {
    id: text('id').primaryKey(),
    displayNo: text('display_no').notNull().unique(),
    applicantId: text('applicant_id').notNull().references(() => applicants.id),
    diseaseKey: text('disease_key').notNull(),
    diseaseName: text('disease_name').notNull(),
    modeKey: text('mode_key'),
    modeName: text('mode_name'),
    path: text('path', { enum: PROCESSING_PATHS }).notNull(),
    /** R51: where a person transferring in from outside the city was insured before; null otherwise. */
    transferFrom: text('transfer_from'),
    state: text('state', { enum: APPLICATION_STATES }).notNull(),
    packId: text('pack_id').notNull(),
    packVersion: text('pack_version').notNull(),
    identityVerification: text('identity_verification'),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull().references(() => users.id),
    updatedAt: text('updated_at').notNull(),
    receivedAt: text('received_at'),
  },
  (t) => [
    index('applications_state_created_idx').on(t.state, t.createdAt, t.id),
    index('applications_created_idx').on(t.createdAt, t.id),
    index('applications_applicant_idx').on(t.applicantId, t.diseaseKey),
  ],
);

/** statusHistory[] (§2.4): append-only, one row per transition. */
export const applicationEvents = sqliteTable(
  'application_events',
  {
    id: text('id').primaryKey(),
    applicationId: text('application_id').notNull().references(() => applications.id),
    seq: integer('seq').notNull(),
    transition: text('transition'),
    fromState: text('from_state', { enum: APPLICATION_STATES }),
    toState: text('to_state', { enum: APPLICATION_STATES }).notNull(),
    at: text('at').notNull(),
    actorId: text('actor_id').notNull().references(() => users.id),
    note: text('note'),
  },
  (t) => [uniqueIndex('application_events_seq_idx').on(t.applicationId, t.seq)],
);
