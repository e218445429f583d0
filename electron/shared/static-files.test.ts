import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRendererFile } from './static-files';

const base = mkdtempSync(join(tmpdir(), 'renderer-'));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<html>desk</html>');
writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(base, 'secret.txt'), 'key');
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('serving the built renderer (web host and app://)', () => {
  it('serves files with their type and falls back to index.html for routes', async () => {
    expect((await readRendererFile(root, '/assets/app.js'))?.type).toBe('text/javascript; charset=utf-8');
    expect((await readRendererFile(root, '/worklist'))?.body.toString()).toBe('<html>desk</html>');
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/%E0%A4%A'])('refuses %s', async (path) => {
    expect(await readRendererFile(root, path)).toBeNull();
  });
});
