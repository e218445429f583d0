import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateApplicationState } from '../../db/queries/applications';
import { seedApprovedCases } from '../testing/approved-cases';
import { startBureauDouble, type BureauDouble } from '../testing/bureau-double';
import { DeskHarness, failure, LIAOCHENG } from '../testing/desk-harness';
import { loadPolicyPacks, SOURCE_PACKS_DIR } from '../policy/pack-loader';

/** What the desk pulls from the bureau: validated whole, applied in a transaction, never a wipe-out (issue 5). */

let desk: DeskHarness;
let admin: string;
let bureau: BureauDouble;
const pack = loadPolicyPacks(SOURCE_PACKS_DIR).get(LIAOCHENG)!;
const pull = async () => (await desk.backend.services.sync.runCycle()).pulled;

beforeAll(async () => {
  desk = new DeskHarness();
  admin = await desk.setup();
  bureau = await startBureauDouble();
  await desk.call('sync.configure', { url: bureau.url, caPem: null }, admin);
});
afterAll(async () => { await bureau.close(); await desk.close(); });

describe('policy-pack updates', () => {
  it('applies a newer valid pack; refuses garbage, another desk\'s pack, an empty catalogue and an older version', async () => {
    expect((await pull())!['policy-pack']).toBe('无更新');
    bureau.publish('policy-pack', { pack: 'garbage' });
    expect((await pull())!['policy-pack']).toMatch(/^拒绝：政策包无效/);
    bureau.publish('policy-pack', { pack: { ...pack, catalogue: [], version: '2026.1' } });
    expect((await pull())!['policy-pack']).toBe('拒绝：政策包无效（病种目录为空）');
    bureau.publish('policy-pack', { pack: { ...pack, packId: 'cn.nm.employee.csd', version: '2026.1' } });
    expect((await pull())!['policy-pack']).toBe('拒绝：政策包 cn.nm.employee.csd 不是本机使用的 cn.sd.liaocheng.csd');
    bureau.publish('policy-pack', { pack: { ...pack, version: '2024.9' } });
    expect((await pull())!['policy-pack']).toBe('拒绝：版本 2024.9 不新于当前 2025.1-draft');
    expect((await desk.call('catalogue.list', { query: '' }, admin)).pack.version).toBe('2025.1-draft');

    const renamed = pack.catalogue.map((e) => (e.key === 'DIABETES' ? { ...e, nameZh: '糖尿病（2026 版）' } : e));
    bureau.publish('policy-pack', { pack: { ...pack, version: '2026.1', catalogue: renamed } });
    expect((await pull())!['policy-pack']).toBe('已更新至 2026.1');
    const now = await desk.call('catalogue.list', { query: '' }, admin);
    expect([now.pack.version, now.items.find((e) => e.key === 'DIABETES')!.nameZh]).toEqual(['2026.1', '糖尿病（2026 版）']);
    expect((await pull())!['policy-pack']).toBe('拒绝：版本 2026.1 不新于当前 2026.1');
  });
});

describe('roster and blacklist', () => {
  it('takes the bureau\'s roster with its blacklist once per version, and refuses an empty one', async () => {
    const physician = {
      id: 'B001', name: '孔明', idNumber: '110105197001010011', hospitalCode: 'H37150200001', specialties: ['ENDOCRINOLOGY'], title: 'CHIEF',
      authorisation: { diseaseKeys: ['DIABETES'], from: '2024-01-01', to: null }, active: true, onboarded: true, declaredConflicts: [],
      sanctions: [{ from: '2025-01-01', to: '2027-12-31', reason: '伪造病历（000 §24）' }],
    };
    bureau.publish('roster', { version: 'R1', physicians: [] });
    expect((await pull())!.roster).toBe('拒绝：名册为空');
    bureau.publish('roster', { version: 'R1', physicians: [physician] });
    expect((await pull())!.roster).toBe('已更新 1 名医师');
    expect((await pull())!.roster).toBe('无更新');
    const entry = (await desk.call('roster.list', {}, admin)).find((p) => p.id === 'B001')!;
    expect([entry.blacklistedToday, entry.sanctions]).toEqual([true, physician.sanctions]);
    bureau.publish('roster', { version: 'R2', physicians: [{ ...physician, title: 'ATTENDING' }] });
    await pull();
    const again = (await desk.call('roster.list', {}, admin)).find((p) => p.id === 'B001')!;
    expect([again.title, again.sanctions]).toEqual(['ATTENDING', physician.sanctions]);
  });
});

