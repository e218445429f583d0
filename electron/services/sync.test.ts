import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seedApprovedCases } from '../testing/approved-cases';
import { startBureauDouble, type BureauDouble } from '../testing/bureau-double';
import { DeskHarness, failure } from '../testing/desk-harness';

/** The outbox against the bureau double over real HTTP: exactly once, in order, nothing lost (issue 5). */

let desk: DeskHarness;
let admin: string;
let bureau: BureauDouble;
let seeded = 0;

const cycle = () => desk.backend.services.sync.runCycle();
/**
 * Cycles, moving the desk clock past every backoff (what time would do), until nothing waits or
 * ten cycles in a row change nothing (what waits is then held back, e.g. behind a refused filing).
 */
async function drain() {
  let idle = 0;
  for (let i = 0; i < 100; i += 1) {
    const r = await cycle();
    if (r.pending === 0) return r;
    idle = r.sent === 0 && r.failed === 0 ? idle + 1 : 0;
    if (idle >= 10) return r;
    desk.now = new Date(desk.now.getTime() + 31 * 60_000);
    admin = (await desk.call('auth.signIn', { username: 'admin', password: 'Admin1234' })).token;
  }
  throw new Error('outbox did not drain');
}
const waiting = async () => (await desk.call('sync.status', {}, admin)).items.map((i) => [i.infno, i.status]);
const approve = async (n: number) => { const ids = await seedApprovedCases(desk.backend, admin, n, seeded); seeded += n; return ids; };

beforeAll(async () => {
  desk = new DeskHarness();
  admin = await desk.setup();
});
afterEach(async () => { await bureau.close(); });
afterAll(() => desk.close());

async function freshBureau() {
  bureau = await startBureauDouble();
  await desk.call('sync.configure', { url: bureau.url, caPem: null }, admin);
}
/** The network is down: nothing listens where the desk calls. */
const offline = () => desk.call('sync.configure', { url: 'http://127.0.0.1:9/fsi/api/rsfComIfsService/callService', caPem: null }, admin);
const online = () => desk.call('sync.configure', { url: bureau.url, caPem: null }, admin);

