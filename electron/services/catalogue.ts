import { AppError } from '../contract/app-error';
import { getDesk } from '../../db/queries/desk';
import { latestPackUpdate } from '../../db/queries/sync';
import { processingPath, type CatalogueEntry, type PolicyPack } from '../domain/policy-pack';
import type { Actor, ServiceDeps } from './context';
import { requirePermission } from './guard';
import { pinyinInitials } from './pinyin';

/** The desk's active policy pack (chosen at setup) and its disease catalogue. */
export function createCatalogueService(deps: ServiceDeps) {
  const initialsCache = new Map<string, string>();
  const initials = (e: CatalogueEntry): string => {
    let v = initialsCache.get(e.nameZh);
    if (v === undefined) {
      v = pinyinInitials(e.nameZh);
      initialsCache.set(e.nameZh, v);
    }
    return v;
  };

  let pulled: { id: string; pack: PolicyPack } | null = null;

  /** The desk's pack: the newest version pulled from the bureau (validated when applied), else the shipped file. */
  function activePack(): PolicyPack {
    const d = getDesk(deps.db);
    if (!d) throw new AppError('SETUP_REQUIRED');
    const update = latestPackUpdate(deps.db, d.packId);
    if (update) {
      if (pulled?.id !== update.id) pulled = { id: update.id, pack: JSON.parse(update.json) as PolicyPack };
      return pulled.pack;
    }
    const pack = deps.packs.get(d.packId);
    if (!pack) throw new AppError('POLICY_PACK_UNKNOWN', { packId: d.packId });
    return pack;
  }

  const toItem = (e: CatalogueEntry) => ({
    key: e.key, nameZh: e.nameZh, pinyinInitials: initials(e), code: e.code, diseaseClass: e.diseaseClass,
    instant: e.instant, reReview: e.reReview, reReviewExemptModes: [...e.reReviewExemptModes],
    path: processingPath(e, null), modes: e.modes.map((m) => ({ ...m })), modeRequired: e.modeRequired,
    schemes: [...e.schemes], group: e.group, sources: [...e.sources], dataGaps: [...e.dataGaps],
    standard: { nameZh: e.standard.nameZh, criteria: e.standard.criteria.map((c) => ({ ...c })) },
  });

  /** Search by Chinese name, pinyin initials or key. */
  function list(actor: Actor, query: string) {
    requirePermission(actor, 'catalogue.read');
    const pack = activePack();
    const q = query.trim().toLowerCase();
    const entries = q === ''
      ? pack.catalogue
      : pack.catalogue.filter((e) => e.nameZh.includes(q) || initials(e).includes(q) || e.key.toLowerCase().includes(q));
    return {
      pack: { packId: pack.packId, nameZh: pack.nameZh, version: pack.version, status: pack.status },
      regions: pack.regions.map((r) => ({ code: r.code, nameZh: r.nameZh })),
      items: entries.map(toItem),
      specialties: pack.panel.specialties.map((x) => ({ ...x })),
      transferIn: pack.transferIn ? { evidence: pack.transferIn.evidence.nameZh } : null,
    };
  }

  return { list, activePack };
}

export type CatalogueService = ReturnType<typeof createCatalogueService>;
