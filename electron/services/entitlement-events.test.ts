import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedApprovedCases } from '../testing/approved-cases';
import { startBureauDouble, type BureauDouble } from '../testing/bureau-double';
import { DeskHarness } from '../testing/desk-harness';

/**
 * Issue 12 item 2: what the bureau decides about a filed entitlement reaches the desk at sync and
 * wins (§3.2 E2–E12, R42); a class-B entitlement exits after exactly two empty years (R39).
 */

let desk: DeskHarness;
let admin: string;
let bureau: BureauDouble;

beforeAll(async () => {
  desk = new DeskHarness();
  admin = await desk.setup();
  bureau = await startBureauDouble();
  await desk.call('sync.configure', { url: bureau.url, caPem: null }, admin);
});
afterAll(async () => { await bureau.close(); await desk.close(); });

/** Moves the desk's clock to 10:00 in Shanghai of a civil date; the administrator signs in again. */
const at = async (date: string): Promise<void> => { admin = await desk.at(`${date}T02:00:00Z`); };
const cycle = async () => (await desk.backend.services.sync.runCycle()).pulled!;
const entitlement = async (id: string) => (await desk.call('applications.get', { id }, admin)).entitlement!;
/** The bureau's filing number of a case (the desk keeps it once the 2503 is acknowledged). */
const filingSn = async (id: string) => (await entitlement(id)).filingRef!;

describe('the bureau\'s events on an entitlement', () => {
  it('suspension, a repeated pull, lifting, and cancellation for lending it with a two-year ban (E2, E3, E8, R42)', async () => {
    await at('2026-03-02');
    const [id] = await seedApprovedCases(desk.backend, admin, 1, 900);
    await cycle();
    const sn = await filingSn(id!);
    const suspend = { eventId: 'EV-1', filingSn: sn, type: 'SUSPEND_ABNORMAL', effectiveDate: '2026-03-02', reason: '同一处方短期内多次购药，诊疗异常' };
    bureau.publish('entitlement-events', { events: [suspend, { ...suspend, eventId: 'EV-X', filingSn: 'SN-OTHER-HOSPITAL' }] });
    expect((await cycle())['entitlement-events']).toBe('已处理 1 条资格变动，1 条不是本院备案的资格（未处理）');
    expect((await entitlement(id!)).state).toBe('SUSPENDED');
    expect((await cycle())['entitlement-events']).toBe('已处理 0 条资格变动，1 条不是本院备案的资格（未处理）');

    bureau.publish('entitlement-events', { events: [
      suspend, { eventId: 'EV-2', filingSn: sn, type: 'LIFT_SUSPENSION', effectiveDate: '2026-03-20', reason: '专家抽查后解除' },
      { eventId: 'EV-3', filingSn: sn, type: 'CANCEL_FRAUD_USE', effectiveDate: '2026-04-01', reason: '将资格转借他人使用' },
    ] });
    await at('2026-04-02');
    await cycle();
    const detail = await desk.call('applications.get', { id: id! }, admin);
    expect([detail.entitlement!.state, detail.entitlement!.endDate]).toEqual(['CANCELLED', '2026-04-01']);
    expect(detail.entitlementEvents.map((e) => [e.type, e.fromState, e.toState, e.effectiveDate, e.decidedBy, e.unexpected])).toEqual([
      ['SUSPEND_ABNORMAL', 'EFFECTIVE', 'SUSPENDED', '2026-03-02', 'BUREAU', false],
      ['LIFT_SUSPENSION', 'SUSPENDED', 'EFFECTIVE', '2026-03-20', 'BUREAU', false],
      ['CANCEL_FRAUD_USE', 'EFFECTIVE', 'CANCELLED', '2026-04-01', 'BUREAU', false],
    ]);
    expect(detail.ban).toEqual({ until: '2028-03-31', reason: '将资格转借他人使用' });
  });

  it('an event the desk\'s record does not expect is applied anyway and marked (the bureau decides)', async () => {
    await at('2026-03-02');
    const [id] = await seedApprovedCases(desk.backend, admin, 1, 901);
    await cycle();
    bureau.publish('entitlement-events', { events: [{ eventId: 'EV-9', filingSn: await filingSn(id!), type: 'RESTORE', effectiveDate: '2026-03-02', reason: '恢复原险种' }] });
    await cycle();
    const detail = await desk.call('applications.get', { id: id! }, admin);
    expect([detail.entitlement!.state, detail.entitlementEvents.map((e) => e.unexpected)]).toEqual(['EFFECTIVE', [true]]);
  });

  it('refuses a garbled body whole', async () => {
    bureau.publish('entitlement-events', { events: [{ eventId: 'EV-7', filingSn: 'SN', type: 'DELETE_EVERYTHING', effectiveDate: '2026-03-02', reason: 'x' }] });
    expect((await cycle())['entitlement-events']).toBe('拒绝：应答格式不符');
    bureau.publish('entitlement-events', { events: [] });
  });
});

describe('R39 class-B exit from the yearly cost lists', () => {
  it('recognised in 2025: one empty year keeps it; 2026 and 2027 empty ends it on 2028-01-01, not before the window ends', async () => {
    await at('2025-04-15');
    const [keep, leave] = await seedApprovedCases(desk.backend, admin, 2, 910, { diseaseKey: 'DIABETES' });
    await cycle();
    const [snKeep, snLeave] = [await filingSn(keep!), await filingSn(leave!)];
    bureau.publish('costs', { year: 2026, items: [{ filingSn: snKeep, relatedCost: 0 }, { filingSn: snLeave, relatedCost: 0 }] });
    await at('2027-06-01');
    await cycle();
    bureau.publish('costs', { year: 2027, items: [{ filingSn: snKeep, relatedCost: 86.4 }, { filingSn: snLeave, relatedCost: 0 }] });
    await at('2027-12-31');
    expect((await cycle()).costs).toBe('已更新 2027 年度 2 项');
    expect((await entitlement(leave!)).state).toBe('EFFECTIVE');

    await at('2028-01-01');
    expect(desk.backend.services.scheduler.runDue()).toMatchObject({ exited: 1 });
    const gone = await desk.call('applications.get', { id: leave! }, admin);
    expect([gone.entitlement!.state, gone.entitlement!.endDate]).toEqual(['EXITED', '2028-01-01']);
    expect(gone.entitlementEvents).toMatchObject([{ type: 'EXIT_NO_COST', decidedBy: 'DESK', reason: expect.stringContaining('2026、2027 连续两个自然年度') as string }]);
    expect((await entitlement(keep!)).state).toBe('EFFECTIVE');
    expect(desk.backend.services.scheduler.runDue()).toMatchObject({ exited: 0 });
  });
});
