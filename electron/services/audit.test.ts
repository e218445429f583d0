import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeskHarness, idNumber } from '../testing/desk-harness';

let desk: DeskHarness;
let admin: string;
beforeEach(async () => {
  desk = new DeskHarness();
  admin = await desk.setup();
});
afterEach(() => desk.close());

const sqlite = () => desk.backend.database.sqlite;

describe('audit log (R25, domain §2.19)', () => {
  it('records who did what, in one verifiable chain', async () => {
    await desk.call('applicants.register', desk.registerInput(), admin);
    const rows = sqlite().prepare('SELECT action, actor_role FROM audit_events ORDER BY seq').all();
    expect(rows).toEqual([
      { action: 'desk.initialize', actor_role: 'ADMIN' },
      { action: 'auth.signIn', actor_role: 'ADMIN' },
      { action: 'applicant.register', actor_role: 'ADMIN' },
    ]);
    expect(await desk.call('audit.verify', {}, admin)).toEqual({ ok: true, count: 3, brokenAt: null });
  });

  it('verifies after many operations', async () => {
    for (let i = 0; i < 60; i++) {
      const a = await desk.call('applicants.register', desk.registerInput({ idNumber: idNumber(`371502198001${String(10 + (i % 18)).padStart(2, '0')}${String(100 + i)}`) }), admin);
      await desk.call('applications.open', { applicantId: a.id, diseases: [{ diseaseKey: 'HEMOPHILIA', modeKey: null }] }, admin);
    }
    expect(await desk.call('audit.verify', {}, admin)).toMatchObject({ ok: true, count: 122 });
  });

  it('refuses UPDATE and DELETE on the log (append-only triggers)', () => {
    expect(() => sqlite().prepare("UPDATE audit_events SET action = 'x'").run()).toThrow(/append-only/);
    expect(() => sqlite().prepare('DELETE FROM audit_events').run()).toThrow(/append-only/);
  });

  it('detects an event altered behind the triggers\' back', async () => {
    await desk.call('applicants.register', desk.registerInput(), admin);
    sqlite().exec('DROP TRIGGER audit_events_no_update');
    sqlite().prepare("UPDATE audit_events SET details_json = '{}' WHERE action = 'applicant.register'").run();
    expect(await desk.call('audit.verify', {}, admin)).toEqual({ ok: false, count: 2, brokenAt: 3 });
  });

  it('only the administrator may verify', async () => {
    const clerk = await desk.userSession(admin, 'CLERK', 'clerk1');
    expect(await desk.backend.call('audit.verify', {}, clerk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
