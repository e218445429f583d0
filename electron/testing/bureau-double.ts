import Database from 'better-sqlite3';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { seededRandom } from '../domain/panel/draw';
import type { EnrollmentNotice } from '../sync/http-gateway';
import { platformTime } from '../sync/hsa-protocol';
import { operatorRoute, type BureauEvent, type OperatorState, type RereviewResult } from './bureau-operator';
import { bureauSampling, type BureauSampling, type SamplingRequest } from './bureau-sampling';

/**
 * A test double of the county bureau's side of the national platform: 2503 备案, 2504 撤销, 5301 查询
 * over the platform envelope, stored in its own SQLite. It deduplicates on msgid (a repeated message
 * gets the first answer again), refuses a second active filing of the same person, disease and
 * hospital, and can inject faults before or after it commits.
 */
export type Fault = (
  | { readonly when: 'before' | 'after'; readonly kind: 'drop' | 'http500' | 'garbage' }
  | { readonly when: 'before'; readonly kind: 'infcode'; readonly errMsg: string }
  | { readonly when: 'before' | 'after'; readonly kind: 'delay'; readonly ms: number }
) & {
  /** Only the first request whose path matches (default: the next request). */
  readonly on?: RegExp;
};

export type BureauDouble = {
  readonly url: string;
  inject(...faults: Fault[]): void;
  /** What GET /csd/v1/<kind> serves from now on (404 until published). */
  publish(kind: string, body: unknown): void;
  /** Every request fails with probability `rate`, drawn from a seeded generator (faults before or after commit). */
  chaos(rate: number, seed: number): void;
  filings(): { sn: string; psnNo: string; diseaseCode: string; memo: string; valid: boolean }[];
  /** Committed archive packages with the files held for each (verified against the manifest's hashes). */
  archives(): {
    packageId: string; applicationNo: string; purpose: string; psnNo: string; samplingId: string | null; files: { name: string; sha256: string; size: number }[]; held: number;
    committedOn: string;
  }[];
  /** 抽查复核 (R38) as the bureau's operator draws and decides it. */
  readonly sampling: BureauSampling;
  /** Notices received (E11: a filed recognition's person changed scheme or place), once per id. */
  notices(): ({ id: string; receivedOn: string } & EnrollmentNotice)[];
  /** The operator page (a person acting as the bureau). */
  readonly operatorUrl: string;
  /** File uploads received (to see that a resumed upload sends only what was missing). */
  readonly fileUploads: { count: number };
  /** Requests received; platform transactions (2503/2504/5301) and their body bytes (the sync bench's bytes per record). */
  readonly requests: { count: number; transactions: number; transactionBytes: number };
  close(): Promise<void>;
};

const REQUIRED = ['infno', 'msgid', 'mdtrtarea_admvs', 'insuplc_admdvs', 'recer_sys_code', 'infver', 'opter_type', 'opter', 'inf_time', 'fixmedins_code', 'fixmedins_name', 'input'];

