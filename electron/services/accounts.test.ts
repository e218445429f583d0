import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeskHarness, failure } from '../testing/desk-harness';

let desk: DeskHarness;
let admin: string;
beforeEach(async () => {
  desk = new DeskHarness();
  admin = await desk.setup();
});
afterEach(() => desk.close());

const code = async (p: Promise<unknown>) => p.then(() => 'OK', (e: { code: string }) => e.code);

describe('accounts', () => {
  it('a new account must change its initial password before doing anything else', async () => {
    await desk.call('users.create', { username: 'clerk1', displayName: '李经办', role: 'CLERK', password: 'Initial1' }, admin);
    const first = await desk.call('auth.signIn', { username: 'clerk1', password: 'Initial1' });
    expect(first.user.mustChangePassword).toBe(true);
    expect(await code(desk.call('applications.list', {}, first.token))).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(await code(desk.call('auth.changePassword', { currentPassword: 'wrong', newPassword: 'Better2025' }, first.token))).toBe('CURRENT_PASSWORD_WRONG');
    expect(await code(desk.call('auth.changePassword', { currentPassword: 'Initial1', newPassword: 'Initial1' }, first.token))).toBe('PASSWORD_UNCHANGED');
    const changed = await desk.call('auth.changePassword', { currentPassword: 'Initial1', newPassword: 'Better2025' }, first.token);
    expect(changed.user.mustChangePassword).toBe(false);
    expect(await code(desk.call('applications.list', {}, first.token))).toBe('UNAUTHENTICATED');
    expect(await code(desk.call('applications.list', {}, changed.token))).toBe('OK');
    expect(await code(desk.call('auth.signIn', { username: 'clerk1', password: 'Initial1' }))).toBe('SIGN_IN_FAILED');
  });

  it('locks an ordinary account for 15 minutes after five wrong passwords in a row', async () => {
    await desk.userSession(admin, 'CLERK', 'clerk-lockout');
    const as = (password: string) => code(desk.call('auth.signIn', { username: 'clerk-lockout', password }));
    for (let i = 0; i < 4; i++) expect(await as('nope')).toBe('SIGN_IN_FAILED');
    expect(await as('nope')).toBe('ACCOUNT_LOCKED');
    expect(await as('Passw0rd!')).toBe('ACCOUNT_LOCKED');
    desk.now = new Date(desk.now.getTime() + 15 * 60_000 + 1);
    expect(await as('Passw0rd!')).toBe('OK');
    const actions = desk.backend.database.sqlite.prepare("SELECT action FROM audit_events WHERE action LIKE 'auth.%' ORDER BY seq").all().map((r) => (r as { action: string }).action);
    expect(actions.filter((a) => a === 'auth.signInFailed')).toHaveLength(4);
    expect(actions).toContain('auth.locked');
  });

  it('a successful sign-in clears earlier failures', async () => {
    for (let i = 0; i < 4; i++) await code(desk.call('auth.signIn', { username: 'admin', password: 'nope' }));
    await desk.call('auth.signIn', { username: 'admin', password: 'Admin1234' });
    for (let i = 0; i < 4; i++) expect(await code(desk.call('auth.signIn', { username: 'admin', password: 'nope' }))).toBe('SIGN_IN_FAILED');
  });

  it('disabling an account ends its sessions and refuses sign-in; the administrator cannot disable himself', async () => {
    const clerk = await desk.userSession(admin, 'CLERK', 'clerk1');
    const clerkId = (await desk.call('auth.me', {}, clerk)).user.id;
    await desk.call('users.setDisabled', { id: clerkId, disabled: true }, admin);
    expect(await code(desk.call('applications.list', {}, clerk))).toBe('UNAUTHENTICATED');
    expect(await code(desk.call('auth.signIn', { username: 'clerk1', password: 'Passw0rd!' }))).toBe('ACCOUNT_DISABLED');
    await desk.call('users.setDisabled', { id: clerkId, disabled: false }, admin);
    expect(await code(desk.call('auth.signIn', { username: 'clerk1', password: 'Passw0rd!' }))).toBe('OK');
    const adminId = (await desk.call('auth.me', {}, admin)).user.id;
    expect(await code(desk.call('users.setDisabled', { id: adminId, disabled: true }, admin))).toBe('CANNOT_DISABLE_SELF');
  });

  it('a password reset ends the old sessions and requires a change at next sign-in', async () => {
    const clerk = await desk.userSession(admin, 'CLERK', 'clerk1');
    const clerkId = (await desk.call('auth.me', {}, clerk)).user.id;
    const reset = await desk.call('users.resetPassword', { id: clerkId, password: 'Temp2025x' }, admin);
    expect(reset.mustChangePassword).toBe(true);
    expect(await code(desk.call('applications.list', {}, clerk))).toBe('UNAUTHENTICATED');
    const again = await desk.call('auth.signIn', { username: 'clerk1', password: 'Temp2025x' });
    expect(again.user.mustChangePassword).toBe(true);
  });

  it('only the administrator manages accounts', async () => {
    const clerk = await desk.userSession(admin, 'CLERK', 'clerk1');
    const adminId = (await desk.call('auth.me', {}, admin)).user.id;
    expect(await code(desk.call('users.resetPassword', { id: adminId, password: 'Hijack123' }, clerk))).toBe('FORBIDDEN');
    expect(await code(desk.call('users.setDisabled', { id: adminId, disabled: true }, clerk))).toBe('FORBIDDEN');
  });
});

