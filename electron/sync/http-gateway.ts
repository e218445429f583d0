import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { HsaResponse, type HsaRequest } from './hsa-protocol';

/**
 * What came of one call: an answer the bureau gave; UNREACHABLE when the request surely did not arrive
 * (no connection); NO_ANSWER when it may have arrived but no valid answer came back (reset, timeout,
 * garbage) — the caller must then reconcile before sending again.
 */
export type GatewayResult =
  | { readonly kind: 'ANSWER'; readonly response: HsaResponse; readonly bureauTime: Date | null }
  | { readonly kind: 'UNREACHABLE'; readonly detail: string }
  | { readonly kind: 'NO_ANSWER'; readonly detail: string };

/** The bureau as the desk sees it. A province with another gateway writes another implementation of this. */
export interface BureauGateway {
  call(request: HsaRequest): Promise<GatewayResult>;
}

export type HttpGatewayOptions = {
  /** e.g. https://ybj.example.gov.cn/fsi/api/rsfComIfsService/callService */
  readonly url: string;
  /** PEM of the bureau's CA: when set, only it is trusted (pinning); otherwise the system roots. */
  readonly caPem?: string | null;
  readonly timeoutMs?: number;
};

const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'CERT_HAS_EXPIRED', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'ERR_TLS_CERT_ALTNAME_INVALID']);

/** The platform's JSON-over-HTTP(S) transport. The body is never logged: it carries the desk's credentials and personal data. */
export function httpGateway(opts: HttpGatewayOptions): BureauGateway {
  const url = new URL(opts.url);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return {
    call(req) {
      const body = Buffer.from(JSON.stringify(req));
      return new Promise<GatewayResult>((resolve) => {
        let written = false;
        const r = send(url, {
          method: 'POST', timeout: opts.timeoutMs ?? 15_000,
          headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length },
          ...(opts.caPem ? { ca: opts.caPem } : {}),
        }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', (e) => resolve({ kind: 'NO_ANSWER', detail: e.message }));
          res.on('end', () => {
            const date = res.headers.date ? new Date(res.headers.date) : null;
            let json: unknown;
            try {
              json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            } catch {
              return resolve({ kind: 'NO_ANSWER', detail: `HTTP ${res.statusCode ?? 0}，应答不是有效的 JSON` });
            }
            const parsed = HsaResponse.safeParse(json);
            if (!parsed.success) return resolve({ kind: 'NO_ANSWER', detail: `HTTP ${res.statusCode ?? 0}，应答格式不符合接口规范` });
            resolve({ kind: 'ANSWER', response: parsed.data, bureauTime: date && !Number.isNaN(date.getTime()) ? date : null });
          });
        });
        r.on('timeout', () => r.destroy(new Error('请求超时')));
        r.on('error', (e: NodeJS.ErrnoException) => {
          resolve(!written || NOT_SENT.has(e.code ?? '') ? { kind: 'UNREACHABLE', detail: e.code ?? e.message } : { kind: 'NO_ANSWER', detail: e.code ?? e.message });
        });
        r.end(body, () => { written = true; });
      });
    },
  };
}