/** `tls`: serve HTTPS with this key and certificate (to test the desk's pinned CA). */
export async function startBureauDouble(opts: { dbFile?: string; port?: number; clock?: () => Date; tls?: { key: string; cert: string } } = {}): Promise<BureauDouble> {
  const db = new Database(opts.dbFile ?? ':memory:');
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE IF NOT EXISTS messages (msgid TEXT PRIMARY KEY, response TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS archives (package_id TEXT PRIMARY KEY, manifest TEXT NOT NULL, committed INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS archive_files (package_id TEXT NOT NULL, sha256 TEXT NOT NULL, bytes BLOB NOT NULL, PRIMARY KEY (package_id, sha256));
    CREATE TABLE IF NOT EXISTS filings (sn TEXT PRIMARY KEY, psn_no TEXT NOT NULL, disease_code TEXT NOT NULL, fixmedins TEXT NOT NULL,
      memo TEXT NOT NULL, valid INTEGER NOT NULL, payload TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS published (kind TEXT PRIMARY KEY, body TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS archive_commits (package_id TEXT PRIMARY KEY, committed_on TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS notices (id TEXT PRIMARY KEY, body TEXT NOT NULL, received_on TEXT NOT NULL);`);
  const clock = opts.clock ?? (() => new Date());
  const today = () => new Date(clock().getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  const faults: Fault[] = [];
  let random: (() => number) | null = null;
  let rate = 0;
  const requests = { count: 0, transactions: 0, transactionBytes: 0 };
  // what the desks pull, kept in the double's file so a restarted `bureau:dev` still serves it
  const published = {
    get: (kind: string): unknown => {
      const row = db.prepare('SELECT body FROM published WHERE kind = ?').get(kind) as { body: string } | undefined;
      return row ? JSON.parse(row.body) as unknown : undefined;
    },
    set: (kind: string, body: unknown): void => { db.prepare('INSERT OR REPLACE INTO published VALUES (?, ?)').run(kind, JSON.stringify(body)); },
  };
  const fileUploads = { count: 0 };
  const json = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', date: clock().toUTCString() }).end(JSON.stringify(body));
  };

  /** The archive endpoints: POST manifest → which files are held; PUT a file (hash checked); POST commit. */
  function archive(req: IncomingMessage, res: ServerResponse, raw: Buffer, packageId: string, tail: string | undefined): void {
    const row = db.prepare('SELECT manifest, committed FROM archives WHERE package_id = ?').get(packageId) as { manifest: string; committed: number } | undefined;
    const held = () => (db.prepare('SELECT sha256 FROM archive_files WHERE package_id = ?').all(packageId) as { sha256: string }[]).map((r) => r.sha256);
    if (req.method === 'POST' && tail === undefined) {
      let manifest: { files?: { sha256?: unknown }[] };
      try { manifest = JSON.parse(raw.toString('utf8')) as typeof manifest; } catch { return json(res, 400, { error: '清单不是有效的 JSON' }); }
      if (!Array.isArray(manifest.files) || manifest.files.some((f) => typeof f.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(f.sha256))) return json(res, 400, { error: '清单格式不符' });
      if (!row) db.prepare('INSERT INTO archives VALUES (?, ?, 0)').run(packageId, JSON.stringify(manifest));
      return json(res, 200, { have: held() });
    }
    if (!row) return json(res, 404, { error: '未找到档案包' });
    const manifest = JSON.parse(row.manifest) as { files: { sha256: string }[] };
    if (req.method === 'PUT' && tail !== undefined && tail !== 'commit') {
      if (!manifest.files.some((f) => f.sha256 === tail)) return json(res, 400, { error: '文件不在清单中' });
      if (createHash('sha256').update(raw).digest('hex') !== tail) return json(res, 400, { error: '文件摘要不符' });
      fileUploads.count += 1;
      db.prepare('INSERT OR IGNORE INTO archive_files VALUES (?, ?, ?)').run(packageId, tail, raw);
      return json(res, 200, { ok: true });
    }
    if (req.method === 'POST' && tail === 'commit') {
      const missing = manifest.files.filter((f) => !held().includes(f.sha256));
      if (missing.length > 0) return json(res, 409, { missing: missing.map((f) => f.sha256) });
      db.prepare('UPDATE archives SET committed = 1 WHERE package_id = ?').run(packageId);
      db.prepare('INSERT OR IGNORE INTO archive_commits VALUES (?, ?)').run(packageId, today());
      return json(res, 200, { committed: true });
    }
    return json(res, 405, { error: '不支持的操作' });
  }

  const answer = (refmsgid: string, infcode: number, output: unknown, errMsg: string | null = null) =>
    ({ infcode, inf_refmsgid: refmsgid, refmsg_time: platformTime(clock()), respond_time: platformTime(clock()), err_msg: errMsg, output });

  /** One transaction, committed atomically with the stored answer for its msgid. */
  const handle = db.transaction((req: Record<string, unknown>) => {
    const msgid = String(req['msgid']);
    const seen = db.prepare('SELECT response FROM messages WHERE msgid = ?').get(msgid) as { response: string } | undefined;
    if (seen) return JSON.parse(seen.response) as unknown;
    const data = ((req['input'] as { data?: Record<string, string> } | undefined)?.data ?? {});
    let res;
    if (req['infno'] === '2503') {
      const dup = db.prepare('SELECT sn FROM filings WHERE psn_no = ? AND disease_code = ? AND fixmedins = ? AND valid = 1').get(data['psn_no'], data['opsp_dise_code'], data['ide_fixmedins_no']);
      if (dup) res = answer(msgid, -1, null, '该人员已存在有效的门诊慢特病备案，不能重复备案');
      else {
        const n = (db.prepare('SELECT count(*) AS n FROM filings').get() as { n: number }).n + 1;
        const sn = `SN${String(n).padStart(10, '0')}`;
        db.prepare('INSERT INTO filings VALUES (?, ?, ?, ?, ?, 1, ?)').run(sn, data['psn_no'], data['opsp_dise_code'], data['ide_fixmedins_no'], data['memo'] ?? '', JSON.stringify(data));
        res = answer(msgid, 0, { result: { trt_dcla_detl_sn: sn } });
      }
    } else if (req['infno'] === '2504') {
      const r = db.prepare('UPDATE filings SET valid = 0 WHERE sn = ? AND psn_no = ? AND valid = 1').run(data['trt_dcla_detl_sn'], data['psn_no']);
      res = r.changes === 1 ? answer(msgid, 0, {}) : answer(msgid, -1, null, '未找到有效的备案记录，无法撤销');
    } else if (req['infno'] === '5301') {
      const rows = db.prepare('SELECT sn, disease_code, fixmedins, memo, valid FROM filings WHERE psn_no = ?').all(data['psn_no']) as { sn: string; disease_code: string; fixmedins: string; memo: string; valid: number }[];
      return answer(msgid, 0, { feedetail: rows.map((r) => ({ trt_dcla_detl_sn: r.sn, opsp_dise_code: r.disease_code, ide_fixmedins_no: r.fixmedins, memo: r.memo, vali_flag: String(r.valid) })) });
    } else res = answer(msgid, -1, null, `不支持的交易编号 ${String(req['infno'])}`);
    db.prepare('INSERT INTO messages VALUES (?, ?)').run(msgid, JSON.stringify(res));
    return res;
  });

  const nextFault = (path: string): Fault | null => {
    const i = faults.findIndex((f) => !f.on || f.on.test(path));
    if (i >= 0) return faults.splice(i, 1)[0]!;
    if (random && random() < rate) {
      const kinds = ['drop', 'http500', 'garbage'] as const;
      return { when: random() < 0.5 ? 'before' : 'after', kind: kinds[Math.floor(random() * kinds.length)]! };
    }
    return null;
  };
  const fail = (res: ServerResponse, f: Fault) => {
    if (f.kind === 'drop') res.socket?.destroy();
    else if (f.kind === 'http500') res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal Server Error');
    else res.writeHead(200, { 'content-type': 'application/json' }).end('{"infcode":0,"output":');
  };

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      // the operator page is the bureau's own screen, never faulted or counted as platform traffic
      if (operatorRoute(req, res, Buffer.concat(chunks), operator)) return;
      void (async () => {
        requests.count += 1;
        const fault = nextFault(req.url ?? '');
        const pause = () => new Promise((r) => setTimeout(r, fault?.kind === 'delay' ? fault.ms : 0));
        if (fault?.kind === 'delay' && fault.when === 'before') await pause();
        if (fault?.when === 'before' && fault.kind !== 'delay') {
          if (fault.kind === 'infcode') return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer('', -1, null, fault.errMsg)));
          return fail(res, fault);
        }
        const noticePath = /^\/csd\/v1\/notices\/([^/]+)$/.exec(req.url ?? '');
        if (noticePath && req.method === 'POST') {
          if (fault?.when === 'after') return fail(res, fault);
          let notice: unknown;
          try { notice = JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch { return json(res, 400, { error: '通知不是有效的 JSON' }); }
          // the first copy of an id is kept: a repeated delivery changes nothing
          db.prepare('INSERT OR IGNORE INTO notices VALUES (?, ?, ?)').run(decodeURIComponent(noticePath[1]!), JSON.stringify(notice), today());
          return json(res, 200, { received: true });
        }
        const archivePath = /^\/csd\/v1\/archive\/([^/]+)(?:\/([^/]+))?$/.exec(req.url ?? '');
        if (archivePath) {
          if (fault?.when === 'after') return fail(res, fault);
          return archive(req, res, Buffer.concat(chunks), decodeURIComponent(archivePath[1]!), archivePath[2]);
        }
        const pullPath = /^\/csd\/v1\/([a-z-]+)/.exec(req.url ?? '');
        if (req.method === 'GET' && pullPath) {
          if (fault?.when === 'after') return fail(res, fault);
          const content = published.get(pullPath[1]!);
          return res.writeHead(content === undefined ? 404 : 200, { 'content-type': 'application/json; charset=utf-8', date: clock().toUTCString() }).end(JSON.stringify(content ?? null));
        }
        let body: Record<string, unknown>;
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
        } catch {
          return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer('', -1, null, '报文不是有效的 JSON')));
        }
        requests.transactions += 1;
        requests.transactionBytes += chunks.reduce((a, c) => a + c.length, 0);
        const missing = REQUIRED.filter((k) => body[k] === undefined || body[k] === '');
        if (missing.length > 0) return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer(typeof body['msgid'] === 'string' ? body['msgid'] : '', -1, null, `报文缺少字段：${missing.join('、')}`)));
        const out = handle(body);
        if (fault?.kind === 'delay' && fault.when === 'after') await pause();
        else if (fault?.when === 'after') return fail(res, fault);
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', date: clock().toUTCString() }).end(JSON.stringify(out));
      })();
    });
  };
  const archives = () => (db.prepare(`SELECT a.package_id, a.manifest, c.committed_on FROM archives a LEFT JOIN archive_commits c USING (package_id)
    WHERE a.committed = 1`).all() as { package_id: string; manifest: string; committed_on: string | null }[]).map((r) => {
    const m = JSON.parse(r.manifest) as { applicationNo: string; purpose: string; psn_no: string; samplingId?: string; files: { name: string; sha256: string; size: number }[] };
    const held = (db.prepare('SELECT count(*) AS n FROM archive_files WHERE package_id = ?').get(r.package_id) as { n: number }).n;
    return {
      packageId: r.package_id, applicationNo: m.applicationNo, purpose: m.purpose, psnNo: m.psn_no, samplingId: m.samplingId ?? null, files: m.files, held,
      committedOn: r.committed_on ?? '',
    };
  });
  const notices = () => (db.prepare('SELECT id, body, received_on FROM notices ORDER BY rowid').all() as { id: string; body: string; received_on: string }[])
    .map((r) => ({ id: r.id, receivedOn: r.received_on, ...(JSON.parse(r.body) as EnrollmentNotice) }));
  const sampling = bureauSampling({
    get: () => (published.get('sampling') as { requests: SamplingRequest[] } | undefined)?.requests ?? [],
    set: (requests) => published.set('sampling', { requests }),
  }, archives);
  const filings = () => (db.prepare('SELECT sn, psn_no, disease_code, memo, valid FROM filings ORDER BY sn').all() as { sn: string; psn_no: string; disease_code: string; memo: string; valid: number }[])
    .map((r) => ({ sn: r.sn, psnNo: r.psn_no, diseaseCode: r.disease_code, memo: r.memo, valid: r.valid === 1 }));
  const rereviews = (): RereviewResult[] => (published.get('rereview') as { results: RereviewResult[] } | undefined)?.results ?? [];
  const events = (): BureauEvent[] => (published.get('entitlement-events') as { events: BureauEvent[] } | undefined)?.events ?? [];
  const operator: OperatorState = {
    filings, archives, rereviews, today, sampling, notices,
    decideRereview: (r) => { published.set('rereview', { results: [...rereviews().filter((x) => x.applicationNo !== r.applicationNo), r] }); },
    events,
    addEvent: (e) => { published.set('entitlement-events', { events: [...events(), { eventId: `EV${String(events().length + 1).padStart(6, '0')}`, ...e }] }); },
    publishCosts: (year, items) => { published.set('costs', { year, items }); },
    publishCalendar: (year, holidays, makeUpDays) => { published.set('calendar', { years: [{ year, holidays, makeUpDays }] }); },
  };
  const server = opts.tls ? createTlsServer(opts.tls, onRequest) : createServer(onRequest);
  await new Promise<void>((r) => server.listen(opts.port ?? 0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${opts.tls ? 'https' : 'http'}://127.0.0.1:${port}/fsi/api/rsfComIfsService/callService`,
    inject: (...f) => { faults.push(...f); },
    publish: (kind, body) => { published.set(kind, body); },
    archives,
    sampling,
    notices,
    operatorUrl: `${opts.tls ? 'https' : 'http'}://127.0.0.1:${port}/operator`,
    fileUploads,
    chaos: (r, seed) => { rate = r; random = r > 0 ? seededRandom(seed) : null; },
    filings,
    requests,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => { db.close(); r(); }); }),
  };
}
