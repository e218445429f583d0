import type { DeskBridge, Envelope, Method } from '../../../electron/contract';

export type Transport = (method: Method, input: unknown, session: string | null) => Promise<Envelope<unknown>>;

declare global {
  interface Window {
    deskBridge?: DeskBridge;
  }
}

const HOST_TOKEN_KEY = 'desk.hostToken';

/** The web host hands its token in the URL fragment (#host=…); keep it for this tab and clear the address bar. */
function hostToken(): string {
  const m = /(?:^#|&)host=([^&]+)/.exec(window.location.hash);
  if (m?.[1]) {
    sessionStorage.setItem(HOST_TOKEN_KEY, m[1]);
    history.replaceState(null, '', window.location.pathname);
  }
  return sessionStorage.getItem(HOST_TOKEN_KEY) ?? '';
}

function httpTransport(): Transport {
  const token = hostToken();
  return async (method, input, session) => {
    let res: Response;
    try {
      res = await fetch(`/rpc/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, ...(session ? { 'X-Desk-Session': session } : {}) },
        body: JSON.stringify(input),
      });
    } catch {
      return { ok: false, error: { code: 'HOST_UNREACHABLE', message: '无法连接到本机服务，请确认认定台程序仍在运行。' } };
    }
    return (await res.json()) as Envelope<unknown>;
  };
}

/** Electron: the preload's bridge (IPC). Browser: the web host over HTTP. Chosen once. */
export function pickTransport(): Transport {
  const bridge = window.deskBridge;
  return bridge ? (method, input, session) => bridge.invoke(method, input, session) : httpTransport();
}
