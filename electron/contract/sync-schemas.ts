import { z } from 'zod';

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
    id: z.string(), infno: z.enum(['2503', '2504', 'ARCHIVE']), status: z.enum(['PENDING', 'SENT', 'FAILED', 'CANCELLED']), displayNo: z.string(), applicantName: z.string(),
    diseaseName: z.string(), attempts: z.number().int(), lastError: z.string().nullable(), nextAttemptAt: z.string(), createdAt: z.string(),
  })),
});
export const CycleReport = z.object({
  sent: z.number().int(), failed: z.number().int(), pending: z.number().int(), online: z.boolean(),
  /** What each pull (policy-pack, roster, rereview, costs) did, in words; null when the bureau was not reached. */
  pulled: z.record(z.string(), z.string()).nullable(),
});
export const Requeue = z.object({ id: z.string().uuid() }).strict();
export const ConfigureSync = z.object({
  url: z.string().trim().max(500).regex(/^https?:\/\/[^\s/]+\S*$/, '请输入完整的接口地址，如 https://…/fsi/api/rsfComIfsService/callService'),
  caPem: z.string().trim().regex(/^-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----$/, '根证书应为 PEM 格式（-----BEGIN CERTIFICATE-----）').max(20_000).nullable(),
}).strict();
