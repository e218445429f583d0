import { allPhysicians, findPhysician, insertSanction, sanctionsOf, upsertPhysician, type PhysicianRow, type SanctionRow } from '../../db/queries/physicians';
import type { Executor, Tx } from '../../db/client';
import { AppError } from '../contract/app-error';
import { shanghaiDate } from '../domain/civil-date';
import type { Physician } from '../domain/panel/eligibility';
import { parseRosterTable, physicianProblems, type RosterVocabulary } from '../domain/panel/roster-csv';
import { readTableFile } from '../files/table-file';
import { recordAudit } from './audit';
import type { CatalogueService } from './catalogue';
import type { Actor, ServiceDeps } from './context';
import { requirePermission } from './guard';

/** The physicians' roster (domain §2.6): imported from the bureau's list, with blacklist entries kept as history. */
export function createRosterService(deps: ServiceDeps, catalogue: CatalogueService) {
  /** What a roster change sets off (R48: the panel revokes assignments of physicians no longer qualified); wired by the composition. */
  let onChanged: (tx: Tx, actor: Actor) => void = () => undefined;
  const whenChanged = (hook: (tx: Tx, actor: Actor) => void): void => { onChanged = hook; };
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

  const vocabulary = (): RosterVocabulary => {
    const pack = catalogue.activePack();
    return { specialties: pack.panel.specialties, diseases: pack.catalogue.map((e) => ({ key: e.key, nameZh: e.nameZh })), today: shanghaiDate(deps.clock()) };
  };

  const rowOf = (p: Omit<Physician, 'sanctions'>, at: string, by: string) => ({
    id: p.id, name: p.name, idNumber: p.idNumber, hospitalCode: p.hospitalCode, title: p.title, specialtiesJson: JSON.stringify(p.specialties),
    authorisationJson: p.authorisation ? JSON.stringify(p.authorisation) : null, active: p.active, onboarded: p.onboarded,
    declaredConflictsJson: JSON.stringify(p.declaredConflicts), updatedAt: at, updatedBy: by,
  });

  /**
   * Adds a physician or changes one by hand (the administrator's editor), under the same rules as an
   * import row. The audit event keeps the entry before and after.
   */
  function save(actor: Actor, input: { mode: 'CREATE' | 'UPDATE'; physician: Omit<Physician, 'sanctions'> }) {
    requirePermission(actor, 'roster.manage');
    const p = input.physician;
    const problems = physicianProblems(p, vocabulary());
    if (problems.length > 0) throw new AppError('PHYSICIAN_INVALID', { detail: problems.join('；') });
    deps.db.transaction((tx) => {
      const before = findPhysician(tx, p.id);
      if (input.mode === 'CREATE' && before) throw new AppError('PHYSICIAN_EXISTS', { id: p.id });
      if (input.mode === 'UPDATE' && !before) throw new AppError('PHYSICIAN_NOT_FOUND');
      const row = rowOf(p, deps.clock().toISOString(), actor.userId);
      upsertPhysician(tx, row);
      const entry = ({ updatedAt: _at, updatedBy: _by, ...rest }: typeof row) => rest;
      recordAudit(tx, deps, actor, {
        action: input.mode === 'CREATE' ? 'roster.create' : 'roster.update', entityType: 'physician', entityId: p.id,
        details: { before: before ? entry(before) : null, after: entry(row) },
      });
      onChanged(tx, actor);
    });
    return list(actor).find((e) => e.id === p.id)!;
  }

  /** 列入黑名单 (000 §24: three years by default): a new entry; earlier ones stay as history. */
  function addSanction(actor: Actor, input: { physicianId: string; from: string; to: string | null; reason: string }) {
    requirePermission(actor, 'roster.manage');
    if (input.to !== null && input.to < input.from) throw new AppError('PHYSICIAN_INVALID', { detail: '黑名单截止日期早于起始日期' });
    deps.db.transaction((tx) => {
      if (!findPhysician(tx, input.physicianId)) throw new AppError('PHYSICIAN_NOT_FOUND');
      const at = deps.clock().toISOString();
      insertSanction(tx, { id: deps.newId(), physicianId: input.physicianId, fromDate: input.from, toDate: input.to, reason: input.reason, createdAt: at, createdBy: actor.userId });
      recordAudit(tx, deps, actor, { action: 'roster.sanction', entityType: 'physician', entityId: input.physicianId, details: { from: input.from, to: input.to, reason: input.reason } });
      onChanged(tx, actor);
    });
    return list(actor).find((e) => e.id === input.physicianId)!;
  }

  /**
   * Imports a roster file (XLSX, or CSV in UTF-8 or GB18030). All or nothing: when any row has a problem
   * nothing is imported and every problem is reported with its row number, so a half-applied list
   * (e.g. without its blacklist) never exists.
   */
  async function importFile(actor: Actor, input: { fileName: string; contentBase64: string }) {
    requirePermission(actor, 'roster.manage');
    const table = await readTableFile(Buffer.from(input.contentBase64, 'base64'));
    const { rows, problems } = parseRosterTable(table, vocabulary());
    if (problems.length > 0) return { imported: 0, problems };
    if (rows.length === 0) throw new AppError('ROSTER_EMPTY');
    deps.db.transaction((tx) => {
      const sanctions = store(tx, actor, rows.map((r) => ({ physician: r.physician, sanctions: r.sanction ? [r.sanction] : [] })));
      recordAudit(tx, deps, actor, { action: 'roster.import', entityType: 'roster', entityId: null, details: { fileName: input.fileName, physicians: rows.length, sanctions } });
    });
    return { imported: rows.length, problems: [] };
  }

  /**
   * Writes roster entries (an import, or the bureau's roster pulled by sync) inside the caller's
   * transaction; a blacklist entry already on record is not added twice. Returns how many were new.
   */
  function store(tx: Tx, actor: Actor, entries: readonly { physician: Omit<Physician, 'sanctions'>; sanctions: readonly Physician['sanctions'][number][] }[]): number {
    const at = deps.clock().toISOString();
    const existing = sanctionsOf(tx, entries.map((e) => e.physician.id));
    let added = 0;
    for (const { physician: p, sanctions } of entries) {
      upsertPhysician(tx, rowOf(p, at, actor.userId));
      for (const s of sanctions) {
        if (existing.some((x) => x.physicianId === p.id && x.fromDate === s.from && x.reason === s.reason)) continue;
        insertSanction(tx, { id: deps.newId(), physicianId: p.id, fromDate: s.from, toDate: s.to, reason: s.reason, createdAt: at, createdBy: actor.userId });
        added += 1;
      }
    }
    onChanged(tx, actor);
    return added;
  }

  return { roster, list, save, addSanction, importFile, store, whenChanged };
}

export type RosterService = ReturnType<typeof createRosterService>;
