import { allPhysicians, insertSanction, sanctionsOf, upsertPhysician, type PhysicianRow, type SanctionRow } from '../../db/queries/physicians';
import type { Executor } from '../../db/client';
import { AppError } from '../contract/app-error';
import { shanghaiDate } from '../domain/civil-date';
import type { Physician } from '../domain/panel/eligibility';
import { parseRoster } from '../domain/panel/roster-csv';
import { recordAudit } from './audit';
import type { CatalogueService } from './catalogue';
import type { Actor, ServiceDeps } from './context';
import { requirePermission } from './guard';

/** The physicians' roster (domain §2.6): imported from the bureau's list, with blacklist entries kept as history. */
export function createRosterService(deps: ServiceDeps, catalogue: CatalogueService) {
  const toPhysician = (p: PhysicianRow, sanctions: readonly SanctionRow[]): Physician => ({
    id: p.id, name: p.name, idNumber: p.idNumber, hospitalCode: p.hospitalCode, title: p.title,
    specialties: JSON.parse(p.specialtiesJson) as string[],
    authorisation: p.authorisationJson ? (JSON.parse(p.authorisationJson) as Physician['authorisation']) : null,
    active: p.active, onboarded: p.onboarded, declaredConflicts: JSON.parse(p.declaredConflictsJson) as string[],
    sanctions: sanctions.filter((s) => s.physicianId === p.id).map((s) => ({ from: s.fromDate, to: s.toDate, reason: s.reason })),
  });

  /** The whole roster as the draw sees it. */
  function roster(db: Executor = deps.db): Physician[] {
    const rows = allPhysicians(db);
    const sanctions = sanctionsOf(db, rows.map((r) => r.id));
    return rows.map((r) => toPhysician(r, sanctions));
  }

  function list(actor: Actor) {
    requirePermission(actor, 'roster.read');
    const today = shanghaiDate(deps.clock());
    const names = new Map(catalogue.activePack().panel.specialties.map((s) => [s.key, s.nameZh]));
    return roster().map((p) => ({
      ...p,
      specialties: [...p.specialties],
      specialtyNames: p.specialties.map((s) => names.get(s) ?? s),
      declaredConflicts: [...p.declaredConflicts],
      authorisation: p.authorisation ? { ...p.authorisation, diseaseKeys: [...p.authorisation.diseaseKeys] } : null,
      sanctions: p.sanctions.map((s) => ({ ...s })),
      blacklistedToday: p.sanctions.some((s) => s.from <= today && (s.to === null || today <= s.to)),
    }));
  }

  /**
   * Imports a roster CSV. All or nothing: when any row has a problem nothing is imported and every
   * problem is reported with its row number, so a half-applied list (e.g. without its blacklist) never exists.
   */
  function importCsv(actor: Actor, csv: string) {
    requirePermission(actor, 'roster.manage');
    const pack = catalogue.activePack();
    const { rows, problems } = parseRoster(csv, {
      specialties: pack.panel.specialties, diseases: pack.catalogue.map((e) => ({ key: e.key, nameZh: e.nameZh })), today: shanghaiDate(deps.clock()),
    });
    if (problems.length > 0) return { imported: 0, problems };
    if (rows.length === 0) throw new AppError('ROSTER_EMPTY');
    deps.db.transaction((tx) => {
      const at = deps.clock().toISOString();
      const existing = sanctionsOf(tx, rows.map((r) => r.physician.id));
      for (const { physician: p, sanction } of rows) {
        upsertPhysician(tx, {
          id: p.id, name: p.name, idNumber: p.idNumber, hospitalCode: p.hospitalCode, title: p.title, specialtiesJson: JSON.stringify(p.specialties),
          authorisationJson: p.authorisation ? JSON.stringify(p.authorisation) : null, active: p.active, onboarded: p.onboarded,
          declaredConflictsJson: JSON.stringify(p.declaredConflicts), updatedAt: at, updatedBy: actor.userId,
        });
        if (sanction && !existing.some((s) => s.physicianId === p.id && s.fromDate === sanction.from && s.reason === sanction.reason)) {
          insertSanction(tx, { id: deps.newId(), physicianId: p.id, fromDate: sanction.from, toDate: sanction.to, reason: sanction.reason, createdAt: at, createdBy: actor.userId });
        }
      }
      recordAudit(tx, deps, actor, { action: 'roster.import', entityType: 'roster', entityId: null, details: { physicians: rows.length, sanctions: rows.filter((r) => r.sanction).length } });
    });
    return { imported: rows.length, problems: [] };
  }

  return { roster, list, importCsv };
}

export type RosterService = ReturnType<typeof createRosterService>;
