import { findApplicationByDisplayNo } from '../../db/queries/applications';
import { entitlementOfApplication } from '../../db/queries/entitlements';
import { findSamplingItem, insertSamplingItem, recordSamplingResult } from '../../db/queries/sampling';
import { samplingConsequence } from '../domain/sampling';
import { SamplingPull } from '../sync/pull-schemas';
import { recordAudit } from './audit';
import type { ServiceDeps } from './context';
import type { EntitlementEventsService } from './entitlement-events';
import type { Outbox } from './outbox';
import { bureauActor } from './system-actor';

const RESULT_WORDS = { CONFIRMED: '符合条件', NOT_ELIGIBLE: '不符合条件', FRAUD_SUSPECTED: '疑似弄虚作假' } as const;

/**
 * 抽查复核 (R38, §2.16) as the desk takes part in it: each case the bureau draws is answered once with
 * its full archive package (a SAMPLING upload, sent by the sync like any other); the bureau's finding
 * is recorded on the case, and a case found not to meet the conditions loses its entitlement (E9).
 */
export function createSampling(deps: ServiceDeps, outbox: Pick<Outbox, 'enqueueSampling'>, entitlementEvents: Pick<EntitlementEventsService, 'applyBureauDecision'>) {
  function applyPull(body: unknown): string {
    const parsed = SamplingPull.safeParse(body);
    if (!parsed.success) return '拒绝：应答格式不符';
    const n = { requested: 0, decided: 0, unknown: 0 };
    for (const request of parsed.data.requests) {
      for (const item of request.items) {
        deps.db.transaction((tx) => {
          const found = findApplicationByDisplayNo(tx, item.applicationNo);
          if (!found) { n.unknown += 1; return; }
          const by = bureauActor(tx, deps);
          const at = deps.clock().toISOString();
          let row = findSamplingItem(tx, request.samplingId, found.application.id);
          if (!row) {
            // a recognition that no longer stands has nothing left to send; the request is still recorded
            const outboxId = found.application.state === 'APPROVED' ? outbox.enqueueSampling(tx, found.application.id, request.samplingId) : null;
            row = { id: deps.newId(), samplingId: request.samplingId, period: request.period, applicationId: found.application.id, requestedAt: at, outboxId, result: null, reason: null, decidedOn: null };
            insertSamplingItem(tx, row);
            recordAudit(tx, deps, by, { action: 'sampling.requested', entityType: 'application', entityId: found.application.id, details: { samplingId: request.samplingId, period: request.period, answered: outboxId !== null } });
            n.requested += 1;
          }
          if (row.result !== null || item.result === null || item.decidedOn === null) return;
          recordSamplingResult(tx, row.id, { result: item.result, reason: item.reason, decidedOn: item.decidedOn });
          recordAudit(tx, deps, by, { action: 'sampling.result', entityType: 'application', entityId: found.application.id, details: { samplingId: request.samplingId, result: item.result, reason: item.reason } });
          n.decided += 1;
          const consequence = samplingConsequence(item.result);
          const ent = entitlementOfApplication(tx, found.application.id);
          if (consequence && ent) {
            entitlementEvents.applyBureauDecision(tx, ent, {
              eventId: `SAMPLING:${request.samplingId}:${item.applicationNo}`, type: consequence, effectiveDate: item.decidedOn,
              reason: `抽查复核（${request.period}）${RESULT_WORDS[item.result]}${item.reason ? `：${item.reason}` : ''}`,
            });
          }
        });
      }
    }
    if (n.requested + n.decided + n.unknown === 0) return '无更新';
    return `新抽查 ${n.requested} 件（档案包排队上传），收到结论 ${n.decided} 件${n.unknown > 0 ? `，${n.unknown} 件不是本院的申请（未处理）` : ''}`;
  }

  return { applyPull };
}

export type SamplingService = ReturnType<typeof createSampling>;
