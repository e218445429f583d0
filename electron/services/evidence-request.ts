import { findApplication } from '../../db/queries/applications';
import { getDesk } from '../../db/queries/desk';
import { insertNotice, noticesOfApplication } from '../../db/queries/notices';
import { assignmentsOf } from '../../db/queries/physicians';
import { findUserById } from '../../db/queries/users';
import { AppError } from '../contract/app-error';
import { shanghaiDate } from '../domain/civil-date';
import { mayRequestClinicalEvidence } from '../domain/panel/evidence-request';
import { deficiencyNoticePdf } from '../pdf/deficiency-notice';
import type { ApplicationService } from './applications';
import { recordAudit } from './audit';
import type { CatalogueService } from './catalogue';
import type { Actor, ServiceDeps } from './context';
import { requirePermission } from './guard';

/**
 * T9 (AMB-50): a physician drawn for a case asks, once, for more clinical evidence before deciding.
 * The request is its own notice to the applicant (补充临床资料告知书); the case waits as INCOMPLETE and
 * lapses like any incomplete file (T4); supplemented, it returns to the same panel.
 */
export function createEvidenceRequest(deps: ServiceDeps, catalogue: CatalogueService, applications: ApplicationService) {
  async function request(actor: Actor, applicationId: string, items: readonly string[]) {
    requirePermission(actor, 'review.sign');
    const found = findApplication(deps.db, applicationId);
    if (!found) throw new AppError('APPLICATION_NOT_FOUND');
    const me = findUserById(deps.db, actor.userId)?.username;
    if (!assignmentsOf(deps.db, applicationId).some(({ assignment: a }) => a.physicianId === me && a.status === 'PENDING')) throw new AppError('NOT_ASSIGNED');
    const earlier = noticesOfApplication(deps.db, applicationId).filter((n) => n.kind === 'CLINICAL_EVIDENCE_REQUEST').length;
    if (!mayRequestClinicalEvidence(found.application.state, earlier)) throw new AppError('EVIDENCE_REQUEST_NOT_ALLOWED', { state: found.application.state });
    const issued = deps.clock();
    const noticeNo = `${found.application.displayNo}-${noticesOfApplication(deps.db, applicationId).length + 1}`;
    const pdf = await deficiencyNoticePdf({
      physicianRequest: true, noticeNo, hospitalName: getDesk(deps.db)?.hospitalName ?? '', applicantName: found.applicant.name,
      idNumber: found.applicant.idNumber, applicationNo: found.application.displayNo, diseaseName: found.application.diseaseName,
      receivedDate: found.application.receivedAt ? shanghaiDate(new Date(found.application.receivedAt)) : '', issuedDate: shanghaiDate(issued),
      clerkName: actor.displayName, items, routesHint: '请将上述资料交本院医保办窗口，补入申请材料后由原认定医师继续审核。',
      lapseDays: catalogue.activePack().intake.incompleteLapseCalendarDays,
    });
    const id = deps.newId();
    deps.db.transaction((tx) => {
      insertNotice(tx, { id, applicationId, kind: 'CLINICAL_EVIDENCE_REQUEST', itemsJson: JSON.stringify(items), pdf: Buffer.from(pdf), issuedBy: actor.userId, issuedAt: issued.toISOString() });
      applications.applyEvent(tx, actor, applicationId, 'REQUEST_CLINICAL_EVIDENCE', {}, `认定医师要求补充临床资料：${items.join('；')}`);
      recordAudit(tx, deps, actor, { action: 'review.requestEvidence', entityType: 'application', entityId: applicationId, details: { noticeId: id, items } });
    });
    return { noticeId: id, noticeNo, items: [...items], pdfBase64: Buffer.from(pdf).toString('base64') };
  }
  return { request };
}