describe('the outbox (issue 5)', () => {
  it('writes a 2503 in the same transaction as the approval, and keeps it while the bureau is unreachable', async () => {
    await freshBureau();
    await offline();
    const [id] = await approve(1);
    const status = await desk.call('sync.status', {}, admin);
    expect(status.items.map((i) => [i.infno, i.status, i.applicantName])).toEqual([['2503', 'PENDING', '患者零'], ['ARCHIVE', 'PENDING', '患者零']]);
    const r = await cycle();
    expect(r).toMatchObject({ online: false, sent: 0, pending: 2 });
    expect((await desk.call('sync.status', {}, admin)).items[0]!.lastError).toMatch(/^无法连接医保经办机构/);
    await online();
    expect(await drain()).toMatchObject({ pending: 0 });
    expect(bureau.filings().filter((f) => f.valid)).toHaveLength(1);
    const [archive] = bureau.archives();
    const displayNo = (await desk.call('applications.get', { id: id! }, admin)).application.displayNo;
    // this seeded case has no records, so its package is the decision form alone (the e2e run archives a real record too)
    expect([archive!.applicationNo, archive!.held, archive!.files.map((f) => f.name)]).toEqual([displayNo, 1, [`资格确认表_${displayNo}.pdf`]]);
  });

  it('with faults before and after the bureau commits on every step, each recognition is filed exactly once', async () => {
    await freshBureau();
    const before = (await desk.call('sync.status', {}, admin)).sent;
    const ids = await approve(12);
    bureau.chaos(0.5, 20251123);
    await drain();
    // the network heals: what chaos left waiting (an archive whose every try was cut) goes now, still exactly once
    bureau.chaos(0, 0);
    await drain();
    const filed = bureau.filings().filter((f) => f.valid);
    expect(filed).toHaveLength(12);
    expect(new Set(filed.map((f) => f.psnNo)).size).toBe(12);
    const status = await desk.call('sync.status', {}, admin);
    expect([status.sent - before, status.pending, status.failedCount]).toEqual([2 * ids.length, 0, 0]);
    expect(bureau.archives().filter((a) => a.held === a.files.length)).toHaveLength(12);
    expect(bureau.requests.count).toBeGreaterThan(12);
  });

  it('a lost answer after the bureau committed is reconciled with 5301, not filed twice', async () => {
    await freshBureau();
    await approve(1);
    bureau.inject({ when: 'after', kind: 'drop' });
    await cycle();
    expect(bureau.filings()).toHaveLength(1);
    expect(await waiting()).toEqual([['2503', 'PENDING'], ['ARCHIVE', 'PENDING']]);
    await drain();
    expect(bureau.filings()).toHaveLength(1);
    expect((await desk.call('sync.status', {}, admin)).pending).toBe(0);
  });

  it('garbage from the bureau changes nothing locally and the message is sent later', async () => {
    await freshBureau();
    await approve(1);
    bureau.inject({ when: 'before', kind: 'garbage' }, { when: 'before', kind: 'http500' });
    await cycle();
    const items = (await desk.call('sync.status', {}, admin)).items;
    expect(items.map((i) => [i.infno, i.status, i.lastError])).toEqual([['2503', 'PENDING', '医保经办机构未正常应答（HTTP 200，应答不是有效的 JSON）'], ['ARCHIVE', 'PENDING', null]]);
    await drain();
    expect(bureau.filings()).toHaveLength(1);
  });

  it('revocation after recognition ends with the bureau holding neither; before upload it never leaves the desk', async () => {
    await freshBureau();
    const [sent, notYet] = await approve(2);
    await drain();
    expect(bureau.filings().filter((f) => f.valid)).toHaveLength(2);
    await offline();
    const [later] = await approve(1);
    await desk.call('applications.revoke', { id: later!, reason: '发现病历资料系伪造（000 §24）' }, admin);
    await desk.call('applications.revoke', { id: sent!, reason: '发现病历资料系伪造（000 §24）' }, admin);
    expect((await failure(desk.call('applications.revoke', { id: sent!, reason: '再次撤销' }, admin))).code).toBe('TRANSITION_NOT_ALLOWED');
    const clerk = await desk.userSession(admin, 'CLERK', 'clerk-sync');
    expect((await failure(desk.call('applications.revoke', { id: notYet!, reason: '窗口无权撤销' }, clerk))).code).toBe('FORBIDDEN');
    await online();
    bureau.inject({ when: 'after', kind: 'http500' }); // the 2504 commits but its answer is lost
    await drain();
    const person = async (id: string) => (await desk.call('applications.get', { id }, admin)).application.applicantIdNumber;
    expect(bureau.filings().map((f) => [f.psnNo, f.valid])).toEqual([[await person(sent!), false], [await person(notYet!), true]]);
    expect((await desk.call('sync.status', {}, admin)).items).toEqual([]);
  });

  it('an archive upload cut off before its commit resumes without sending held files again', async () => {
    await freshBureau();
    const [id] = await approve(1);
    bureau.inject({ when: 'before', kind: 'drop', on: /\/commit$/ });
    await cycle();
    expect([bureau.fileUploads.count, bureau.archives()]).toEqual([1, []]);
    expect((await desk.call('sync.status', {}, admin)).items.map((i) => [i.infno, i.lastError])).toEqual([['ARCHIVE', expect.stringMatching(/^档案上传中断（.+），下次从中断处继续$/)]]);
    await drain();
    expect(bureau.fileUploads.count).toBe(1);
    const displayNo = (await desk.call('applications.get', { id: id! }, admin)).application.displayNo;
    expect(bureau.archives().map((a) => [a.applicationNo, a.held])).toEqual([[displayNo, 1]]);
  });
  it('a refused filing is the bureau\'s decision (T16): the case is 备案被拒, its entitlement void, its archive withdrawn', async () => {
    await freshBureau();
    const [id] = await approve(1);
    const displayNo = (await desk.call('applications.get', { id: id! }, admin)).application.displayNo;
    const mine = async () => (await desk.call('sync.status', {}, admin)).items.filter((i) => i.displayNo === displayNo);
    bureau.inject({ when: 'before', kind: 'infcode', errMsg: '参保人参保状态异常，不予备案' });
    await cycle();
    const [failed] = await mine();
    expect([failed!.infno, failed!.status, failed!.lastError]).toEqual(['2503', 'FAILED', '参保人参保状态异常，不予备案']);
    const detail = await desk.call('applications.get', { id: id! }, admin);
    expect([detail.application.state, detail.history.at(-1)!.transition, detail.history.at(-1)!.note]).toEqual(['FILING_REJECTED', 'T16', '医保经办机构拒绝备案：参保人参保状态异常，不予备案']);
    expect(detail.entitlement).toMatchObject({ state: 'VOID', filing: 'REFUSED', filingError: '参保人参保状态异常，不予备案' });
    await drain();
    expect((await mine()).map((i) => [i.infno, i.status])).toEqual([['2503', 'FAILED']]); // the archive was withdrawn, not left waiting
    expect([bureau.filings(), bureau.archives().filter((a) => a.applicationNo === displayNo)]).toEqual([[], []]);
    expect((await failure(desk.call('sync.requeue', { id: failed!.id }, admin))).code).toBe('FILING_REFUSED_FINAL');
  });
  it('1,000 recognitions queued offline reach the bureau in one reconnect', async () => {
    await freshBureau();
    await offline();
    await approve(1000);
    expect((await cycle()).online).toBe(false);
    await online();
    const before = bureau.filings().length;
    const r = await desk.call('sync.now', {}, admin);
    expect(r).toMatchObject({ sent: 1000 + 20, failed: 0, pending: 1000 - 20, online: true }); // every filing, and the first archive uploads
    expect(bureau.filings().length - before).toBe(1000);
    expect((await waiting()).every(([infno, status]) => infno === 'ARCHIVE' || status === 'FAILED')).toBe(true);
  }, 120_000);
});