describe('re-review results', () => {
  it('applies T13 and T14 to cases awaiting re-review, once, under the bureau\'s system account', async () => {
    const [pass, fail] = await seedApprovedCases(desk.backend, admin, 2, 0, { reReview: true });
    const no = async (id: string) => (await desk.call('applications.get', { id }, admin)).application.displayNo;
    bureau.publish('rereview', { results: [
      { applicationNo: await no(pass!), result: 'PASS', reason: '', decidedOn: '2025-03-10' },
      { applicationNo: await no(fail!), result: 'FAIL', reason: '血糖检测报告不足', decidedOn: '2025-03-10' },
      { applicationNo: 'H0000', result: 'PASS', reason: '', decidedOn: '2025-03-10' },
    ] });
    expect((await pull())!.rereview).toBe('已处理 2 条复核结果');
    expect((await pull())!.rereview).toBe('已处理 0 条复核结果');
    const [p, f] = [await desk.call('applications.get', { id: pass! }, admin), await desk.call('applications.get', { id: fail! }, admin)];
    expect([p.application.state, f.application.state]).toEqual(['APPROVED', 'REREVIEW_REJECTED']);
    expect(f.history.at(-1)).toMatchObject({ transition: 'T14', note: '医保经办机构复核（2025-03-10）：血糖检测报告不足' });
    const system = (await desk.call('users.list', {}, admin)).find((u) => u.username === 'bureau-sync')!;
    expect(system.disabled).toBe(true);
    expect((await failure(desk.call('users.setDisabled', { id: system.id, disabled: false }, admin))).code).toBe('SYSTEM_ACCOUNT');
    expect((await failure(desk.call('users.resetPassword', { id: system.id, password: 'Takeover1' }, admin))).code).toBe('SYSTEM_ACCOUNT');
  });
});

describe('yearly cost lists', () => {
  it('keeps the year\'s list and reports what each pull did in the sync status', async () => {
    bureau.publish('costs', { year: 2025, items: [{ filingSn: 'SN0000000001', relatedCost: 1200.5 }] });
    expect((await pull())!.costs).toBe('已更新 2025 年度 1 项');
    expect((await desk.call('sync.status', {}, admin)).lastPull).toMatchObject({ costs: '已更新 2025 年度 1 项', rereview: '已处理 0 条复核结果' });
  });
});

let seq = 0;
/** A case rejected by its panel (T12) on `day`: its notice deadline as the desk shows it. */
async function openDeadlinesOn(day: string) {
  admin = await desk.at(`${day}T02:00:00Z`);
  const [id] = await seedApprovedCases(desk.backend, admin, 1, 800 + (seq += 1));
  const actor = desk.backend.services.auth.resolve(admin)!;
  desk.backend.database.db.transaction((tx) => {
    updateApplicationState(tx, id!, { state: 'UNDER_REVIEW', updatedAt: desk.now.toISOString() });
    desk.backend.services.applications.applyEvent(tx, actor, id!, 'PANEL_REJECT', { signedDecisions: 2 }, null);
  });
  return (await desk.call('applications.get', { id: id! }, admin)).deadlines.find((d) => d.kind === 'NOTIFY_REJECTION')!;
}

describe('the holiday calendar the bureau publishes for a new year (§3.6)', () => {
  it('fills a year the package lacks, so deadlines there are counted on it and no longer unverified; a known year is never overwritten', async () => {
    expect((await openDeadlinesOn('2030-09-30'))).toMatchObject({ dueOn: '2030-10-07', unverifiedYears: [2030] });
    bureau.publish('calendar', { years: [
      { year: 2030, holidays: ['2030-10-01', '2030-10-02', '2030-10-03', '2030-10-04', '2030-10-07'], makeUpDays: ['2030-10-12'] },
      { year: 2025, holidays: ['2025-03-03'], makeUpDays: [] },
    ] });
    expect((await pull())!.calendar).toBe('已更新 2030 年节假日安排');
    // 30 Sep + 5 working days: 8, 9, 10, 11, Sat 12 (make-up)
    expect((await openDeadlinesOn('2030-09-30'))).toMatchObject({ dueOn: '2030-10-12', unverifiedYears: [] });
    bureau.publish('calendar', { years: [{ year: 2031, holidays: ['2030-12-31'], makeUpDays: [] }] });
    expect((await pull())!.calendar).toBe('拒绝：应答格式不符');
    bureau.publish('calendar', { years: [] });
  });
});
