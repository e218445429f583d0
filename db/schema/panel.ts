import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { TITLES } from '../../electron/domain/panel/eligibility';
import { applications } from './applications';
import { users } from './users';

/** 资格确认医师 (domain §2.6): the roster as the bureau authorises it, maintained by the 医保办. */
export const physicians = sqliteTable(
  'physicians',
  {
    /** 医保医师编码 */
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    idNumber: text('id_number').notNull(),
    hospitalCode: text('hospital_code').notNull(),
    title: text('title', { enum: TITLES }).notNull(),
    specialtiesJson: text('specialties_json').notNull(),
    authorisationJson: text('authorisation_json'),
    active: integer('active', { mode: 'boolean' }).notNull(),
    onboarded: integer('onboarded', { mode: 'boolean' }).notNull(),
    declaredConflictsJson: text('declared_conflicts_json').notNull(),
    updatedAt: text('updated_at').notNull(),
    updatedBy: text('updated_by').notNull().references(() => users.id),
  },
  (t) => [index('physicians_hospital_idx').on(t.hospitalCode, t.active)],
);

/** 黑名单 and suspensions (000 §24: three years; 001 §1(4)). Entries are added, never edited away. */
export const physicianSanctions = sqliteTable(
  'physician_sanctions',
  {
    id: text('id').primaryKey(),
    physicianId: text('physician_id').notNull().references(() => physicians.id),
    fromDate: text('from_date').notNull(),
    toDate: text('to_date'),
    reason: text('reason').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull().references(() => users.id),
  },
  (t) => [index('physician_sanctions_physician_idx').on(t.physicianId)],
);

/** 抽取 (domain §2.7): one row per drawn physician, with the seed, pool and exclusions of its draw (R20, R25). */
export const assignments = sqliteTable(
  'assignments',
  {
    id: text('id').primaryKey(),
    applicationId: text('application_id').notNull().references(() => applications.id),
    physicianId: text('physician_id').notNull().references(() => physicians.id),
    drawId: text('draw_id').notNull(),
    role: text('role', { enum: ['PANEL', 'TIEBREAK', 'EXPERT'] }).notNull(),
    status: text('status', { enum: ['PENDING', 'RECUSED', 'COMPLETED', 'EXPIRED'] }).notNull(),
    seed: integer('seed').notNull(),
    poolJson: text('pool_json').notNull(),
    excludedJson: text('excluded_json').notNull(),
    drawnAt: text('drawn_at').notNull(),
    drawnBy: text('drawn_by').notNull().references(() => users.id),
    closedAt: text('closed_at'),
    closeReason: text('close_reason'),
  },
  (t) => [index('assignments_application_idx').on(t.applicationId, t.drawnAt), index('assignments_physician_idx').on(t.physicianId, t.status)],
);

/** 手写签名: drawn once by the physician, placed on the forms they sign (AMB-14). Immutable. */
export const physicianSignatures = sqliteTable('physician_signatures', {
  id: text('id').primaryKey(),
  physicianId: text('physician_id').notNull().unique().references(() => physicians.id),
  png: blob('png', { mode: 'buffer' }).notNull(),
  sha256: text('sha256').notNull(),
  capturedAt: text('captured_at').notNull(),
  capturedBy: text('captured_by').notNull().references(() => users.id),
});

/** 审核确认意见 (domain §2.8): signed, immutable, bound to the hash of exactly what was reviewed (R23). */
export const decisions = sqliteTable('decisions', {
  id: text('id').primaryKey(),
  assignmentId: text('assignment_id').notNull().unique().references(() => assignments.id),
  applicationId: text('application_id').notNull().references(() => applications.id),
  physicianId: text('physician_id').notNull().references(() => physicians.id),
  result: text('result', { enum: ['APPROVE', 'REJECT'] }).notNull(),
  reasonCodesJson: text('reason_codes_json').notNull(),
  comment: text('comment').notNull(),
  standardsChecked: integer('standards_checked', { mode: 'boolean' }).notNull(),
  /** R15: each criterion of the disease's standard with the physician's 符合/不符合. */
  criteriaJson: text('criteria_json').notNull().default('[]'),
  /** The handwritten signature placed on the forms, when the physician has one. */
  signatureId: text('signature_id').references(() => physicianSignatures.id),
  contentHash: text('content_hash').notNull(),
  signedAt: text('signed_at').notNull(),
  signedBy: text('signed_by').notNull().references(() => users.id),
});
