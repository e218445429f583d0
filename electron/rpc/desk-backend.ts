import type { Envelope } from '../contract';
import type { OpenDatabase } from '../../db/client';
import type { Services } from '../services';
import { openDesk, type DeskOptions } from '../services/open-desk';
import { dispatch } from './dispatch';
import { createHandlers } from './handlers';

/** One open desk: services plus the dispatch that every transport (IPC, web host, tests) calls. */
export type DeskBackend = {
  readonly services: Services;
  readonly database: OpenDatabase;
  call(method: string, input: unknown, sessionToken: string | null): Promise<Envelope<unknown>>;
  close(): Promise<void>;
};

export function openDeskBackend(opts: DeskOptions): DeskBackend {
  const { services, database } = openDesk(opts);
  const handlers = createHandlers(services);
  return {
    services,
    database,
    call: (method, input, sessionToken) =>
      dispatch(handlers, method, input, { sessionToken, resolveActor: (t) => services.auth.resolve(t) }),
    async close() {
      await services.ocr.close();
      database.close();
    },
  };
}
