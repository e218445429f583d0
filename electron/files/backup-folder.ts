import { createHash } from 'node:crypto';
import { accessSync, constants, copyFileSync, createReadStream, existsSync, fsyncSync, closeSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { BACKUP_NAME } from '../domain/backup-schedule';
import { syncFolder, writeFileAtomic } from './atomic-write';

/**
 * The backup folder (issue 11): `<name>.db` (the encrypted database, same cipher and key) and
 * `<name>.manifest.json` beside it, plus each desk's copy of its wrapped keys (`key.recovery.<device>.json`)
 * so a backup can be opened on a new PC with the recovery code. Only files named like our backups
 * are ever listed, read or removed here.
 */

const Head = z.object({ seq: z.number().int().nonnegative(), hash: z.string().regex(/^[0-9a-f]{64}$/), mac: z.string().regex(/^[0-9a-f]{64}$/) });
export const BackupManifest = z.object({
  format: z.literal('csd-backup/1'),
  name: z.string().regex(BACKUP_NAME),
  createdAt: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The schema version: the last migration applied (drizzle-kit tag), how many, and its journal time. */
  schema: z.object({ migration: z.string(), count: z.number().int(), when: z.number() }),
  /** The audit chain's head in the file, MAC-ed under the audit key: it anchors the chain at restore. */
  auditHead: Head.nullable(),
  desk: z.object({ hospitalName: z.string(), hospitalCode: z.string(), deviceId: z.string() }),
  cipher: z.literal('chacha20'),
  trigger: z.enum(['MANUAL', 'SCHEDULED']),
});
export type BackupManifest = z.infer<typeof BackupManifest>;

/** Each desk's wrapped keys under its own name, so desks sharing a folder (a USB drive) never overwrite each other's. */
export const recoveryCopyOf = (folder: string, deviceId: string) => join(folder, `key.recovery.${deviceId.replace(/[^0-9A-Za-z-]/g, '')}.json`);
export const dbFileOf = (folder: string, name: string) => join(folder, `${name}.db`);
const manifestFileOf = (folder: string, name: string) => join(folder, `${name}.manifest.json`);

export type FolderProblem = 'NOT_ABSOLUTE' | 'MISSING' | 'NOT_A_FOLDER' | 'NOT_WRITABLE';

/** Whether backups can be written into the folder (a USB drive unplugged shows as MISSING). */
export function folderProblem(folder: string, needWrite = true): FolderProblem | null {
  if (!isAbsolute(folder)) return 'NOT_ABSOLUTE';
  if (!existsSync(folder)) return 'MISSING';
  if (!statSync(folder).isDirectory()) return 'NOT_A_FOLDER';
  try {
    accessSync(folder, needWrite ? constants.W_OK | constants.R_OK : constants.R_OK);
  } catch {
    return 'NOT_WRITABLE';
  }
  return null;
}

export type FolderEntry = {
  readonly name: string;
  readonly size: number;
  readonly manifest: BackupManifest | null;
  /** Why the manifest could not be used (missing, unreadable, not ours). */
  readonly manifestProblem: 'MISSING' | 'INVALID' | null;
};

/** The backups in a folder, newest name first. */
export function listBackups(folder: string): FolderEntry[] {
  if (folderProblem(folder, false)) return [];
  const names = readdirSync(folder).filter((f) => f.endsWith('.db') && BACKUP_NAME.test(f.slice(0, -3))).map((f) => f.slice(0, -3));
  return names.sort().reverse().map((name) => {
    const size = statSync(dbFileOf(folder, name)).size;
    const m = readManifest(folder, name);
    return { name, size, manifest: m.ok ? m.manifest : null, manifestProblem: m.ok ? null : m.problem };
  });
}

export function readManifest(folder: string, name: string): { ok: true; manifest: BackupManifest } | { ok: false; problem: 'MISSING' | 'INVALID' } {
  const file = manifestFileOf(folder, name);
  if (!existsSync(file)) return { ok: false, problem: 'MISSING' };
  try {
    const parsed = BackupManifest.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success && parsed.data.name === name ? { ok: true, manifest: parsed.data } : { ok: false, problem: 'INVALID' };
  } catch {
    return { ok: false, problem: 'INVALID' };
  }
}

export function writeManifest(folder: string, manifest: BackupManifest): void {
  writeFileAtomic(manifestFileOf(folder, manifest.name), `${JSON.stringify(manifest, null, 2)}\n`, 0o644);
}

export const backupExists = (folder: string, name: string): boolean => existsSync(dbFileOf(folder, name)) || existsSync(manifestFileOf(folder, name));

/** Removes a backup (retention, or a failed write): the manifest first, so a half-removed backup is not listed as whole. */
export function removeBackup(folder: string, name: string): void {
  rmSync(manifestFileOf(folder, name), { force: true });
  rmSync(dbFileOf(folder, name), { force: true });
  for (const extra of ['-journal', '-wal', '-shm']) rmSync(`${dbFileOf(folder, name)}${extra}`, { force: true });
}

/** SHA-256 of a file, read in chunks between event-loop turns (a backup can be large). */
export function sha256File(file: string): Promise<string> {
  return new Promise((ok, fail) => {
    const hash = createHash('sha256');
    createReadStream(file).on('data', (c) => hash.update(c)).on('error', fail).on('end', () => ok(hash.digest('hex')));
  });
}

/** A durable copy (the backup into the data folder for checking, or the wrapped key into the backup folder). */
export function copyDurably(from: string, to: string): void {
  copyFileSync(from, to);
  const fd = openSync(to, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  syncFolder(dirname(to));
}

export const fileSize = (file: string): number => statSync(file).size;
