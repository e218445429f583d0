import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';

export type AnchorRecord = { readonly seq: number; readonly hash: string; readonly mac: string };

/**
 * The audit chain's head kept outside the database (beside it, owner-only): written by
 * write-to-temp, fsync, rename after each transaction that added audit events, so the file is
 * always a whole record. Deleting the database's last audit rows leaves the file ahead of it.
 */
export function fileAnchorStore(path: string) {
  return {
    /** Whether an anchor should exist (it is written from the first audited change on). */
    exists: () => existsSync(path),
    read(): AnchorRecord | null {
      if (!existsSync(path)) return null;
      try {
        const v = JSON.parse(readFileSync(path, 'utf8')) as AnchorRecord;
        return typeof v.seq === 'number' && typeof v.hash === 'string' && typeof v.mac === 'string' ? v : { seq: -1, hash: '', mac: '' };
      } catch {
        return { seq: -1, hash: '', mac: '' };
      }
    },
    write(anchor: AnchorRecord): void {
      const tmp = `${path}.tmp`;
      const fd = openSync(tmp, 'w', 0o600);
      try {
        writeSync(fd, JSON.stringify(anchor));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, path);
    },
  };
}

export type AnchorStore = ReturnType<typeof fileAnchorStore>;
