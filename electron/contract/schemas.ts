import { z } from 'zod';
import { APPLICATION_EVENTS, APPLICATION_STATES } from '../domain/application-state';
import { DEADLINE_KINDS, NOTIFY_METHODS } from '../domain/deadlines';
import { OUTCOME_NOTICE_KINDS } from '../domain/outcome-notices';
import { ENTITLEMENT_STATES, FILING_STATES } from '../domain/entitlement';
import { ENTITLEMENT_EVENT_TYPES } from '../domain/entitlement-events';
import { ROLES } from '../domain/permissions';
import { SAMPLING_RESULTS } from '../domain/sampling';
import { INSURANCE_SCHEMES, PACK_STATUSES, PROCESSING_PATHS } from '../domain/policy-pack';

/** JSON-safe schemas of the boundary: ISO strings for dates, no Date/Map/bytes. */

// Every message that reaches a desk user is Chinese, zod's own ones (type, size, format) included.
z.config(z.locales.zhCN());

const text = (max: number) => z.string().trim().min(1, '不能为空').max(max, `不能超过 ${max} 个字符`);
const id = z.string().uuid();
const isoInstant = z.string();
const civilDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const empty = z.object({}).strict();

export const Role = z.enum(ROLES);
export const ApplicationState = z.enum(APPLICATION_STATES);
export const InsuranceScheme = z.enum(INSURANCE_SCHEMES);
export const EmploymentStatus = z.enum(['ACTIVE', 'RETIRED']);
export const IdentityVerification = z.enum(['ID_CARD_READER', 'ORIGINAL_SIGHTED', 'E_VOUCHER']);

const password = z.string().min(8, '密码至少 8 位').max(128).regex(/[A-Za-z]/, '密码须包含字母').regex(/\d/, '密码须包含数字');
const username = z.string().trim().regex(/^[a-zA-Z0-9_.-]{3,32}$/, '用户名为 3–32 位字母、数字或 _ . -');

// ---- setup, accounts ----
export const PackSummary = z.object({ packId: z.string(), nameZh: z.string(), version: z.string(), status: z.enum(PACK_STATUSES) });
export const SetupStatus = z.object({
  initialized: z.boolean(), hospitalName: z.string().nullable(), packs: z.array(PackSummary),
  /** A damaged database set aside at start: said on the setup screen before anyone sets up an empty desk. */
  notice: z.string().nullable(),
});
export const SetupInitialize = z.object({
  hospitalName: text(60),
  hospitalCode: z.string().trim().regex(/^[A-Z0-9]{6,20}$/, '定点医疗机构编码为 6–20 位大写字母或数字'),
  packId: z.string().min(1),
  adminUsername: username,
  adminDisplayName: text(20),
  adminPassword: password,
}).strict();

/** The administrator's recovery code, shown once (null only for a desk without a data folder). */
export const SetupDone = z.object({ recoveryCode: z.string().nullable() });

export const User = z.object({
  id, username: z.string(), displayName: z.string(), role: Role, disabled: z.boolean(), mustChangePassword: z.boolean(), createdAt: isoInstant,
});
export const Session = z.object({ token: z.string(), user: User, hospitalName: z.string() });
export const SignIn = z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(128) }).strict();
export const CreateUser = z.object({ username, displayName: text(20), role: Role, password }).strict();
export const ChangePassword = z.object({ currentPassword: z.string().min(1).max(128), newPassword: password }).strict();
export const SetUserDisabled = z.object({ id: z.string().uuid(), disabled: z.boolean() }).strict();
export const ResetPassword = z.object({ id: z.string().uuid(), password }).strict();

// ---- identity numbers ----
export const IdNumberIn = z.object({ idNumber: z.string().max(40) }).strict();
export const IdNumberInfo = z.object({
  normalized: z.string(),
  valid: z.boolean(),
  legacy15: z.boolean(),
  birthDate: civilDate.nullable(),
  sex: z.enum(['male', 'female']).nullable(),
  region: z.string().nullable(),
  province: z.string().nullable(),
  upgraded18: z.string().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});

