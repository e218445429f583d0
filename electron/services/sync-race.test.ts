import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateApplicationState } from '../../db/queries/applications';
import { outboxOfApplication, updateOutbox } from '../../db/queries/sync';
import { seedApprovedCases } from '../testing/approved-cases';
import { startBureauDouble, type BureauDouble } from '../testing/bureau-double';
import { DeskHarness, failure } from '../testing/desk-harness';
import { createSyncLease } from './sync-lease';

/** What a hostile review broke (issue 11, Sync): revocation racing a cycle, one bad message, two workers, plain http. */

let desk: DeskHarness;
let admin: string;
let bureau: BureauDouble;
let seeded = 0;

beforeAll(async () => {
  desk = new DeskHarness();
  admin = await desk.setup();
  bureau = await startBureauDouble();
  await desk.call('sync.configure', { url: bureau.url, caPem: null }, admin);
});
afterAll(async () => {
  await bureau.close();
  await desk.close();
});

const approve = async (n: number, opts: { reReview?: boolean } = {}) => {
  const ids = await seedApprovedCases(desk.backend, admin, n, seeded, opts);
  seeded += n;
  return ids;
};
const cycle = () => desk.backend.services.sync.runCycle();
const outboxOf = (id: string) => outboxOfApplication(desk.backend.database.db, id).map((o) => [o.infno, o.status]);
const person = async (id: string) => (await desk.call('applications.get', { id }, admin)).application.applicantIdNumber;
const revoke = (id: string) => desk.call('applications.revoke', { id, reason: '发现病历资料系伪造（000 §24）' }, admin);
async function drain() {
  for (let i = 0; i < 20 && (await cycle()).pending > 0; i += 1) desk.now = new Date(desk.now.getTime() + 31 * 60_000);
  admin = (await desk.call('auth.signIn', { username: 'admin', password: 'Admin1234' })).token;
}

describe('a revocation while a sync cycle is running (issue 11)', () => {
  it('is never lost: the filing still waiting stays cancelled, the one in flight is revoked with a 2504', async () => {
    const [inFlight, waiting] = await approve(2);
    bureau.inject({ when: 'before', kind: 'delay', ms: 400 }); // the first filing of the cycle is on the wire for 400 ms
    const running = cycle();
    await new Promise((r) => setTimeout(r, 150));
    await revoke(waiting!); // still in the cycle's list of due messages, not yet sent
    await revoke(inFlight!); // may already be at the bureau
    await running;
    await drain();
    expect(outboxOf(waiting!)).toEqual([['2503', 'CANCELLED'], ['ARCHIVE', 'CANCELLED']]);
    expect(outboxOf(inFlight!)).toEqual([['2503', 'SENT'], ['ARCHIVE', 'CANCELLED'], ['2504', 'SENT']]);
    const [waitingPsn, inFlightPsn] = [await person(waiting!), await person(inFlight!)];
    expect(bureau.filings().filter((f) => f.psnNo === waitingPsn)).toEqual([]);
    expect(bureau.filings().filter((f) => f.psnNo === inFlightPsn).map((f) => f.valid)).toEqual([false]);
    const detail = await desk.call('applications.get', { id: inFlight! }, admin);
    expect(detail.entitlement).toMatchObject({ state: 'INVALIDATED', filing: 'REVOKED' });
  });
});

