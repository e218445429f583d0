import { randomInt } from 'node:crypto';
import { findApplication, type ApplicationWithApplicant } from '../../db/queries/applications';
import type { Tx } from '../../db/client';
import { getDesk } from '../../db/queries/desk';
import { documentsOfApplication } from '../../db/queries/materials';
import { assignmentsOf, closeAssignment, decisionsOf, insertAssignment, pendingAssignments, pendingWorkload } from '../../db/queries/physicians';
import { AppError } from '../contract/app-error';
import { LABELS } from '../contract/labels';
import { qualificationLost } from '../domain/panel/eligibility';
import { shanghaiDate } from '../domain/civil-date';
import { isOverdue } from '../domain/panel/deadline';
import { drawPanel, eligiblePool } from '../domain/panel/draw';
import { panelOutcome, type PanelRole } from '../domain/panel/outcome';
import type { ApplicationService } from './applications';
import { recordAudit } from './audit';
import type { CatalogueService } from './catalogue';
import type { Actor, ServiceDeps } from './context';
import { effectiveFacts } from './document-facts';
import { requireCaseAccess } from './case-access';
import { requirePermission } from './guard';
import type { RosterService } from './roster';

/**
 * The panel of a case (000 §8(2)): at least two qualified physicians drawn at random (R19, R20).
 * The seed, the pool and every exclusion are stored with the draw and in the audit chain (R25).
 */
