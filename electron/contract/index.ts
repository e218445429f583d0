import type { z } from 'zod';
import { loneSurrogatePath } from '../domain/well-formed';
import * as B from './backup-schemas';
import * as M from './materials-schemas';
import * as P from './panel-schemas';
import * as S from './schemas';
import * as Y from './sync-schemas';

/**
 * THE boundary between renderer and backend: method -> input/output schemas. Used by the preload
 * (allow-list), the web host and the renderer client alike; `auth` says whether a signed-in session is needed.
 */
type Entry = { readonly input: z.ZodType; readonly output: z.ZodType; readonly auth: boolean };

export const contract = {
  'meta.labels': { input: S.Empty, output: S.Labels, auth: false },
  'ocr.engine': { input: S.Empty, output: S.OcrEngineInfo, auth: true },
  'setup.status': { input: S.Empty, output: S.SetupStatus, auth: false },
  'setup.initialize': { input: S.SetupInitialize, output: S.SetupDone, auth: false },
  'setup.backups': { input: B.SetupBackups, output: B.BackupEntry.array(), auth: false },
  'setup.restore': { input: B.SetupRestore, output: B.Restored, auth: false },
  'startup.fault': { input: S.Empty, output: B.StartupFault, auth: false },
  'startup.recover': { input: B.RecoverKey, output: S.Nothing, auth: false },
  'auth.signIn': { input: S.SignIn, output: S.Session, auth: false },
  'auth.signOut': { input: S.Empty, output: S.Nothing, auth: true },
  'auth.me': { input: S.Empty, output: S.Session, auth: true },
  'auth.changePassword': { input: S.ChangePassword, output: S.Session, auth: true },
  'auth.unlock': { input: S.Unlock, output: S.Nothing, auth: true },
  'desk.lockSettings': { input: S.Empty, output: S.LockSettings, auth: true },
  'desk.setIdleLock': { input: S.SetIdleLock, output: S.LockSettings, auth: true },
  'users.list': { input: S.Empty, output: S.User.array(), auth: true },
  'users.create': { input: S.CreateUser, output: S.User, auth: true },
  'users.setDisabled': { input: S.SetUserDisabled, output: S.User, auth: true },
  'users.resetPassword': { input: S.ResetPassword, output: S.User, auth: true },
  'idNumber.inspect': { input: S.IdNumberIn, output: S.IdNumberInfo, auth: true },
  'applicants.register': { input: S.RegisterApplicant, output: S.Applicant, auth: true },
  'applicants.search': { input: S.SearchApplicants, output: S.ApplicantPage, auth: true },
  'applicants.get': { input: S.ById, output: S.Applicant, auth: true },
  'applicants.change': { input: S.ChangeApplicant, output: S.Applicant, auth: true },
  'catalogue.list': { input: S.CatalogueQuery, output: S.Catalogue, auth: true },
  'applications.open': { input: S.OpenApplications, output: S.Application.array(), auth: true },
  'applications.list': { input: S.ListApplications, output: S.ApplicationPage, auth: true },
  'applications.get': { input: S.ById, output: S.ApplicationDetail, auth: true },
  'applications.receive': { input: S.ReceiveApplication, output: S.Application, auth: true },
  'applications.withdraw': { input: S.WithdrawApplication, output: S.Application, auth: true },
  'applications.revoke': { input: S.RevokeApplication, output: S.Application, auth: true },
  'applications.recordTold': { input: S.RecordApplicantTold, output: S.ApplicantNotification.array(), auth: true },
  'applications.noticePdf': { input: P.ByApplication, output: P.DecisionPdf, auth: true },
  'audit.verify': { input: S.VerifyAudit, output: S.AuditVerification, auth: true },
  'audit.status': { input: S.Empty, output: S.AuditVerification.nullable(), auth: true },
  'audit.list': { input: S.AuditList, output: S.AuditPage, auth: true },
  'audit.export': { input: S.AuditExport, output: S.AuditCsv, auth: true },
  'uploads.begin': { input: M.BeginUpload, output: M.UploadTicket, auth: true },
  'uploads.chunk': { input: M.UploadChunk, output: M.UploadProgress, auth: true },
  'materials.attach': { input: M.AttachUpload, output: M.Document, auth: true },
  'materials.list': { input: M.ByApplication, output: M.Document.array(), auth: true },
  'materials.update': { input: M.UpdateDocument, output: M.Document, auth: true },
  'materials.remove': { input: M.RemoveDocument, output: M.Removed, auth: true },
  'materials.movePages': { input: M.MovePages, output: M.Document.array(), auth: true },
  'pages.image': { input: M.PageImageIn, output: M.PageImage, auth: true },
  'pages.get': { input: M.ByPage, output: M.PageDetail, auth: true },
  'pages.correct': { input: M.CorrectPage, output: M.PageDetail, auth: true },
  'pages.retryOcr': { input: M.ByPage, output: M.Page, auth: true },
  'pages.cancelOcr': { input: M.ByPage, output: M.Page, auth: true },
  'materials.check': { input: M.ByApplication, output: M.MaterialsCheck, auth: true },
  'materials.issueNotice': { input: M.ByApplication, output: M.IssuedNotice, auth: true },
  'materials.noticePdf': { input: M.ById, output: M.Pdf, auth: true },
  'materials.submit': { input: M.ByApplication, output: S.Application, auth: true },
  'inbox.list': { input: S.Empty, output: M.Inbox, auth: true },
  'inbox.assign': { input: M.AssignInbox, output: M.Document, auth: true },
  'roster.list': { input: S.Empty, output: P.RosterEntry.array(), auth: true },
  'roster.import': { input: P.RosterImport, output: P.RosterImportResult, auth: true },
  'roster.save': { input: P.SavePhysician, output: P.RosterEntry, auth: true },
  'roster.addSanction': { input: P.AddSanction, output: P.RosterEntry, auth: true },
  'panel.get': { input: P.ByApplication, output: P.Panel, auth: true },
  'panel.draw': { input: P.ByApplication, output: P.DrawResult, auth: true },
  'panel.redrawOverdue': { input: P.ByApplication, output: P.Redrawn, auth: true },
  'review.requestEvidence': { input: P.RequestEvidence, output: P.EvidenceRequested, auth: true },
  'sessions.status': { input: S.Empty, output: P.SessionStatus, auth: true },
  'sessions.hold': { input: S.Empty, output: P.SessionHeld, auth: true },
  'sessions.listPdf': { input: P.BySession, output: P.DecisionPdf, auth: true },
  'review.myCases': { input: S.Empty, output: P.MyCases, auth: true },
  'review.decisions': { input: P.ByApplication, output: P.Decisions, auth: true },
  'review.sign': { input: P.Sign, output: P.Signed, auth: true },
  'review.contentHash': { input: P.ByApplication, output: P.ContentHash, auth: true },
  'review.recuse': { input: P.Recuse, output: P.Recused, auth: true },
  'review.decisionPdf': { input: P.ByApplication, output: P.DecisionPdf, auth: true },
  'review.mySignature': { input: S.Empty, output: P.MySignature, auth: true },
  'review.saveSignature': { input: P.SaveSignature, output: P.MySignature, auth: true },
  'sync.status': { input: S.Empty, output: Y.SyncStatus, auth: true },
  'sync.now': { input: S.Empty, output: Y.CycleReport, auth: true },
  'sync.requeue': { input: Y.Requeue, output: Y.SyncStatus, auth: true },
  'sync.configure': { input: Y.ConfigureSync, output: Y.SyncStatus, auth: true },
  'backup.status': { input: S.Empty, output: B.BackupStatus, auth: true },
  'backup.configure': { input: B.ConfigureBackup, output: B.BackupStatus, auth: true },
  'backup.run': { input: S.Empty, output: B.BackupEntry, auth: true },
  'backup.verify': { input: B.ByBackup, output: B.BackupCheck, auth: true },
  'backup.restore': { input: B.RestoreBackup, output: B.Restored, auth: true },
  'recovery.reissue': { input: B.ReissueRecovery, output: B.RecoveryCode, auth: true },
} as const satisfies Record<string, Entry>;

