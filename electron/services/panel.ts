import { randomInt } from 'node:crypto';
import { findApplication, type ApplicationWithApplicant } from '../../db/queries/applications';
import type { Tx } from '../../db/client';
import { getDesk } from '../../db/queries/desk';
import { documentsOfApplication } from '../../db/queries/materials';
import { assignmentsOf, insertAssignment, pendingWorkload } from '../../db/queries/physicians';
import { AppError } from '../contract/app-error';
import { shanghaiDate } from '../domain/civil-date';
import { drawPanel, eligiblePool } from '../domain/panel/draw';
import type { ApplicationService } from './applications';
import { recordAudit } from './audit';
import type { CatalogueService } from './catalogue';
import type { Actor, ServiceDeps } from './context';
import { effectiveFacts } from './document-facts';
import { requirePermission } from './guard';
import type { RosterService } from './roster';

/**
 * The panel of a case (000 §8(2)): at least two qualified physicians drawn at random (R19, R20).
 * The seed, the pool and every exclusion are stored with the draw and in the audit chain (R25).
 */
export function createPanelService(deps: ServiceDeps, catalogue: CatalogueService, applications: ApplicationService, roster: RosterService) {
  function get(actor: Actor, applicationId: string) {
    requirePermission(actor, 'applications.read');
    return {
      minPhysicians: catalogue.activePack().panel.minPhysicians,
      assignments: assignmentsOf(deps.db, applicationId).map(({ assignment: a, name, title }) => ({
        id: a.id, physicianId: a.physicianId, name, title, role: a.role, status: a.status, drawnAt: a.drawnAt, seed: a.seed,
        poolSize: (JSON.parse(a.poolJson) as string[]).length,
      })),
    };
  }

  /**
   * Draws `count` physicians for a case inside the caller's transaction, never one already on it.
   * Too few eligible is an answer, not a smaller panel: the outcome says who was excluded and why.
   */
  function drawInto(tx: Tx, actor: Actor, found: ApplicationWithApplicant, count: number, role: 'PANEL' | 'TIEBREAK') {
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

  /** Draws the physicians a case still needs (R19, R20); a monthly case is taken into the session first (T7). */
  function draw(actor: Actor, applicationId: string) {
    requirePermission(actor, 'panel.draw');
    return deps.db.transaction((tx) => {
      const found = findApplication(tx, applicationId);
      if (!found) throw new AppError('APPLICATION_NOT_FOUND');
      const state = found.application.state;
      if (state !== 'UNDER_REVIEW' && state !== 'QUEUED_FOR_SESSION') throw new AppError('TRANSITION_NOT_ALLOWED', { state });
      const active = assignmentsOf(tx, applicationId).filter(({ assignment: a }) => a.role === 'PANEL' && (a.status === 'PENDING' || a.status === 'COMPLETED')).length;
      const needed = catalogue.activePack().panel.minPhysicians - active;
      if (needed <= 0) throw new AppError('PANEL_ALREADY_DRAWN', { drawn: active });
      const r = drawInto(tx, actor, found, needed, 'PANEL');
      if (r.outcome === 'DRAWN' && state === 'QUEUED_FOR_SESSION') applications.applyEvent(tx, actor, applicationId, 'OPEN_SESSION', {}, '月度资格确认，抽取认定医师');
      return r;
    });
  }

  return { get, draw, drawInto };
}

export type PanelService = ReturnType<typeof createPanelService>;
