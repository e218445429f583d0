import { findApplication } from '../../db/queries/applications';
import type { Tx } from '../../db/client';
import { getDesk, nextCounter } from '../../db/queries/desk';
import { entitlementOfApplication } from '../../db/queries/entitlements';
import { decisionsOf } from '../../db/queries/physicians';
import { insertOutbox, outboxOfApplication, updateOutbox } from '../../db/queries/sync';
import type { TransitionId } from '../domain/application-state';
import { shanghaiDate } from '../domain/civil-date';
import { isUpload, messagesFor, platformMsgid, revocationPlan, uploadsWithdrawnBy, type OutboxKind } from '../domain/sync/outbox-rules';
import type { Filing2503 } from '../sync/hsa-protocol';
import type { CatalogueService } from './catalogue';
import type { ServiceDeps } from './context';

/** 险种: 310 职工基本医疗保险, 390 城乡居民基本医疗保险 (national code list). */
const INSUTYPE = { EMPLOYEE: '310', RESIDENT: '390' } as const;

/**
 * The transactional outbox: the message a state change owes the bureau is written inside the same
 * transaction as the change (never one without the other), with its msgid fixed once for all retries.
 */
export function createOutbox(deps: ServiceDeps, catalogue: CatalogueService) {
  /**
   * The 2503 body from the case and its entitlement as they are now (also when a refused revocation
   * is re-queued). begndate is the entitlement's start (R29/R32); hosp_ide_date and the physician
   * are those of the last required signature (AMB-07).
   */
  function filingPayload(tx: Tx, applicationId: string, outboxId: string): Filing2503 {
    const found = findApplication(tx, applicationId)!;
    const entitlement = entitlementOfApplication(tx, applicationId);
    if (!entitlement) throw new Error(`no entitlement to file for ${applicationId}`);
    const desk = getDesk(tx)!;
    const entry = catalogue.activePack().catalogue.find((e) => e.key === found.application.diseaseKey);
    const last = decisionsOf(tx, applicationId).filter((d) => d.decision.result === 'APPROVE')
      .reduce<ReturnType<typeof decisionsOf>[number] | undefined>((a, d) => (!a || d.decision.signedAt > a.decision.signedAt ? d : a), undefined);
    const a = found.applicant;
    return {
      psn_no: a.idNumber, insutype: INSUTYPE[a.scheme], opsp_dise_code: entry?.code ?? found.application.diseaseKey,
      opsp_dise_name: found.application.diseaseName, tel: a.phone, addr: a.address, insu_optins: a.regionCode,
      ide_fixmedins_no: desk.hospitalCode, ide_fixmedins_name: desk.hospitalName,
      hosp_ide_date: last ? shanghaiDate(new Date(last.decision.signedAt)) : entitlement.startDate,
      diag_dr_codg: last?.decision.physicianId ?? '', diag_dr_name: last?.name ?? '',
      begndate: entitlement.startDate, enddate: entitlement.endDate ?? '', memo: outboxId,
    };
  }

  /** A fresh platform msgid: hospital code, Beijing time, and the desk's persistent message counter. */
  const nextMsgid = (tx: Tx): string => platformMsgid(getDesk(tx)!.hospitalCode, deps.clock(), nextCounter(tx, 'msgid'));

  /** Queues a message; returns its id. `extra` joins the payload (the sampling request answered, the enrolment change told). */
  function enqueue(tx: Tx, applicationId: string, kind: OutboxKind, extra: Record<string, unknown> = {}): string {
    const found = findApplication(tx, applicationId)!;
    const at = deps.clock().toISOString();
    const id = deps.newId();
    const person = { psn_no: found.applicant.idNumber, insu_optins: found.applicant.regionCode };
    // an upload's manifest is made when it is first sent; a 2504 names its filing when it is sent
    const payload = kind === '2503' ? filingPayload(tx, applicationId, id) : kind === '2504' ? { ...person, memo: id } : { ...person, purpose: kind, ...extra };
    insertOutbox(tx, {
      id, infno: kind, applicationId, personKey: found.applicant.idNumber, msgid: nextMsgid(tx), payloadJson: JSON.stringify(payload),
      status: 'PENDING', attempts: 0, nextAttemptAt: at, unsure: false, lastError: null, remoteRef: null, createdAt: at, sentAt: null,
    });
    return id;
  }

  /** Called by every state change (applications.applyEvent), inside its transaction, after the entitlement is written. */
  function record(tx: Tx, applicationId: string, transition: TransitionId): void {
    const queued = outboxOfApplication(tx, applicationId);
    const cancel = (ids: readonly string[], why: string) => {
      for (const o of queued.filter((q) => ids.includes(q.id))) updateOutbox(tx, o.id, o.status, { status: 'CANCELLED', lastError: why });
    };
    if (transition === 'T17') {
      const plan = revocationPlan(queued.map((o) => ({ id: o.id, kind: o.infno, status: o.status, unsure: o.unsure })));
      cancel(plan.cancel, '认定已撤销，未上传的记录不再发送');
      if (plan.revoke) enqueue(tx, applicationId, '2504');
      return;
    }
    if (uploadsWithdrawnBy(transition)) {
      cancel(queued.filter((o) => isUpload(o.infno) && o.status === 'PENDING').map((o) => o.id), '备案被拒，材料包不再上传');
    }
    for (const kind of messagesFor(transition)) enqueue(tx, applicationId, kind);
  }

  /** R38: the archive package answering the bureau's sampling request; returns the message id. */
  const enqueueSampling = (tx: Tx, applicationId: string, samplingId: string): string => enqueue(tx, applicationId, 'SAMPLING', { samplingId });

  /** E11/E5/E6: tells the bureau (old and new agency) that a filed recognition's person changed scheme or place. */
  type Enrolment = { scheme: keyof typeof INSUTYPE; regionCode: string };
  const enqueueEnrollment = (tx: Tx, applicationId: string, n: { event: string; effectiveDate: string; from: Enrolment; to: Enrolment }): string =>
    enqueue(tx, applicationId, 'ENROLLMENT', {
      event: n.event, effectiveDate: n.effectiveDate,
      from: { insutype: INSUTYPE[n.from.scheme], insu_optins: n.from.regionCode }, to: { insutype: INSUTYPE[n.to.scheme], insu_optins: n.to.regionCode },
    });

  return { record, filingPayload, nextMsgid, enqueueSampling, enqueueEnrollment };
}

export type Outbox = ReturnType<typeof createOutbox>;
