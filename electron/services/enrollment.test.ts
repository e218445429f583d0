import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedApprovedCases } from '../testing/approved-cases';
import { startBureauDouble } from '../testing/bureau-double';
import { DeskHarness } from '../testing/desk-harness';

/**
 * Issue 12 item 2 (R49–R51, 000 §10): the clerk changes a person's scheme, status, place, phone or
 * address; the audit chain keeps each change before and after, and the person's recognitions follow.
 * The pack here is Liaocheng's with one change, for the test: 血友病 only for employees.
 */

let desk: DeskHarness;
let admin: string;

beforeAll(async () => {
  desk = new DeskHarness({ pack: (p) => ({ ...p, catalogue: p.catalogue.map((e) => (e.key === 'HEMOPHILIA' ? { ...e, schemes: ['EMPLOYEE'] } : e)) }) });
  admin = await desk.setup();
});
afterAll(() => desk.close());

describe('changing what the desk holds about a person', () => {
  it('R50: to a scheme that does not cover the disease, discontinued; back again, restored; a move within the city keeps it (E5, E6, E11)', async () => {
    const [second] = await seedApprovedCases(desk.backend, admin, 1, 601, { diseaseKey: 'HEMOPHILIA' });
    const person = (await desk.call('applications.get', { id: second! }, admin)).application.applicantId;
    const base = { id: person, scheme: 'EMPLOYEE', employmentStatus: 'RETIRED', regionCode: '371502', phone: '13800000000', address: '聊城市东昌府区柳园街道1号' } as const;

    await desk.call('applicants.change', { ...base, scheme: 'RESIDENT', employmentStatus: null }, admin);
    const events = async () => (await desk.call('applications.get', { id: second! }, admin)).entitlementEvents.map((e) => [e.type, e.toState, e.decidedBy]);
    expect((await desk.call('applications.get', { id: second! }, admin)).entitlement!.state).toBe('DISCONTINUED');
    expect(await events()).toEqual([['DISCONTINUE_SCHEME_CHANGE', 'DISCONTINUED', 'DESK']]);

    await desk.call('applicants.change', base, admin);
    expect((await desk.call('applications.get', { id: second! }, admin)).entitlement!.state).toBe('EFFECTIVE');
    await desk.call('applicants.change', { ...base, regionCode: '371521', phone: '13900000000' }, admin);
    expect(await events()).toEqual([
      ['DISCONTINUE_SCHEME_CHANGE', 'DISCONTINUED', 'DESK'], ['RESTORE', 'EFFECTIVE', 'DESK'], ['ENROLLMENT_CHANGED', 'EFFECTIVE', 'DESK'],
    ]);

    const filter = { action: 'applicant.change', actorId: null, entityId: person, from: null, to: null };
    const audit = (await desk.call('audit.list', { filter, page: 1, pageSize: 10 }, admin)).items.map((e) => JSON.parse(e.details) as unknown);
    expect(audit).toContainEqual({ regionCode: { before: '371502', after: '371521' }, phone: { before: '13800000000', after: '13900000000' } });
    expect(audit).toContainEqual({ scheme: { before: 'EMPLOYEE', after: 'RESIDENT' }, employmentStatus: { before: 'RETIRED', after: 'NA' } });
  });

  it('E11: a recognition the bureau holds is told of the change once filed, naming the old and the new scheme and place', async () => {
    const bureau = await startBureauDouble();
    try {
      await desk.call('sync.configure', { url: bureau.url, caPem: null }, admin);
      const [id] = await seedApprovedCases(desk.backend, admin, 1, 640, { diseaseKey: 'DIABETES' });
      const person = (await desk.call('applications.get', { id: id! }, admin)).application.applicantId;
      const base = { id: person, scheme: 'EMPLOYEE', employmentStatus: 'RETIRED', regionCode: '371502', phone: '13800000000', address: '聊城市东昌府区柳园街道1号' } as const;
      // changed before the filing left: the notice waits for it, then follows in the same cycle
      await desk.call('applicants.change', { ...base, scheme: 'RESIDENT', employmentStatus: null, regionCode: '371521' }, admin);
      await desk.backend.services.sync.runCycle();
      const sn = (await desk.call('applications.get', { id: id! }, admin)).entitlement!.filingRef!;
      await desk.backend.services.sync.runCycle();
      const mine = () => bureau.notices().filter((n) => n.filingSn === sn);
      expect(mine().map(({ id: _, receivedOn: __, ...n }) => n)).toEqual([{
        filingSn: sn, psn_no: expect.any(String) as string, event: 'ENROLLMENT_CHANGED', effectiveDate: '2025-03-03',
        from: { insutype: '310', insu_optins: '371502' }, to: { insutype: '390', insu_optins: '371521' },
      }]);
      await desk.backend.services.sync.runCycle(); // sent once
      expect(mine()).toHaveLength(1);
      const page = await (await fetch(bureau.operatorUrl)).text();
      expect(page).toContain('职工医保 · 371502');
      expect(page).toContain('居民医保 · 371521');
    } finally {
      await bureau.close();
    }
  });

  it('refuses what registration refuses, in Chinese, and changes nothing', async () => {
    const [id] = await seedApprovedCases(desk.backend, admin, 1, 602);
    const person = (await desk.call('applications.get', { id: id! }, admin)).application.applicantId;
    const change = { id: person, scheme: 'EMPLOYEE', employmentStatus: null, regionCode: '371502', phone: '13800000000', address: '聊城市' } as const;
    await expect(desk.call('applicants.change', change, admin)).rejects.toMatchObject({ code: 'EMPLOYMENT_STATUS_REQUIRED' });
    await expect(desk.call('applicants.change', { ...change, employmentStatus: 'ACTIVE', regionCode: '110101' }, admin)).rejects.toMatchObject({ code: 'REGION_UNKNOWN' });
    expect((await desk.call('applicants.get', { id: person }, admin)).employmentStatus).toBe('RETIRED');
  });
});
