import { dirname, join } from 'node:path';
import { DatabaseCorruptError, openDatabase, type OpenDatabase } from '../../db/client';
import { ensureGuardTriggers } from '../../db/triggers';
import { fileAnchorStore } from '../files/audit-anchor';
import type { KeyStore } from '../files/key-store';
import { RECOVERY_FILE } from '../files/recovery-file';
import type { PolicyPack } from '../domain/policy-pack';
import { chooseOcrEngine, createOcrPool, type OcrEngineChoice } from '../ocr/ocr-engine';
import type { OcrEngineName } from '../ocr/ocr-result';
import type { BureauGateway } from '../sync/http-gateway';
import { createUuidv7 } from './ids';
import { createServices, type Services } from './index';
import type { Reopen } from './backup-restore';
import { createRecoveryLimiter, type RecoveryLimiter } from './key-recovery';
import type { OcrRecognizer } from './ocr-queue';

/** A page that takes longer than this is stopped and marked failed (it can be retried). */
const OCR_PAGE_TIMEOUT_MS = 90_000;

export type DeskOptions = {
  readonly dbFile: string;
  readonly keyHex: string;
  /** The audit chain's MAC key (64 hex), held apart from the database key. */
  readonly auditKeyHex: string;
  readonly migrationsDir: string;
  readonly packs: ReadonlyMap<string, PolicyPack>;
  readonly clock?: () => Date;
  /** The PP-OCRv4 models (PaddleOCR, the default engine). */
  readonly ocrModelDir: string;
  /** One directory holding chi_sim and eng traineddata.gz (prepared from the npm data packages when missing). */
  readonly ocrLangDir: string;
  /** The engine chosen in settings; PaddleOCR when not given. */
  readonly ocrEngine?: OcrEngineName;
  readonly ocrWorkers?: number;
  /** Background sync with the bureau (on by default); tests drive cycles themselves. */
  readonly backgroundSync?: boolean;
  /** The folder the desk scanner saves into; watched while the desk is open. */
  readonly scanFolder?: string | null;
  /** Where keys restored from a backup of another PC are written (web host: files; Electron: the OS keychain); tests: none. */
  readonly keyStore?: KeyStore;
};

/** The database could not be opened because a page of it is damaged (its detail), or null for any other failure. */
export const damagedDatabaseDetail = (e: unknown): string | null => (e instanceof DatabaseCorruptError ? e.detail : null);

/** Beside the database: the audit chain's head and the wrapped keys. */
export const anchorFileOf = (dbFile: string) => join(dirname(dbFile), 'audit-head.json');
export const recoveryFileOf = (dbFile: string) => join(dirname(dbFile), RECOVERY_FILE);

/** What the backend hands a desk it opens: the process-wide brake on wrong recovery codes, and how to reopen on a restore. */
export type DeskWiring = { readonly limiter?: RecoveryLimiter; readonly reopen?: Reopen };

/** Opens the encrypted database, applies migrations and wires the services: the composition root. */
export function openDesk(opts: DeskOptions, wiring: DeskWiring = {}): { services: Services; database: OpenDatabase; ocrEngine: OcrEngineChoice } {
  const database = openDatabase({ file: opts.dbFile, keyHex: opts.keyHex, migrationsDir: opts.migrationsDir });
  const clock = opts.clock ?? (() => new Date());
  const audit = auditPorts(database, opts.dbFile);
  const ocrEngine = chooseOcrEngine({
    modelDir: opts.ocrModelDir,
    ...(opts.ocrEngine ? { preference: opts.ocrEngine } : {}),
    ...(opts.ocrWorkers ? { workers: opts.ocrWorkers } : {}),
  });
  const ocr = createOcrPool(ocrEngine, { modelDir: opts.ocrModelDir, langDir: opts.ocrLangDir }, OCR_PAGE_TIMEOUT_MS);
  const deps = { db: database.db, packs: opts.packs, clock, newId: createUuidv7(clock), auditKey: Buffer.from(opts.auditKeyHex, 'hex') };
  const keys = { dbKeyHex: opts.keyHex, auditKeyHex: opts.auditKeyHex };
  const onDisk = opts.dbFile !== ':memory:';
  const services = createServices(deps, {
    ocr, ocrEngine, scanFolder: opts.scanFolder ?? null, ...audit,
    vault: { recoveryFile: onDisk ? recoveryFileOf(opts.dbFile) : null, keys, limiter: wiring.limiter ?? createRecoveryLimiter(clock) },
    backup: onDisk ? { database, dbFile: opts.dbFile, keys, migrationsDir: opts.migrationsDir } : null,
    reopen: wiring.reopen ?? null,
  });
  anchorAfterCommit(database, () => services.audit.anchorHead());
  services.audit.startup();
  services.uploads.clearAbandoned();
  services.ocr.start();
  return { services, database, ocrEngine };
}

/** The guard triggers restored at open, and the anchor file beside the database (R25). */
function auditPorts(database: OpenDatabase, dbFile: string) {
  return {
    restoreTriggers: () => ensureGuardTriggers(database.sqlite),
    anchors: dbFile === ':memory:' ? null : fileAnchorStore(anchorFileOf(dbFile)),
  };
}

/** After every outermost transaction commits, the chain's new head goes to the anchor file. */
function anchorAfterCommit(database: OpenDatabase, anchor: () => void): void {
  const transaction = database.db.transaction.bind(database.db);
  database.db.transaction = (fn, config) => {
    const result = transaction(fn, config);
    anchor();
    return result;
  };
}

/** No OCR in a sync-only process: a page queued there waits for the desk, where it is recognised. */
const NO_OCR: OcrRecognizer = {
  size: 0,
  recognize: () => Promise.reject(new Error('此进程只做同步，不做识别')),
  cancel: () => false,
  close: () => Promise.resolve(),
};

/** Only the sync worker over an existing desk database (the `sync` CLI): no OCR, no watcher, no background loop. */
export function openSyncWorker(opts: {
  dbFile: string; keyHex: string; auditKeyHex: string; migrationsDir: string; packs: ReadonlyMap<string, PolicyPack>; gateway?: BureauGateway;
}) {
  const database = openDatabase({ file: opts.dbFile, keyHex: opts.keyHex, migrationsDir: opts.migrationsDir });
  const clock = () => new Date();
  const deps = { db: database.db, packs: opts.packs, clock, newId: createUuidv7(clock), auditKey: Buffer.from(opts.auditKeyHex, 'hex') };
  const services = createServices(deps, { ocr: NO_OCR, scanFolder: null, ...auditPorts(database, opts.dbFile), ...(opts.gateway ? { bureau: opts.gateway } : {}) });
  anchorAfterCommit(database, () => services.audit.anchorHead());
  return { sync: services.sync, audit: services.audit, close: () => database.close() };
}
