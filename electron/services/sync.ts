import { createHash } from 'node:crypto';
import { findApplication } from '../../db/queries/applications';
import { getDesk } from '../../db/queries/desk';
import { documentsOfApplication, findStoredFile } from '../../db/queries/materials';
import {
  dueOutbox, earlierOpenOf, findArchiveBlob, getSyncValue, insertArchiveBlob, outboxByStatus, outboxCounts, outboxOfApplication, setSyncValue, updateOutbox, type OutboxRow,
} from '../../db/queries/sync';
import { AppError } from '../contract/app-error';
import { backoffMs } from '../domain/sync/outbox-rules';
import { httpGateway, type ArchiveManifest, type BureauGateway, type GatewayResult } from '../sync/http-gateway';
import { Output2503, Output5301, platformTime, type HsaRequest } from '../sync/hsa-protocol';
import { recordAudit } from './audit';
import type { Actor, ServiceDeps } from './context';
import type { Outbox } from './outbox';
import type { ReviewService } from './review';
import type { BureauPull, PullReport } from './bureau-pull';
import { requirePermission } from './guard';

/** Archive packages uploaded per cycle, after the platform transactions, so a backlog of filings is never held up by uploads. */
const ARCHIVES_PER_CYCLE = 20;
/** The bureau's clock may differ by this much before the desk warns (signing times are stamped locally). */
const CLOCK_SKEW_WARN_MS = 5 * 60_000;

export type CycleReport = { sent: number; failed: number; pending: number; online: boolean; pulled: PullReport | null };

/**
 * The sync worker (backend only): sends the outbox in order per person, marks a message sent only on
 * infcode 0, retries with backoff and jitter, and reconciles with 5301 whenever an earlier attempt may
 * have reached the bureau without an answer. Nothing is deleted; a refused message waits, with the
 * bureau's err_msg, until it is fixed and re-queued.
 */
