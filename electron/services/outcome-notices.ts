import { applicationHistory, findApplication } from '../../db/queries/applications';
import { getDesk } from '../../db/queries/desk';
import { entitlementOfApplication } from '../../db/queries/entitlements';
import { bansOfApplicant } from '../../db/queries/lifecycle';
import { decisionsOf } from '../../db/queries/physicians';
import type { Executor } from '../../db/client';
import { AppError } from '../contract/app-error';
import { LABELS } from '../contract/labels';
import { benefitTerms } from '../domain/benefit-terms';
import { shanghaiDate } from '../domain/civil-date';
import { composeLetter, outcomeNoticeKind } from '../domain/outcome-notices';
import type { JudgedCriterion } from '../domain/panel/criteria';
import { outcomeNoticePdf } from '../pdf/outcome-notice';
import { recordAudit } from './audit';
import type { CatalogueService } from './catalogue';
import { requireCaseAccess } from './case-access';
import type { Actor, ServiceDeps } from './context';
import { requirePermission } from './guard';

/**
 * The outcome notice to the applicant (§2.17; T12, T14, T16, T17, approval): a printable A4 letter
 * with the reasons, the pack's policy text and what the applicant may do, and for an approval the
 * start date and what the fund pays. The clerk prints it and records how it was delivered.
 */
export function createOutcomeNotices(deps: ServiceDeps, catalogue: CatalogueService) {
  /** Why the panel said no: each rejecting physician's unmet criteria, reasons and comment. */
  function panelReasons(db: Executor, applicationId: string, standard: readonly { id: string; textZh: string }[]): string[] {
    const reasons = decisionsOf(db, applicationId).filter((r) => r.decision.result === 'REJECT').flatMap(({ decision: d }) => [
      ...(JSON.parse(d.criteriaJson) as JudgedCriterion[]).filter((c) => !c.met)
        .map((c) => `不符合认定标准：${standard.find((s) => s.id === c.id)?.textZh ?? c.textZh}`),
      ...(JSON.parse(d.reasonCodesJson) as string[]).map((c) => LABELS.rejectReasons[c as keyof typeof LABELS.rejectReasons] ?? c),
      ...(d.comment ? [d.comment] : []),
    ]);
    return [...new Set(reasons)];
  }

  async function letterPdf(actor: Actor, applicationId: string) {
    requirePermission(actor, 'applications.transition');
    requireCaseAccess(deps.db, actor, applicationId);
    const found = findApplication(deps.db, applicationId);
    if (!found) throw new AppError('APPLICATION_NOT_FOUND');
    const { application: app, applicant } = found;
    const entitlement = entitlementOfApplication(deps.db, applicationId) ?? null;
    const kind = outcomeNoticeKind(app.state, entitlement !== null);
    if (!kind) throw new AppError('NOTICE_NOT_DUE', { state: app.state });
    const pack = catalogue.activePack();
    const entry = pack.catalogue.find((e) => e.key === app.diseaseKey);
    // the outcome's own event: the decision, or the day the bureau's answer reached the hospital
    const outcome = applicationHistory(deps.db, applicationId).map((h) => h.event).filter((e) => e.toState === app.state).at(-1);
    const decidedOn = outcome ? shanghaiDate(new Date(outcome.at)) : shanghaiDate(deps.clock());
    const ban = kind === 'REVOCATION' ? bansOfApplicant(deps.db, applicant.id).find((b) => b.applicationId === applicationId) ?? null : null;
    const letter = composeLetter({
      kind, applicantName: applicant.name, idNumber: applicant.idNumber, diseaseName: app.diseaseName,
      receivedOn: app.receivedAt ? shanghaiDate(new Date(app.receivedAt)) : shanghaiDate(new Date(app.createdAt)), decidedOn,
      reasons: kind === 'HOSPITAL_REJECTION' ? panelReasons(deps.db, applicationId, entry?.standard.criteria ?? []) : outcome?.note ? [outcome.note] : [],
      banUntil: ban?.until ?? null,
      startDate: entitlement?.startDate ?? null,
      benefits: entry ? benefitTerms(pack.benefits, entry, app.modeKey, applicant.scheme, applicant.employmentStatus) : null,
    }, pack.notices.letters[kind]);
    const issuedOn = shanghaiDate(deps.clock());
    const pdf = await outcomeNoticePdf({ letter, hospitalName: getDesk(deps.db)?.hospitalName ?? '', applicationNo: app.displayNo, issuedOn });
    deps.db.transaction((tx) => recordAudit(tx, deps, actor, { action: 'notice.outcomePdf', entityType: 'application', entityId: applicationId, details: { kind } }));
    return { pdfBase64: Buffer.from(pdf).toString('base64'), fileName: `${LABELS.noticeKinds[kind]}_${app.displayNo}.pdf` };
  }

  return { letterPdf };
}
