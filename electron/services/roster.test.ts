import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskHarness, failure } from '../testing/desk-harness';
import { rosterCsv } from '../testing/roster-fixtures';

let desk: DeskHarness;
let admin: string;
beforeAll(async () => {
  desk = new DeskHarness();
  admin = await desk.setup();
});
afterAll(() => desk.close());

describe('roster import', () => {
  it('imports the physicians, keeps blacklist entries once, and shows who is blacklisted today', async () => {
    const csv = rosterCsv([
      { 姓名: '王建国', 职称: '主任医师' },
      { 姓名: '李芳', 专业: '心血管内科；内分泌科', 授权病种: '糖尿病；高血压' },
      { 姓名: '赵强', 黑名单起始: '2024-06-01', 黑名单截止: '2027-05-31', 黑名单原因: '优亲厚友（000 §24）' },
    ]);
    expect(await desk.call('roster.import', { csv }, admin)).toEqual({ imported: 3, problems: [] });
    expect(await desk.call('roster.import', { csv }, admin)).toEqual({ imported: 3, problems: [] });
    const roster = await desk.call('roster.list', {}, admin);
    expect(roster.map((p) => [p.name, p.title, p.specialties, p.blacklistedToday])).toEqual([
      ['李芳', 'ASSOCIATE_CHIEF', ['CARDIOLOGY', 'ENDOCRINOLOGY'], false],
      ['王建国', 'CHIEF', ['ENDOCRINOLOGY'], false],
      ['赵强', 'ASSOCIATE_CHIEF', ['ENDOCRINOLOGY'], true],
    ]);
    expect(roster.find((p) => p.name === '赵强')!.sanctions).toHaveLength(1);
  });

  it('imports nothing from a file with a bad row, and says which row and why', async () => {
    const before = await desk.call('roster.list', {}, admin);
    const r = await desk.call('roster.import', { csv: rosterCsv([{ 姓名: '新医师' }, { 职称: '教授' }]) }, admin);
    expect(r).toEqual({ imported: 0, problems: [{ row: 3, message: '职称“教授”无效，应为主任医师、副主任医师、主治医师或住院医师' }] });
    expect(await desk.call('roster.list', {}, admin)).toEqual(before);
  });

  it('lets only the administrator change the roster', async () => {
    const clerk = await desk.userSession(admin, 'CLERK', 'clerk9');
    expect((await failure(desk.call('roster.import', { csv: rosterCsv([{}]) }, clerk))).code).toBe('FORBIDDEN');
    await expect(desk.call('roster.list', {}, clerk)).resolves.toHaveLength(3);
  });
});
