/**
 * When the desk backs itself up, and which backups it keeps (issue 11). Times of day are the
 * desk's (Asia/Shanghai, UTC+8 without DST); everything is derived from what was recorded, so a
 * backup that fell due while the desk was closed is made at the next start.
 */

export type BackupSchedule =
  | { readonly kind: 'OFF' }
  | { readonly kind: 'DAILY'; readonly at: string }
  | { readonly kind: 'EVERY_HOURS'; readonly hours: number };

export type ScheduleState = {
  readonly schedule: BackupSchedule;
  /** When the schedule was set: slots before it are not owed. */
  readonly configuredAt: Date;
  readonly lastSuccessAt: Date | null;
  /** The last try, successful or not. */
  readonly lastAttemptAt: Date | null;
};

/** A failed scheduled backup (the USB drive not plugged in) is tried again after this, not every minute. */
export const RETRY_AFTER_MS = 30 * 60_000;
const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;
const SHANGHAI_MS = 8 * HOUR_MS;

export const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The latest instant ≤ now at which the clock in Shanghai read `at` (HH:MM). */
export function latestSlot(at: string, now: Date): Date {
  const m = TIME_OF_DAY.exec(at);
  if (!m) throw new Error(`not a time of day: ${at}`);
  const local = now.getTime() + SHANGHAI_MS;
  const slot = Math.floor(local / DAY_MS) * DAY_MS + (Number(m[1]) * 60 + Number(m[2])) * 60_000;
  return new Date((slot <= local ? slot : slot - DAY_MS) - SHANGHAI_MS);
}

/** Whether a scheduled backup is due now, and when the next one will be (null: none scheduled). */
export function backupPlan(s: ScheduleState, now: Date): { due: boolean; nextAt: Date | null } {
  if (s.schedule.kind === 'OFF') return { due: false, nextAt: null };
  const since = Math.max(s.configuredAt.getTime(), s.lastSuccessAt?.getTime() ?? 0);
  let owedAt: number;
  if (s.schedule.kind === 'DAILY') {
    const slot = latestSlot(s.schedule.at, now).getTime();
    owedAt = slot > since ? slot : slot + DAY_MS;
  } else {
    owedAt = since + s.schedule.hours * HOUR_MS;
  }
  const lastAttempt = s.lastAttemptAt?.getTime() ?? null;
  const failing = lastAttempt !== null && lastAttempt > (s.lastSuccessAt?.getTime() ?? 0);
  const nextAt = failing ? Math.max(owedAt, lastAttempt + RETRY_AFTER_MS) : owedAt;
  return { due: nextAt <= now.getTime(), nextAt: new Date(nextAt) };
}

/** Names of the backups beyond the newest `keep` (retention), oldest first. */
export function backupsToPrune(backups: readonly { readonly name: string; readonly createdAt: string }[], keep: number): string[] {
  const newestFirst = [...backups].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.name < b.name ? 1 : -1));
  return newestFirst.slice(Math.max(keep, 1)).map((b) => b.name).reverse();
}

/** Backup file names: `csd-backup-YYYYMMDD-HHMMSS` in the desk's time, ASCII so any USB drive takes them. */
export const BACKUP_NAME = /^csd-backup-\d{8}-\d{6}(-\d{1,3})?$/;

export function backupName(at: Date, taken: (name: string) => boolean): string {
  const local = new Date(at.getTime() + SHANGHAI_MS).toISOString();
  const base = `csd-backup-${local.slice(0, 10).replace(/-/g, '')}-${local.slice(11, 19).replace(/:/g, '')}`;
  if (!taken(base)) return base;
  for (let i = 2; i < 1000; i += 1) if (!taken(`${base}-${i}`)) return `${base}-${i}`;
  throw new Error('too many backups in one second');
}
