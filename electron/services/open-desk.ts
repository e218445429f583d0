import { openDatabase, type OpenDatabase } from '../../db/client';
import type { PolicyPack } from '../domain/policy-pack';
import { OcrPool, defaultPoolSize } from '../ocr/ocr-pool';
import { prepareLangDir } from '../ocr/lang-data';
import { tesseractWorkerFactory } from '../ocr/tesseract-engine';
import type { BureauGateway } from '../sync/http-gateway';
import { createCatalogueService } from './catalogue';
import { createUuidv7 } from './ids';
import { createOutbox } from './outbox';
import { createSyncService } from './sync';
import { createServices, type Services } from './index';

/** A page that takes longer than this is stopped and marked failed (it can be retried). */
const OCR_PAGE_TIMEOUT_MS = 90_000;

export type DeskOptions = {
  readonly dbFile: string;
  readonly keyHex: string;
  readonly migrationsDir: string;
  readonly packs: ReadonlyMap<string, PolicyPack>;
  readonly clock?: () => Date;
  /** One directory holding chi_sim and eng traineddata.gz (prepared from the npm data packages when missing). */
  readonly ocrLangDir: string;
  readonly ocrWorkers?: number;
  /** Background sync with the bureau (on by default); tests drive cycles themselves. */
  readonly backgroundSync?: boolean;
  /** The folder the desk scanner saves into; watched while the desk is open. */
  readonly scanFolder?: string | null;
};

/** Opens the encrypted database, applies migrations and wires the services: the composition root. */
export function openDesk(opts: DeskOptions): { services: Services; database: OpenDatabase } {
  const database = openDatabase({ file: opts.dbFile, keyHex: opts.keyHex, migrationsDir: opts.migrationsDir });
  const clock = opts.clock ?? (() => new Date());
  const ocr = new OcrPool({
    size: opts.ocrWorkers ?? defaultPoolSize(),
    timeoutMs: OCR_PAGE_TIMEOUT_MS,
    createWorker: tesseractWorkerFactory(prepareLangDir(opts.ocrLangDir)),
  });
  const services = createServices({ db: database.db, packs: opts.packs, clock, newId: createUuidv7(clock) }, { ocr, scanFolder: opts.scanFolder ?? null });
  services.uploads.clearAbandoned();
  services.ocr.start();
  return { services, database };
}

/** Only the sync worker over an existing desk database (the `sync` CLI, the sync bench): no OCR, no watcher. */
export function openSyncWorker(opts: { dbFile: string; keyHex: string; migrationsDir: string; packs: ReadonlyMap<string, PolicyPack>; gateway?: BureauGateway }) {
  const database = openDatabase({ file: opts.dbFile, keyHex: opts.keyHex, migrationsDir: opts.migrationsDir });
  const clock = () => new Date();
  const deps = { db: database.db, packs: opts.packs, clock, newId: createUuidv7(clock) };
  const sync = createSyncService(deps, createOutbox(deps, createCatalogueService(deps)), opts.gateway ? { gateway: opts.gateway } : {});
  return { sync, close: () => database.close() };
}
