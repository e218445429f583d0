import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SOURCE_MIGRATIONS_DIR } from '../../db/source-paths';
import { startWebHost } from './server';

/** `npm run web`: serves the desk to a local browser. Data in --data (default .desk-data). */
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '.desk-data' }, port: { type: 'string', default: '0' }, 'scan-dir': { type: 'string' },
    'ocr-engine': { type: 'string' },
  },
});
const ocrEngine = values['ocr-engine'];
if (ocrEngine !== undefined && ocrEngine !== 'paddle' && ocrEngine !== 'tesseract') {
  console.error('--ocr-engine 应为 paddle 或 tesseract / --ocr-engine must be paddle or tesseract');
  process.exit(2);
}

let host;
try {
  host = await startWebHost({
    dataDir: resolve(values.data),
    rendererDir: resolve('dist/renderer'),
    packsDir: resolve('resources/policy'),
    migrationsDir: SOURCE_MIGRATIONS_DIR,
    port: Number(values.port),
    ...(values['scan-dir'] ? { scanFolder: resolve(values['scan-dir']) } : {}),
    ...(ocrEngine ? { ocrEngine } : {}),
  });
} catch (e) {
  // a start-up fault is told in words, with the way forward, never as a stack trace
  console.error(`慢特病认定台无法启动：${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
console.log(`慢特病认定台（网页宿主）已启动，数据目录：${resolve(values.data)}`);
const fault = host.backend.fault;
if (fault) {
  // a database without its keys: the page asks for the administrator's recovery code
  console.log(`认定台未能打开数据库：${fault.message}`);
  console.log(fault.canRecover ? '请在浏览器中打开下面的地址，输入管理员恢复码。' : '');
} else {
  const { shapeZh, fallbackReason } = host.backend.ocrEngine;
  console.log(`文字识别：${shapeZh}${fallbackReason ? `。${fallbackReason}` : ''}`);
}
console.log(`请在浏览器中打开 / open in a browser: ${host.url}`);

const stop = () => {
  void host.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
