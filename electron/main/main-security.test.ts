import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * The Electron shell's security settings, asserted here without an Electron binary (issue 11):
 * `electron/main` is loaded against a stand-in `electron` module that records every option and
 * handler the shell installs, and each one is exercised as Electron would.
 */
const fake = vi.hoisted(() => {
  type Handler = (...args: unknown[]) => unknown;
  const rec = {
    sandboxEnabled: false,
    privileged: [] as unknown[],
    protocolHandlers: new Map<string, Handler>(),
    appHandlers: new Map<string, Handler>(),
    windows: [] as { options: Record<string, unknown>; url: string | null }[],
    ipc: new Map<string, Handler>(),
    permission: null as Handler | null,
    userData: '',
    opened: [] as string[],
  };
  class BrowserWindow {
    private entry: { options: Record<string, unknown>; url: string | null };
    constructor(options: Record<string, unknown>) {
      this.entry = { options, url: null };
      rec.windows.push(this.entry);
    }
    static getAllWindows() { return []; }
    removeMenu() { return undefined; }
    once() { return undefined; }
    show() { return undefined; }
    loadURL(url: string) { this.entry.url = url; return Promise.resolve(); }
  }
  const electron = {
    app: {
      enableSandbox: () => { rec.sandboxEnabled = true; },
      requestSingleInstanceLock: () => true,
      whenReady: () => Promise.resolve(),
      on: (event: string, h: Handler) => { rec.appHandlers.set(event, h); },
      quit: () => undefined,
      getPath: (name: string) => (name === 'userData' ? rec.userData : join(rec.userData, name)),
      getAppPath: () => process.cwd(),
      isPackaged: false,
    },
    BrowserWindow,
    dialog: { showErrorBox: (title: string, msg: string) => { throw new Error(`${title}: ${msg}`); } },
    ipcMain: { handle: (channel: string, h: Handler) => { rec.ipc.set(channel, h); } },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => { rec.privileged.push(...s); },
      handle: (scheme: string, h: Handler) => { rec.protocolHandlers.set(scheme, h); },
    },
    session: { defaultSession: { setPermissionRequestHandler: (h: Handler) => { rec.permission = h; } } },
    shell: { openExternal: (url: string) => { rec.opened.push(url); return Promise.resolve(); } },
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (s: string) => Buffer.from(s),
      decryptString: (b: Buffer) => b.toString(),
    },
  };
  return { rec, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const rec = fake.rec;
// the unit tests run before the renderer is built: a stand-in page where there is none yet
const page = resolve('dist/renderer/index.html');
const madePage = !existsSync(page);
beforeAll(async () => {
  if (madePage) {
    mkdirSync(resolve('dist/renderer'), { recursive: true });
    writeFileSync(page, '<!doctype html><title>慢特病认定台</title>');
  }
  rec.userData = mkdtempSync(join(tmpdir(), 'csd-electron-'));
  await import('./main');
  for (let i = 0; i < 50 && rec.windows.length === 0; i += 1) await new Promise((r) => setTimeout(r, 100));
}, 60_000);
afterAll(async () => {
  await (rec.appHandlers.get('window-all-closed')?.() as Promise<void> | undefined);
  rmSync(rec.userData, { recursive: true, force: true });
  if (madePage) rmSync(resolve('dist/renderer'), { recursive: true, force: true });
});

type Contents = { handlers: Map<string, (...a: unknown[]) => void>; openHandler: ((d: { url: string }) => { action: string }) | null };
function webContents(): Contents {
  const c: Contents = { handlers: new Map(), openHandler: null };
  const api = { on: (e: string, h: (...a: unknown[]) => void) => c.handlers.set(e, h), setWindowOpenHandler: (h: Contents['openHandler']) => { c.openHandler = h; } };
  (rec.appHandlers.get('web-contents-created') as (e: unknown, wc: unknown) => void)({}, api);
  return c;
}
const prevented = (h: ((...a: unknown[]) => void) | undefined, ...args: unknown[]) => {
  let stopped = false;
  h?.({ preventDefault: () => { stopped = true; } }, ...args);
  return stopped;
};

describe('the Electron shell (stand-in electron module)', () => {
  it('turns the sandbox on for every renderer and opens one window isolated from Node', () => {
    expect(rec.sandboxEnabled).toBe(true);
    expect(rec.windows).toHaveLength(1);
    expect(rec.windows[0]!.options['webPreferences']).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, allowRunningInsecureContent: false, plugins: true });
    expect(rec.windows[0]!.url).toBe('app://desk/');
  });

  it('serves only app://desk, never a path outside the renderer, always with the CSP', async () => {
    const handle = rec.protocolHandlers.get('app') as (r: { url: string }) => Promise<Response>;
    const ok = await handle({ url: 'app://desk/' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toContain("script-src 'self'");
    // frames only for the print preview's own blob: PDFs; no plugin objects
    expect(ok.headers.get('content-security-policy')).toContain("frame-src blob:;");
    expect(ok.headers.get('content-security-policy')).toContain("object-src 'none'");
    for (const url of ['app://desk/../../package.json', 'app://desk/%2e%2e/%2e%2e/package.json', 'app://evil/index.html']) {
      expect((await handle({ url })).status, url).toBe(404);
    }
  });

  it('denies navigation away, new windows (opening https links outside instead) and webviews', () => {
    const c = webContents();
    expect(prevented(c.handlers.get('will-navigate'), 'https://evil.example/')).toBe(true);
    expect(prevented(c.handlers.get('will-navigate'), 'app://desk/#/worklist')).toBe(false);
    expect(prevented(c.handlers.get('will-attach-webview'))).toBe(true);
    expect(c.openHandler?.({ url: 'https://www.nhsa.gov.cn/' })).toEqual({ action: 'deny' });
    expect(c.openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(rec.opened).toEqual(['https://www.nhsa.gov.cn/']);
  });

  it('grants the camera to the desk alone, and nothing else', () => {
    const ask = (url: string, permission: string) => {
      let granted: boolean | null = null;
      rec.permission?.({ getURL: () => url }, permission, (g: boolean) => { granted = g; });
      return granted;
    };
    expect([ask('app://desk/', 'media'), ask('app://desk/', 'geolocation'), ask('https://evil.example/', 'media')]).toEqual([true, false, false]);
  });

  it('answers IPC only from the desk\'s own top-level page', async () => {
    const rpc = rec.ipc.get('desk:rpc')!;
    const from = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });
    expect(await rpc(from('https://evil.example/'), 'setup.status', {}, null)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await rpc(from('app://desk/', {}), 'setup.status', {}, null)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await rpc({ senderFrame: null }, 'setup.status', {}, null)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await rpc(from('app://desk/'), 'setup.status', {}, null)).toMatchObject({ ok: true, value: { initialized: false } });
  });
});

describe('the installer', () => {
  it('sets Electron\'s fuses: no RunAsNode, cookies encrypted, the app only from its integrity-checked asar', () => {
    const yml = readFileSync('electron-builder.yml', 'utf8');
    const fuses = yml.slice(yml.indexOf('electronFuses:'));
    for (const line of ['runAsNode: false', 'enableCookieEncryption: true', 'enableNodeOptionsEnvironmentVariable: false',
      'enableNodeCliInspectArguments: false', 'enableEmbeddedAsarIntegrityValidation: true', 'onlyLoadAppFromAsar: true']) {
      expect(fuses, line).toContain(line);
    }
  });
});
