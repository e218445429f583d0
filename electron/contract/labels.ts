import type { ApplicationState } from '../domain/application-state';
import type { BanKind } from '../domain/bans';
import type { SamplingResult } from '../domain/sampling';
import type { DeadlineKind, DeadlineStatus, NotifyMethod } from '../domain/deadlines';
import type { EntitlementState, FilingState } from '../domain/entitlement';
import type { EntitlementEventType } from '../domain/entitlement-events';
import type { MaterialType } from '../domain/evidence/material-types';
import type { ExclusionReason, Title } from '../domain/panel/eligibility';
import type { PanelRole } from '../domain/panel/outcome';
import type { OutcomeNoticeKind } from '../domain/outcome-notices';
import type { Role } from '../domain/permissions';
import type { InsuranceScheme, ProcessingPath } from '../domain/policy-pack';

/** The Chinese words of the desk (domain §8 glossary), served to the renderer by `meta.labels`. */
export const LABELS = {
  states: {
    DRAFT: '待受理', RECEIVED: '已受理', INCOMPLETE: '材料不齐（已告知）', LAPSED: '逾期未补正',
    QUEUED_FOR_SESSION: '待月度确认', UNDER_REVIEW: '医师审核中', AWAITING_REREVIEW: '待经办机构复核',
    APPROVED: '认定通过', HOSPITAL_REJECTED: '认定未通过', REREVIEW_REJECTED: '复核未通过',
    FILING_REJECTED: '备案被拒', WITHDRAWN: '已撤回', INVALIDATED: '已作废',
  } satisfies Record<ApplicationState, string>,
  deadlineKinds: {
    LAPSE: '补正期限（逾期终止办理）', PHYSICIAN_REVIEW: '医师审核期限', NOTIFY_REJECTION: '告知不予认定',
    NOTIFY_REREVIEW_REJECTION: '告知复核未通过', NOTIFY_FILING_REFUSED: '告知备案被拒', NOTIFY_REVOCATION: '告知撤销认定', INSTANT_FILING_ACK: '即时办理备案待经办机构确认',
  } satisfies Record<DeadlineKind, string>,
  noticeKinds: {
    HOSPITAL_REJECTION: '不予认定告知书', REREVIEW_REJECTION: '复核结果告知书', FILING_REFUSED: '备案结果告知书',
    REVOCATION: '撤销认定告知书', APPROVAL: '认定通过告知书',
  } satisfies Record<OutcomeNoticeKind, string>,
  deadlineStatuses: { OVERDUE: '已逾期', DUE_TODAY: '今日到期', OPEN: '未到期' } satisfies Record<DeadlineStatus, string>,
  notifyMethods: { IN_PERSON: '当面告知', PHONE: '电话告知', POST: '邮寄', SMS: '短信' } satisfies Record<NotifyMethod, string>,
  roles: { ADMIN: '管理员', CLERK: '窗口经办', PHYSICIAN: '认定医师' } satisfies Record<Role, string>,
  schemes: { EMPLOYEE: '职工医保', RESIDENT: '居民医保' } satisfies Record<InsuranceScheme, string>,
  employmentStatuses: { ACTIVE: '在职', RETIRED: '退休', NA: '—' },
  paths: {
    INSTANT: '即时办理', MONTHLY: '月度批次', MONTHLY_REREVIEW: '月度批次＋经办机构复核', UNSPECIFIED: '未规定（按本地规则）', TRANSFER_IN: '外地转入（即时办理病种）',
  } satisfies Record<ProcessingPath, string>,
  identityVerifications: { ID_CARD_READER: '身份证读卡器', ORIGINAL_SIGHTED: '查验身份证原件', E_VOUCHER: '医保电子凭证' },
  sexes: { male: '男', female: '女' },
  diseaseClasses: { A: '甲类', B: '乙类' },
  packStatuses: { DRAFT_FOR_COMMENT: '征求意见稿', TRIAL: '试行', FINAL: '正式' },
  materialTypes: {
    INPATIENT_RECORD_COPY: '出院记录/住院病历', INPATIENT_COMPLETE_RECORD_SEALED: '住院完整资料（盖章）',
    OUTPATIENT_RECORD_ORIGINAL: '门诊病历（原件）', EMR_PRINTOUT: '电子病历打印件', TEST_REPORT: '检查检验报告',
    DIAGNOSIS_CERTIFICATE: '诊断证明', ID_CARD_COPY: '身份证件', PRIOR_CERTIFICATION: '外地认定结论', OTHER: '其他',
  } satisfies Record<MaterialType, string>,
  ocrStatuses: { QUEUED: '排队', RUNNING: '识别中', DONE: '完成', FAILED: '失败', CANCELLED: '已取消' },
  documentSources: { UPLOAD: '导入', CAMERA: '高拍仪', SCANNER: '扫描文件夹' },
  evidenceDateFields: { DISCHARGE_DATE: '出院日期', VISIT_DATE: '就诊日期', REPORT_DATE: '报告日期' },
  exclusionReasons: {
    INACTIVE: '不在岗', HOSPITAL: '非本院医师（AMB-10）', TITLE: '职称低于副主任医师（R16）', SPECIALTY: '专业与病种不符（R18）',
    NOT_AUTHORISED: '未获该病种授权', AUTHORISATION_EXPIRED: '授权不在有效期内', SANCTION: '黑名单或暂停资格期间（R21）',
    ONBOARDING: '未完成备案、承诺或培训（R22）', CONFLICT_SELF: '申请人本人（R21）', CONFLICT_DECLARED: '已申报需回避（R21）',
    CONFLICT_TREATING: '申请人病历上的经治医师（R21）',
  } satisfies Record<ExclusionReason, string>,
  rejectReasons: {
    DIAGNOSIS_NOT_CONFIRMED: '诊断依据不足', STANDARD_NOT_MET: '未达到该病种认定标准', EVIDENCE_INSUFFICIENT: '病历资料不完整',
    EVIDENCE_DOUBTFUL: '病历资料真实性存疑', OTHER: '其他（见说明）',
  },
  titles: { CHIEF: '主任医师', ASSOCIATE_CHIEF: '副主任医师', ATTENDING: '主治医师', RESIDENT: '住院医师' } satisfies Record<Title, string>,
  assignmentStatuses: { PENDING: '待审核', RECUSED: '已回避', COMPLETED: '已签署', EXPIRED: '超时未审' },
  panelRoles: { PANEL: '抽取医师', TIEBREAK: '第三名医师', EXPERT: '专家组' } satisfies Record<PanelRole, string>,
  entitlementStates: {
    EFFECTIVE: '享受待遇', SUSPENDED: '暂停', DISCONTINUED: '中止', EXITED: '已退出', CANCELLED: '已取消',
    INVALIDATED: '已作废', TRANSFERRED_OUT: '已转出', VOID: '自始无效（备案被拒）',
  } satisfies Record<EntitlementState, string>,
  entitlementEventTypes: {
    SUSPEND_ABNORMAL: '诊疗异常，暂停资格', LIFT_SUSPENSION: '解除暂停', DISCONTINUE_SCHEME_CHANGE: '参保险种变化，中止待遇',
    RESTORE: '恢复原资格', EXIT_NO_COST: '连续两年无相关费用，退出', CANCEL_FRAUD_USE: '转借冒用等套取基金，取消资格',
    CANCEL_NOT_ELIGIBLE: '抽查复核不符合条件，取消资格', INVALIDATE_FRAUD_CERT: '认定中弄虚作假，结果无效',
    INVALIDATE_UNQUALIFIED_CERTIFIER: '认定机构或医师不具资格，结果无效', TRANSFERRED_OUT: '参保关系转出本市',
    ENROLLMENT_CHANGED: '市内参保变更，资格互认',
  } satisfies Record<EntitlementEventType, string>,
  samplingResults: { CONFIRMED: '符合条件，维持认定', NOT_ELIGIBLE: '不符合条件，取消资格（E9）', FRAUD_SUSPECTED: '疑似弄虚作假，经办机构另行处理' } satisfies Record<SamplingResult, string>,
  samplingUploads: { PENDING: '待上传（下次同步时报送）', SENT: '已报送', FAILED: '报送失败', CANCELLED: '已撤回', NONE: '无需报送（资格已终止）' },
  banKinds: { FRAUD_IN_CERTIFICATION: '认定中弄虚作假', FRAUD_IN_USE: '转借冒用等套取基金' } satisfies Record<BanKind, string>,
  filingStates: {
    QUEUED: '待备案（离线排队）', FILED: '已备案', REFUSED: '经办机构拒绝备案', REVOKED: '已撤销备案', WITHDRAWN: '未上传即撤回',
  } satisfies Record<FilingState, string>,
} as const;
