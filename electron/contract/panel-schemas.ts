import { z } from 'zod';
import type { PanelCase as DomainCase, Physician as DomainPhysician } from '../domain/panel/eligibility';
import { TITLES } from '../domain/panel/eligibility';

/** Reason codes a physician may give for 不同意 (shown in Chinese by `labels.rejectReasons`). */
export const REJECT_REASONS = ['DIAGNOSIS_NOT_CONFIRMED', 'STANDARD_NOT_MET', 'EVIDENCE_INSUFFICIENT', 'EVIDENCE_DOUBTFUL', 'OTHER'] as const;

/** Physicians and cases at the boundary (roster import, the draw CLI): one schema for every entry point. */

const civilDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const code = z.string().trim().regex(/^[A-Z][A-Z0-9_]*$/, '代码应为大写字母与下划线');

export const Physician = z.object({
  id: z.string().trim().min(1, '医保医师编码不能为空').max(40),
  name: z.string().trim().min(1, '姓名不能为空').max(20),
  idNumber: z.string().trim().regex(/^\d{17}[\dX]$/, '身份证号应为 18 位'),
  hospitalCode: z.string().trim().min(1).max(30),
  specialties: z.array(code).min(1, '至少填写一个专业'),
  title: z.enum(TITLES),
  authorisation: z.object({ diseaseKeys: z.array(code), from: civilDate, to: civilDate.nullable() }).nullable(),
  active: z.boolean(),
  sanctions: z.array(z.object({ from: civilDate, to: civilDate.nullable(), reason: z.string().trim().min(1).max(200) })),
  onboarded: z.boolean(),
  declaredConflicts: z.array(z.string().trim().regex(/^\d{17}[\dX]$/, '身份证号应为 18 位')),
}).strict() satisfies z.ZodType<DomainPhysician>;

export const PanelCase = z.object({
  diseaseKey: code,
  applicantIdNumber: z.string().trim().regex(/^\d{17}[\dX]$/, '身份证号应为 18 位'),
  hospitalCode: z.string().trim().min(1),
  date: civilDate,
  treatingPhysicianNames: z.array(z.string().trim().min(1)).default([]),
}).strict() satisfies z.ZodType<DomainCase, unknown>;

export const RosterEntry = Physician.extend({ specialtyNames: z.array(z.string()), blacklistedToday: z.boolean() });
export const SavePhysician = z.object({ mode: z.enum(['CREATE', 'UPDATE']), physician: Physician.omit({ sanctions: true }) }).strict();
export const AddSanction = z.object({
  physicianId: z.string().trim().min(1).max(40), from: civilDate, to: civilDate.nullable(), reason: z.string().trim().min(1, '请填写列入黑名单的原因').max(200),
}).strict();

/** Largest roster file (CSV or XLSX) the desk takes in one call; a county roster is a few dozen KB. */
const ROSTER_FILE_MAX_BYTES = 600 * 1024;
export const RosterImport = z.object({
  fileName: z.string().trim().min(1).max(200),
  contentBase64: z.string().min(1, '文件为空').max(Math.ceil(ROSTER_FILE_MAX_BYTES / 3) * 4, '名册文件过大（超过 600 KB），请拆分后分批导入')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, '文件内容不是有效的 base64'),
}).strict();
export const RosterImportResult = z.object({ imported: z.number().int(), problems: z.array(z.object({ row: z.number().int(), message: z.string() })) });

const PanelRole = z.enum(['PANEL', 'TIEBREAK', 'EXPERT']);

export const ByApplication = z.object({ applicationId: z.string().uuid() }).strict();
export const Panel = z.object({
  minPhysicians: z.number().int(),
  assignments: z.array(z.object({
    id: z.string(), physicianId: z.string(), name: z.string(), title: z.enum(TITLES), role: PanelRole,
    status: z.enum(['PENDING', 'RECUSED', 'COMPLETED', 'EXPIRED']), drawnAt: z.string(), seed: z.number().int(), poolSize: z.number().int(),
    /** Still PENDING past the pack's respondWithinDays (R20 redraw). */
    overdue: z.boolean(), closeReason: z.string().nullable(),
  })),
  respondWithinDays: z.number().int(),
});
export const DrawResult = z.object({
  outcome: z.enum(['DRAWN', 'POOL_TOO_SMALL']),
  assigned: z.array(z.object({ id: z.string(), name: z.string() })),
  eligible: z.number().int(),
  needed: z.number().int(),
  seed: z.number().int(),
  excluded: z.array(z.object({ id: z.string(), name: z.string(), reasons: z.array(z.string()) })),
});

