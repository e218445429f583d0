import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskHarness, failure } from '../testing/desk-harness';
import { gbkBytes, rosterCsv, rosterImport, rosterXlsx } from '../testing/roster-fixtures';

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
    expect(await desk.call('roster.import', rosterImport(csv), admin)).toEqual({ imported: 3, problems: [] });
    expect(await desk.call('roster.import', rosterImport(csv), admin)).toEqual({ imported: 3, problems: [] });
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
    const r = await desk.call('roster.import', rosterImport(rosterCsv([{ 姓名: '新医师' }, { 职称: '教授' }])), admin);
    expect(r).toEqual({ imported: 0, problems: [{ row: 3, message: '职称“教授”无效，应为主任医师、副主任医师、主治医师或住院医师' }] });
    expect(await desk.call('roster.list', {}, admin)).toEqual(before);
  });

  it('reads the same roster from an XLSX workbook, with Excel dates and a blank row keeping the row numbers', async () => {
    const xlsx = await rosterXlsx([{ 医保医师编码: 'X001', 姓名: '周敏', 授权起始: '2024-02-01', 授权截止: '2028-01-31' }, { 医保医师编码: 'X002', 职称: '教授' }]);
    const bad = await desk.call('roster.import', rosterImport(xlsx, '名册.xlsx'), admin);
    expect(bad).toEqual({ imported: 0, problems: [{ row: 3, message: '职称“教授”无效，应为主任医师、副主任医师、主治医师或住院医师' }] });
    const good = await rosterXlsx([{ 医保医师编码: 'X001', 姓名: '周敏', 授权起始: '2024-02-01', 授权截止: '2028-01-31' }]);
    expect(await desk.call('roster.import', rosterImport(good, '名册.xlsx'), admin)).toEqual({ imported: 1, problems: [] });
    const zhou = (await desk.call('roster.list', {}, admin)).find((p) => p.id === 'X001')!;
    expect([zhou.name, zhou.authorisation]).toEqual(['周敏', { diseaseKeys: ['DIABETES'], from: '2024-02-01', to: '2028-01-31' }]);
  });

  it('reads a CSV that Excel saved in GB18030 (GBK), as it does on a Chinese Windows', async () => {
    const csv = rosterCsv([{ 医保医师编码: 'G001', 姓名: '欧阳晓', 专业: '内分泌科' }]);
    const gbk = gbkBytes(csv);
    expect(gbk.equals(Buffer.from(csv))).toBe(false);
    expect(await desk.call('roster.import', rosterImport(gbk), admin)).toEqual({ imported: 1, problems: [] });
    expect((await desk.call('roster.list', {}, admin)).find((p) => p.id === 'G001')!.name).toBe('欧阳晓');
  });

  it('refuses a corrupt workbook and an old .xls with a Chinese reason, and keeps the roster', async () => {
    const before = await desk.call('roster.list', {}, admin);
    const xlsx = await rosterXlsx([{}]);
    const corrupt = await failure(desk.call('roster.import', rosterImport(xlsx.subarray(0, xlsx.length / 2), '名册.xlsx'), admin));
    expect(corrupt.message).toBe('TABLE_FILE_UNREADABLE: 无法读取名册文件：XLSX 文件已损坏或不是 Excel 工作簿，请重新导出后再导入。');
    const xls = await failure(desk.call('roster.import', rosterImport(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), '名册.xls'), admin));
    expect(xls.message).toContain('旧版 Excel（.xls）');
    expect(await desk.call('roster.list', {}, admin)).toEqual(before);
  });

  it('adds and edits a physician by hand under the import rules, and blacklists one with the entry kept as history', async () => {
    const doctor = {
      id: 'M001', name: '韩雪', idNumber: '110105197001010011', hospitalCode: 'H37150200001', specialties: ['ENDOCRINOLOGY'], title: 'ASSOCIATE_CHIEF' as const,
      authorisation: { diseaseKeys: ['DIABETES'], from: '2025-01-01', to: null }, active: true, onboarded: true, declaredConflicts: [],
    };
    const bad = await failure(desk.call('roster.save', { mode: 'CREATE', physician: { ...doctor, idNumber: '110105197001010019', specialties: ['DENTISTRY'] } }, admin));
    expect(bad.message).toBe('PHYSICIAN_INVALID: 医师信息有误：身份证号“110105197001010019”无效；专业“DENTISTRY”不在政策包的专科对照中。');
    await desk.call('roster.save', { mode: 'CREATE', physician: doctor }, admin);
    expect((await failure(desk.call('roster.save', { mode: 'CREATE', physician: doctor }, admin))).code).toBe('PHYSICIAN_EXISTS');
    const edited = await desk.call('roster.save', { mode: 'UPDATE', physician: { ...doctor, title: 'CHIEF', active: false } }, admin);
    expect([edited.title, edited.active]).toEqual(['CHIEF', false]);
    expect((await failure(desk.call('roster.save', { mode: 'UPDATE', physician: { ...doctor, id: 'M404' } }, admin))).code).toBe('PHYSICIAN_NOT_FOUND');

    await desk.call('roster.addSanction', { physicianId: 'M001', from: '2020-01-01', to: '2022-12-31', reason: '伪造病历' }, admin);
    expect((await desk.call('roster.list', {}, admin)).find((p) => p.id === 'M001')!.blacklistedToday).toBe(false);
    const banned = await desk.call('roster.addSanction', { physicianId: 'M001', from: '2025-02-01', to: '2028-01-31', reason: '优亲厚友（000 §24）' }, admin);
    expect([banned.blacklistedToday, banned.sanctions.map((x) => x.reason)]).toEqual([true, ['伪造病历', '优亲厚友（000 §24）']]);
    const events = (await desk.call('audit.verify', {}, admin));
    expect(events.ok).toBe(true);
  });

  it('lets only the administrator change the roster', async () => {
    const clerk = await desk.userSession(admin, 'CLERK', 'clerk9');
    expect((await failure(desk.call('roster.import', rosterImport(rosterCsv([{}])), clerk))).code).toBe('FORBIDDEN');
    expect((await failure(desk.call('roster.addSanction', { physicianId: 'M001', from: '2025-01-01', to: null, reason: '试' }, clerk))).code).toBe('FORBIDDEN');
    await expect(desk.call('roster.list', {}, clerk)).resolves.toHaveLength(6);
  });
});
