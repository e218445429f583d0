import { findApplicationByDisplayNo } from '../../db/queries/applications';
import { getDesk } from '../../db/queries/desk';
import { getSyncValue, insertPackUpdate, setSyncValue } from '../../db/queries/sync';
import { compareVersions } from '../domain/policy-pack';
import { policyPackSchema } from '../policy/pack-schema';
import type { BureauGateway, PullKind } from '../sync/http-gateway';
import { CalendarPull, CostsPull, PolicyPackPull, RereviewPull, RosterPull } from '../sync/pull-schemas';
import { officialCalendar } from '../policy/holiday-calendar';
import { PUSHED_CALENDAR, pushedCalendar } from './deadlines';
import type { ApplicationService } from './applications';
import { recordAudit } from './audit';
import type { CatalogueService } from './catalogue';
import type { ServiceDeps } from './context';
import type { EntitlementEventsService } from './entitlement-events';
import type { RosterService } from './roster';
import type { SamplingService } from './sampling';
import { bureauActor } from './system-actor';

/** What one pull did, per kind, in words for the desk (and the CLI's "pulled"). */
export type PullReport = Record<PullKind, string>;

/**
 * Pulls what the bureau publishes and applies it, each kind in its own transaction and only after
 * validating the whole body: a garbled or hostile answer changes nothing. The bureau's sanctions and
 * re-review results win over local state (domain §3.7).
 */
export function createBureauPull(
  deps: ServiceDeps, catalogue: CatalogueService, roster: RosterService, applications: ApplicationService, entitlementEvents: EntitlementEventsService,
  sampling: SamplingService,
) {
  const actor = () => deps.db.transaction((tx) => bureauActor(tx, deps));

  /** Wipe-out fail-safe: never a pack that is invalid, for another desk, empty, or not newer than the one in use. */
  function applyPack(body: unknown): string {
    const parsed = PolicyPackPull.safeParse(body);
    if (!parsed.success) return '拒绝：应答格式不符';
    if (parsed.data.pack === null) return '无更新';
    const pack = policyPackSchema.safeParse(parsed.data.pack);
    if (!pack.success) return `拒绝：政策包无效（${pack.error.issues[0]?.message ?? ''}）`;
    const current = catalogue.activePack();
    if (pack.data.packId !== current.packId) return `拒绝：政策包 ${pack.data.packId} 不是本机使用的 ${current.packId}`;
    if (compareVersions(pack.data.version, current.version) <= 0) return `拒绝：版本 ${pack.data.version} 不新于当前 ${current.version}`;
    const by = actor();
    deps.db.transaction((tx) => {
      insertPackUpdate(tx, { id: deps.newId(), packId: pack.data.packId, version: pack.data.version, json: JSON.stringify(pack.data), appliedAt: deps.clock().toISOString() });
      recordAudit(tx, deps, by, { action: 'sync.pull.policyPack', entityType: 'policyPack', entityId: pack.data.packId, details: { from: current.version, to: pack.data.version, diseases: pack.data.catalogue.length } });
    });
    return `已更新至 ${pack.data.version}`;
  }

  function applyRoster(body: unknown): string {
    const parsed = RosterPull.safeParse(body);
    if (!parsed.success) return '拒绝：应答格式不符';
    if (parsed.data.physicians.length === 0) return '拒绝：名册为空';
    if (getSyncValue(deps.db, 'roster.version') === parsed.data.version) return '无更新';
    const by = actor();
    deps.db.transaction((tx) => {
      const sanctions = roster.store(tx, by, parsed.data.physicians.map(({ sanctions, ...physician }) => ({ physician, sanctions })));
      setSyncValue(tx, 'roster.version', parsed.data.version);
      recordAudit(tx, deps, by, { action: 'sync.pull.roster', entityType: 'roster', entityId: null, details: { version: parsed.data.version, physicians: parsed.data.physicians.length, sanctions } });
    });
    return `已更新 ${parsed.data.physicians.length} 名医师`;
  }

  /** T13/T14 for cases awaiting the bureau's re-review; a result already applied (or for another state) is skipped. */
  function applyRereview(body: unknown): string {
    const parsed = RereviewPull.safeParse(body);
    if (!parsed.success) return '拒绝：应答格式不符';
    const by = actor();
    let applied = 0;
    for (const r of parsed.data.results) {
      deps.db.transaction((tx) => {
        const found = findApplicationByDisplayNo(tx, r.applicationNo);
        if (found?.application.state !== 'AWAITING_REREVIEW') return;
        const note = `医保经办机构复核（${r.decidedOn}）${r.reason ? `：${r.reason}` : ''}`;
        const event = r.result === 'PASS' ? 'REREVIEW_PASS' : 'REREVIEW_FAIL';
        applications.applyEvent(tx, by, found.application.id, event, {}, note, {}, { rereviewPassDate: r.decidedOn });
        applied += 1;
      });
    }
    return `已处理 ${applied} 条复核结果`;
  }

  function applyCosts(body: unknown): string {
    const parsed = CostsPull.safeParse(body);
    if (!parsed.success) return '拒绝：应答格式不符';
    if (parsed.data.items.length === 0) return '无更新';
    deps.db.transaction((tx) => setSyncValue(tx, `costs.${parsed.data.year}`, JSON.stringify(parsed.data.items)));
    const exited = entitlementEvents.exitDue();
    return `已更新 ${parsed.data.year} 年度 ${parsed.data.items.length} 项${exited > 0 ? `；${exited} 项乙类资格连续两年无相关费用，已退出（R39）` : ''}`;
  }

  /** A new year's holidays: only years the calendar package lacks (the package's official data is never overwritten). */
  function applyCalendar(body: unknown): string {
    const parsed = CalendarPull.safeParse(body);
    if (!parsed.success) return '拒绝：应答格式不符';
    const known = officialCalendar().years;
    const fresh = parsed.data.years.filter((y) => !known.has(y.year));
    if (fresh.length === 0) return '无更新';
    deps.db.transaction((tx) => {
      const kept = pushedCalendar(tx).filter((y) => !fresh.some((f) => f.year === y.year));
      setSyncValue(tx, PUSHED_CALENDAR, JSON.stringify([...kept, ...fresh]));
      recordAudit(tx, deps, actor(), { action: 'sync.pull.calendar', entityType: 'calendar', entityId: null, details: { years: fresh.map((y) => y.year) } });
    });
    return `已更新 ${fresh.map((y) => y.year).join('、')} 年节假日安排`;
  }

  const APPLY: Record<PullKind, (body: unknown) => string> = {
    'policy-pack': applyPack, roster: applyRoster, calendar: applyCalendar, rereview: applyRereview, 'entitlement-events': entitlementEvents.applyBureauEvents, costs: applyCosts,
    sampling: sampling.applyPull,
  };

  /** Every kind once; `reached` says whether the bureau answered at all (the desk is online). */
  async function pullAll(gw: BureauGateway): Promise<{ report: PullReport; reached: boolean }> {
    const packId = getDesk(deps.db)!.packId;
    const report = {} as PullReport;
    let reached = false;
    for (const kind of Object.keys(APPLY) as PullKind[]) {
      const r = await gw.pull(kind, packId);
      reached ||= r.kind !== 'UNREACHABLE';
      report[kind] = r.kind !== 'ANSWER' ? `未取得（${r.detail}）` : r.body === null ? '无更新' : APPLY[kind](r.body);
    }
    deps.db.transaction((tx) => setSyncValue(tx, 'lastPull', JSON.stringify(report)));
    return { report, reached };
  }

  return { pullAll };
}

export type BureauPull = ReturnType<typeof createBureauPull>;
