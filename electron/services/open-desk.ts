import { openDatabase, type OpenDatabase } from '../../db/client';
import type { PolicyPack } from '../domain/policy-pack';
import { createUuidv7 } from './ids';
import { createServices, type Services } from './index';

export type DeskOptions = {
  readonly dbFile: string;
  readonly keyHex: string;
  readonly migrationsDir: string;
  readonly packs: ReadonlyMap<string, PolicyPack>;
  readonly clock?: () => Date;
};

/** Opens the encrypted database, applies migrations and wires the services: the composition root. */
export function openDesk(opts: DeskOptions): { services: Services; database: OpenDatabase } {
  const database = openDatabase({ file: opts.dbFile, keyHex: opts.keyHex, migrationsDir: opts.migrationsDir });
  const clock = opts.clock ?? (() => new Date());
  return { services: createServices({ db: database.db, packs: opts.packs, clock, newId: createUuidv7(clock) }), database };
}