describe('idle lock (issue 11)', () => {
  it('is lifted only by the signed-in person\'s own password, and the session goes on', async () => {
    const desk = new DeskHarness();
    try {
      const admin = await desk.setup();
      expect((await failure(desk.call('auth.unlock', { password: 'wrong-one-1' }, admin))).code).toBe('UNLOCK_PASSWORD_WRONG');
      expect(await desk.call('auth.unlock', { password: 'Admin1234' }, admin)).toBeNull();
      expect((await desk.call('auth.me', {}, admin)).user.username).toBe('admin');
      expect(await desk.call('desk.setIdleLock', { minutes: 5 }, admin)).toEqual({ idleLockMinutes: 5 });
      const clerk = await desk.userSession(admin, 'CLERK', 'clerk-lock');
      expect((await failure(desk.call('desk.setIdleLock', { minutes: 60 }, clerk))).code).toBe('FORBIDDEN');
      expect(await desk.call('desk.lockSettings', {}, clerk)).toEqual({ idleLockMinutes: 5 });
    } finally {
      await desk.close();
    }
  });
});

describe('wrong passwords per username and client (issue 11)', () => {
  it('a stranger at another desk cannot lock the administrator out; the administrator is only slowed; the count is kept in the database', async () => {
    const desk = new DeskHarness();
    try {
      await desk.setup();
      const from = (client: string, password: string) => desk.backend.call('auth.signIn', { username: 'admin', password }, null, client);
      for (let i = 0; i < 4; i += 1) expect(await from('web:attacker', 'guess-1234')).toMatchObject({ ok: false, error: { code: 'SIGN_IN_FAILED' } });
      expect(await from('web:attacker', 'guess-1234')).toMatchObject({ ok: false, error: { code: 'SIGN_IN_FAILED' } });
      expect(await from('web:attacker', 'Admin1234')).toMatchObject({ ok: false, error: { code: 'SIGN_IN_WAIT', message: '密码错误次数过多，请 15 秒后再试。' } });
      expect(await from('desk', 'Admin1234')).toMatchObject({ ok: true }); // the administrator at their own desk
      const rows = desk.backend.database.sqlite.prepare('SELECT count, blocked_until FROM sign_in_failures').all() as { count: number }[];
      expect(rows.map((r) => r.count)).toEqual([5]);
      desk.now = new Date(desk.now.getTime() + 16_000);
      expect(await from('web:attacker', 'Admin1234')).toMatchObject({ ok: true });
      expect(desk.backend.database.sqlite.prepare('SELECT count(*) AS n FROM sign_in_failures').get()).toEqual({ n: 0 });
    } finally {
      await desk.close();
    }
  });
});
