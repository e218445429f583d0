import { existsSync, linkSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { syncFolder } from './atomic-write';
import { copyDurably } from './backup-folder';

/**
 * Puts a checked copy in place of the live database file, with the desk closed (issue 11): the live
 * file is first kept as the safety copy (a hard link where the disk allows, else a copy), then the
 * staged file is renamed over it in one step, so there is always a whole `desk.db`.
 */
export function swapDatabase(dbFile: string, staged: string, safetySuffix: string): { safetyCopy: string } {
  const safetyCopy = `${dbFile}${safetySuffix}`;
  try {
    linkSync(dbFile, safetyCopy);
  } catch {
    copyDurably(dbFile, safetyCopy);
  }
  // a desk closed cleanly leaves no -wal; one left by a crash belongs to the live file, not to the copy put in
  for (const ext of ['-wal', '-shm', '-journal']) if (existsSync(`${dbFile}${ext}`)) renameSync(`${dbFile}${ext}`, `${safetyCopy}${ext}`);
  renameSync(staged, dbFile);
  syncFolder(dirname(dbFile));
  return { safetyCopy };
}

/** Puts the safety copy back (the restored file could not be opened after all). */
export function undoSwap(dbFile: string, safetyCopy: string): void {
  for (const ext of ['-wal', '-shm', '-journal']) rmSync(`${dbFile}${ext}`, { force: true });
  copyDurably(safetyCopy, `${dbFile}.undo`);
  renameSync(`${dbFile}.undo`, dbFile);
  for (const ext of ['-wal', '-shm', '-journal']) if (existsSync(`${safetyCopy}${ext}`)) renameSync(`${safetyCopy}${ext}`, `${dbFile}${ext}`);
  syncFolder(dirname(dbFile));
}

/** Removes a staged file and what SQLite left beside it. */
export function removeStaged(file: string): void {
  for (const ext of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${ext}`, { force: true });
}
