import { build } from 'esbuild';

/** Bundles the Electron main process and the sandboxed preload (CommonJS) into dist/electron. */
const common = { bundle: true, platform: 'node', target: 'node22', format: 'cjs', sourcemap: false, logLevel: 'info', external: ['electron'] };

// Main: our code is bundled; npm packages (native modules, tesseract.js's worker, pdf.js, fonts) stay in
// node_modules, where they find their own files. `import.meta.url` is given its CommonJS meaning.
const mainProcess = {
  ...common,
  packages: 'external',
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};
await build({ ...mainProcess, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs' });
// The PaddleOCR worker thread: its own bundle beside main.cjs, where electron/ocr/paddle/paddle-engine.ts looks for it.
await build({ ...mainProcess, entryPoints: ['electron/ocr/paddle/worker.ts'], outfile: 'dist/electron/paddle-worker.cjs' });
await build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs', minify: true });
