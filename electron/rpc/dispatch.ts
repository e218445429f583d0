import type { z } from 'zod';
import { AppError } from '../contract/app-error';
import { contract, isMethod, malformedStringAt, type Envelope } from '../contract';
import { errorMessage, type ErrorCode } from '../contract/errors';
import type { Actor } from '../services';
import type { HandlerContext, Handlers } from './handlers';

export type DispatchContext = {
  readonly sessionToken: string | null;
  /** Resolves a session token to the signed-in actor (null when unknown or expired). */
  readonly resolveActor: (token: string | null) => Actor | null;
  /** The calling desk or browser (default: this desk's own window). */
  readonly client?: string;
};

type Issue = { path: string; message: string };

const fail = (code: ErrorCode, params?: Record<string, string | number>, issues?: Issue[]): Envelope<never> => ({
  ok: false,
  error: { code, message: errorMessage(code, params), ...(params && Object.keys(params).length > 0 ? { params } : {}), ...(issues ? { issues } : {}) },
});

const diskFull = (e: unknown): boolean =>
  e instanceof Error && 'code' in e && (e.code === 'SQLITE_FULL' || e.code === 'ENOSPC');

const toIssues = (e: z.ZodError): Issue[] => e.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));

/**
 * The one entry point of every transport (Electron IPC, the web host, tests): validate the input
 * against the contract, check the session where the method needs one, run the handler, validate
 * the output (nothing outside the contract leaves), and wrap the outcome in an envelope.
 */
export async function dispatch(
  handlers: Handlers,
  method: string,
  raw: unknown,
  ctx: DispatchContext,
): Promise<Envelope<unknown>> {
  if (!isMethod(method)) return fail('UNKNOWN_METHOD');
  const entry = contract[method];
  const malformed = malformedStringAt(raw);
  if (malformed) return fail('INVALID_INPUT', { detail: `“${malformed}”含有无法保存的字符（不成对的代理字符），请重新输入` }, [{ path: malformed, message: '含有无法保存的字符' }]);
  const input = entry.input.safeParse(raw ?? {});
  if (!input.success) {
    const issues = toIssues(input.error);
    return fail('INVALID_INPUT', { detail: issues.map((i) => i.message).join('；') }, issues);
  }
  try {
    const actor = ctx.resolveActor(ctx.sessionToken);
    if (entry.auth && !actor) return fail('UNAUTHENTICATED');
    const handler = handlers[method] as (i: unknown, c: HandlerContext) => unknown;
    const value = await handler(input.data, { actor, sessionToken: ctx.sessionToken, client: ctx.client ?? 'desk' });
    return { ok: true, value: entry.output.parse(value) };
  } catch (e) {
    if (e instanceof AppError) return fail(e.code, e.params);
    // a full disk fails the write (rolled back whole); the desk goes on once space is freed
    if (diskFull(e)) return fail('DISK_FULL');
    console.error(`[rpc] ${method} failed:`, e);
    return fail('INTERNAL');
  }
}