export const MyCases = z.array(z.object({
  applicationId: z.string(), displayNo: z.string(), applicantName: z.string(), diseaseName: z.string(), role: PanelRole, drawnAt: z.string(), dueDate: z.string(),
}));
export const Decisions = z.array(z.object({
  id: z.string(), physicianName: z.string(), title: z.enum(TITLES), role: PanelRole, result: z.enum(['APPROVE', 'REJECT']),
  criteria: z.array(z.object({ id: z.string(), textZh: z.string(), met: z.boolean() })), hasSignatureImage: z.boolean(),
  reasonCodes: z.array(z.string()), comment: z.string(), signedAt: z.string(), contentHash: z.string(), contentIntact: z.boolean(),
}));
export const ContentHash = z.object({ contentHash: z.string() });
export const Sign = z.object({
  applicationId: z.string().uuid(),
  result: z.enum(['APPROVE', 'REJECT']),
  reasonCodes: z.array(z.enum(REJECT_REASONS)).max(REJECT_REASONS.length),
  comment: z.string().max(500, '说明不能超过 500 字'),
  /** R15: every criterion of the disease's standard, each judged 符合 (met) or 不符合. */
  criteria: z.array(z.object({ id: z.string().max(20), met: z.boolean() }).strict()).max(30),
  /** The content hash the physician was shown in the last summary before signing; a change since then is refused. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  password: z.string().min(1, '请输入本人登录密码').max(128),
}).strict();
export const Signed = z.object({ outcome: z.enum(['PENDING', 'SPLIT', 'DECIDED']), splitTo: PanelRole.nullable(), state: z.string(), contentHash: z.string() });
export const MySignature = z.object({ pngBase64: z.string().nullable(), capturedAt: z.string().nullable() });
export const SaveSignature = z.object({
  pngBase64: z.string().min(1).max(700_000, '签名图像过大').regex(/^[A-Za-z0-9+/]*={0,2}$/, '签名图像不是有效的 base64'),
  password: z.string().min(1, '请输入本人登录密码').max(128),
}).strict();
export const Redrawn = z.object({ expired: z.array(z.object({ name: z.string(), replacedBy: z.string().nullable() })), eligible: z.number().int() });
export const DecisionPdf = z.object({ pdfBase64: z.string(), fileName: z.string() });
export const Recuse = z.object({ applicationId: z.string().uuid(), reason: z.string().trim().min(1, '请填写回避原因').max(200) }).strict();
export const Recused = z.object({ redrawn: z.boolean(), eligible: z.number().int() });

/** R27: the monthly confirmation sessions, this month's reminder and the months missed (§2.9). */
export const SessionStatus = z.object({
  /** Whether the pack sets a monthly rule at all. */
  rule: z.boolean(),
  reminder: z.object({ month: z.string(), waiting: z.number().int() }).nullable(),
  sessions: z.array(z.object({ id: z.string(), month: z.string(), heldAt: z.string(), organiser: z.string(), cases: z.number().int() })),
  violations: z.array(z.object({ kind: z.string(), period: z.string(), detail: z.string(), recordedAt: z.string() })),
});
export const SessionHeld = z.object({
  sessionId: z.string(),
  results: z.array(z.object({ applicationId: z.string(), displayNo: z.string(), outcome: z.enum(['DRAWN', 'POOL_TOO_SMALL']), detail: z.string() })),
});
export const BySession = z.object({ sessionId: z.string().uuid() }).strict();

/** T9 (AMB-50): what the panel asks the applicant to bring, one item per line. */
export const RequestEvidence = z.object({
  applicationId: z.string().uuid(), items: z.array(z.string().trim().min(2, '请写明需要补充的资料').max(120)).min(1, '请至少写明一项需要补充的资料').max(10),
}).strict();
export const EvidenceRequested = z.object({ noticeId: z.string(), noticeNo: z.string(), items: z.array(z.string()), pdfBase64: z.string() });
