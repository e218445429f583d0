import type { ErrorBody, In, Method, Out } from '../../../electron/contract';
import { pickTransport, type Transport } from './transport';

/** A failed call, carrying the stable code and the Chinese message from the backend. */
export class ApiError extends Error {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly issues: readonly { path: string; message: string }[];
  constructor(body: ErrorBody) {
    super(body.message);
    this.code = body.code;
    this.params = body.params ?? {};
    this.issues = body.issues ?? [];
  }
}

const SESSION_KEY = 'desk.session';

/** The one client over the contract, the same for IPC and HTTP. */
export class DeskClient {
  private session: string | null = sessionStorage.getItem(SESSION_KEY);
  private onSignedOut: () => void = () => undefined;

  constructor(private readonly transport: Transport) {}

  async call<M extends Method>(method: M, input: In<M>): Promise<Out<M>> {
    const r = await this.transport(method, input, this.session);
    if (r.ok) return r.value as Out<M>;
    if (r.error.code === 'UNAUTHENTICATED' && this.session) {
      this.setSession(null);
      this.onSignedOut();
    }
    throw new ApiError(r.error);
  }

  setSession(token: string | null): void {
    this.session = token;
    if (token) sessionStorage.setItem(SESSION_KEY, token);
    else sessionStorage.removeItem(SESSION_KEY);
  }

  hasSession(): boolean {
    return this.session !== null;
  }

  whenSignedOut(fn: () => void): void {
    this.onSignedOut = fn;
  }
}

export const api = new DeskClient(pickTransport());
