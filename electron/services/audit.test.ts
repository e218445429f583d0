import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeskHarness, failure, idNumber } from '../testing/desk-harness';
import { GENESIS_HASH } from './audit';

/** The audit chain (R25, domain §2.19) against the tampering a hostile review tried with raw SQL (issue 11). */

let desk: DeskHarness;
let admin: string;
beforeEach(async () => {
  desk = new DeskHarness();
  admin = await desk.setup();
});
afterEach(() => desk.close());

const sqlite = () => desk.backend.database.sqlite;
const verify = () => desk.call('audit.verify', { deep: false }, admin);
const register = (i: number) => desk.call('applicants.register', desk.registerInput({ idNumber: idNumber(`3715021980011${String(i).padStart(3, '0')}1`) }), admin);
async function openCase(i: number) {
  const a = await register(i);
  const [app] = await desk.call('applications.open', { applicantId: a.id, diseases: [{ diseaseKey: 'HEMOPHILIA', modeKey: null }] }, admin);
  return app!.id;
}

describe('audit log (R25, domain §2.19)', () => {
  it('records who did what, in one verifiable chain', async () => {
    await register(1);
    const rows = sqlite().prepare('SELECT action, actor_role FROM audit_events ORDER BY seq').all();
    expect(rows).toEqual([
      { action: 'audit.baseline', actor_role: null },
      { action: 'desk.initialize', actor_role: 'ADMIN' },
      { action: 'auth.signIn', actor_role: 'ADMIN' },
      { action: 'applicant.register', actor_role: 'ADMIN' },
    ]);
    expect(await verify()).toMatchObject({ ok: true, count: 4, brokenAt: null, problems: [] });
  });

  it('verifies after many operations', async () => {
    for (let i = 0; i < 60; i++) await openCase(i);
    expect(await verify()).toMatchObject({ ok: true, count: 123 });
  });

  it('refuses UPDATE and DELETE on the log (append-only triggers)', () => {
    expect(() => sqlite().prepare("UPDATE audit_events SET action = 'x'").run()).toThrow(/append-only/);
    expect(() => sqlite().prepare('DELETE FROM audit_events').run()).toThrow(/append-only/);
  });

  it('only the administrator may verify', async () => {
    const clerk = await desk.userSession(admin, 'CLERK', 'clerk1');
    expect(await desk.backend.call('audit.verify', { deep: false }, clerk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('tampering with raw SQL is found (issue 11)', () => {
  it('an event edited behind the triggers\' back', async () => {
    await register(1);
    sqlite().exec('DROP TRIGGER audit_events_no_update');
    sqlite().prepare("UPDATE audit_events SET details_json = '{}' WHERE action = 'applicant.register'").run();
    const r = await verify();
    expect(r).toMatchObject({ ok: false, brokenAt: 4 });
    expect(r.problems.map((p) => p.message)).toContain('第 4 条审计记录（applicant.register）的内容被改动');
    expect(r.problems.map((p) => p.message)).toContain('保护触发器 audit_events_no_update 曾被删除（已恢复）：数据库被绕过系统改动过');
  });

  it('an edit with the whole chain recomputed (without the audit key)', async () => {
    await register(1);
    sqlite().exec('DROP TRIGGER audit_events_no_update');
    // the attacker holds the database key and recomputes every hash after the edit; the MAC key is not in the database
    const rows = sqlite().prepare('SELECT * FROM audit_events ORDER BY seq').all() as Record<string, string | number | null>[];
    let prev = GENESIS_HASH;
    for (const r of rows) {
      const details = r['action'] === 'applicant.register' ? '{"forged":true}' : r['details_json'];
      const fields = [r['id'], r['at'], r['actor_id'], r['actor_role'], r['action'], r['entity_type'], r['entity_id'], details, r['device_id'], ...(r['seals_json'] ? [r['seals_json']] : [])];
      const hash = createHash('sha256').update(String(prev)).update('\n').update(JSON.stringify(fields)).digest('hex');
      sqlite().prepare('UPDATE audit_events SET details_json = ?, prev_hash = ?, hash = ? WHERE seq = ?').run(details, prev, hash, r['seq']);
      prev = hash;
    }
    const r = await verify();
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.message)).toContain('第 4 条审计记录（applicant.register）的校验码不符：审计链被重新计算过');
  });

  it('the last rows deleted', async () => {
    for (let i = 0; i < 3; i++) await register(i);
    sqlite().exec('DROP TRIGGER audit_events_no_delete');
    sqlite().prepare('DELETE FROM audit_events WHERE seq > (SELECT max(seq) - 2 FROM audit_events)').run();
    const r = await verify();
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.message)).toContain('审计链末尾的记录被删除：应至少有第 6 条，现只到第 4 条');
  });

  it('UPDATE applications SET state = \'APPROVED\' — and the case does not print as a 资格确认表', async () => {
    const id = await openCase(1);
    sqlite().prepare("UPDATE applications SET state = 'APPROVED' WHERE id = ?").run(id);
    const r = await verify();
    expect(r.problems.map((p) => p.message)).toEqual([expect.stringMatching(new RegExp(`^申请 ${id} 与第 \\d+ 条审计记录不符（已被改动）$`)) as string]);
    expect((await failure(desk.call('review.decisionPdf', { applicationId: id }, admin))).code).toBe('AUDIT_TAMPERED');
  });

  it('a role raised to 管理员, and a decision inserted or changed', async () => {
    await desk.userSession(admin, 'CLERK', 'clerk1');
    sqlite().prepare("UPDATE users SET role = 'ADMIN' WHERE username = 'clerk1'").run();
    const r = await verify();
    expect(r.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^账号 .+ 与第 \d+ 条审计记录不符（已被改动）$/) as string]);
  });

  it('an unpaired surrogate is refused at the boundary and never committed, so the chain stays whole', async () => {
    const before = (sqlite().prepare('SELECT count(*) AS n FROM applicants').get() as { n: number }).n;
    const e = await failure(desk.call('applicants.register', desk.registerInput({ name: 'D\ud800' }), admin));
    expect([e.code, e.message]).toEqual(['INVALID_INPUT', 'INVALID_INPUT: 输入有误：“name”含有无法保存的字符（不成对的代理字符），请重新输入']);
    expect((sqlite().prepare('SELECT count(*) AS n FROM applicants').get() as { n: number }).n).toBe(before);
    expect((await verify()).ok).toBe(true);
  });

  it('a stored file\'s bytes changed is found by the deep check', async () => {
    sqlite().exec('DROP TRIGGER stored_files_no_update');
    const r = await desk.call('audit.verify', { deep: true }, admin);
    expect(r.ok).toBe(false); // the dropped trigger alone is a finding
  });
});
