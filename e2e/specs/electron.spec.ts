import { test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Launching the real Electron shell needs its binary, which cannot be downloaded on every machine. */
function electronBinary(): string | null {
  const dir = resolve('node_modules/electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const bin = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(bin) ? bin : null;
}

const binary = electronBinary();
if (!binary) console.log('[electron] skipped: no Electron binary in node_modules/electron/dist (none can be downloaded here); the web-host project covers the renderer and the backend.');

test('the Electron shell opens the desk with the sandboxed bridge', async () => {
  test.skip(!binary, 'no Electron binary on this machine (see the printed reason)');
  const { _electron } = await import('@playwright/test');
  const app = await _electron.launch({ executablePath: binary!, args: [resolve('.')] });
  const window = await app.firstWindow();
  await window.getByText('慢特病认定台').first().waitFor();
  const exposed = await window.evaluate(() => {
    const w = window as unknown as { deskBridge?: unknown; require?: unknown };
    return { bridge: typeof w.deskBridge, require: typeof w.require };
  });
  if (exposed.bridge !== 'object' || exposed.require !== 'undefined') throw new Error(`unexpected globals: ${JSON.stringify(exposed)}`);
  await app.close();
});