// ---- applicants ----
const phone = z.string().trim().regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, '请输入 11 位手机号或带区号的固定电话');
export const RegisterApplicant = z.object({
  name: z.string().trim().regex(/^[\u4e00-\u9fa5·A-Za-z ]{2,40}$/, '姓名为 2–40 个汉字或字母'),
  idNumber: z.string().trim().max(40),
  scheme: InsuranceScheme,
  employmentStatus: EmploymentStatus.nullable(),
  regionCode: z.string().regex(/^\d{6}$/, '参保地为 6 位行政区划代码'),
  phone,
  address: text(120),
}).strict();
/** 修改参保信息: what may change after registration (name, ID number, sex and birth date never do). */
export const ChangeApplicant = RegisterApplicant.omit({ name: true, idNumber: true }).extend({ id }).strict();
export const Applicant = z.object({
  id, name: z.string(), idNumber: z.string(), sex: z.enum(['male', 'female']), birthDate: civilDate,
  scheme: InsuranceScheme, employmentStatus: z.enum(['ACTIVE', 'RETIRED', 'NA']),
  regionCode: z.string(), regionName: z.string(), phone: z.string(), address: z.string(), createdAt: isoInstant,
});
const paging = { page: z.number().int().min(1).default(1), pageSize: z.number().int().min(5).max(100).default(20) };
export const SearchApplicants = z.object({ query: z.string().trim().max(40).default(''), ...paging }).strict();
export const ApplicantPage = z.object({ items: z.array(Applicant), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export const ById = z.object({ id }).strict();

// ---- catalogue ----
export const ProcessingPath = z.enum(PROCESSING_PATHS);
export const CatalogueItem = z.object({
  key: z.string(), nameZh: z.string(), pinyinInitials: z.string(), code: z.string().nullable(),
  diseaseClass: z.enum(['A', 'B']).nullable(), instant: z.boolean().nullable(),
  reReview: z.enum(['FULL_MONTHLY', 'SAMPLE']).nullable(), reReviewExemptModes: z.array(z.string()),
  path: ProcessingPath, modes: z.array(z.object({ key: z.string(), nameZh: z.string() })), modeRequired: z.boolean(),
  schemes: z.array(InsuranceScheme), group: z.string().nullable(), sources: z.array(z.string()), dataGaps: z.array(z.string()),
  standard: z.object({ nameZh: z.string(), criteria: z.array(z.object({ id: z.string(), textZh: z.string() })) }),
});
export const CatalogueQuery = z.object({ query: z.string().trim().max(40).default('') }).strict();
export const Catalogue = z.object({
  pack: PackSummary, regions: z.array(z.object({ code: z.string(), nameZh: z.string() })), items: z.array(CatalogueItem),
  /** The pack's specialty vocabulary (R18), for the roster editor. */
  specialties: z.array(z.object({ key: z.string(), nameZh: z.string() })),
  /** R51: what a transfer-in from outside the city must bring; null where the pack provides none. */
  transferIn: z.object({ evidence: z.string() }).nullable(),
});

// ---- applications ----
export const OpenApplications = z.object({
  applicantId: id,
  diseases: z.array(z.object({ diseaseKey: z.string().max(64), modeKey: z.string().max(64).nullable() }).strict()).min(1, '请至少选择一个病种').max(10),
  /** R51: the place (outside the city) where the person was insured before moving here. */
  transferFrom: z.string().trim().min(2, '请填写原参保地（市、县）').max(40, '原参保地最多 40 个字').nullable().default(null),
}).strict();
export const Application = z.object({
  id, displayNo: z.string(), applicantId: id, applicantName: z.string(), applicantIdNumber: z.string(),
  diseaseKey: z.string(), diseaseName: z.string(), modeKey: z.string().nullable(), modeName: z.string().nullable(),
  path: ProcessingPath, transferFrom: z.string().nullable(), state: ApplicationState, packId: z.string(), packVersion: z.string(),
  createdAt: isoInstant, updatedAt: isoInstant, receivedAt: isoInstant.nullable(),
});
/** A deadline the case runs against (domain/deadlines.ts) and where it stands today. */
export const Deadline = z.object({
  kind: z.enum(DEADLINE_KINDS), dueOn: z.string(), who: z.string().nullable(), unverifiedYears: z.array(z.number().int()),
  status: z.enum(['OVERDUE', 'DUE_TODAY', 'OPEN']),
});
export const WorklistItem = Application.extend({ deadlines: z.array(Deadline) });
export const ListApplications = z.object({ state: ApplicationState.nullable().default(null), query: z.string().trim().max(40).default(''), ...paging }).strict();
export const ApplicationPage = z.object({
  items: z.array(WorklistItem), total: z.number().int(), page: z.number().int(), pageSize: z.number().int(),
  countsByState: z.record(z.string(), z.number().int()),
});
export const HistoryEntry = z.object({
  seq: z.number().int(), transition: z.string().nullable(), fromState: ApplicationState.nullable(), toState: ApplicationState,
  at: isoInstant, actorName: z.string(), note: z.string().nullable(),
});
/** 门诊慢特病资格 as the desk recorded and filed it (domain §2.11). */
export const Entitlement = z.object({
  state: z.enum(ENTITLEMENT_STATES), startDate: z.string(), endDate: z.string().nullable(),
  filing: z.enum(FILING_STATES), filingRef: z.string().nullable(), filingError: z.string().nullable(),
});
/** When and how the applicant was told of a decision (§3.5). */
export const ApplicantNotification = z.object({
  state: ApplicationState, method: z.enum(NOTIFY_METHODS), toldOn: z.string(), note: z.string().nullable(), recordedByName: z.string(), recordedAt: isoInstant,
});
/** What happened to the entitlement after filing (§2.12), oldest first. */
export const EntitlementEvent = z.object({
  type: z.enum(ENTITLEMENT_EVENT_TYPES), fromState: z.enum(ENTITLEMENT_STATES), toState: z.enum(ENTITLEMENT_STATES), effectiveDate: z.string(),
  decidedBy: z.enum(['BUREAU', 'DESK']), reason: z.string(), unexpected: z.boolean(),
});
/** 抽查复核 of the case (R38): when the bureau drew it, whether its archive package has left, and the finding. */
export const Sampling = z.object({
  samplingId: z.string(), period: z.string(), requestedAt: isoInstant, upload: z.enum(['PENDING', 'SENT', 'FAILED', 'CANCELLED']).nullable(),
  result: z.enum(SAMPLING_RESULTS).nullable(), reason: z.string().nullable(), decidedOn: z.string().nullable(),
});
export const ApplicationDetail = z.object({
  application: Application, applicant: Applicant, history: z.array(HistoryEntry), entitlement: Entitlement.nullable(),
  entitlementEvents: z.array(EntitlementEvent), samplings: z.array(Sampling),
  deadlines: z.array(Deadline), notifications: z.array(ApplicantNotification),
  /** R44: a ban that would refuse a new application today. */
  ban: z.object({ until: z.string(), reason: z.string() }).nullable(),
  /** What the domain allows now: 撤销认定 (T17). */
  revocable: z.boolean(),
  /** The outcome notice the case's state calls for (printable, and its telling recorded, §3.5), or null. */
  noticeKind: z.enum(OUTCOME_NOTICE_KINDS).nullable(),
  /** What the state machine allows from the current state (guards are checked when applied). */
  events: z.array(z.enum(APPLICATION_EVENTS)),
});
export const ReceiveApplication = z.object({
  id, identityVerification: IdentityVerification, applicantSigned: z.literal(true, { error: '须由申请人或代办人签字确认' }),
}).strict();
export const WithdrawApplication = z.object({ id, reason: text(200) }).strict();
export const RevokeApplication = z.object({
  id, reason: text(200),
  /** R41: the recognition rested on forged or false material: the person may not apply again for the pack's years. */
  fraud: z.boolean().default(false),
}).strict();
export const RecordApplicantTold = z.object({
  id, method: z.enum(NOTIFY_METHODS), toldOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD'), note: z.string().trim().max(200).nullable().default(null),
}).strict();

// ---- audit ----
export const AuditVerification = z.object({
  ok: z.boolean(), count: z.number().int(), brokenAt: z.number().int().nullable(),
  /** Each finding in Chinese: the first broken row and what is wrong, rows changed behind the desk's back. */
  problems: z.array(z.object({ seq: z.number().int().nullable(), message: z.string() })),
  verifiedAt: z.string(),
});
export const OcrEngineInfo = z.object({
  engine: z.enum(['paddle', 'tesseract']), workers: z.number().int(), threadsPerWorker: z.number().int(),
  fallbackReason: z.string().nullable(), shapeZh: z.string(),
});
export const Unlock = z.object({ password: z.string().min(1, '请输入本人登录密码').max(128) }).strict();
export const LockSettings = z.object({ idleLockMinutes: z.number().int() });
export const SetIdleLock = z.object({ minutes: z.number().int().min(1, '至少 1 分钟').max(120, '不超过 120 分钟') }).strict();
export const VerifyAudit = z.object({ deep: z.boolean().default(false) }).strict();
export const AuditFilter = z.object({
  action: z.string().trim().max(60).nullable(), actorId: z.string().max(60).nullable(), entityId: z.string().max(60).nullable(),
  from: z.string().max(30).nullable(), to: z.string().max(30).nullable(),
}).strict();
export const AuditList = z.object({ filter: AuditFilter, page: z.number().int().min(1), pageSize: z.number().int().min(1).max(200) }).strict();
export const AuditPage = z.object({
  total: z.number().int(), page: z.number().int(), pageSize: z.number().int(),
  items: z.array(z.object({
    seq: z.number().int(), at: z.string(), actorName: z.string(), actorRole: z.string().nullable(), action: z.string(), entityType: z.string(),
    entityId: z.string().nullable(), details: z.string(), sealed: z.boolean(), hash: z.string(),
  })),
});
export const AuditExport = z.object({ filter: AuditFilter }).strict();
export const AuditCsv = z.object({ fileName: z.string(), csvBase64: z.string() });

const labelMap = z.record(z.string(), z.string());
export const Labels = z.object({
  states: labelMap, roles: labelMap, schemes: labelMap, employmentStatuses: labelMap, paths: labelMap,
  identityVerifications: labelMap, sexes: labelMap, diseaseClasses: labelMap, packStatuses: labelMap,
  materialTypes: labelMap, ocrStatuses: labelMap, documentSources: labelMap, evidenceDateFields: labelMap,
  exclusionReasons: labelMap, assignmentStatuses: labelMap, rejectReasons: labelMap, titles: labelMap, panelRoles: labelMap,
  entitlementStates: labelMap, entitlementEventTypes: labelMap, filingStates: labelMap, deadlineKinds: labelMap, deadlineStatuses: labelMap, notifyMethods: labelMap, noticeKinds: labelMap,
  samplingResults: labelMap, samplingUploads: labelMap,
});

export const Empty = empty;
export const Nothing = z.null();
