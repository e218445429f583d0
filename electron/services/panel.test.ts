import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskHarness, failure, idNumber } from '../testing/desk-harness';
import { rosterCsv, rosterImport } from '../testing/roster-fixtures';

/** The draw of a case's panel through the real dispatch (R16–R22), with the roster imported as CSV. */

let desk: DeskHarness;
let admin: string;
const ID = idNumber('37150219800101001');
let applicants = 0;

/** A new applicant's diabetes application in the monthly queue (its record signed by 刘明远). */
const queuedCase = (idNo = idNumber(`3715021980010${String(200 + (applicants += 1)).padStart(3, '0')}1`)): Promise<string> => desk.queuedCase(admin, idNo);

beforeAll(async () => {
  desk = new DeskHarness();
  admin = await desk.setup();
});
afterAll(() => desk.close());

describe('drawing the panel', () => {
  it('says exactly who was excluded and why when fewer than two qualify, and leaves the case where it was', async () => {
    await desk.call('roster.import', rosterImport(rosterCsv([
      { 姓名: '王建国', 职称: '主任医师' },
      { 姓名: '孙丽', 职称: '主治医师' },
      { 姓名: '周平', 专业: '心血管内科', 授权病种: '高血压' },
      { 姓名: '刘明远' },
      { 姓名: '赵强', 黑名单起始: '2024-06-01', 黑名单截止: '2027-05-31', 黑名单原因: '优亲厚友' },
      { 姓名: '吴敏', 回避身份证号: ID },
      { 姓名: '郑洁', 已备案培训: '否' },
    ])), admin);
    const id = await queuedCase(ID);
    const r = await desk.call('panel.draw', { applicationId: id }, admin);
    expect(r).toMatchObject({ outcome: 'POOL_TOO_SMALL', eligible: 1, needed: 2, assigned: [] });
    expect(r.excluded.map((e) => [e.name, e.reasons])).toEqual([
      ['孙丽', ['TITLE']], ['周平', ['SPECIALTY', 'NOT_AUTHORISED']], ['刘明远', ['CONFLICT_TREATING']],
      ['赵强', ['SANCTION']], ['吴敏', ['CONFLICT_DECLARED']], ['郑洁', ['ONBOARDING']],
    ]);
    expect((await desk.call('applications.get', { id }, admin)).application.state).toBe('QUEUED_FOR_SESSION');
    expect((await desk.call('panel.get', { applicationId: id }, admin)).assignments).toEqual([]);
  });

  it('draws two eligible physicians, opens the monthly session (T7) and records the seed and pool', async () => {
    await desk.call('roster.import', rosterImport(rosterCsv([{ 医保医师编码: 'D101', 姓名: '李芳' }, { 医保医师编码: 'D102', 姓名: '陈静' }])), admin);
    const id = await queuedCase();
    const r = await desk.call('panel.draw', { applicationId: id }, admin);
    expect(r.outcome).toBe('DRAWN');
    expect(r.assigned).toHaveLength(2);
    // 吴敏 declared a conflict with the first applicant only
    expect(r.assigned.every((a) => ['王建国', '吴敏', '李芳', '陈静'].includes(a.name))).toBe(true);
    const detail = await desk.call('applications.get', { id }, admin);
    expect(detail.application.state).toBe('UNDER_REVIEW');
    expect(detail.history.at(-1)?.transition).toBe('T7');
    const panel = await desk.call('panel.get', { applicationId: id }, admin);
    expect(panel.assignments.map((a) => [a.status, a.poolSize, a.seed])).toEqual([['PENDING', 4, r.seed], ['PENDING', 4, r.seed]]);
    expect((await failure(desk.call('panel.draw', { applicationId: id }, admin))).code).toBe('PANEL_ALREADY_DRAWN');
    expect((await desk.call('audit.verify', {}, admin)).ok).toBe(true);
  });

  it('does not let a physician run the draw', async () => {
    const doctor = await desk.userSession(admin, 'PHYSICIAN', 'D101');
    const id = await queuedCase();
    expect((await failure(desk.call('panel.draw', { applicationId: id }, doctor))).code).toBe('FORBIDDEN');
  });
});
