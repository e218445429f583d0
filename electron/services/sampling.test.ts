import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedApprovedCases } from '../testing/approved-cases';
import { startBureauDouble, type BureauDouble } from '../testing/bureau-double';
import { DeskHarness } from '../testing/desk-harness';

/**
 * R38 抽查复核 through the bureau double: the bureau draws at least a fifth of the month's approvals
 * that it did not re-review in full; the desk answers each drawn case once with its archive package,
 * records the finding, and a case found not eligible loses its entitlement (E9, no ban).
 */
let desk: DeskHarness;
let admin: string;
let bureau: BureauDouble;
let now = new Date('2026-03-02T02:00:00Z');

beforeAll(async () => {
  desk = new DeskHarness();
  admin = await desk.setup();
  bureau = await startBureauDouble({ clock: () => now });
  await desk.call('sync.configure', { url: bureau.url, caPem: null }, admin);
});
afterAll(async () => { await bureau.close(); await desk.close(); });

const at = async (iso: string): Promise<void> => { now = new Date(iso); admin = await desk.at(iso); };
const cycle = async () => (await desk.backend.services.sync.runCycle()).pulled!;
const detail = (id: string) => desk.call('applications.get', { id }, admin);

describe('抽查复核 (R38)', () => {
  it('draws ceil(20 %) of the month\'s approvals not re-reviewed in full, answered once each with the archive; findings reach the case', async () => {
    await at('2026-03-02T02:00:00Z');
    const instant = await seedApprovedCases(desk.backend, admin, 11, 300);
    const reReviewed = await seedApprovedCases(desk.backend, admin, 2, 400, { reReview: true, diseaseKey: 'DIABETES' });
    await cycle();
    const displayNo = async (id: string) => (await detail(id)).application.displayNo;
    bureau.publish('rereview', { results: await Promise.all(reReviewed.map(async (id) => ({ applicationNo: await displayNo(id), result: 'PASS', reason: '', decidedOn: '2026-03-02' }))) });
    await cycle(); // T13: the re-reviewed cases are filed and archived too
    await cycle();
    expect(bureau.archives().filter((a) => a.purpose === 'ARCHIVE')).toHaveLength(13);
    expect(bureau.archives().filter((a) => a.purpose === 'REREVIEW')).toHaveLength(2);

    const request = bureau.sampling.draw('2026-03', 0.2);
    expect([request.population, request.items.length]).toEqual([11, 3]);
    const drawn = request.items.map((i) => i.applicationNo);
    const ids = new Map<string, string>();
    for (const id of [...instant, ...reReviewed]) ids.set(await displayNo(id), id);
    expect(drawn.every((no) => instant.includes(ids.get(no)!))).toBe(true); // never one the bureau re-reviewed in full
    expect(() => bureau.sampling.draw('2026-03', 0.2)).toThrow('已抽查');

    expect((await cycle()).sampling).toBe('新抽查 3 件（档案包排队上传），收到结论 0 件');
    await cycle();
    const answered = bureau.archives().filter((a) => a.purpose === 'SAMPLING');
    expect(answered.map((a) => [a.samplingId, a.applicationNo]).sort()).toEqual(drawn.map((no) => ['SP202603', no]).sort());
    expect(answered.every((a) => a.held === a.files.length && a.files.some((f) => f.name.endsWith('.pdf')))).toBe(true);
    expect((await cycle()).sampling).toBe('无更新'); // already answered: nothing new
    expect(bureau.archives().filter((a) => a.purpose === 'SAMPLING')).toHaveLength(3);

    const [ok, bad] = drawn as [string, string];
    expect((await detail(ids.get(ok)!)).samplings).toEqual([expect.objectContaining({ samplingId: 'SP202603', period: '2026-03', upload: 'SENT', result: null })]);
    await at('2026-04-10T02:00:00Z');
    bureau.sampling.decide('SP202603', ok, 'CONFIRMED', '', '2026-04-09');
    bureau.sampling.decide('SP202603', bad, 'NOT_ELIGIBLE', '病历显示未达到诊断标准', '2026-04-09');
    expect((await cycle()).sampling).toBe('新抽查 0 件（档案包排队上传），收到结论 2 件');
    const confirmed = await detail(ids.get(ok)!);
    expect([confirmed.entitlement!.state, confirmed.samplings[0]!.result]).toEqual(['EFFECTIVE', 'CONFIRMED']);
    const cancelled = await detail(ids.get(bad)!);
    expect([cancelled.entitlement!.state, cancelled.entitlement!.endDate, cancelled.ban]).toEqual(['CANCELLED', '2026-04-09', null]);
    expect(cancelled.entitlementEvents.map((e) => [e.type, e.decidedBy, e.reason])).toEqual([
      ['CANCEL_NOT_ELIGIBLE', 'BUREAU', '抽查复核（2026-03）不符合条件：病历显示未达到诊断标准'],
    ]);
    await cycle(); // the same finding pulled again changes nothing
    expect((await detail(ids.get(bad)!)).entitlementEvents).toHaveLength(1);
  });

  it('an empty month draws nothing; an application number from another hospital is named and skipped', async () => {
    expect(bureau.sampling.draw('2026-05', 0.2)).toMatchObject({ population: 0, items: [] });
    bureau.publish('sampling', { requests: [{ samplingId: 'SP-X', period: '2026-05', items: [{ applicationNo: 'H999', result: null, reason: '', decidedOn: null }] }] });
    expect((await cycle()).sampling).toBe('新抽查 0 件（档案包排队上传），收到结论 0 件，1 件不是本院的申请（未处理）');
    bureau.publish('sampling', { requests: [{ samplingId: 'SP-Y', period: '2026-5', items: [] }] });
    expect((await cycle()).sampling).toBe('拒绝：应答格式不符');
  });
});
