import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskHarness, idNumber } from '../testing/desk-harness';
import { pdfText } from '../testing/pdf-text';
import { rosterCsv, rosterImport } from '../testing/roster-fixtures';

/**
 * Issue 12 item 5 (R27, §2.9): the desk gathers the queued cases into a monthly session and draws
 * their panels in one go (T7), prints the list, reminds from the pack's day, and records a month
 * that ended with cases waiting and no session.
 */

let desk: DeskHarness;
let admin: string;
let applicants = 0;

/** Moves the desk's clock to 10:00 in Shanghai of a civil date; the administrator signs in again. */
const at = async (date: string): Promise<void> => { admin = await desk.at(`${date}T02:00:00Z`); };

/** A diabetes application in the monthly queue (T6). */
const queuedCase = (): Promise<string> => desk.queuedCase(admin, idNumber(`3715021980010${String(300 + (applicants += 1)).padStart(3, '0')}1`));

beforeAll(async () => {
  desk = new DeskHarness();
  admin = await desk.setup();
  await at('2025-03-10');
  await desk.call('roster.import', rosterImport(rosterCsv([{ 姓名: '王建国' }, { 姓名: '李芳' }, { 姓名: '陈静' }])), admin);
});
afterAll(() => desk.close());

describe('the monthly confirmation session (R27)', () => {
  it('reminds from the 25th, records the missed March once, and a session in April draws every queued case', async () => {
    const [a, b] = [await queuedCase(), await queuedCase()];
    await at('2025-03-24');
    expect((await desk.call('sessions.status', {}, admin)).reminder).toBeNull();
    await at('2025-03-25');
    expect((await desk.call('sessions.status', {}, admin)).reminder).toEqual({ month: '2025-03', waiting: 2 });

    await at('2025-04-01');
    expect(desk.backend.services.scheduler.runDue()).toMatchObject({ missedSessions: 1 });
    expect(desk.backend.services.scheduler.runDue()).toMatchObject({ missedSessions: 0 });
    expect((await desk.call('sessions.status', {}, admin)).violations).toMatchObject([{ kind: 'MISSED_MONTHLY_SESSION', period: '2025-03' }]);

    const held = await desk.call('sessions.hold', {}, admin);
    expect(held.results.map((r) => [r.applicationId, r.outcome])).toEqual([[a, 'DRAWN'], [b, 'DRAWN']]);
    for (const id of [a, b]) {
      const d = await desk.call('applications.get', { id }, admin);
      expect([d.application.state, d.history.at(-1)?.transition]).toEqual(['UNDER_REVIEW', 'T7']);
    }
    const status = await desk.call('sessions.status', {}, admin);
    expect(status.sessions.map((s) => [s.month, s.cases, s.organiser])).toEqual([['2025-04', 2, '医保办管理员']]);
    expect(status.reminder).toBeNull();

    const list = await desk.call('sessions.listPdf', { sessionId: held.sessionId }, admin);
    const text = (await pdfText(list.pdfBase64)).replace(/\s+/g, '');
    expect(list.fileName).toBe('月度资格确认名单_2025-04.pdf');
    for (const expected of ['2025年04月门诊慢特病资格确认名单', '共2件', '糖尿病', '医保办负责人签字']) expect(text).toContain(expected);
    expect(held.results.every((r) => text.includes(r.detail.replace(/\s+/g, '')))).toBe(true);
  });

  it('says so in Chinese when nothing waits', async () => {
    await expect(desk.call('sessions.hold', {}, admin)).rejects.toThrow('目前没有待月度确认的申请，无需组织资格确认。');
  });
});
