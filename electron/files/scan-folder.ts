import { mkdir, readdir, readFile, rename, stat } from 'node:fs/promises';
import { extname, basename, join } from 'node:path';

/**
 * Watches the folder a desk scanner saves into. Polling (not fs events) because scanners often
 * write to network shares where events do not arrive. A file is taken only after its size and
 * modification time have stayed the same for `stableMs` (the scanner has finished writing);
 * after the desk has stored it, it is moved into 已导入 (or 无法识别), so each file is taken once.
 * If the desk stops between storing and moving, the file is seen again and recognised by its hash.
 */

export const IMPORTED_DIR = '已导入';
export const UNREADABLE_DIR = '无法识别';

export type TakeFile = (fileName: string, bytes: Buffer) => Promise<'PENDING' | 'UNREADABLE' | 'DUPLICATE'>;

export type ScanFolderOptions = {
  readonly folder: string;
  readonly take: TakeFile;
  readonly pollMs?: number;
  readonly stableMs?: number;
  readonly onError?: (e: unknown) => void;
};

async function uniqueTarget(dir: string, name: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const ext = extname(name);
  for (let i = 0; ; i += 1) {
    const candidate = join(dir, i === 0 ? name : `${basename(name, ext)} (${i})${ext}`);
    try {
      await stat(candidate);
    } catch {
      return candidate;
    }
  }
}

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
      const outcome = await opts.take(e.name, await readFile(path));
      await rename(path, await uniqueTarget(join(opts.folder, outcome === 'UNREADABLE' ? UNREADABLE_DIR : IMPORTED_DIR), e.name));
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