export function createSyncService(deps: ServiceDeps, outbox: Outbox, pull: BureauPull, review: Pick<ReviewService, 'decisionDocument'>, opts: { gateway?: BureauGateway; random?: () => number } = {}) {
  const random = opts.random ?? Math.random;
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
      infno, msgid, mdtrtarea_admvs: admdvs, insuplc_admdvs: admdvs, recer_sys_code: 'CSDDESK', dev_no: desk.deviceId, dev_safe_info: '', cainfo: '',
      signtype: '', infver: 'V1.0', opter_type: '1', opter: desk.deviceId, opter_name: '认定台同步', inf_time: platformTime(deps.clock()),
      fixmedins_code: desk.hospitalCode, fixmedins_name: desk.hospitalName, sign_no: '', input: { data },
    };
  }

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
    const filed = filingOf(item);
    const held = parsed.data.feedetail.find((f) => f.trt_dcla_detl_sn === filed?.remoteRef);
    return { done: held === undefined || held.vali_flag !== '1', ref: null };
  }

  const filingOf = (item: OutboxRow): OutboxRow | undefined => outboxOfApplication(deps.db, item.applicationId).find((o) => o.infno === '2503' && o.status === 'SENT');

  function settle(item: OutboxRow, patch: Partial<OutboxRow>, audit: string | null): void {
    deps.db.transaction((tx) => {
      updateOutbox(tx, item.id, patch);
      if (audit) recordAudit(tx, deps, null, { action: audit, entityType: 'application', entityId: item.applicationId, details: { infno: item.infno, msgid: item.msgid, remoteRef: patch.remoteRef ?? null, error: patch.lastError ?? null } });
    });
  }

  const retryLater = (item: OutboxRow, detail: string, unsure: boolean) => settle(item, {
    attempts: item.attempts + 1, unsure, lastError: detail,
    nextAttemptAt: new Date(deps.clock().getTime() + backoffMs(item.attempts + 1, random())).toISOString(),
  }, null);

  const sent = (item: OutboxRow, ref: string | null) => settle(item, { status: 'SENT', unsure: false, remoteRef: ref, sentAt: deps.clock().toISOString(), lastError: null, attempts: item.attempts + 1 }, 'sync.sent');

  function noteAnswer(r: GatewayResult): void {
    if (r.kind === 'UNREACHABLE') return;
    online = true;
    deps.db.transaction((tx) => {
      setSyncValue(tx, 'lastContactAt', deps.clock().toISOString());
      if (r.kind === 'ANSWER' && r.bureauTime) setSyncValue(tx, 'clockSkewMs', String(deps.clock().getTime() - r.bureauTime.getTime()));
    });
  }

  type ArchivePayload = { psn_no: string; insu_optins: string; manifest?: ArchiveManifest; refs?: Record<string, string> };

  /**
   * The archive package of an approved case: its live original records as stored, and the decision
   * form. Made once — the PDF is kept — so every retry uploads exactly what the manifest hashed.
   */
  async function archivePackage(item: OutboxRow): Promise<Required<ArchivePayload>> {
    const payload = JSON.parse(item.payloadJson) as ArchivePayload;
    if (payload.manifest && payload.refs) return payload as Required<ArchivePayload>;
    const found = findApplication(deps.db, item.applicationId)!;
    const files: ArchiveManifest['files'][number][] = [];
    const refs: Record<string, string> = {};
    for (const { document: d, fileName, size } of documentsOfApplication(deps.db, item.applicationId)) {
      const stored = findStoredFile(deps.db, d.fileId)!;
      files.push({ name: fileName, sha256: stored.sha256, size });
      refs[stored.sha256] = `file:${stored.id}`;
    }
    const pdf = await review.decisionDocument(item.applicationId);
    const pdfSha = createHash('sha256').update(pdf.bytes).digest('hex');
    const blobId = deps.newId();
    files.push({ name: pdf.fileName, sha256: pdfSha, size: pdf.bytes.length });
    refs[pdfSha] = `blob:${blobId}`;
    const made = { ...payload, manifest: { applicationNo: found.application.displayNo, psn_no: found.applicant.idNumber, files }, refs };
    deps.db.transaction((tx) => {
      insertArchiveBlob(tx, { id: blobId, outboxId: item.id, sha256: pdfSha, bytes: Buffer.from(pdf.bytes) });
      updateOutbox(tx, item.id, { payloadJson: JSON.stringify(made) });
    });
    return made;
  }

  const readArchived = (refs: Record<string, string>) => (sha256: string): Buffer => {
    const [kind, id] = (refs[sha256] ?? ':').split(':') as [string, string];
    return kind === 'file' ? findStoredFile(deps.db, id)!.bytes : findArchiveBlob(deps.db, id)!.bytes;
  };

  async function cycle(): Promise<CycleReport> {
    const gw = gateway();
    const report = { sent: 0, failed: 0, pending: 0, online: false, pulled: null as PullReport | null };
    if (!gw) return { ...report, pending: outboxCounts(deps.db).PENDING };
    const blocked = new Set<string>();
    const due = dueOutbox(deps.db, deps.clock().toISOString());
    const ordered = [...due.filter((o) => o.infno !== 'ARCHIVE'), ...due.filter((o) => o.infno === 'ARCHIVE').slice(0, ARCHIVES_PER_CYCLE)];
    for (const item of ordered) {
      if (blocked.has(item.personKey) || earlierOpenOf(deps.db, item) > 0) { blocked.add(item.personKey); continue; }
      if (item.infno === 'ARCHIVE') {
        const pkg = await archivePackage(item);
        const r = await gw.archive(item.id, pkg.manifest, readArchived(pkg.refs));
        if (r.kind === 'DONE') { sent(item, `${pkg.manifest.files.length} 个文件`); report.sent += 1; continue; }
        if (r.kind === 'UNREACHABLE') { online = false; retryLater(item, `无法连接医保经办机构（${r.detail}）`, false); break; }
        online = true;
        retryLater(item, `档案上传中断（${r.detail}），下次从中断处继续`, false);
        blocked.add(item.personKey);
        continue;
      }
      const payload = JSON.parse(item.payloadJson) as Record<string, string>;
      if (item.unsure) {
        const known = await reconcile(gw, item, payload);
        if (known === null) { retryLater(item, '无法向医保经办机构核对上次发送结果', true); blocked.add(item.personKey); continue; }
        if (known.done) { sent(item, known.ref ?? item.remoteRef); report.sent += 1; continue; }
      }
      const data = item.infno === '2504' ? { ...payload, trt_dcla_detl_sn: filingOf(item)?.remoteRef ?? '' } : payload;
      // write-ahead: from here until an answer the message may be at the bureau (a crash leaves it unsure)
      settle(item, { unsure: true }, null);
      const r = await gw.call(envelope(item.infno, item.msgid, data, payload['insu_optins'] ?? ''));
      noteAnswer(r);
      if (r.kind === 'UNREACHABLE') {
        online = false;
        retryLater(item, `无法连接医保经办机构（${r.detail}）`, item.unsure);
        break;
      }
      if (r.kind === 'NO_ANSWER') { retryLater(item, `医保经办机构未正常应答（${r.detail}）`, true); blocked.add(item.personKey); continue; }
      if (r.response.infcode === 0) {
        const ref = item.infno === '2503' ? Output2503.safeParse(r.response.output) : null;
        if (ref && !ref.success) { retryLater(item, '医保经办机构应答缺少备案流水号', true); blocked.add(item.personKey); continue; }
        sent(item, ref?.success ? ref.data.result.trt_dcla_detl_sn : null);
        report.sent += 1;
        continue;
      }
      // the bureau refused: perhaps it already holds this very message (an earlier answer was lost)
      const known = await reconcile(gw, item, payload);
      if (known?.done) { sent(item, known.ref); report.sent += 1; continue; }
      settle(item, { status: 'FAILED', unsure: false, attempts: item.attempts + 1, lastError: r.response.err_msg ?? `infcode ${r.response.infcode}` }, 'sync.refused');
      report.failed += 1;
      blocked.add(item.personKey);
    }
    if (online !== false) {
      const pulled = await pull.pullAll(gw);
      report.pulled = pulled.report;
      online = pulled.reached;
    }
    report.online = online === true;
    if (online) deps.db.transaction((tx) => setSyncValue(tx, 'lastSuccessAt', deps.clock().toISOString()));
    return { ...report, pending: outboxCounts(deps.db).PENDING };
  }

  /** One cycle; concurrent callers share the running one. */
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
    deps.db.transaction((tx) => recordAudit(tx, deps, actor, { action: 'sync.now', entityType: 'sync', entityId: null, details: {} }));
    // 立即同步 does not wait out the backoff of messages still waiting
    deps.db.transaction((tx) => { for (const o of outboxByStatus(tx, ['PENDING'])) updateOutbox(tx, o.id, { nextAttemptAt: deps.clock().toISOString() }); });
    return runCycle();
  }

  /** A refused message, after the case was corrected: rebuilt from the case as it is now and sent again. */
  function requeue(actor: Actor, id: string) {
    requirePermission(actor, 'sync.run');
    deps.db.transaction((tx) => {
      const item = outboxByStatus(tx, ['FAILED']).find((o) => o.id === id);
      if (!item) throw new AppError('OUTBOX_ITEM_NOT_FAILED');
      const payload = item.infno === '2503' ? JSON.stringify(outbox.filingPayload(tx, item.applicationId, item.id)) : item.payloadJson;
      // a fixed message is a new message to the bureau: it needs a new msgid
      updateOutbox(tx, id, { status: 'PENDING', attempts: 0, payloadJson: payload, nextAttemptAt: deps.clock().toISOString(), msgid: outbox.nextMsgid(tx) });
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