export type Contract = typeof contract;
export type Method = keyof Contract;
/** What a caller passes (defaults may be omitted). */
export type In<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives, after parsing and defaults. */
export type Parsed<M extends Method> = z.output<Contract[M]['input']>;
export type Out<M extends Method> = z.output<Contract[M]['output']>;
export type Api = { [M in Method]: (input: In<M>) => Promise<Out<M>> };

export const METHODS = Object.keys(contract) as Method[];

export function isMethod(name: string): name is Method {
  return Object.hasOwn(contract, name);
}

export type ErrorBody = {
  readonly code: string;
  /** What the desk user reads, in Chinese. */
  readonly message: string;
  /** Values named in the message (e.g. the existing applicant's id on APPLICANT_DUPLICATE). */
  readonly params?: Readonly<Record<string, string | number>>;
  /** Per-field problems on INVALID_INPUT. */
  readonly issues?: readonly { readonly path: string; readonly message: string }[];
};

/** The envelope every transport returns. */
export type Envelope<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ErrorBody };

/** What the Electron preload exposes as `window.deskBridge` (and nothing else). */
export type DeskBridge = {
  readonly methods: readonly Method[];
  invoke(method: Method, input: unknown, sessionToken: string | null): Promise<Envelope<unknown>>;
};

export type { ErrorCode } from './errors';
export type ApplicationStateName = z.infer<typeof S.ApplicationState>;
export type ApplicationDto = z.infer<typeof S.Application>;
export type WorklistItemDto = z.infer<typeof S.WorklistItem>;
export type DeadlineDto = z.infer<typeof S.Deadline>;
export type ApplicantDto = z.infer<typeof S.Applicant>;
export type CatalogueItemDto = z.infer<typeof S.CatalogueItem>;
export type UserDto = z.infer<typeof S.User>;
export type SessionDto = z.infer<typeof S.Session>;
export type LabelsDto = z.infer<typeof S.Labels>;
export type MaterialTypeName = z.infer<typeof M.MaterialType>;
export type DocumentDto = z.infer<typeof M.Document>;
export type PageDto = z.infer<typeof M.Page>;
export type DocumentFactsDto = z.infer<typeof M.DocumentFacts>;
export type MaterialsCheckDto = z.infer<typeof M.MaterialsCheck>;
export type InboxItemDto = z.infer<typeof M.InboxItem>;
export type RosterEntryDto = z.infer<typeof P.RosterEntry>;
export type PanelDto = z.infer<typeof P.Panel>;
export type DrawResultDto = z.infer<typeof P.DrawResult>;
export type MyCaseDto = z.infer<typeof P.MyCases>[number];
export type DecisionDto = z.infer<typeof P.Decisions>[number];
export type SyncStatusDto = z.infer<typeof Y.SyncStatus>;
export type BackupStatusDto = z.infer<typeof B.BackupStatus>;
export type BackupEntryDto = z.infer<typeof B.BackupEntry>;

/**
 * The one rule for every string of every method, before the method's own schema: no unpaired UTF-16
 * surrogate (SQLite would store U+FFFD where JavaScript hashed the surrogate). Returns the path of
 * the offending field, or null.
 */
export const malformedStringAt = (raw: unknown): string | null => loneSurrogatePath(raw);
