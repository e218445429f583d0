import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateApplicationState } from '../../db/queries/applications';
import { seedApprovedCases } from '../testing/approved-cases';
import { DeskHarness } from '../testing/desk-harness';

/**
 * Issue 12 items 2–3 through the services: a ban from a revocation for fraud refuses intake (R41, R44)
 * until the day it ends; the worklist carries each case's deadlines (§3.5) and a recorded telling closes one.
 */

let desk: DeskHarness;
let admin: string;

beforeAll(async () => {
  desk = new DeskHarness();
  admin = await desk.setup();
});
afterAll(async () => {
  await desk.close();
});

/** Moves the desk's clock to 10:00 in Shanghai of a civil date; the administrator signs in again. */
const at = async (date: string): Promise<void> => { admin = await desk.at(`${date}T02:00:00Z`); };

describe('bans (R41, R44)', () => {
  it('a recognition revoked for fraud on 2025-03-03 bars the person through 2027-03-02; on 2027-03-03 they may apply again', async () => {
    await at('2025-03-03');
    const [id] = await seedApprovedCases(desk.backend, admin, 1, 500);
    const applicantId = (await desk.call('applications.get', { id: id! }, admin)).application.applicantId;
    await desk.call('applications.revoke', { id: id!, reason: '经核查病历资料系伪造', fraud: true }, admin);
    const detail = await desk.call('applications.get', { id: id! }, admin);
    expect([detail.application.state, detail.ban]).toEqual(['INVALIDATED', { until: '2027-03-02', reason: '经核查病历资料系伪造' }]);

    await at('2027-03-02');
    const refused = desk.call('applications.open', { applicantId, diseases: [{ diseaseKey: 'HEMOPHILIA', modeKey: null }] }, admin);
    await expect(refused).rejects.toMatchObject({ code: 'APPLICANT_BANNED' });
    await expect(refused).rejects.toThrow('至 2027-03-02 止；2027-03-03 起方可再次申请（R44）');

    await at('2027-03-03');
    const [opened] = await desk.call('applications.open', { applicantId, diseases: [{ diseaseKey: 'HEMOPHILIA', modeKey: null }] }, admin);
    expect(opened!.state).toBe('DRAFT');
  });

  it('a revocation without fraud bars nobody', async () => {
    await at('2025-03-03');
    const [id] = await seedApprovedCases(desk.backend, admin, 1, 501);
    await desk.call('applications.revoke', { id: id!, reason: '抽查不符合条件' }, admin);
    const d = await desk.call('applications.get', { id: id! }, admin);
    expect(d.ban).toBeNull();
    await desk.call('applications.open', { applicantId: d.application.applicantId, diseases: [{ diseaseKey: 'HEMOPHILIA', modeKey: null }] }, admin);
  });
});

describe('deadlines in the worklist (§3.5)', () => {
  it('a hospital rejection on Mon 2025-03-03 must be told by 03-10: open, due today, overdue; recording the telling closes it', async () => {
    await at('2025-03-03');
    const [id] = await seedApprovedCases(desk.backend, admin, 1, 502);
    // the same case, rejected by its panel instead (T12) through the real state machine
    const actor = desk.backend.services.auth.resolve(admin)!;
    desk.backend.database.db.transaction((tx) => {
      updateApplicationState(tx, id!, { state: 'UNDER_REVIEW', updatedAt: desk.now.toISOString() });
      desk.backend.services.applications.applyEvent(tx, actor, id!, 'PANEL_REJECT', { signedDecisions: 2 }, null);
    });
    const deadlines = async () => (await desk.call('applications.list', { state: 'HOSPITAL_REJECTED', query: '', page: 1, pageSize: 50 }, admin))
      .items.find((i) => i.id === id)!.deadlines.map((d) => [d.kind, d.dueOn, d.status]);
    expect(await deadlines()).toEqual([['NOTIFY_REJECTION', '2025-03-10', 'OPEN']]);
    await at('2025-03-10');
    expect(await deadlines()).toEqual([['NOTIFY_REJECTION', '2025-03-10', 'DUE_TODAY']]);
    await at('2025-03-11');
    expect(await deadlines()).toEqual([['NOTIFY_REJECTION', '2025-03-10', 'OVERDUE']]);

    const told = await desk.call('applications.recordTold', { id: id!, method: 'PHONE', toldOn: '2025-03-11', note: '本人接听' }, admin);
    expect(told).toMatchObject([{ state: 'HOSPITAL_REJECTED', method: 'PHONE', toldOn: '2025-03-11', note: '本人接听' }]);
    expect(await deadlines()).toEqual([]);
  });

  it('a case still awaiting the bureau has nothing to tell; an approval may be recorded as told but runs no notice deadline (R36)', async () => {
    const [waiting] = await seedApprovedCases(desk.backend, admin, 1, 503, { reReview: true });
    await expect(desk.call('applications.recordTold', { id: waiting!, method: 'IN_PERSON', toldOn: '2025-03-11', note: null }, admin)).rejects.toMatchObject({ code: 'NOTICE_NOT_DUE' });
    const [approved] = await seedApprovedCases(desk.backend, admin, 1, 504);
    // no notice deadline; the only one is the bureau's acknowledgement of this instant case's 备案 (1 working day)
    expect((await desk.call('applications.get', { id: approved! }, admin)).deadlines.map((d) => d.kind)).toEqual(['INSTANT_FILING_ACK']);
    const told = await desk.call('applications.recordTold', { id: approved!, method: 'POST', toldOn: '2025-03-11', note: '挂号信' }, admin);
    expect(told).toMatchObject([{ state: 'APPROVED', method: 'POST' }]);
  });
});
