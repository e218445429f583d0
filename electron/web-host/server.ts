import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { removeHalfMade } from '../files/data-folder';
import { loadOrCreateKeyFile } from '../files/key-file';
import { fileKeyStore } from '../files/key-store';
import { RECOVERY_FILE } from '../files/recovery-file';
import { SOURCE_OCR_LANG_DIR } from '../ocr/lang-data';
import type { OcrEngineName } from '../ocr/ocr-result';
import { SOURCE_PADDLE_MODEL_DIR } from '../ocr/paddle/model-files';
import { loadPolicyPacks } from '../policy/pack-loader';
import type { DeskBackend } from '../rpc/desk-backend';
import { startDeskOrFault } from '../rpc/startup';
import { SECURITY_HEADERS } from '../shared/csp';
import { readRendererFile } from '../shared/static-files';

export type WebHostOptions = {
  readonly dataDir: string;
  readonly rendererDir: string;
  readonly packsDir: string;
  readonly migrationsDir: string;
  readonly port?: number;
  /** The scanner folder to watch (default: <dataDir>/扫描). */
  readonly scanFolder?: string;
  /** The OCR engine (default PaddleOCR, tesseract where it cannot run). */
  readonly ocrEngine?: OcrEngineName;
  /** The desk's clock (tests move it to see deadlines fall due); the system clock by default. */
  readonly clock?: () => Date;
};

export type WebHost = { readonly url: string; readonly origin: string; readonly token: string; readonly backend: DeskBackend; close(): Promise<void> };

const MAX_BODY = 1024 * 1024;

/**
 * The development and test host: the built renderer plus POST /rpc/:method through the same
 * dispatch as Electron's IPC. Listens on 127.0.0.1 only, on a random port, and every RPC must
 * carry the random host token (handed to the page in the URL fragment, never sent to the server
 * in a URL). The Host header is checked against DNS rebinding. Not packaged into installers.
 */
export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const fresh = !existsSync(join(opts.dataDir, 'desk.db'));
  // a database without its keys opens the start-up fault screen (recovery code) instead of failing
  const backend = openBackendOrClean(fresh, opts.dataDir, () => startDeskOrFault({
    dbFile: join(opts.dataDir, 'desk.db'),
    keyStore: fileKeyStore(opts.dataDir),
    keyFiles: { db: 'desk.key', audit: 'audit.key' },
    // the audit chain's MAC key lives apart from the database key (R25)
    createKeys: () => ({ dbKeyHex: loadOrCreateKeyFile(join(opts.dataDir, 'desk.key')), auditKeyHex: loadOrCreateKeyFile(join(opts.dataDir, 'audit.key')) }),
    migrationsDir: opts.migrationsDir,
    packs: loadPolicyPacks(opts.packsDir),
    ocrModelDir: SOURCE_PADDLE_MODEL_DIR,
    ocrLangDir: SOURCE_OCR_LANG_DIR,
    ...(opts.ocrEngine ? { ocrEngine: opts.ocrEngine } : {}),
    scanFolder: opts.scanFolder ?? join(opts.dataDir, '扫描'),
    ...(opts.clock ? { clock: opts.clock } : {}),
  }));
  const token = randomBytes(24).toString('base64url');
  const rendererRoot = resolve(opts.rendererDir);
  let allowedHosts: string[] = [];

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      console.error('[web-host]', e);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'internal error');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts.includes(req.headers.host ?? '')) return send(res, 421, 'text/plain; charset=utf-8', 'misdirected request');
    const url = req.url ?? '/';
    if (url.startsWith('/rpc/')) return handleRpc(req, res, url.slice('/rpc/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed');
    const file = await readRendererFile(rendererRoot, url);
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'not found');
    send(res, 200, file.type, file.body);
  }

  async function handleRpc(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed');
    // a page of another origin (DNS rebinding, a site in the same browser) never reaches the backend
    const from = req.headers.origin;
    if (from !== undefined && !allowedHosts.some((h) => from === `http://${h}`)) return sendJson(res, 403, { ok: false, error: { code: 'HOST_ORIGIN', message: '请求来源不被允许。' } });
    if (!tokenMatches(req.headers.authorization, token)) return sendJson(res, 401, { ok: false, error: { code: 'HOST_TOKEN', message: '连接凭据无效，请使用启动时打印的地址重新打开。' } });
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'text/plain; charset=utf-8', 'json only');
    const body = await readBody(req);
    if (body === null) return sendJson(res, 413, { ok: false, error: { code: 'INVALID_INPUT', message: '请求内容过大。' } });
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: '请求不是有效的 JSON。' } });
    }
    const session = req.headers['x-desk-session'];
    let name: string;
    try {
      name = decodeURIComponent(method);
    } catch {
      name = '';
    }
    // a browser is told apart by its address and user agent (wrong passwords are counted per client)
    const client = `web:${req.socket.remoteAddress ?? ''}:${createHash('sha256').update(req.headers['user-agent'] ?? '').digest('hex').slice(0, 12)}`;
    sendJson(res, 200, await backend.call(name, input, typeof session === 'string' ? session : null, client));
  }

  await new Promise<void>((ok) => server.listen(opts.port ?? 0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}/#host=${token}`,
    token,
    backend,
    close: () => new Promise<void>((ok) => {
      server.closeAllConnections();
      server.close(() => void backend.close().then(ok));
    }),
  };
}

/** The token only as `Authorization: Bearer <token>`, compared in constant time. */
/** A first start that fails leaves no half-made desk behind (the next start would refuse it). */
function openBackendOrClean(fresh: boolean, dir: string, open: () => DeskBackend): DeskBackend {
  try {
    return open();
  } catch (e) {
    if (fresh) removeHalfMade(dir, ['desk.db', 'desk.key', 'audit.key', 'audit-head.json', RECOVERY_FILE]);
    throw e;
  }
}

function tokenMatches(header: string | undefined, token: string): boolean {
  if (!header?.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice('Bearer '.length));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * The body, or null when it is over the limit: the rest is read and dropped so the client gets the
 * 413 answer rather than a reset connection (only a body beyond 8× the limit is cut off).
 */
function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
      else if (size > MAX_BODY * 8) req.destroy();
    });
    req.on('close', () => { if (size > MAX_BODY) ok(null); });
    req.on('end', () => ok(size > MAX_BODY ? null : Buffer.concat(chunks)));
    req.on('error', fail);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
