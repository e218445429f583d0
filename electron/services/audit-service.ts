import { auditEventWithAction, auditPage, lastAuditEvent, type AuditFilter } from '../../db/queries/audit';
import { idsOf, SEAL_KINDS } from '../../db/queries/seals';
import type { AnchorStore } from '../files/audit-anchor';
import { chainMac, recordAudit } from './audit';
import { verifyAudit, type ChainVerification } from './audit-verify';
import type { Actor, ServiceDeps } from './context';
import { requirePermission } from './guard';

/**
 * The audit chain as the office sees it (R25, §2.19): verified at start and on demand, browsed,
 * filtered and exported; its head is written outside the database after every change.
 */
export function createAuditService(deps: ServiceDeps, anchors: AnchorStore | null, restoreTriggers: () => readonly string[]) {
  let last: (ChainVerification & { verifiedAt: string }) | null = null;
  /** The head last written to the anchor file (read from it once): a commit without new audit events writes nothing. */
  let anchoredSeq: number | null = null;

  /** After each committed change: the new head, MAC-ed, to the anchor file. */
  function anchorHead(): void {
    if (!anchors) return;
    const head = lastAuditEvent(deps.db);
    anchoredSeq ??= anchors.read()?.seq ?? -1;
    if (!head || head.seq === anchoredSeq) return;
    anchors.write({ seq: head.seq, hash: head.hash, mac: chainMac(deps.auditKey, head.hash) });
    anchoredSeq = head.seq;
  }

  /**
   * Once per database: the rows written before the chain sealed them (an older desk) are sealed as
   * they stand, under one baseline event; from then on an unsealed row is a finding.
   */
  function sealBaseline(): void {
    deps.db.transaction((tx) => recordAudit(tx, deps, null, {
      action: 'audit.baseline', entityType: 'audit', entityId: null, details: {},
      seal: SEAL_KINDS.flatMap((kind) => idsOf(tx, kind).map((id) => ({ kind, id }))),
    }));
  }

  function run(deep: boolean): ChainVerification & { verifiedAt: string } {
    const result = verifyAudit(deps.db, deps.auditKey, { anchor: anchors?.read() ?? null, anchorExpected: anchors !== null, deep });
    // the guard triggers are checked (and put back) on every verification, not only at start
    const missing = restoreTriggers();
    const problems = [...missing.map((t) => ({ seq: null, message: `保护触发器 ${t} 曾被删除（已恢复）：数据库被绕过系统改动过` })), ...result.problems];
    last = { ...result, ok: problems.length === 0, problems, verifiedAt: deps.clock().toISOString() };
    return last;
  }

  /** At start: the baseline on a database's first start with sealing, then verify; the head is anchored only when all is well. */
  function startup(): ChainVerification {
    if (!auditEventWithAction(deps.db, 'audit.baseline')) {
      sealBaseline();
      anchorHead();
    }
    const result = run(false);
    if (result.ok) anchorHead();
    return result;
  }

  function verify(actor: Actor, deep: boolean) {
    requirePermission(actor, 'audit.verify');
    const result = run(deep);
    deps.db.transaction((tx) => recordAudit(tx, deps, actor, { action: 'audit.verify', entityType: 'audit', entityId: null, details: { ok: result.ok, deep, problems: result.problems.length } }));
    anchorHead();
    return result;
  }

  function status(actor: Actor) {
    requirePermission(actor, 'audit.verify');
    return last;
  }

  function list(actor: Actor, filter: AuditFilter, page: number, pageSize: number) {
    requirePermission(actor, 'audit.verify');
    const { rows, total } = auditPage(deps.db, filter, pageSize, (page - 1) * pageSize);
    return {
      total, page, pageSize,
      items: rows.map(({ event: e, actorName }) => ({
        seq: e.seq, at: e.at, actorName: actorName ?? (e.actorId ? e.actorId : '系统'), actorRole: e.actorRole, action: e.action,
        entityType: e.entityType, entityId: e.entityId, details: e.detailsJson, sealed: e.sealsJson !== null, hash: e.hash,
      })),
    };
  }

  /** CSV (UTF-8 with BOM, as Excel on a Chinese Windows opens it) of the filtered log; the export is itself audited. */
  function exportCsv(actor: Actor, filter: AuditFilter) {
    requirePermission(actor, 'audit.verify');
    const { rows } = auditPage(deps.db, filter, 1_000_000, 0);
    const cell = (v: string | number | null) => `"${String(v ?? '').replace(/"/g, '""')}"`;
    const lines = [['序号', '时间', '操作人', '角色', '操作', '对象类型', '对象', '详情', '哈希'].map(cell).join(',')];
    for (const { event: e, actorName } of rows) lines.push([e.seq, e.at, actorName ?? '系统', e.actorRole, e.action, e.entityType, e.entityId, e.detailsJson, e.hash].map(cell).join(','));
    deps.db.transaction((tx) => recordAudit(tx, deps, actor, { action: 'audit.export', entityType: 'audit', entityId: null, details: { rows: rows.length, filter } }));
    return { fileName: `审计日志_${deps.clock().toISOString().slice(0, 10)}.csv`, csvBase64: Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8').toString('base64') };
  }

  /** `check` is the command line's: whoever runs it holds the data folder and both keys. */
  return { startup, verify, status, list, exportCsv, anchorHead, check: run };
}

export type AuditService = ReturnType<typeof createAuditService>;
