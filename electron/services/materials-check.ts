import { findApplication } from '../../db/queries/applications';
import { getDesk } from '../../db/queries/desk';
import { documentsOfApplication } from '../../db/queries/materials';
import { findNotice, insertNotice, noticesOfApplication } from '../../db/queries/notices';
import type { Executor } from '../../db/client';
import { AppError } from '../contract/app-error';
import { findingText } from '../contract/findings-text';
import { LABELS } from '../contract/labels';
import { shanghaiDate } from '../domain/civil-date';
import { checkMaterials, type EvidenceItem, type MaterialsVerdict } from '../domain/evidence/check-materials';
import { findInstitution } from '../domain/evidence/institutions';
import { documentsToConfirm } from '../domain/extraction/confidence';
import type { PolicyPack } from '../domain/policy-pack';
import { evidenceRoutes, processedAtOnce, reReviewRequired } from '../domain/policy-pack';
import { deficiencyNoticePdf } from '../pdf/deficiency-notice';
import type { ApplicationService } from './applications';
import type { CatalogueService } from './catalogue';
import type { Actor, ServiceDeps } from './context';
import { effectiveFacts, effectiveType } from './document-facts';
import { requireCaseAccess } from './case-access';
import { requirePermission } from './guard';

/** The materials verdict (R8–R14) of an application, the 一次性告知书 (T2), and what follows a complete file (T3, T5/T6). */
export function createMaterialsCheckService(deps: ServiceDeps, catalogue: CatalogueService, applications: ApplicationService) {
  function evaluate(db: Executor, applicationId: string, pack: PolicyPack) {
    const found = findApplication(db, applicationId);
    if (!found) throw new AppError('APPLICATION_NOT_FOUND');
    const { application, applicant } = found;
    const items: EvidenceItem[] = documentsOfApplication(db, applicationId).map(({ document: d, fileName }) => {
      const facts = effectiveFacts(d);
      const type = effectiveType(d);
      return {
        documentId: d.id,
        label: `${LABELS.materialTypes[type]}（${fileName}）`,
        type,
        issuerName: facts?.hospital ?? null,
        issuer: facts?.hospital ? findInstitution(pack.institutions, facts.hospital) : null,
        dischargeDate: facts?.dischargeDate ?? null,
        visitDates: facts?.visitDates ?? [],
        reportDate: facts?.reportDate ?? null,
        diseaseKeys: facts?.diseaseKeys ?? [],
        originalSighted: d.originalSighted,
        sealed: d.sealed,
        nameOnDoc: facts?.name ?? null,
        idNumberOnDoc: facts?.idNumber ?? null,
      };
    });
    // AMB-15: windows count back from the date of receipt; before receipt, from today.
    const receivedDate = shanghaiDate(application.receivedAt ? new Date(application.receivedAt) : deps.clock());
    const routes = evidenceRoutes(pack, application.path);
    const verdict = checkMaterials({ receivedDate, applicant: { name: applicant.name, idNumber: applicant.idNumber }, diseaseKey: application.diseaseKey, routes, items });
    return { found, verdict, receivedDate };
  }

  /** Refuses paper or review that would rest on facts the clerk has not confirmed (issue 10). */
  function requireConfirmedFacts(db: Executor, applicationId: string) {
    const pending = documentsToConfirm(documentsOfApplication(db, applicationId).map(({ document: d, fileName }) => ({
      label: `${LABELS.materialTypes[effectiveType(d)]}（${fileName}）`, hasFacts: d.factsJson !== null, confirmed: d.confirmedFactsJson !== null,
    })));
    if (pending.length > 0) throw new AppError('FACTS_NOT_CONFIRMED', { documents: pending.join('、') });
  }

  const verdictDto = (v: MaterialsVerdict, ocrPending: number) => ({
    complete: v.complete,
    ocrPending,
    routes: v.routes.map((r) => ({ ...r, requirements: r.requirements.map((q) => ({ ...q, validDocumentIds: [...q.validDocumentIds] })) })),
    findings: v.findings.map((f) => ({ severity: f.severity, code: f.code, documentId: 'documentId' in f ? f.documentId : null, text: findingText(f) })),
  });

  function check(actor: Actor, applicationId: string) {
    requirePermission(actor, 'materials.read');
    requireCaseAccess(deps.db, actor, applicationId);
    const pack = catalogue.activePack();
    const { found, verdict } = evaluate(deps.db, applicationId, pack);
    const pending = documentsOfApplication(deps.db, applicationId).filter((d) => d.document.factsJson === null).length;
    return {
      verdict: verdictDto(verdict, pending),
      state: found.application.state,
      notices: noticesOfApplication(deps.db, applicationId).map((n) => ({ id: n.id, kind: n.kind, issuedAt: n.issuedAt, issuedByName: n.issuedByName, items: JSON.parse(n.itemsJson) as string[] })),
    };
  }

  /**
   * T2: lists every missing or failing item in one notice (R8), stores the PDF exactly as handed
   * over, and moves a received application to INCOMPLETE. Issuing again while INCOMPLETE reprints
   * the same list for items still missing.
   */
  async function issueNotice(actor: Actor, applicationId: string) {
    requirePermission(actor, 'applications.transition');
    const pack = catalogue.activePack();
    const { found, verdict, receivedDate } = evaluate(deps.db, applicationId, pack);
    if (verdict.complete) throw new AppError('NOTICE_NOT_NEEDED');
    requireConfirmedFacts(deps.db, applicationId);
    const desk = getDesk(deps.db);
    if (!desk) throw new AppError('SETUP_REQUIRED');
    const items = verdict.findings.filter((f) => f.severity === 'BLOCK').map(findingText);
    const issued = deps.clock();
    const noticeNo = `${found.application.displayNo}-${noticesOfApplication(deps.db, applicationId).length + 1}`;
    const pdf = await deficiencyNoticePdf({
      noticeNo, hospitalName: desk.hospitalName, applicantName: found.applicant.name, idNumber: found.applicant.idNumber,
      applicationNo: found.application.displayNo, diseaseName: found.application.diseaseName, receivedDate,
      issuedDate: shanghaiDate(issued), clerkName: actor.displayName, items,
      routesHint: `说明：${pack.evidence.routes.map((r) => `“${r.nameZh}”`).join('与')}任选其一补齐即可（参保人可根据自身病情提供一种或多种材料）。`,
      lapseDays: pack.intake.incompleteLapseCalendarDays,
    });
    const id = deps.newId();
    deps.db.transaction((tx) => {
      insertNotice(tx, { id, applicationId, kind: 'DEFICIENCY_ONE_TIME', itemsJson: JSON.stringify(items), pdf: Buffer.from(pdf), issuedBy: actor.userId, issuedAt: issued.toISOString() });
      if (found.application.state === 'RECEIVED') applications.applyEvent(tx, actor, applicationId, 'NOTIFY_DEFICIENCY', { materialsComplete: false }, `一次性告知 ${items.length} 项`);
    });
    return { noticeId: id, noticeNo, items, pdfBase64: Buffer.from(pdf).toString('base64') };
  }

  function noticePdf(actor: Actor, noticeId: string) {
    requirePermission(actor, 'materials.read');
    const n = findNotice(deps.db, noticeId);
    if (!n) throw new AppError('DOCUMENT_NOT_FOUND');
    requireCaseAccess(deps.db, actor, n.applicationId);
    return { pdfBase64: n.pdf.toString('base64') };
  }

  /**
   * The end of intake: a complete file goes on. From INCOMPLETE it first returns to RECEIVED (T3);
   * then an instant disease goes to review at once (T5, R26), any other joins the monthly session (T6, R27).
   */
  function submit(actor: Actor, applicationId: string) {
    requirePermission(actor, 'applications.transition');
    const pack = catalogue.activePack();
    return deps.db.transaction((tx) => {
      const { found, verdict } = evaluate(tx, applicationId, pack);
      if (!verdict.complete) throw new AppError('MATERIALS_INCOMPLETE');
      requireConfirmedFacts(tx, applicationId);
      const entry = pack.catalogue.find((e) => e.key === found.application.diseaseKey);
      if (found.application.state === 'INCOMPLETE') applications.applyEvent(tx, actor, applicationId, 'SUPPLEMENT', { materialsComplete: true }, '材料已补齐');
      const ctx = { materialsComplete: true, instant: processedAtOnce(found.application.path), reReviewRequired: entry ? reReviewRequired(entry, found.application.modeKey) : false };
      return applications.applyEvent(tx, actor, applicationId, 'ROUTE', ctx, null);
    });
  }

  return { check, issueNotice, noticePdf, submit };
}
