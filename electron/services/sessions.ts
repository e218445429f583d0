import { applicationIdsInState, findApplication } from '../../db/queries/applications';
import { getDesk } from '../../db/queries/desk';
import {
  casesOfSession, findSession, insertSession, insertSessionCase, insertViolationOnce, listSessions, listViolations, queueEvents,
} from '../../db/queries/sessions';
import { AppError } from '../contract/app-error';
import { shanghaiDate } from '../domain/civil-date';
import { sessionCompliance, type QueueStay } from '../domain/sessions';
import { sessionListPdf } from '../pdf/session-list';
import { recordAudit } from './audit';
import type { CatalogueService } from './catalogue';
import type { Actor, ServiceDeps } from './context';
import { requirePermission } from './guard';
import type { PanelService } from './panel';
import { schedulerActor } from './system-actor';

/**
 * The monthly confirmation session (R27, §2.9): the desk gathers every queued non-instant case into
 * a session, draws their panels in one go (T7), prints the session list, reminds from the pack's day
 * while cases wait without a session, and records a month that ended so as a violation.
 */
export function createSessionService(deps: ServiceDeps, catalogue: CatalogueService, panel: PanelService) {
  /** Each case's stays in the queue, from its history (T6 in, T7/T15 out). */
  function stays(): QueueStay[] {
    const out: QueueStay[] = [];
    const open = new Map<string, number>();
    for (const e of queueEvents(deps.db)) {
      const day = shanghaiDate(new Date(e.at));
      if (e.toState === 'QUEUED_FOR_SESSION') {
        open.set(e.applicationId, out.length);
        out.push({ from: day, until: null });
      } else {
        const i = open.get(e.applicationId);
        if (i !== undefined) out[i] = { ...out[i]!, until: day };
        open.delete(e.applicationId);
      }
    }
    return out;
  }

  function compliance() {
    if (!getDesk(deps.db)) return null; // a desk not yet set up has no pack
    const rule = catalogue.activePack().sessions;
    if (!rule) return null;
    const months = new Set(listSessions(deps.db).map((s) => s.month));
    return sessionCompliance(stays(), months, shanghaiDate(deps.clock()), rule.remindFromDayOfMonth);
  }

  function status(actor: Actor) {
    requirePermission(actor, 'panel.draw');
    const c = compliance();
    return {
      rule: catalogue.activePack().sessions !== null,
      reminder: c?.reminder ?? null,
      sessions: listSessions(deps.db),
      violations: listViolations(deps.db).map((v) => ({ kind: v.kind, period: v.period, detail: v.detail, recordedAt: v.recordedAt })),
    };
  }

  /** Holds this month's session: every queued case is taken up and its panel drawn, each in its own transaction with its record. */
  function hold(actor: Actor) {
    requirePermission(actor, 'panel.draw');
    const applicationIds = applicationIdsInState(deps.db, 'QUEUED_FOR_SESSION');
    if (applicationIds.length === 0) throw new AppError('SESSION_NOTHING_QUEUED');
    const now = deps.clock();
    const id = deps.newId();
    deps.db.transaction((tx) => {
      insertSession(tx, { id, month: shanghaiDate(now).slice(0, 7), heldAt: now.toISOString(), organiserId: actor.userId });
      recordAudit(tx, deps, actor, { action: 'session.hold', entityType: 'session', entityId: id, details: { month: shanghaiDate(now).slice(0, 7), cases: applicationIds.length } });
    });
    const results = applicationIds.map((applicationId) => deps.db.transaction((tx) => {
      const r = panel.drawIn(tx, actor, applicationId);
      const detail = r.outcome === 'DRAWN' ? r.assigned.map((a) => a.name).join('、') : `符合条件的医师不足（${r.eligible} 名）`;
      insertSessionCase(tx, { sessionId: id, applicationId, outcome: r.outcome, detail });
      return { applicationId, displayNo: findApplication(tx, applicationId)!.application.displayNo, outcome: r.outcome, detail };
    }));
    return { sessionId: id, results };
  }

  async function listPdf(actor: Actor, sessionId: string) {
    requirePermission(actor, 'panel.draw');
    const s = findSession(deps.db, sessionId);
    if (!s) throw new AppError('SESSION_NOT_FOUND');
    const pdf = await sessionListPdf({
      hospitalName: getDesk(deps.db)?.hospitalName ?? '', month: s.month, heldAt: s.heldAt, organiser: s.organiser, cases: casesOfSession(deps.db, sessionId),
    });
    deps.db.transaction((tx) => recordAudit(tx, deps, actor, { action: 'session.listPdf', entityType: 'session', entityId: sessionId, details: {} }));
    return { pdfBase64: Buffer.from(pdf).toString('base64'), fileName: `月度资格确认名单_${s.month}.pdf` };
  }

  /** R27: a past month in which cases waited without a session, recorded once (scheduler). */
  function recordMissed(): number {
    const c = compliance();
    if (!c) return 0;
    let recorded = 0;
    for (const month of c.missedMonths) {
      deps.db.transaction((tx) => {
        const row = { id: deps.newId(), kind: 'MISSED_MONTHLY_SESSION', period: month, detail: `${month} 有待月度确认的申请，但未组织资格确认（000 §8(2)，R27）`, recordedAt: deps.clock().toISOString() };
        if (!insertViolationOnce(tx, row)) return;
        recordAudit(tx, deps, schedulerActor(tx, deps), { action: 'violation.record', entityType: 'violation', entityId: row.id, details: row });
        recorded += 1;
      });
    }
    return recorded;
  }

  return { status, hold, listPdf, recordMissed };
}

export type SessionService = ReturnType<typeof createSessionService>;
