import { readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Watches the folder a desk scanner saves into. Polling (not fs events) because scanners often
 * write to network shares where events do not arrive. A file is taken only after its size and
 * modification time have stayed the same for `stableMs` (the scanner has finished writing);
 * once its bytes are committed to the encrypted database (synchronous=FULL) the plaintext copy is
 * deleted, so no medical record is left readable in the scanner's folder (issue 11). If the desk
 * stops between storing and deleting, the file is seen again and recognised by its hash.
 */

export type TakeFile = (fileName: string, bytes: Buffer) => Promise<'PENDING' | 'UNREADABLE' | 'DUPLICATE'>;

export type ScanFolderOptions = {
  readonly folder: string;
  readonly take: TakeFile;
  readonly pollMs?: number;
  readonly stableMs?: number;
  readonly onError?: (e: unknown) => void;
};

export function watchScanFolder(opts: ScanFolderOptions) {
  const stableMs = opts.stableMs ?? 2000;
  const seen = new Map<string, { size: number; mtimeMs: number; since: number }>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let closed = false;

  async function pass(): Promise<void> {
    const now = Date.now();
    const entries = await readdir(opts.folder, { withFileTypes: true });
    const present = new Set<string>();
    for (const e of entries) {
      if (!e.isFile() || e.name.startsWith('.') || e.name.startsWith('~$') || e.name.endsWith('.part') || e.name.endsWith('.tmp')) continue;
      present.add(e.name);
      const path = join(opts.folder, e.name);
      const s = await stat(path);
      const last = seen.get(e.name);
      if (!last || last.size !== s.size || last.mtimeMs !== s.mtimeMs) {
        seen.set(e.name, { size: s.size, mtimeMs: s.mtimeMs, since: now });
        continue;
      }
      if (now - last.since < stableMs) continue;
      await opts.take(e.name, await readFile(path));
      await unlink(path);
      seen.delete(e.name);
    }
    for (const name of seen.keys()) if (!present.has(name)) seen.delete(name);
  }

  /** One pass now (also what the timer runs); passes never overlap. */
  function scanNow(): Promise<void> {
    running ??= pass().catch((e: unknown) => opts.onError?.(e)).finally(() => { running = null; });
    return running;
  }

  const schedule = (): void => {
    if (closed) return;
    timer = setTimeout(() => void scanNow().finally(schedule), opts.pollMs ?? 1000);
  };
  schedule();

  return {
    scanNow,
    async close(): Promise<void> {
      closed = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
