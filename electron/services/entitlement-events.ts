import { getDesk } from '../../db/queries/desk';
import {
  bureauEventSeen, entitlementByFilingRef, entitlementsInState, entitlementsOfApplicant, eventsOfEntitlement, insertEntitlementEvent, updateEntitlement,
  type EntitlementRow,
} from '../../db/queries/entitlements';
import { getSyncValue } from '../../db/queries/sync';
import type { Tx } from '../../db/client';
import { shanghaiDate } from '../domain/civil-date';
import { classBExitDate, enrollmentChangeEvent, entitlementChange, type EntitlementEventType } from '../domain/entitlement-events';
import type { InsuranceScheme } from '../domain/policy-pack';
import { EntitlementEventsPull, type CostsItems } from '../sync/pull-schemas';
import type { ApplicationService } from './applications';
import { recordAudit } from './audit';
import type { CatalogueService } from './catalogue';
import type { Actor, ServiceDeps } from './context';
import type { Outbox } from './outbox';
import { bureauActor, schedulerActor } from './system-actor';

type Happening = {
  readonly type: EntitlementEventType; readonly effectiveDate: string; readonly reason: string;
  readonly decidedBy: 'BUREAU' | 'DESK'; readonly bureauEventId: string | null;
};

/**
 * What happens to an entitlement after filing (domain §2.12, §3.2): the bureau's events pulled at
 * sync (applied once each, its word winning over the desk's record), the bans they carry (R41, R42),
 * and the class-B exit the desk derives from the yearly cost lists (R39). Each is a row in the
 * entitlement's timeline and an entry in the audit chain.
 */
type Enrolment = { readonly scheme: InsuranceScheme; readonly regionCode: string };

export function createEntitlementEvents(deps: ServiceDeps, catalogue: CatalogueService, applications: ApplicationService, outbox: Pick<Outbox, 'enqueueEnrollment'>) {
  function record(tx: Tx, actor: Actor, ent: EntitlementRow, h: Happening): void {
    const change = entitlementChange(ent.state, h.type, h.effectiveDate);
    const row = {
      id: deps.newId(), entitlementId: ent.id, type: h.type, fromState: ent.state, toState: change.to, effectiveDate: h.effectiveDate,
      decidedBy: h.decidedBy, bureauEventId: h.bureauEventId, reason: h.reason, unexpected: !change.expected, recordedAt: deps.clock().toISOString(),
    };
    insertEntitlementEvent(tx, row);
    updateEntitlement(tx, ent.id, { state: change.to, endDate: change.endDate, updatedAt: row.recordedAt });
    recordAudit(tx, deps, actor, { action: 'entitlement.event', entityType: 'entitlement', entityId: ent.id, details: { ...row, rule: change.rule, source: change.source } });
    if (change.ban) {
      applications.banApplicant(tx, actor, { applicantId: ent.applicantId, applicationId: ent.applicationId, kind: change.ban, decidedOn: h.effectiveDate, reason: h.reason });
    }
  }

  /** The bureau's events (suspension, restoration, cancellation…), each applied once, in the order sent. */
  function applyBureauEvents(body: unknown): string {
    const parsed = EntitlementEventsPull.safeParse(body);
    if (!parsed.success) return '拒绝：应答格式不符';
    let applied = 0;
    let unknown = 0;
    for (const e of parsed.data.events) {
      deps.db.transaction((tx) => {
        if (bureauEventSeen(tx, e.eventId)) return;
        const ent = entitlementByFilingRef(tx, e.filingSn);
        if (!ent) { unknown += 1; return; }
        record(tx, bureauActor(tx, deps), ent, { ...e, decidedBy: 'BUREAU', bureauEventId: e.eventId });
        applied += 1;
      });
    }
    return `已处理 ${applied} 条资格变动${unknown > 0 ? `，${unknown} 条不是本院备案的资格（未处理）` : ''}`;
  }

  /** R39: class-B entitlements whose two empty years have passed exit on 1 January after them. */
  function exitDue(): number {
    if (!getDesk(deps.db)) return 0;
    const pack = catalogue.activePack();
    const today = shanghaiDate(deps.clock());
    const lists = new Map<number, CostsItems | null>();
    const listOf = (year: number): CostsItems | null => {
      if (!lists.has(year)) {
        const raw = getSyncValue(deps.db, `costs.${year}`);
        lists.set(year, raw ? JSON.parse(raw) as CostsItems : null);
      }
      return lists.get(year) ?? null;
    };
    let exited = 0;
    for (const ent of entitlementsInState(deps.db, 'EFFECTIVE')) {
      const entry = pack.catalogue.find((c) => c.key === ent.diseaseKey);
      if (entry?.diseaseClass !== 'B' || !ent.filingRef) continue;
      const ref = ent.filingRef;
      const cost = (year: number): number | null => {
        const items = listOf(year)?.filter((i) => i.filingSn === ref);
        return items && items.length > 0 ? items.reduce((a, i) => a + i.relatedCost, 0) : null;
      };
      const exitOn = classBExitDate(Number(ent.recognizedYear), cost, today);
      if (!exitOn) continue;
      const y = Number(exitOn.slice(0, 4));
      deps.db.transaction((tx) => record(tx, schedulerActor(tx, deps), ent, {
        type: 'EXIT_NO_COST', effectiveDate: exitOn, decidedBy: 'DESK', bureauEventId: null,
        reason: `${y - 2}、${y - 1} 连续两个自然年度未产生与该病种有关的医疗费用（000 §11(1)）`,
      }));
      exited += 1;
    }
    return exited;
  }

  /**
   * R49–R51: the desk changed the person's scheme or enrolment place within the city; each entitlement
   * follows (E5, E6, E11), and one the bureau holds is told of the change (the old and new agency, E11).
   */
  function enrollmentChanged(tx: Tx, actor: Actor, applicantId: string, change: { from: Enrolment; to: Enrolment }, what: string): void {
    const pack = catalogue.activePack();
    for (const ent of entitlementsOfApplicant(tx, applicantId)) {
      const covered = pack.catalogue.find((c) => c.key === ent.diseaseKey)?.schemes.includes(change.to.scheme) ?? false;
      const type = enrollmentChangeEvent(ent.state, eventsOfEntitlement(tx, ent.id).at(-1)?.type ?? null, covered);
      if (!type) continue;
      const reason = type === 'DISCONTINUE_SCHEME_CHANGE' ? `${what}：新险种不保障该病种，待遇中止（000 §10）`
        : type === 'RESTORE' ? `${what}：恢复原险种，恢复原资格（000 §10）` : `${what}：市内资格互认（000 §10）`;
      const effectiveDate = shanghaiDate(deps.clock());
      record(tx, actor, ent, { type, effectiveDate, reason, decidedBy: 'DESK', bureauEventId: null });
      if (ent.filing === 'QUEUED' || ent.filing === 'FILED') outbox.enqueueEnrollment(tx, ent.applicationId, { event: type, effectiveDate, ...change });
    }
  }

  /** A decision the bureau made elsewhere (a sampling finding, R38), applied once under its own id. */
  function applyBureauDecision(tx: Tx, ent: EntitlementRow, e: { eventId: string; type: EntitlementEventType; effectiveDate: string; reason: string }): boolean {
    if (bureauEventSeen(tx, e.eventId)) return false;
    record(tx, bureauActor(tx, deps), ent, { ...e, decidedBy: 'BUREAU', bureauEventId: e.eventId });
    return true;
  }

  return { applyBureauEvents, applyBureauDecision, exitDue, enrollmentChanged };
}

export type EntitlementEventsService = ReturnType<typeof createEntitlementEvents>;