describe('a revocation during an archive upload', () => {
  it('leaves the upload cancelled: the late answer of the upload does not overwrite it', async () => {
    const [id] = await approve(1);
    const before = bureau.requests.count;
    bureau.inject({ when: 'before', kind: 'delay', ms: 400, on: /\/csd\/v1\/archive\// });
    const running = cycle();
    // wait until the filing is answered and the archive's manifest is on the wire
    for (let i = 0; i < 200 && bureau.requests.count < before + 2; i += 1) await new Promise((r) => setTimeout(r, 10));
    await revoke(id!);
    await running;
    await drain();
    expect(outboxOf(id!)).toEqual([['2503', 'SENT'], ['ARCHIVE', 'CANCELLED'], ['2504', 'SENT']]);
  });
});

describe('one bad message never stops the others (issue 11)', () => {
  it('a revoked case left with an unbuilt archive, and a corrupt message, are set aside while filings and pulls go on', async () => {
    const [stale, corrupt, later] = await approve(3);
    await drain();
    // a database from before the fix: revoked, its archive never built and still waiting
    const db = desk.backend.database.db;
    const archiveOf = (id: string) => outboxOfApplication(db, id).find((o) => o.infno === 'ARCHIVE')!;
    db.transaction((tx) => {
      for (const id of [stale!, corrupt!]) updateOutbox(tx, archiveOf(id).id, 'SENT', { status: 'PENDING', sentAt: null });
      updateApplicationState(tx, stale!, { state: 'INVALIDATED', updatedAt: desk.now.toISOString() });
      updateOutbox(tx, archiveOf(corrupt!).id, 'PENDING', { payloadJson: '{"psn_no":' });
    });
    const [next] = await approve(1);
    const rereview = (await approve(1, { reReview: true }))[0]!;
    const displayNo = (await desk.call('applications.get', { id: rereview }, admin)).application.displayNo;
    bureau.publish('rereview', { results: [{ applicationNo: displayNo, result: 'PASS', reason: '', decidedOn: '2025-03-20' }] });
    const r = await cycle();
    expect(r.pulled?.['rereview']).toBe('已处理 1 条复核结果');
    expect(outboxOf(next!)).toEqual([['2503', 'SENT'], ['ARCHIVE', 'SENT']]);
    expect(archiveOf(stale!).status).toBe('CANCELLED');
    expect([archiveOf(corrupt!).status, archiveOf(corrupt!).lastError]).toEqual(['PENDING', expect.stringMatching(/^处理出错，稍后重试/)]);
    expect((await cycle()).pulled).not.toBeNull(); // and again on the next cycle
    expect(later).toBeDefined();
  });
});

describe('one sync worker per database (issue 11)', () => {
  it('a second worker on the same database is kept out while the lease is held, and takes over when it is free', () => {
    const deps = { db: desk.backend.database.db, clock: () => desk.now, newId: () => crypto.randomUUID() };
    const desk1 = createSyncLease(deps);
    const cli = createSyncLease(deps);
    expect(desk1.acquire()).toBe(true);
    expect(cli.acquire()).toBe(false);
    desk1.release();
    expect(cli.acquire()).toBe(true);
    expect(desk1.acquire()).toBe(false);
    desk.now = new Date(desk.now.getTime() + 3 * 60_000); // not renewed for longer than the lease
    expect(desk1.acquire()).toBe(true);
    desk1.release();
  });

  it('the cycle reports busy and sends nothing while another worker holds the lease', async () => {
    await approve(1);
    const other = createSyncLease({ db: desk.backend.database.db, clock: () => desk.now, newId: () => crypto.randomUUID() });
    expect(other.acquire()).toBe(true);
    const before = bureau.filings().length;
    expect(await cycle()).toMatchObject({ busy: true, sent: 0 });
    expect(bureau.filings().length).toBe(before);
    other.release();
    expect(await cycle()).toMatchObject({ busy: false, sent: 2 });
  });
});

describe('the bureau only over https (issue 11)', () => {
  it.each([
    ['http://ybj.example.gov.cn/fsi/api/rsfComIfsService/callService', false],
    ['http://10.0.0.5:8080/fsi/api', false],
    ['https://ybj.example.gov.cn/fsi/api/rsfComIfsService/callService', true],
    ['http://127.0.0.1:8790/fsi/api/rsfComIfsService/callService', true],
    ['http://localhost:8790/fsi/api', true],
  ])('%s accepted: %s', async (url, accepted) => {
    const r = desk.call('sync.configure', { url, caPem: null }, admin);
    if (accepted) await r;
    else expect((await failure(r)).message).toMatch(/必须使用 https/);
    await desk.call('sync.configure', { url: bureau.url, caPem: null }, admin);
  });
});
