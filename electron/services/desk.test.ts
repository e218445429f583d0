import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeskHarness, idNumber } from '../testing/desk-harness';

let desk: DeskHarness;
beforeEach(() => {
  desk = new DeskHarness();
});
afterEach(() => desk.close());

/** The same 17 digits with a check character that is not the right one. */
const wrongCheck = (first17: string): string => first17 + (idNumber(first17).endsWith('0') ? '1' : '0');

const codeOf = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
  } catch (e) {
    return (e as { code: string }).code;
  }
  throw new Error('expected a failure');
};

describe('first run and accounts', () => {
  it('reports not initialised, then refuses a second setup', async () => {
    expect(await desk.call('setup.status', {})).toMatchObject({ initialized: false, hospitalName: null });
    await desk.setup();
    expect(await desk.call('setup.status', {})).toMatchObject({ initialized: true, hospitalName: '聊城市人民医院' });
    expect(await codeOf(desk.setup())).toBe('SETUP_ALREADY_DONE');
  });

  it('stores the password as a scrypt hash, never in clear', async () => {
    await desk.setup();
    const row = desk.backend.database.sqlite.prepare('SELECT password_hash FROM users WHERE username = ?').get('admin') as { password_hash: string };
    expect(row.password_hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(row.password_hash).not.toContain('Admin1234');
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    await desk.setup();
    expect(await codeOf(desk.call('auth.signIn', { username: 'admin', password: 'wrong-pass1' }))).toBe('SIGN_IN_FAILED');
    expect(await codeOf(desk.call('auth.signIn', { username: 'nobody', password: 'Admin1234' }))).toBe('SIGN_IN_FAILED');
  });

  it('needs a session for protected methods and forgets it on sign-out', async () => {
    const admin = await desk.setup();
    expect(await codeOf(desk.call('users.list', {}))).toBe('UNAUTHENTICATED');
    expect((await desk.call('users.list', {}, admin)).map((u) => u.username)).toEqual(['admin']);
    await desk.call('auth.signOut', {}, admin);
    expect(await codeOf(desk.call('users.list', {}, admin))).toBe('UNAUTHENTICATED');
  });

  it('expires a session after an hour without use', async () => {
    const admin = await desk.setup();
    desk.now = new Date(desk.now.getTime() + 61 * 60_000);
    expect(await codeOf(desk.call('users.list', {}, admin))).toBe('UNAUTHENTICATED');
  });

  it('checks roles in the service layer: a clerk cannot manage users, a physician cannot register', async () => {
    const admin = await desk.setup();
    const clerk = await desk.userSession(admin, 'CLERK', 'clerk1');
    const physician = await desk.userSession(admin, 'PHYSICIAN', 'doctor1');
    expect(await codeOf(desk.call('users.create', { username: 'x_user', displayName: 'x', role: 'ADMIN', password: 'Passw0rd!' }, clerk))).toBe('FORBIDDEN');
    expect(await codeOf(desk.call('applicants.register', desk.registerInput(), physician))).toBe('FORBIDDEN');
    expect(await desk.call('applicants.register', desk.registerInput(), clerk)).toMatchObject({ name: '张三' });
  });

  it('refuses a duplicate username', async () => {
    const admin = await desk.setup();
    await desk.userSession(admin, 'CLERK', 'clerk1');
    expect(await codeOf(desk.call('users.create', { username: 'clerk1', displayName: 'y', role: 'CLERK', password: 'Passw0rd!' }, admin))).toBe('USERNAME_TAKEN');
  });
});

describe('registering an applicant', () => {
  it('derives sex and birth date from the id number and stores pinyin initials', async () => {
    const admin = await desk.setup();
    const a = await desk.call('applicants.register', desk.registerInput({ name: '李秀英', idNumber: idNumber('37150219560715002') }), admin);
    expect(a).toMatchObject({ name: '李秀英', sex: 'female', birthDate: '1956-07-15', regionName: '东昌府区', employmentStatus: 'RETIRED' });
    expect((await desk.call('applicants.search', { query: 'lxy' }, admin)).items.map((x) => x.id)).toEqual([a.id]);
  });

  it.each([
    ['wrong check digit', { idNumber: wrongCheck('37150219800101001') }, 'ID_NUMBER_CHECKSUM'],
    ['legacy 15 digits', { idNumber: '371502800101001' }, 'ID_NUMBER_LEGACY_15'],
    ['employee without status', { employmentStatus: null }, 'EMPLOYMENT_STATUS_REQUIRED'],
    ['resident with status', { scheme: 'RESIDENT', employmentStatus: 'ACTIVE' }, 'EMPLOYMENT_STATUS_NOT_APPLICABLE'],
    ['region outside the pack', { regionCode: '110105' }, 'REGION_UNKNOWN'],
    ['bad phone', { phone: '12345' }, 'INVALID_INPUT'],
  ] as const)('refuses %s with %s', async (_label, overrides, code) => {
    const admin = await desk.setup();
    expect(await codeOf(desk.call('applicants.register', desk.registerInput(overrides), admin))).toBe(code);
  });

  it('refuses a duplicate id number and names the existing record', async () => {
    const admin = await desk.setup();
    await desk.call('applicants.register', desk.registerInput(), admin);
    const r = await desk.backend.call('applicants.register', desk.registerInput({ name: '张叁' }), admin);
    expect(r).toMatchObject({ ok: false, error: { code: 'APPLICANT_DUPLICATE' } });
    expect(!r.ok && r.error.message).toContain('张三');
  });

  it('gives Chinese messages for invalid input, field by field', async () => {
    const admin = await desk.setup();
    const r = await desk.backend.call('applicants.register', { ...desk.registerInput(), name: 'X' }, admin);
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'name' }] } });
    expect(!r.ok && r.error.message).toMatch(/姓名/);
  });
});
