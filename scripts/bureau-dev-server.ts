import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startBureauDouble } from '../electron/testing/bureau-double';

/**
 * `npm run bureau:dev`: the bureau double for demos — the national platform's 2503/2504/5301 on a local
 * port, stored in its own SQLite file, with an operator page at /operator where a person acts as the
 * bureau. `--chaos 0.3` makes 30 % of platform requests fail before or after commit.
 */
const { values } = parseArgs({ options: { port: { type: 'string', default: '8790' }, db: { type: 'string', default: '.bureau-data.db' }, chaos: { type: 'string', default: '0' } } });
const bureau = await startBureauDouble({ port: Number(values.port), dbFile: resolve(values.db) });
bureau.chaos(Number(values.chaos), Date.now() % 100_000);
console.log(`医保经办机构测试替身已启动 / bureau double listening: ${bureau.url}`);
console.log(`在认定台“数据同步 → 接口设置”中填写该地址。数据文件：${resolve(values.db)}`);
console.log(`经办机构操作台（复核通过/不通过、查看备案与档案）：${bureau.operatorUrl}`);
const stop = () => { void bureau.close().then(() => process.exit(0)); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
