import { describe, expect, it } from 'vitest';
import { BACKUP_NAME, backupName, backupPlan, backupsToPrune, latestSlot, type BackupSchedule } from './backup-schedule';

/** Instants written in the desk's time (UTC+8). */
const cst = (local: string) => new Date(`${local}+08:00`);
const iso = (d: Date | null) => (d ? new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ') : null);

describe('latest slot of a daily time (Asia/Shanghai)', () => {
  it.each([
    ['2025-03-03T22:59', '23:00', '2025-03-02 23:00'],
    ['2025-03-03T23:00', '23:00', '2025-03-03 23:00'],
    ['2025-03-04T01:00', '23:00', '2025-03-03 23:00'],
    ['2025-03-04T07:59', '08:00', '2025-03-03 08:00'], // 00:00 UTC: the day boundaries differ
    ['2025-03-04T08:30', '08:00', '2025-03-04 08:00'],
  ])('at %s the latest %s was %s', (now, at, slot) => {
    expect(iso(latestSlot(at, cst(now)))).toBe(slot);
  });
});

describe('when a scheduled backup is due (issue 11)', () => {
  const daily: BackupSchedule = { kind: 'DAILY', at: '22:00' };
  const every6: BackupSchedule = { kind: 'EVERY_HOURS', hours: 6 };
  const configuredAt = cst('2025-03-01T09:00');
  it.each([
    ['off', { kind: 'OFF' }, null, null, '2025-03-05T12:00', false, null],
    ['daily, before the first slot', daily, null, null, '2025-03-01T21:59', false, '2025-03-01 22:00'],
    ['daily, at the first slot', daily, null, null, '2025-03-01T22:00', true, '2025-03-01 22:00'],
    ['daily, done tonight', daily, '2025-03-01T22:00', '2025-03-01T22:00', '2025-03-02T09:00', false, '2025-03-02 22:00'],
    ['daily, the desk was closed over the slot: made at the next start', daily, '2025-03-01T22:00', '2025-03-01T22:00', '2025-03-03T08:00', true, '2025-03-02 22:00'],
    ['daily, the last try failed 10 minutes ago', daily, '2025-03-01T22:00', '2025-03-02T22:00', '2025-03-02T22:10', false, '2025-03-02 22:30'],
    ['daily, the last try failed 30 minutes ago', daily, '2025-03-01T22:00', '2025-03-02T22:00', '2025-03-02T22:30', true, '2025-03-02 22:30'],
    ['every 6 hours, none yet', every6, null, null, '2025-03-01T14:59', false, '2025-03-01 15:00'],
    ['every 6 hours, 6 hours after the last', every6, '2025-03-02T10:00', '2025-03-02T10:00', '2025-03-02T16:00', true, '2025-03-02 16:00'],
    ['every 6 hours, 5 hours after the last', every6, '2025-03-02T10:00', '2025-03-02T10:00', '2025-03-02T15:00', false, '2025-03-02 16:00'],
  ] as const satisfies readonly (readonly [string, BackupSchedule, ...unknown[]])[])('%s', (_, schedule, lastSuccess, lastAttempt, now, due, next) => {
    const plan = backupPlan({
      schedule, configuredAt, lastSuccessAt: lastSuccess ? cst(lastSuccess) : null, lastAttemptAt: lastAttempt ? cst(lastAttempt) : null,
    }, cst(now));
    expect([plan.due, iso(plan.nextAt)]).toEqual([due, next]);
  });
});

describe('retention (keep the last N)', () => {
  const b = (name: string, createdAt: string) => ({ name, createdAt });
  const list = [b('c', '2025-03-03T00:00:00Z'), b('a', '2025-03-01T00:00:00Z'), b('d', '2025-03-04T00:00:00Z'), b('b', '2025-03-02T00:00:00Z')];
  it.each([
    [10, []],
    [4, []],
    [2, ['a', 'b']],
    [1, ['a', 'b', 'c']],
    [0, ['a', 'b', 'c']], // never the newest
  ])('keeping %i removes %j', (keep, removed) => {
    expect(backupsToPrune(list, keep)).toEqual(removed);
  });
});

describe('backup names', () => {
  it('are the desk time in ASCII, with a suffix within the same second', () => {
    const at = cst('2025-03-03T10:04:05');
    expect(backupName(at, () => false)).toBe('csd-backup-20250303-100405');
    expect(backupName(at, (n) => n === 'csd-backup-20250303-100405')).toBe('csd-backup-20250303-100405-2');
    expect(BACKUP_NAME.test('csd-backup-20250303-100405-2')).toBe(true);
    expect(BACKUP_NAME.test('../csd-backup-20250303-100405')).toBe(false);
  });
});
