import { z } from 'zod';
import { OUTBOX_KINDS, OUTBOX_STATUSES } from '../domain/sync/outbox-rules';

/** The desk's exchange with the county bureau at the boundary. */

export const SyncStatus = z.object({
  configured: z.boolean(),
  bureauUrl: z.string().nullable(),
  /** null until the first attempt since the desk started. */
  online: z.boolean().nullable(),
  lastSuccessAt: z.string().nullable(),
  lastContactAt: z.string().nullable(),
  pending: z.number().int(),
  sent: z.number().int(),
  failedCount: z.number().int(),
  clockSkewMs: z.number(),
  clockWarning: z.boolean(),
  lastPull: z.record(z.string(), z.string()).nullable(),
  items: z.array(z.object({
    id: z.string(), infno: z.enum(OUTBOX_KINDS), status: z.enum(OUTBOX_STATUSES), displayNo: z.string(), applicantName: z.string(),
    diseaseName: z.string(), attempts: z.number().int(), lastError: z.string().nullable(), nextAttemptAt: z.string(), createdAt: z.string(),
  })),
});
export const CycleReport = z.object({
  sent: z.number().int(), failed: z.number().int(), pending: z.number().int(), online: z.boolean(),
  /** What each pull (policy-pack, roster, rereview, costs) did, in words; null when the bureau was not reached. */
  pulled: z.record(z.string(), z.string()).nullable(),
  /** Another sync worker (the desk or the CLI) holds this database's lease: this cycle did nothing. */
  busy: z.boolean(),
});
export const Requeue = z.object({ id: z.string().uuid() }).strict();
/**
 * Personal data crosses the network only over TLS; plain http is for a bureau double on this machine.
 * (What is not an address at all is the format rule's to report.)
 */
function secureOrLoopback(url: string): boolean {
  if (!URL.canParse(url)) return true;
  const u = new URL(url);
  return u.protocol !== 'http:' || /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(u.hostname);
}
export const ConfigureSync = z.object({
  url: z.string().trim().max(500).regex(/^https?:\/\/[^\s/]+\S*$/, '请输入完整的接口地址，如 https://…/fsi/api/rsfComIfsService/callService')
    .refine(secureOrLoopback, '医保经办机构接口必须使用 https://（仅本机测试地址 127.0.0.1 / localhost 可用 http://）'),
  caPem: z.string().trim().regex(/^-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----$/, '根证书应为 PEM 格式（-----BEGIN CERTIFICATE-----）').max(20_000).nullable(),
}).strict();
