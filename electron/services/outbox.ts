import { findApplication } from '../../db/queries/applications';
import type { Tx } from '../../db/client';
import { getDesk, nextCounter } from '../../db/queries/desk';
import { decisionsOf } from '../../db/queries/physicians';
import { insertOutbox, outboxOfApplication, updateOutbox } from '../../db/queries/sync';
import type { ApplicationState } from '../domain/application-state';
import { shanghaiDate } from '../domain/civil-date';
import { outboxOperation, platformMsgid } from '../domain/sync/outbox-rules';
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
  /** The 2503 body from the case as it is now (also used when a failed filing is fixed and re-queued). */
  function filingPayload(tx: Tx, applicationId: string, outboxId: string): Filing2503 {
    const found = findApplication(tx, applicationId)!;
    const desk = getDesk(tx)!;
    const entry = catalogue.activePack().catalogue.find((e) => e.key === found.application.diseaseKey);
    const approver = decisionsOf(tx, applicationId).find((d) => d.decision.result === 'APPROVE');
    const date = shanghaiDate(approver ? new Date(approver.decision.signedAt) : deps.clock());
    const a = found.applicant;
    return {
      psn_no: a.idNumber, insutype: INSUTYPE[a.scheme], opsp_dise_code: entry?.code ?? found.application.diseaseKey, opsp_dise_name: found.application.diseaseName,
      tel: a.phone, addr: a.address, insu_optins: a.regionCode, ide_fixmedins_no: desk.hospitalCode, ide_fixmedins_name: desk.hospitalName,
      hosp_ide_date: date, diag_dr_codg: approver?.decision.physicianId ?? '', diag_dr_name: approver?.name ?? '', begndate: date, enddate: '', memo: outboxId,
    };
  }

  /** A fresh platform msgid: hospital code, Beijing time, and the desk's persistent message counter. */
  const nextMsgid = (tx: Tx): string => platformMsgid(getDesk(tx)!.hospitalCode, deps.clock(), nextCounter(tx, 'msgid'));

  /** Called by every state change (applications.applyEvent), inside its transaction. */
  function record(tx: Tx, applicationId: string, from: ApplicationState, to: ApplicationState): void {
    const infno = outboxOperation(from, to);
    if (!infno) return;
    const found = findApplication(tx, applicationId)!;
    const at = deps.clock();
    if (infno === '2504') {
      const queued = outboxOfApplication(tx, applicationId).filter((o) => o.status !== 'CANCELLED');
      const filing = queued.find((o) => o.infno === '2503');
      if (!filing) return;
      if (filing.status !== 'SENT' && !filing.unsure) {
        // never reached the bureau: withdraw it (and its archive upload) here, so the bureau holds neither
        for (const o of queued.filter((q) => q.status !== 'SENT')) updateOutbox(tx, o.id, { status: 'CANCELLED', lastError: '备案未上传前已撤销' });
        return;
      }
    }
    const enqueue = (kind: '2503' | '2504' | 'ARCHIVE', payload: (id: string) => unknown) => {
      const id = deps.newId();
      insertOutbox(tx, {
        id, infno: kind, applicationId, personKey: found.applicant.idNumber, msgid: nextMsgid(tx),
        payloadJson: JSON.stringify(payload(id)), status: 'PENDING', attempts: 0, nextAttemptAt: at.toISOString(), unsure: false,
        lastError: null, remoteRef: null, createdAt: at.toISOString(), sentAt: null,
      });
    };
    if (infno === '2503') {
      enqueue('2503', (id) => filingPayload(tx, applicationId, id));
      // the archive package follows its filing; its manifest is made when it is first sent
      enqueue('ARCHIVE', () => ({ psn_no: found.applicant.idNumber, insu_optins: found.applicant.regionCode }));
    } else enqueue('2504', (id) => ({ psn_no: found.applicant.idNumber, insu_optins: found.applicant.regionCode, memo: id }));
  }

  return { record, filingPayload, nextMsgid };
}

export type Outbox = ReturnType<typeof createOutbox>;
