import type { Executor } from '../../db/client';
import { auditEventsAfter } from '../../db/queries/audit';
import { filesWithChangedBytes, idsOf, sealOf, SEAL_KINDS, type SealKind } from '../../db/queries/seals';
import { chainHash, chainMac, GENESIS_HASH } from './audit';

/** The head of the chain as last written outside the database (audit-head.json). */
export type AuditAnchor = { readonly seq: number; readonly hash: string; readonly mac: string };
export type AuditProblem = { readonly seq: number | null; readonly message: string };
export type ChainVerification = { ok: boolean; count: number; brokenAt: number | null; problems: AuditProblem[] };

const KIND_ZH: Record<SealKind, string> = { application: '申请', decision: '审核意见', user: '账号', file: '原始文件', entitlement: '资格记录', ban: '禁止申请记录' };

/**
 * Verifies the audit chain (R25): every link and hash, the MAC under the audit key (a chain recomputed
 * after an edit fails it), the head written outside the database (deleting the tail shows), and every
 * sealed row against the digest the chain last recorded for it (an UPDATE by raw SQL shows).
 * `deep` also re-hashes every stored file's bytes.
 */
export function verifyAudit(
  db: Executor, auditKey: Buffer,
  opts: { anchor: AuditAnchor | null; anchorExpected: boolean; deep?: boolean; /** false for a database never yet sealed (a backup from before 0016) */ seals?: boolean },
): ChainVerification {
  const problems: AuditProblem[] = [];
  const seals = new Map<string, { seq: number; digest: string | null }>();
  let prev = GENESIS_HASH;
  let after = 0;
  let count = 0;
  let macSeen = false;
  walk: for (;;) {
    const page = auditEventsAfter(db, after, 1000);
    if (page.length === 0) break;
    for (const row of page) {
      const at = `第 ${row.seq} 条审计记录（${row.action}）`;
      if (row.prevHash !== prev) { problems.push({ seq: row.seq, message: `${at}与前一条接不上：其前的记录被删除或插入` }); break walk; }
      if (chainHash(prev, row) !== row.hash) { problems.push({ seq: row.seq, message: `${at}的内容被改动` }); break walk; }
      if (row.mac) {
        if (row.mac !== chainMac(auditKey, row.hash)) { problems.push({ seq: row.seq, message: `${at}的校验码不符：审计链被重新计算过` }); break walk; }
        macSeen = true;
      } else if (macSeen) { problems.push({ seq: row.seq, message: `${at}缺少校验码` }); break walk; }
      for (const [key, digest] of Object.entries(JSON.parse(row.sealsJson ?? '{}') as Record<string, string | null>)) seals.set(key, { seq: row.seq, digest });
      prev = row.hash;
      after = row.seq;
      count += 1;
    }
  }
  if (problems.length === 0) {
    if (opts.anchor) {
      if (opts.anchor.mac !== chainMac(auditKey, opts.anchor.hash)) problems.push({ seq: null, message: '审计链锚点文件被改动' });
      else if (opts.anchor.seq > after) problems.push({ seq: opts.anchor.seq, message: `审计链末尾的记录被删除：应至少有第 ${opts.anchor.seq} 条，现只到第 ${after} 条` });
    } else if (opts.anchorExpected && count > 0) problems.push({ seq: null, message: '审计链锚点文件缺失' });
  }
  for (const kind of opts.seals === false ? [] : SEAL_KINDS) {
    for (const id of idsOf(db, kind)) {
      const sealed = seals.get(`${kind}:${id}`);
      if (!sealed) problems.push({ seq: null, message: `${KIND_ZH[kind]} ${id} 没有对应的审计记录（疑似绕过系统直接写入数据库）` });
      else if (sealed.digest !== sealOf(db, { kind, id })) problems.push({ seq: sealed.seq, message: `${KIND_ZH[kind]} ${id} 与第 ${sealed.seq} 条审计记录不符（已被改动）` });
    }
  }
  for (const [key, sealed] of seals) {
    const [kind, id] = key.split(':') as [SealKind, string];
    if (sealed.digest !== null && sealOf(db, { kind, id }) === null) problems.push({ seq: sealed.seq, message: `${KIND_ZH[kind]} ${id} 已被删除（第 ${sealed.seq} 条审计记录曾记录它）` });
  }
  if (opts.deep) for (const id of filesWithChangedBytes(db)) problems.push({ seq: null, message: `原始文件 ${id} 的内容与导入时的 SHA-256 不符` });
  const seqs = problems.map((p) => p.seq).filter((s): s is number => s !== null);
  return { ok: problems.length === 0, count, brokenAt: seqs.length > 0 ? Math.min(...seqs) : null, problems };
}
