import { mkdirSync } from 'node:fs';
import type { Envelope } from '../contract';
import { watchScanFolder } from '../files/scan-folder';
import { startSyncLoop } from '../sync/sync-loop';
import type { OpenDatabase } from '../../db/client';
import type { OcrEngineChoice } from '../ocr/ocr-engine';
import type { Services } from '../services';
import { openDesk, type DeskOptions } from '../services/open-desk';
import { dispatch } from './dispatch';
import { createHandlers } from './handlers';

/** One open desk: services plus the dispatch that every transport (IPC, web host, tests) calls. */
export type DeskBackend = {
  readonly services: Services;
  readonly database: OpenDatabase;
  /** The OCR engine and pool shape in use, with the reason when PaddleOCR could not be used (for the settings screen). */
  readonly ocrEngine: OcrEngineChoice;
  call(method: string, input: unknown, sessionToken: string | null, client?: string): Promise<Envelope<unknown>>;
  /** One pass over the scanner folder now (tests; the watcher also polls on its own). */
  scanNow(): Promise<void>;
  close(): Promise<void>;
};

export function openDeskBackend(opts: DeskOptions): DeskBackend {
  const { services, database, ocrEngine } = openDesk(opts);
  const handlers = createHandlers(services);
  let watcher: ReturnType<typeof watchScanFolder> | null = null;
  if (opts.scanFolder) {
    mkdirSync(opts.scanFolder, { recursive: true });
    watcher = watchScanFolder({ folder: opts.scanFolder, take: (name, bytes) => services.scanInbox.take(name, bytes), onError: (e) => console.error('[scan-folder]', e) });
  }
  // timed transitions (T4): what fell due while the desk was closed now, then every ten minutes
  services.scheduler.runDue();
  const timed = setInterval(() => { try { services.scheduler.runDue(); } catch (e) { console.error('[scheduler]', e); } }, 10 * 60_000);
  timed.unref();
  const sync = opts.backgroundSync === false ? null : startSyncLoop(() => services.sync.runCycle(), (e) => console.error('[sync]', e instanceof Error ? e.message : e));
  return {
    services,
    database,
    ocrEngine,
    call: (method, input, sessionToken, client) =>
      dispatch(handlers, method, input, { sessionToken, resolveActor: (t) => services.auth.resolve(t), ...(client ? { client } : {}) }),
    scanNow: () => watcher?.scanNow() ?? Promise.resolve(),
    async close() {
      sync?.stop();
      clearInterval(timed);
      await watcher?.close();
      await services.ocr.close();
      database.close();
    },
  };
}