export function createPanelService(deps: ServiceDeps, catalogue: CatalogueService, applications: ApplicationService, roster: RosterService) {
  const overdue = (a: { status: string; drawnAt: string }): boolean =>
    a.status === 'PENDING' && isOverdue(new Date(a.drawnAt), deps.clock(), catalogue.activePack().panel.respondWithinDays);

  function get(actor: Actor, applicationId: string) {
    requirePermission(actor, 'applications.read');
    requireCaseAccess(deps.db, actor, applicationId);
    const pack = catalogue.activePack();
    return {
      minPhysicians: pack.panel.minPhysicians,
      respondWithinDays: pack.panel.respondWithinDays,
      assignments: assignmentsOf(deps.db, applicationId).map(({ assignment: a, name, title }) => ({
        id: a.id, physicianId: a.physicianId, name, title, role: a.role, status: a.status, drawnAt: a.drawnAt, seed: a.seed,
        poolSize: (JSON.parse(a.poolJson) as string[]).length, overdue: overdue(a), closeReason: a.closeReason,
      })),
    };
  }

  /**
   * Draws `count` physicians for a case inside the caller's transaction, never one already on it.
   * Too few eligible is an answer, not a smaller panel: the outcome says who was excluded and why.
   */
  function drawInto(tx: Tx, actor: Actor, found: ApplicationWithApplicant, count: number, role: PanelRole) {
    const pack = catalogue.activePack();
    const physicians = roster.roster(tx);
    const applicationId = found.application.id;
    const existing = assignmentsOf(tx, applicationId).map((r) => r.assignment);
    const desk = getDesk(tx);
    if (!desk) throw new AppError('SETUP_REQUIRED');
    const treating = documentsOfApplication(tx, applicationId).flatMap(({ document }) => effectiveFacts(document)?.physicianNames ?? []);
    const input = {
      roster: physicians,
      case: { diseaseKey: found.application.diseaseKey, applicantIdNumber: found.applicant.idNumber, hospitalCode: desk.hospitalCode, date: shanghaiDate(deps.clock()), treatingPhysicianNames: treating },
      specialtiesForDisease: pack.panel.diseaseSpecialties[found.application.diseaseKey] ?? [],
      seed: randomInt(0, 2 ** 32 - 1), count, workload: pendingWorkload(tx), alreadyDrawn: existing.map((a) => a.physicianId),
    };
    const result = drawPanel(input);
    const { pool, excluded } = result.ok ? result.value : eligiblePool(input);
    const name = (id: string) => physicians.find((p) => p.id === id)?.name ?? id;
    const report = { eligible: pool.length, needed: count, seed: input.seed, excluded: [...excluded].sort((a, b) => a.id.localeCompare(b.id)).map((e) => ({ id: e.id, name: name(e.id), reasons: [...e.reasons] })) };
    if (!result.ok) {
      recordAudit(tx, deps, actor, { action: 'panel.draw.refused', entityType: 'application', entityId: applicationId, details: { ...report, role, code: 'POOL_TOO_SMALL' } });
      return { outcome: 'POOL_TOO_SMALL' as const, assigned: [], ...report };
    }
    const at = deps.clock().toISOString();
    const drawId = deps.newId();
    for (const physicianId of result.value.assigned) {
      insertAssignment(tx, {
        id: deps.newId(), applicationId, physicianId, drawId, role, status: 'PENDING', seed: input.seed,
        poolJson: JSON.stringify(result.value.pool), excludedJson: JSON.stringify(result.value.excluded), drawnAt: at, drawnBy: actor.userId,
      });
    }
    recordAudit(tx, deps, actor, { action: 'panel.draw', entityType: 'application', entityId: applicationId, details: { drawId, role, ...report, pool: result.value.pool, assigned: result.value.assigned } });
    return { outcome: 'DRAWN' as const, assigned: result.value.assigned.map((id) => ({ id, name: name(id) })), ...report };
  }

  /**
   * What a case still lacks: physicians for the panel (R19), or, after a split, for the second stage
   * the pack chooses (R24) when an earlier draw found too few eligible.
   */
  function stillNeeded(tx: Tx, applicationId: string): { role: PanelRole; count: number } | null {
    const pack = catalogue.activePack();
    const active = assignmentsOf(tx, applicationId).map((r) => r.assignment).filter((a) => a.status === 'PENDING' || a.status === 'COMPLETED');
    const panelActive = active.filter((a) => a.role === 'PANEL').length;
    if (panelActive < pack.panel.minPhysicians) return { role: 'PANEL', count: pack.panel.minPhysicians - panelActive };
    const outcome = panelOutcome(decisionsOf(tx, applicationId).map((d) => ({ role: d.role, result: d.decision.result })), pack.panel);
    if (outcome.kind !== 'SPLIT') return null;
    const stage = active.filter((a) => a.role === outcome.role).length;
    return stage < outcome.count ? { role: outcome.role, count: outcome.count - stage } : null;
  }

  /** Draws the physicians a case still needs (R19, R20, R24); a monthly case is taken into the session first (T7). */
  function draw(actor: Actor, applicationId: string) {
    requirePermission(actor, 'panel.draw');
    return deps.db.transaction((tx) => drawIn(tx, actor, applicationId));
  }

  /** {@link draw} inside the caller's transaction (a monthly session draws its cases one by one). */
  function drawIn(tx: Tx, actor: Actor, applicationId: string) {
    const found = findApplication(tx, applicationId);
    if (!found) throw new AppError('APPLICATION_NOT_FOUND');
    const state = found.application.state;
    if (state !== 'UNDER_REVIEW' && state !== 'QUEUED_FOR_SESSION') throw new AppError('TRANSITION_NOT_ALLOWED', { state });
    const needed = stillNeeded(tx, applicationId);
    if (!needed && state === 'QUEUED_FOR_SESSION') {
      // back from T9 with its panel drawn: the session takes it up and the same physicians go on (AMB-50)
      applications.applyEvent(tx, actor, applicationId, 'OPEN_SESSION', {}, '月度资格确认，原认定医师继续审核');
      const names = assignmentsOf(tx, applicationId).filter(({ assignment: a }) => a.status === 'PENDING').map(({ assignment: a, name }) => ({ id: a.physicianId, name }));
      return { outcome: 'DRAWN' as const, assigned: names, eligible: names.length, needed: 0, seed: 0, excluded: [] };
    }
    if (!needed) throw new AppError('PANEL_ALREADY_DRAWN', { drawn: assignmentsOf(tx, applicationId).filter(({ assignment: a }) => a.status === 'PENDING' || a.status === 'COMPLETED').length });
    const r = drawInto(tx, actor, found, needed.count, needed.role);
    if (r.outcome === 'DRAWN' && state === 'QUEUED_FOR_SESSION') applications.applyEvent(tx, actor, applicationId, 'OPEN_SESSION', {}, '月度资格确认，抽取认定医师');
    return r;
  }

  /**
   * R20 redraw: every physician still PENDING past the pack's time limit is closed as EXPIRED (with
   * the reason) and a replacement of the same role is drawn at once. Who asked, when, and the new
   * draw's seed and pool go into the audit chain like any draw.
   */
  function redrawOverdue(actor: Actor, applicationId: string) {
    requirePermission(actor, 'panel.draw');
    const days = catalogue.activePack().panel.respondWithinDays;
    return deps.db.transaction((tx) => {
      const found = findApplication(tx, applicationId);
      if (!found) throw new AppError('APPLICATION_NOT_FOUND');
      if (found.application.state !== 'UNDER_REVIEW') throw new AppError('TRANSITION_NOT_ALLOWED', { state: found.application.state });
      const late = assignmentsOf(tx, applicationId).filter(({ assignment: a }) => overdue(a));
      if (late.length === 0) throw new AppError('NOTHING_OVERDUE', { days });
      const at = deps.clock().toISOString();
      let eligible = 0;
      const expired = late.map(({ assignment: a, name }) => {
        const reason = `超过 ${days} 日未签署意见`;
        closeAssignment(tx, a.id, 'EXPIRED', at, reason);
        recordAudit(tx, deps, actor, { action: 'panel.expire', entityType: 'application', entityId: applicationId, details: { physicianId: a.physicianId, role: a.role, reason } });
        const r = drawInto(tx, actor, found, 1, a.role);
        eligible = r.eligible;
        return { name, replacedBy: r.assigned[0]?.name ?? null };
      });
      return { expired, eligible };
    });
  }

  /**
   * R48: a drawn physician who has since left the roster, been blacklisted or lost the disease's
   * authorisation no longer reviews: each such pending assignment is revoked (with the reasons) and a
   * replacement of the same role drawn. Run after every roster change, and before a signature.
   */
  function revokeUnqualified(tx: Tx, actor: Actor): { applicationId: string; physicianId: string }[] {
    const pack = catalogue.activePack();
    const desk = getDesk(tx);
    if (!desk) return [];
    const physicians = roster.roster(tx);
    const revoked: { applicationId: string; physicianId: string }[] = [];
    for (const a of pendingAssignments(tx)) {
      const found = findApplication(tx, a.applicationId);
      if (found?.application.state !== 'UNDER_REVIEW') continue;
      const c = { diseaseKey: found.application.diseaseKey, applicantIdNumber: found.applicant.idNumber, hospitalCode: desk.hospitalCode, date: shanghaiDate(deps.clock()), treatingPhysicianNames: [] };
      const lost = qualificationLost(physicians.find((p) => p.id === a.physicianId), c, pack.panel.diseaseSpecialties[c.diseaseKey] ?? []);
      if (lost.length === 0) continue;
      const reason = `认定资格已变化（${lost.map((r) => LABELS.exclusionReasons[r]).join('、')}），撤回任务（R48）`;
      closeAssignment(tx, a.id, 'EXPIRED', deps.clock().toISOString(), reason);
      recordAudit(tx, deps, actor, { action: 'panel.revoke', entityType: 'application', entityId: a.applicationId, details: { physicianId: a.physicianId, role: a.role, reasons: lost } });
      drawInto(tx, actor, found, 1, a.role);
      revoked.push({ applicationId: a.applicationId, physicianId: a.physicianId });
    }
    return revoked;
  }

  return { get, draw, drawIn, drawInto, redrawOverdue, revokeUnqualified };
}

export type PanelService = ReturnType<typeof createPanelService>;
