import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskHarness, idNumber } from '../testing/desk-harness';
import { textPdf } from '../testing/file-fixtures';

/** T4 (AMB-43): an incomplete file lapses after the pack's 30 calendar days, by the backend's timed run. */

const ID = idNumber('37150219800101001');
let desk: DeskHarness;
let admin: string;

beforeAll(async () => {
  desk = new DeskHarness(); // 2025-03-03 10:00 CST
  admin = await desk.setup();
});
afterAll(() => desk.close());

const at = async (iso: string): Promise<void> => { admin = await desk.at(iso); };

describe('the timed lapse of an incomplete file (T4)', () => {
  it('keeps the file open for 30 days after the one-time notice and lapses it on day 31, with the reason in its history', async () => {
    const applicantId = (await desk.call('applicants.register', desk.registerInput({ idNumber: ID }), admin)).id;
    const [app] = await desk.call('applications.open', { applicantId, diseases: [{ diseaseKey: 'HYPERTENSION', modeKey: null }] }, admin);
    await desk.call('applications.receive', { id: app!.id, identityVerification: 'ID_CARD_READER', applicantSigned: true }, admin);
    await desk.attach(admin, app!.id, '化验单.pdf', await textPdf([['聊城市人民医院', '检验报告单', `姓名：张三  身份证号：${ID}`, '报告日期：2025-02-20', '临床诊断：高血压病']]));
    await desk.confirmFacts(admin, app!.id);
    await desk.call('materials.issueNotice', { applicationId: app!.id }, admin); // 2025-03-03
    const state = async () => (await desk.call('applications.get', { id: app!.id }, admin)).application.state;

    await at('2025-04-02T15:00:00Z'); // 2025-04-02 23:00 CST, day 30
    expect(desk.backend.services.scheduler.runDue()).toEqual({ lapsed: 0, exited: 0, missedSessions: 0 });
    expect(await state()).toBe('INCOMPLETE');

    await at('2025-04-02T16:30:00Z'); // 2025-04-03 00:30 CST, day 31
    expect(desk.backend.services.scheduler.runDue()).toEqual({ lapsed: 1, exited: 0, missedSessions: 0 });
    const detail = await desk.call('applications.get', { id: app!.id }, admin);
    expect([detail.application.state, detail.history.at(-1)!.transition, detail.history.at(-1)!.actorName, detail.history.at(-1)!.note])
      .toEqual(['LAPSED', 'T4', '认定台（定时任务）', '一次性告知（2025-03-03）后 30 日内未补齐材料，于 2025-04-03 逾期']);
    expect(desk.backend.services.scheduler.runDue()).toEqual({ lapsed: 0, exited: 0, missedSessions: 0 }); // done once
    expect((await desk.call('audit.verify', { deep: false }, admin)).ok).toBe(true);
  });
});
