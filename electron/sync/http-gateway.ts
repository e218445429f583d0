import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { HsaResponse, type HsaRequest } from './hsa-protocol';

/**
 * What came of one exchange: an answer; UNREACHABLE when the request surely did not arrive (no
 * connection); NO_ANSWER when it may have arrived but no valid answer came back (reset, timeout,
 * garbage) — the caller must then reconcile before sending again.
 */
type Failure = { readonly kind: 'UNREACHABLE'; readonly detail: string } | { readonly kind: 'NO_ANSWER'; readonly detail: string };
export type GatewayResult = { readonly kind: 'ANSWER'; readonly response: HsaResponse; readonly bureauTime: Date | null } | Failure;
/** `body` null: the bureau has published nothing of this kind. */
export type PullResult = { readonly kind: 'ANSWER'; readonly body: unknown; readonly bureauTime: Date | null } | Failure;

/**
 * What the desk pulls from the bureau (JSON over HTTPS): policy-pack updates, the roster with its
 * blacklist, holidays, re-review results, decisions on entitlements, yearly cost lists, sampling requests.
 */
export type PullKind = 'policy-pack' | 'roster' | 'calendar' | 'rereview' | 'entitlement-events' | 'costs' | 'sampling';

/** An archive package: the case's original records and decision form, each named with its SHA-256. */
export type ArchiveManifest = {
  readonly applicationNo: string;
  readonly psn_no: string;
  /**
   * ARCHIVE: the archive of an approved case; REREVIEW: the preliminary approval sent to the bureau's
   * re-review; SAMPLING: the archive again, answering the bureau's sampling request `samplingId` (R38).
   */
  readonly purpose: 'ARCHIVE' | 'REREVIEW' | 'SAMPLING';
  readonly samplingId?: string;
  readonly files: readonly { readonly name: string; readonly sha256: string; readonly size: number }[];
};

/** The bureau as the desk sees it. A province with another gateway writes another implementation of this. */
export interface BureauGateway {
  call(request: HsaRequest): Promise<GatewayResult>;
  pull(kind: PullKind, packId: string): Promise<PullResult>;
  /**
   * Uploads a package resumably: the bureau says which files it already holds, only the others are
   * sent (each checked against its hash there), then the package is committed.
   */
  archive(packageId: string, manifest: ArchiveManifest, read: (sha256: string) => Buffer): Promise<{ readonly kind: 'DONE'; readonly uploaded: number } | Failure>;
  /** Delivers a notice under its own id (the bureau keeps the first copy of an id): a change of enrolment (E11). */
  notify(id: string, notice: EnrollmentNotice): Promise<{ readonly kind: 'DONE' } | Failure>;
}

/** E11/E5/E6: a filed recognition whose person changed scheme or place within the city, for the old and new agency. */
export type EnrollmentNotice = {
  readonly filingSn: string;
  readonly psn_no: string;
  readonly event: string;
  readonly effectiveDate: string;
  readonly from: { readonly insutype: string; readonly insu_optins: string };
  readonly to: { readonly insutype: string; readonly insu_optins: string };
};

export type HttpGatewayOptions = {
  /** The transaction endpoint, e.g. https://ybj.example.gov.cn/fsi/api/rsfComIfsService/callService; pulls are under /csd/v1/ of the same host. */
  readonly url: string;
  /** PEM of the bureau's CA: when set, only it is trusted (pinning); otherwise the system roots. */
  readonly caPem?: string | null;
  readonly timeoutMs?: number;
};

const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'CERT_HAS_EXPIRED', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'ERR_TLS_CERT_ALTNAME_INVALID']);

