import type { ApplicationState } from './application-state';
import type { BenefitTerms } from './benefit-terms';
import type { NoticeLetter } from './policy-pack';
import { maskIdNumber } from './privacy';

/**
 * The notice an applicant receives when a case ends (§2.17; T12, T14, T16, T17 and approval): which
 * notice a case's state calls for, and its wording, composed from the case's facts and the pack's
 * policy text. The PDF only lays the letter out.
 */
export const OUTCOME_NOTICE_KINDS = ['HOSPITAL_REJECTION', 'REREVIEW_REJECTION', 'FILING_REFUSED', 'REVOCATION', 'APPROVAL'] as const;
export type OutcomeNoticeKind = (typeof OUTCOME_NOTICE_KINDS)[number];

const NOTICE_OF: Partial<Record<ApplicationState, OutcomeNoticeKind>> = {
  HOSPITAL_REJECTED: 'HOSPITAL_REJECTION',
  REREVIEW_REJECTED: 'REREVIEW_REJECTION',
  FILING_REJECTED: 'FILING_REFUSED',
  INVALIDATED: 'REVOCATION',
  APPROVED: 'APPROVAL',
};

/**
 * The notice a case in `state` calls for, or null. An approval is told only once the recognition
 * stands as an entitlement with a start date (T10, T13); a case still awaiting the bureau has none.
 */
export function outcomeNoticeKind(state: ApplicationState, hasEntitlement: boolean): OutcomeNoticeKind | null {
  const kind = NOTICE_OF[state] ?? null;
  return kind === 'APPROVAL' && !hasEntitlement ? null : kind;
}

/** R36: the clerk records how the applicant was told of any outcome that has a notice. */
export const mayRecordTold = (state: ApplicationState, hasEntitlement: boolean): boolean => outcomeNoticeKind(state, hasEntitlement) !== null;

export type LetterFacts = {
  readonly kind: OutcomeNoticeKind;
  readonly applicantName: string;
  readonly idNumber: string;
  readonly diseaseName: string;
  /** The day the application was received (T1). */
  readonly receivedOn: string;
  /** The day of the outcome: the panel's decision, or the day the bureau's answer reached the hospital. */
  readonly decidedOn: string;
  /** Why: the unmet criteria and reasons of the panel, or the bureau's words. */
  readonly reasons: readonly string[];
  /** R41/R44: the last day of a ban imposed with a revocation. */
  readonly banUntil: string | null;
  /** Approval: the first day of the entitlement (R29, R32). */
  readonly startDate: string | null;
  readonly benefits: BenefitTerms | null;
};

export type Letter = {
  readonly title: string;
  /** 申请人姓名（身份证号 masked）： */
  readonly greeting: string;
  readonly body: readonly string[];
  readonly reasons: readonly string[];
  /** Approval: what the fund pays, row by row. */
  readonly benefitRows: readonly (readonly [string, string])[];
  readonly policy: string;
  readonly recourse: readonly string[];
};

const percent = (r: number): string => `${Math.round(r * 1000) / 10}%`;
const BUREAU_SETS = '以医保经办机构核定为准';

function benefitRows(t: BenefitTerms, startDate: string): [string, string][] {
  return [
    ['待遇起始日期', startDate],
    ['病种类别', t.diseaseClass === 'A' ? '甲类' : t.diseaseClass === 'B' ? '乙类' : BUREAU_SETS],
    ['年度起付标准', t.deductible === null ? BUREAU_SETS : t.deductible === 0 ? '不设起付线' : `${t.deductible} 元（每个自然年度，由个人负担）`],
    ['基金支付比例', t.ratio === null ? BUREAU_SETS : `${percent(t.ratio)}${t.special ? '（特殊病种或治疗方式）' : ''}`],
    ['异地就医支付比例', t.outOfAreaRatio === null ? '按本统筹地区异地就医政策执行' : percent(t.outOfAreaRatio)],
    ['年度支付限额', BUREAU_SETS],
  ];
}

function opening(f: LetterFacts): string[] {
  const applied = `您于 ${f.receivedOn} 申请的“${f.diseaseName}”门诊慢特病资格`;
  switch (f.kind) {
    case 'HOSPITAL_REJECTION':
      return [`${applied}，经本院资格确认医师审核，于 ${f.decidedOn} 作出不予认定的结论。`];
    case 'REREVIEW_REJECTION':
      return [`${applied}，经本院初审通过后报送医疗保障经办机构复核，复核未予通过（本院于 ${f.decidedOn} 收到复核结果）。您不享受该病种的门诊慢特病待遇。`];
    case 'FILING_REFUSED':
      return [`${applied}，经本院确认后报医疗保障经办机构备案，经办机构未予备案（本院于 ${f.decidedOn} 收到）。该资格自始不生效。`];
    case 'REVOCATION':
      return [
        `${applied}的认定结果已于 ${f.decidedOn} 撤销，自该日起您不再享受该病种的门诊慢特病待遇。`,
        ...(f.banUntil ? [`因认定过程中存在弄虚作假情形，认定结果无效，自 ${f.decidedOn} 起至 ${f.banUntil} 止不得重新申请门诊慢特病资格。`] : []),
      ];
    case 'APPROVAL':
      return [`${applied}已认定通过，自 ${f.startDate ?? ''} 起享受门诊慢特病待遇。待遇标准如下：`];
  }
}

/** The letter for one outcome (§2.17): facts from the case, policy and recourse from the pack. */
export function composeLetter(f: LetterFacts, wording: NoticeLetter): Letter {
  return {
    title: wording.titleZh,
    greeting: `${f.applicantName}（身份证号 ${maskIdNumber(f.idNumber)}）：`,
    body: opening(f),
    reasons: f.kind === 'APPROVAL' ? [] : f.reasons,
    benefitRows: f.kind === 'APPROVAL' && f.benefits && f.startDate ? benefitRows(f.benefits, f.startDate) : [],
    policy: wording.policyZh,
    recourse: wording.recourseZh,
  };
}
