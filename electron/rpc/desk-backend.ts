import { mkdirSync } from 'node:fs';
import type { Envelope } from '../contract';
import { watchScanFolder } from '../files/scan-folder';
import { startSyncLoop } from '../sync/sync-loop';
import type { OpenDatabase } from '../../db/client';
import type { OcrEngineChoice } from '../ocr/ocr-engine';
import type { Services } from '../services';
import type { RestorePlan } from '../services/backup-restore';
import { createRecoveryLimiter, type RecoveryLimiter } from '../services/key-recovery';
import { openDesk, type DeskOptions } from '../services/open-desk';
import { dispatch } from './dispatch';
import { createHandlers, type Handlers } from './handlers';
import { putRestoredInPlace, type StartupFault } from './desk-swap';

/** One open desk: services plus the dispatch that every transport (IPC, web host, tests) calls. */
export type DeskBackend = {
  readonly services: Services;
  readonly database: OpenDatabase;
  /** The OCR engine and pool shape in use, with the reason when PaddleOCR could not be used (for the settings screen). */
  readonly ocrEngine: OcrEngineChoice;
  /** Why the desk could not open (start-up fault screen), or null. */
  readonly fault: StartupFault | null;
  call(method: string, input: unknown, sessionToken: string | null, client?: string): Promise<Envelope<unknown>>;
  /** One pass over the scanner folder now (tests; the watcher also polls on its own). */
  scanNow(): Promise<void>;
  close(): Promise<void>;
};

type Running = ReturnType<typeof openDesk> & { handlers: Handlers; scanNow(): Promise<void>; close(): Promise<void> };

/** A restore waits this long for the calls already running to finish before it closes the desk. */
const DRAIN_MS = 30_000;
const TICK_MS = 60_000;

/**
 * The backend of one data folder. A restore (issue 11) closes the open desk and opens it again on
 * the restored file: calls that arrive meanwhile wait and then reach the reopened desk (where every
 * session has ended, as after any restart).
 */
export function openDeskBackend(opts: DeskOptions, limiter: RecoveryLimiter = createRecoveryLimiter(opts.clock ?? (() => new Date()))): DeskBackend {
  let keys = { dbKeyHex: opts.keyHex, auditKeyHex: opts.auditKeyHex };
  let reopening: Promise<void> | null = null;
  let inflight = 0;
  let running = start();

  function start(): Running {
    const desk = openDesk({ ...opts, keyHex: keys.dbKeyHex, auditKeyHex: keys.auditKeyHex }, { limiter, reopen });
    const { services } = desk;
    let watcher: ReturnType<typeof watchScanFolder> | null = null;
    if (opts.scanFolder) {
      mkdirSync(opts.scanFolder, { recursive: true });
      watcher = watchScanFolder({ folder: opts.scanFolder, take: (name, bytes) => services.scanInbox.take(name, bytes), onError: (e) => console.error('[scan-folder]', e) });
    }
    // timed jobs: what fell due while the desk was closed now; then each minute a due backup, every ten the lapse (T4)
    let ticks = 0;
    const backupDue = () => services.scheduler.backupDue().catch((e: unknown) => console.error('[backup]', e));
    services.scheduler.runDue();
    void backupDue();
    const timed = setInterval(() => {
      ticks += 1;
      if (ticks % 10 === 0) try { services.scheduler.runDue(); } catch (e) { console.error('[scheduler]', e); }
      void backupDue();
    }, TICK_MS);
    timed.unref();
    const sync = opts.backgroundSync === false ? null : startSyncLoop(() => services.sync.runCycle(), (e) => console.error('[sync]', e instanceof Error ? e.message : e));
    return {
      ...desk,
      handlers: createHandlers(services),
      scanNow: () => watcher?.scanNow() ?? Promise.resolve(),
      async close() {
        sync?.stop();
        clearInterval(timed);
        await watcher?.close();
        await services.ocr.close();
        desk.database.close();
      },
    };
  }

  async function drained(): Promise<void> {
    const until = Date.now() + DRAIN_MS;
    // the restore's own call is one of those in flight
    while (inflight > 1 && Date.now() < until) await new Promise((ok) => setTimeout(ok, 20));
  }

  /** Closes the desk, puts the checked backup in place (the live file kept), opens the desk on it; undone whole if it will not open. */
  async function reopen(plan: RestorePlan): Promise<{ safetyCopy: string }> {
    let release = () => undefined as void;
    reopening = new Promise<void>((ok) => { release = ok; });
    try {
      await drained();
      await running.close();
      const swap = putRestoredInPlace(opts, keys, plan);
      try {
        keys = plan.keys;
        running = start();
      } catch (e) {
        keys = swap.undo();
        running = start();
        throw swap.failure(e);
      }
      running.services.restore.afterRestore(plan, swap.safetyCopy);
      return { safetyCopy: swap.safetyCopy };
    } finally {
      reopening = null;
      release();
    }
  }

  return {
    get services() { return running.services; },
    get database() { return running.database; },
    get ocrEngine() { return running.ocrEngine; },
    fault: null,
    async call(method, input, sessionToken, client) {
      while (reopening) await reopening;
      inflight += 1;
      try {
        return await dispatch(running.handlers, method, input, { sessionToken, resolveActor: (t) => running.services.auth.resolve(t), ...(client ? { client } : {}) });
      } finally {
        inflight -= 1;
      }
    },
    scanNow: () => running.scanNow(),
    close: () => running.close(),
  };
}