/** The platform's JSON-over-HTTP(S) transport. Bodies are never logged: they carry the desk's credentials and personal data. */
export function httpGateway(opts: HttpGatewayOptions): BureauGateway {
  const endpoint = new URL(opts.url);

  function exchange(url: URL, body: Buffer | null, method: 'GET' | 'POST' | 'PUT' = body ? 'POST' : 'GET', type = 'application/json; charset=utf-8'): Promise<{ kind: 'JSON'; json: unknown; status: number; bureauTime: Date | null } | Failure> {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve) => {
      let written = false;
      const r = send(url, {
        method, timeout: opts.timeoutMs ?? 15_000,
        headers: body ? { 'content-type': type, 'content-length': body.length } : { accept: 'application/json' },
        ...(opts.caPem ? { ca: opts.caPem } : {}),
      }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', (e) => resolve({ kind: 'NO_ANSWER', detail: e.message }));
        res.on('end', () => {
          const date = res.headers.date ? new Date(res.headers.date) : null;
          try {
            resolve({ kind: 'JSON', json: JSON.parse(Buffer.concat(chunks).toString('utf8')), status: res.statusCode ?? 0, bureauTime: date && !Number.isNaN(date.getTime()) ? date : null });
          } catch {
            resolve({ kind: 'NO_ANSWER', detail: `HTTP ${res.statusCode ?? 0}，应答不是有效的 JSON` });
          }
        });
      });
      r.on('timeout', () => r.destroy(new Error('请求超时')));
      r.on('error', (e: NodeJS.ErrnoException) => {
        resolve(!written || NOT_SENT.has(e.code ?? '') ? { kind: 'UNREACHABLE', detail: e.code ?? e.message } : { kind: 'NO_ANSWER', detail: e.code ?? e.message });
      });
      r.end(body ?? undefined, () => { written = true; });
    });
  }

  return {
    async call(req) {
      const r = await exchange(endpoint, Buffer.from(JSON.stringify(req)));
      if (r.kind !== 'JSON') return r;
      const parsed = HsaResponse.safeParse(r.json);
      if (!parsed.success) return { kind: 'NO_ANSWER', detail: `HTTP ${r.status}，应答格式不符合接口规范` };
      return { kind: 'ANSWER', response: parsed.data, bureauTime: r.bureauTime };
    },
    async pull(kind, packId) {
      const url = new URL(`/csd/v1/${kind}`, endpoint);
      url.searchParams.set('packId', packId);
      const r = await exchange(url, null);
      if (r.kind !== 'JSON') return r;
      if (r.status === 404) return { kind: 'ANSWER', body: null, bureauTime: r.bureauTime }; // nothing published
      if (r.status !== 200) return { kind: 'NO_ANSWER', detail: `HTTP ${r.status}` };
      return { kind: 'ANSWER', body: r.json, bureauTime: r.bureauTime };
    },
    async notify(id, notice) {
      const r = await exchange(new URL(`/csd/v1/notices/${encodeURIComponent(id)}`, endpoint), Buffer.from(JSON.stringify(notice)));
      if (r.kind !== 'JSON') return r;
      return r.status === 200 ? { kind: 'DONE' } : { kind: 'NO_ANSWER', detail: `HTTP ${r.status}，通知未被接收` };
    },
    async archive(packageId, manifest, read) {
      const base = new URL(`/csd/v1/archive/${encodeURIComponent(packageId)}`, endpoint);
      const opened = await exchange(base, Buffer.from(JSON.stringify(manifest)));
      if (opened.kind !== 'JSON') return opened;
      const have = (opened.json as { have?: unknown } | null)?.have;
      if (opened.status !== 200 || !Array.isArray(have)) return { kind: 'NO_ANSWER', detail: `HTTP ${opened.status}，档案清单未被接收` };
      const missing = manifest.files.filter((f) => !have.includes(f.sha256));
      for (const f of missing) {
        const put = await exchange(new URL(`${base.pathname}/${f.sha256}`, base), read(f.sha256), 'PUT', 'application/octet-stream');
        if (put.kind !== 'JSON') return put;
        if (put.status !== 200) return { kind: 'NO_ANSWER', detail: `HTTP ${put.status}，文件 ${f.name} 未被接收` };
      }
      const commit = await exchange(new URL(`${base.pathname}/commit`, base), Buffer.from('{}'));
      if (commit.kind !== 'JSON') return commit;
      if (commit.status !== 200) return { kind: 'NO_ANSWER', detail: `HTTP ${commit.status}，档案包未能完成` };
      return { kind: 'DONE', uploaded: missing.length };
    },
  };
}
