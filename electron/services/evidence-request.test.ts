import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskHarness, failure, idNumber } from '../testing/desk-harness';
import { pdfText } from '../testing/pdf-text';
import { rosterCsv, rosterImport } from '../testing/roster-fixtures';

/**
 * Issue 12 item 6, T9 (AMB-50): a drawn physician asks once for more clinical evidence; the case waits
 * as INCOMPLETE with its own notice (and lapses like any incomplete file), and, supplemented, returns
 * through the monthly session to the same panel.
 */

let desk: DeskHarness;
let admin: string;
const sessions = new Map<string, string>();

beforeAll(async () => {
  desk = new DeskHarness();
  admin = await desk.setup();
  await desk.call('roster.import', rosterImport(rosterCsv([{ 医保医师编码: 'D101' }, { 医保医师编码: 'D102' }, { 医保医师编码: 'D103' }])), admin);
  for (const id of ['D101', 'D102', 'D103']) sessions.set(id, await desk.userSession(admin, 'PHYSICIAN', id));
});
afterAll(() => desk.close());

describe('T9: the panel asks for more clinical evidence', () => {
  it('once, as its own notice; the case waits as INCOMPLETE; supplemented, the monthly session gives it back to the same physicians', async () => {
    const id = await desk.queuedCase(admin, idNumber('37150219800101077'));
    const drawn = (await desk.call('panel.draw', { applicationId: id }, admin)).assigned.map((a) => a.id);
    const outsider = ['D101', 'D102', 'D103'].find((p) => !drawn.includes(p))!;
    const items = ['近三个月空腹及餐后血糖检测报告', '糖化血红蛋白检测报告'];

    expect((await failure(desk.call('review.requestEvidence', { applicationId: id, items }, sessions.get(outsider)))).code).toBe('NOT_ASSIGNED');
    expect((await failure(desk.call('review.requestEvidence', { applicationId: id, items }, admin))).code).toBe('FORBIDDEN');
    const notice = await desk.call('review.requestEvidence', { applicationId: id, items }, sessions.get(drawn[0]!));
    const text = (await pdfText(notice.pdfBase64)).replace(/\s+/g, '');
    for (const expected of ['门诊慢特病补充临床资料告知书', '资格确认医师审核时认为需要补充以下临床资料', ...items]) expect(text).toContain(expected);
    const waiting = await desk.call('applications.get', { id }, admin);
    expect([waiting.application.state, waiting.history.at(-1)?.transition, waiting.deadlines.map((d) => d.kind)]).toEqual(['INCOMPLETE', 'T9', ['LAPSE']]);
    expect(waiting.history.at(-1)?.note).toContain('糖化血红蛋白检测报告');

    // the applicant brings the reports; the file goes back to the queue, and the session hands it to the same panel
    await desk.call('materials.submit', { applicationId: id }, admin);
    expect((await desk.call('applications.get', { id }, admin)).application.state).toBe('QUEUED_FOR_SESSION');
    const held = await desk.call('sessions.hold', {}, admin);
    expect(held.results.find((r) => r.applicationId === id)?.outcome).toBe('DRAWN');
    const panel = await desk.call('panel.get', { applicationId: id }, admin);
    expect(panel.assignments.filter((a) => a.status === 'PENDING').map((a) => a.physicianId).sort()).toEqual([...drawn].sort());
    expect((await desk.call('applications.get', { id }, admin)).application.state).toBe('UNDER_REVIEW');

    const again = await failure(desk.call('review.requestEvidence', { applicationId: id, items: ['眼底检查报告'] }, sessions.get(drawn[1]!)));
    expect([again.code, again.message]).toEqual(['EVIDENCE_REQUEST_NOT_ALLOWED', expect.stringContaining('只能要求一次（AMB-50）')]);
  });
});
