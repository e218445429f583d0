import { findApplication } from '../../db/queries/applications';
import type { Tx } from '../../db/client';
import { getDesk } from '../../db/queries/desk';
import { entitlementOfApplication } from '../../db/queries/entitlements';
import {
  dueOutbox, earlierOpenOf, findOutbox, getSyncValue, outboxByStatus, outboxCounts, outboxOfApplication, setSyncValue, updateOutbox, type OutboxRow,
} from '../../db/queries/sync';
import { AppError } from '../contract/app-error';
import { eventsFrom } from '../domain/application-state';
import { backoffMs, isUpload, uploadOwed, type UploadKind } from '../domain/sync/outbox-rules';
import { httpGateway, type BureauGateway, type EnrollmentNotice, type GatewayResult } from '../sync/http-gateway';
import { Output2503, Output5301, platformTime, type HsaRequest } from '../sync/hsa-protocol';
import type { ApplicationService } from './applications';
import { auditAnchor, recordAudit } from './audit';
import type { BureauPull, PullReport } from './bureau-pull';
import type { Actor, ServiceDeps } from './context';
import type { Entitlements } from './entitlements';
import { requirePermission } from './guard';
import type { Outbox } from './outbox';
import type { ReviewService } from './review';
import { createUploadPackages } from './sync-archive';
import { createSyncLease } from './sync-lease';
import { bureauActor } from './system-actor';

/** Uploads per cycle, after the platform transactions, so a backlog of filings is never held up by uploads. */
const UPLOADS_PER_CYCLE = 20;
/** The bureau's clock may differ by this much before the desk warns (signing times are stamped locally). */
const CLOCK_SKEW_WARN_MS = 5 * 60_000;

export type CycleReport = { sent: number; failed: number; pending: number; online: boolean; pulled: PullReport | null; busy: boolean };

type Links = {
  outbox: Outbox; pull: BureauPull; review: Pick<ReviewService, 'decisionDocument'>; applications: ApplicationService; entitlements: Entitlements;
};

/**
 * The sync worker (backend only): sends the outbox in order per person, marks a message sent only on
 * infcode 0, retries with backoff and jitter, and reconciles with 5301 whenever an earlier attempt may
 * have reached the bureau without an answer. Every change of a message is conditional on the status
 * it was read with (a revocation may cancel it at any moment); one message that fails in any way is
 * set aside and never stops the others or the pulls; one worker per database holds the lease.
 */
