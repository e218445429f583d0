import type { ApplicationState } from '../domain/application-state';
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
  roles: { ADMIN: '管理员', CLERK: '窗口经办', PHYSICIAN: '认定医师' } satisfies Record<Role, string>,
  schemes: { EMPLOYEE: '职工医保', RESIDENT: '居民医保' } satisfies Record<InsuranceScheme, string>,
  employmentStatuses: { ACTIVE: '在职', RETIRED: '退休', NA: '—' },
  paths: {
    INSTANT: '即时办理', MONTHLY: '月度批次', MONTHLY_REREVIEW: '月度批次＋经办机构复核', UNSPECIFIED: '未规定（按本地规则）',
  } satisfies Record<ProcessingPath, string>,
  identityVerifications: { ID_CARD_READER: '身份证读卡器', ORIGINAL_SIGHTED: '查验身份证原件', E_VOUCHER: '医保电子凭证' },
  sexes: { male: '男', female: '女' },
  diseaseClasses: { A: '甲类', B: '乙类' },
  packStatuses: { DRAFT_FOR_COMMENT: '征求意见稿', TRIAL: '试行', FINAL: '正式' },
} as const;