export function createSyncService(deps: ServiceDeps, links: Links, opts: { gateway?: BureauGateway; random?: () => number } = {}) {
  const { outbox, pull, applications, entitlements } = links;
  const random = opts.random ?? Math.random;
  const uploads = createUploadPackages(deps, links.review);
  const lease = createSyncLease(deps);
  let online: boolean | null = null;
  let running: Promise<CycleReport> | null = null;

  const gateway = (): BureauGateway | null => {
    if (opts.gateway) return opts.gateway;
    const url = getSyncValue(deps.db, 'bureau.url');
    return url ? httpGateway({ url, caPem: getSyncValue(deps.db, 'bureau.caPem') }) : null;
  };

  function envelope(infno: string, msgid: string, data: Record<string, unknown>, admdvs: string): HsaRequest {
    const desk = getDesk(deps.db)!;
    return {
      // dev_safe_info carries the audit chain's head (seq-MAC): the bureau keeps, with each filing, what the desk's log then held
      infno, msgid, mdtrtarea_admvs: admdvs, insuplc_admdvs: admdvs, recer_sys_code: 'CSDDESK', dev_no: desk.deviceId,
      dev_safe_info: `audit:${auditAnchor(deps.db, deps.auditKey).text}`,
      cainfo: '', signtype: '', infver: 'V1.0', opter_type: '1', opter: desk.deviceId, opter_name: '认定台同步', inf_time: platformTime(deps.clock()),
      fixmedins_code: desk.hospitalCode, fixmedins_name: desk.hospitalName, sign_no: '', input: { data },
    };
  }

  const filingOf = (item: OutboxRow): OutboxRow | undefined =>
    outboxOfApplication(deps.db, item.applicationId).find((o) => o.infno === '2503' && o.status === 'SENT');

  /** 5301: does the bureau already hold what this message was to do? null when the bureau cannot be asked now. */
  async function reconcile(gw: BureauGateway, item: OutboxRow, payload: Record<string, string>): Promise<{ done: boolean; ref: string | null } | null> {
    const msgid = deps.db.transaction((tx) => outbox.nextMsgid(tx));
    const r = await gw.call(envelope('5301', msgid, { psn_no: item.personKey }, payload['insu_optins'] ?? ''));
    if (r.kind !== 'ANSWER' || r.response.infcode !== 0) return null;
    const parsed = Output5301.safeParse(r.response.output);
    if (!parsed.success) return null;
    if (item.infno === '2503') {
      const mine = parsed.data.feedetail.find((f) => f.memo === item.id);
      return { done: mine !== undefined, ref: mine?.trt_dcla_detl_sn ?? null };
    }
    const held = parsed.data.feedetail.find((f) => f.trt_dcla_detl_sn === filingOf(item)?.remoteRef);
    return { done: held === undefined || held.vali_flag !== '1', ref: null };
  }

  /** A message's fate in the chain, sealing the entitlement whose filing it changed. */
  const audit = (tx: Tx, item: OutboxRow, action: string, extra: Record<string, unknown>) => {
    const entitlement = entitlementOfApplication(tx, item.applicationId);
    recordAudit(tx, deps, null, {
      action, entityType: 'application', entityId: item.applicationId, details: { infno: item.infno, msgid: item.msgid, ...extra },
      seal: entitlement ? [{ kind: 'entitlement', id: entitlement.id }] : [],
    });
  };

  const retryLater = (item: OutboxRow, detail: string, unsure: boolean): void => {
    deps.db.transaction((tx) => updateOutbox(tx, item.id, 'PENDING', {
      attempts: item.attempts + 1, unsure, lastError: detail,
      nextAttemptAt: new Date(deps.clock().getTime() + backoffMs(item.attempts + 1, random())).toISOString(),
    }));
  };

  /** Marks a message sent — unless a revocation cancelled it meanwhile (the 2504 it queued then follows). */
  const sent = (item: OutboxRow, ref: string | null): void => deps.db.transaction((tx) => {
    const patch = { status: 'SENT' as const, unsure: false, remoteRef: ref, sentAt: deps.clock().toISOString(), lastError: null, attempts: item.attempts + 1 };
    if (!updateOutbox(tx, item.id, 'PENDING', patch)) return;
    if (item.infno === '2503') entitlements.setFiling(tx, item.applicationId, 'FILED', { ref });
    if (item.infno === '2504') entitlements.setFiling(tx, item.applicationId, 'REVOKED');
    audit(tx, item, 'sync.sent', { remoteRef: ref });
  });

  /** The bureau refused: the message stays with its err_msg; a refused filing is T16 (AMB-08), the bureau's decision. */
  const refused = (item: OutboxRow, errMsg: string): void => deps.db.transaction((tx) => {
    if (!updateOutbox(tx, item.id, 'PENDING', { status: 'FAILED', unsure: false, attempts: item.attempts + 1, lastError: errMsg })) return;
    if (item.infno === '2503') entitlements.setFiling(tx, item.applicationId, 'REFUSED', { error: errMsg });
    audit(tx, item, 'sync.refused', { error: errMsg });
    if (item.infno !== '2503') return;
    const state = findApplication(tx, item.applicationId)?.application.state;
    if (state && eventsFrom(state).includes('REFUSE_FILING')) {
      applications.applyEvent(tx, bureauActor(tx, deps), item.applicationId, 'REFUSE_FILING', {}, `医保经办机构拒绝备案：${errMsg}`);
    }
  });

  function noteAnswer(r: GatewayResult): void {
    if (r.kind === 'UNREACHABLE') return;
    online = true;
    deps.db.transaction((tx) => {
      setSyncValue(tx, 'lastContactAt', deps.clock().toISOString());
      if (r.kind === 'ANSWER' && r.bureauTime) setSyncValue(tx, 'clockSkewMs', String(deps.clock().getTime() - r.bureauTime.getTime()));
    });
  }

  type Step = 'SENT' | 'FAILED' | 'HELD' | 'OFFLINE' | 'SKIPPED';

  async function upload(gw: BureauGateway, item: OutboxRow): Promise<Step> {
    const kind = item.infno as UploadKind;
    const state = findApplication(deps.db, item.applicationId)?.application.state;
    if (!state || !uploadOwed(kind, state)) {
      deps.db.transaction((tx) => updateOutbox(tx, item.id, 'PENDING', { status: 'CANCELLED', lastError: '案件已撤销或已结束，材料包不再上传' }));
      return 'SKIPPED';
    }
    const pkg = await uploads.packageOf(item);
    if (!pkg) return 'SKIPPED';
    const r = await gw.archive(item.id, pkg.manifest, uploads.reader(pkg.refs));
    if (r.kind === 'DONE') { sent(item, `${pkg.manifest.files.length} 个文件`); return 'SENT'; }
    if (r.kind === 'UNREACHABLE') { online = false; retryLater(item, `无法连接医保经办机构（${r.detail}）`, false); return 'OFFLINE'; }
    online = true;
    retryLater(item, `档案上传中断（${r.detail}），下次从中断处继续`, false);
    return 'HELD';
  }

  /** E11: the change of enrolment, once the recognition is on the bureau's books (its filing number known). */
  async function notify(gw: BureauGateway, item: OutboxRow): Promise<Step> {
    const entitlement = entitlementOfApplication(deps.db, item.applicationId);
    if (entitlement?.filing === 'QUEUED') { retryLater(item, '备案尚未完成，参保变更通知随后发送', false); return 'HELD'; }
    if (entitlement?.filing !== 'FILED' || !entitlement.filingRef) {
      deps.db.transaction((tx) => updateOutbox(tx, item.id, 'PENDING', { status: 'CANCELLED', lastError: '该资格未在医保经办机构备案，无需通知' }));
      return 'SKIPPED';
    }
    const p = JSON.parse(item.payloadJson) as Omit<EnrollmentNotice, 'filingSn'>;
    const r = await gw.notify(item.id, { filingSn: entitlement.filingRef, psn_no: p.psn_no, event: p.event, effectiveDate: p.effectiveDate, from: p.from, to: p.to });
    if (r.kind === 'UNREACHABLE') { online = false; retryLater(item, `无法连接医保经办机构（${r.detail}）`, false); return 'OFFLINE'; }
    online = true;
    if (r.kind === 'DONE') { sent(item, null); return 'SENT'; }
    retryLater(item, `参保变更通知未送达（${r.detail}）`, false);
    return 'HELD';
  }

  async function transact(gw: BureauGateway, item: OutboxRow): Promise<Step> {
    const payload = JSON.parse(item.payloadJson) as Record<string, string>;
    if (item.unsure) {
      const known = await reconcile(gw, item, payload);
      if (known === null) { retryLater(item, '无法向医保经办机构核对上次发送结果', true); return 'HELD'; }
      if (known.done) { sent(item, known.ref ?? item.remoteRef); return 'SENT'; }
    }
    const data = item.infno === '2504' ? { ...payload, trt_dcla_detl_sn: filingOf(item)?.remoteRef ?? '' } : payload;
    // write-ahead, only while still pending: from here until an answer the message may be at the bureau,
    // so a revocation now queues a 2504 instead of cancelling it (and a crash leaves it unsure)
    if (!deps.db.transaction((tx) => updateOutbox(tx, item.id, 'PENDING', { unsure: true }))) return 'SKIPPED';
    const r = await gw.call(envelope(item.infno, item.msgid, data, payload['insu_optins'] ?? ''));
    noteAnswer(r);
    if (r.kind === 'UNREACHABLE') { online = false; retryLater(item, `无法连接医保经办机构（${r.detail}）`, true); return 'OFFLINE'; }
    if (r.kind === 'NO_ANSWER') { retryLater(item, `医保经办机构未正常应答（${r.detail}）`, true); return 'HELD'; }
    if (r.response.infcode === 0) {
      const ref = item.infno === '2503' ? Output2503.safeParse(r.response.output) : null;
      if (ref && !ref.success) { retryLater(item, '医保经办机构应答缺少备案流水号', true); return 'HELD'; }
      sent(item, ref?.success ? ref.data.result.trt_dcla_detl_sn : null);
      return 'SENT';
    }
    // perhaps the bureau already holds this very message (an earlier answer was lost)
    const known = await reconcile(gw, item, payload);
    if (known?.done) { sent(item, known.ref); return 'SENT'; }
    refused(item, r.response.err_msg ?? `infcode ${r.response.infcode}`);
    return 'FAILED';
  }

  /** One message, whatever happens to it: an unexpected error sets it aside for later with the reason. */
  async function step(gw: BureauGateway, item: OutboxRow): Promise<Step> {
    try {
      if (isUpload(item.infno)) return await upload(gw, item);
      return item.infno === 'ENROLLMENT' ? await notify(gw, item) : await transact(gw, item);
    } catch (e) {
      const now = findOutbox(deps.db, item.id);
      if (now?.status === 'PENDING') retryLater(now, `处理出错，稍后重试（${e instanceof Error ? e.message : String(e)}）`, now.unsure);
      return 'HELD';
    }
  }

  /** Every message due now, in order per person; stops at the first sign the bureau is unreachable. */
  async function sendDue(gw: BureauGateway, report: CycleReport, budget: { uploads: number }): Promise<void> {
    const blocked = new Set<string>();
    const due = dueOutbox(deps.db, deps.clock().toISOString());
    const uploadsNow = due.filter((o) => isUpload(o.infno)).slice(0, budget.uploads);
    budget.uploads -= uploadsNow.length;
    const ordered = [...due.filter((o) => !isUpload(o.infno)), ...uploadsNow];
    for (const read of ordered) {
      // the list is a snapshot: read each message again now (it may have been cancelled or sent meanwhile)
      const item = findOutbox(deps.db, read.id);
      if (item?.status !== 'PENDING') continue;
      if (blocked.has(item.personKey) || earlierOpenOf(deps.db, item) > 0) { blocked.add(item.personKey); continue; }
      lease.renew();
      const result = await step(gw, item);
      if (result === 'OFFLINE') return;
      if (result === 'SENT') report.sent += 1;
      if (result === 'FAILED') report.failed += 1;
      if (result === 'FAILED' || result === 'HELD') blocked.add(item.personKey);
    }
  }

  async function cycle(): Promise<CycleReport> {
    const gw = gateway();
    const report: CycleReport = { sent: 0, failed: 0, pending: 0, online: false, pulled: null, busy: false };
    if (!gw) return { ...report, pending: outboxCounts(deps.db).PENDING };
    if (!lease.acquire()) return { ...report, busy: true, online: online === true, pending: outboxCounts(deps.db).PENDING };
    try {
      const budget = { uploads: UPLOADS_PER_CYCLE };
      await sendDue(gw, report, budget);
      if (online !== false) {
        const pulled = await pull.pullAll(gw);
        report.pulled = pulled.report;
        online = pulled.reached;
        // what the pulls owe the bureau (a filing after a passed re-review, R33) leaves in the same cycle
        if (online) await sendDue(gw, report, budget);
      }
    } finally {
      lease.release();
    }
    report.online = online === true;
    if (online) deps.db.transaction((tx) => setSyncValue(tx, 'lastSuccessAt', deps.clock().toISOString()));
    return { ...report, pending: outboxCounts(deps.db).PENDING };
  }

  /** One cycle; concurrent callers in this process share the running one (another process is kept out by the lease). */
  function runCycle(): Promise<CycleReport> {
    running ??= cycle().finally(() => { running = null; });
    return running;
  }

  function status(actor: Actor) {
    requirePermission(actor, 'sync.read');
    const counts = outboxCounts(deps.db);
    const skew = Number(getSyncValue(deps.db, 'clockSkewMs') ?? '0');
    return {
      configured: gateway() !== null, bureauUrl: getSyncValue(deps.db, 'bureau.url'), online,
      lastSuccessAt: getSyncValue(deps.db, 'lastSuccessAt'), lastContactAt: getSyncValue(deps.db, 'lastContactAt'),
      pending: counts.PENDING, sent: counts.SENT, failedCount: counts.FAILED, clockSkewMs: skew, clockWarning: Math.abs(skew) > CLOCK_SKEW_WARN_MS,
      lastPull: JSON.parse(getSyncValue(deps.db, 'lastPull') ?? 'null') as Record<string, string> | null,
      items: outboxByStatus(deps.db, ['PENDING', 'FAILED']).map((o) => {
        const found = findApplication(deps.db, o.applicationId);
        return {
          id: o.id, infno: o.infno, status: o.status, displayNo: found?.application.displayNo ?? '', applicantName: found?.applicant.name ?? '',
          diseaseName: found?.application.diseaseName ?? '', attempts: o.attempts, lastError: o.lastError, nextAttemptAt: o.nextAttemptAt, createdAt: o.createdAt,
        };
      }),
    };
  }

  async function syncNow(actor: Actor) {
    requirePermission(actor, 'sync.run');
    if (!gateway()) throw new AppError('SYNC_NOT_CONFIGURED');
    deps.db.transaction((tx) => {
      recordAudit(tx, deps, actor, { action: 'sync.now', entityType: 'sync', entityId: null, details: {} });
      // 立即同步 does not wait out the backoff of messages still waiting
      for (const o of outboxByStatus(tx, ['PENDING'])) updateOutbox(tx, o.id, 'PENDING', { nextAttemptAt: deps.clock().toISOString() });
    });
    return runCycle();
  }

  /**
   * A refused revocation, after the cause was fixed, sent again as a new message (new msgid). A
   * refused filing is not re-queued: the bureau's refusal is its decision (T16), shown on the case.
   */
  function requeue(actor: Actor, id: string) {
    requirePermission(actor, 'sync.run');
    deps.db.transaction((tx) => {
      const item = findOutbox(tx, id);
      if (item?.status !== 'FAILED') throw new AppError('OUTBOX_ITEM_NOT_FAILED');
      if (item.infno === '2503') throw new AppError('FILING_REFUSED_FINAL');
      updateOutbox(tx, id, 'FAILED', { status: 'PENDING', attempts: 0, nextAttemptAt: deps.clock().toISOString(), msgid: outbox.nextMsgid(tx) });
      recordAudit(tx, deps, actor, { action: 'sync.requeue', entityType: 'application', entityId: item.applicationId, details: { infno: item.infno, previousError: item.lastError } });
    });
    return status(actor);
  }

  function configure(actor: Actor, input: { url: string; caPem: string | null }) {
    requirePermission(actor, 'sync.configure');
    deps.db.transaction((tx) => {
      setSyncValue(tx, 'bureau.url', input.url);
      setSyncValue(tx, 'bureau.caPem', input.caPem ?? '');
      recordAudit(tx, deps, actor, { action: 'sync.configure', entityType: 'sync', entityId: null, details: { url: input.url, pinnedCa: input.caPem !== null } });
    });
    online = null;
    return status(actor);
  }

  return { runCycle, status, syncNow, requeue, configure };
}
