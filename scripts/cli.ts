import { parseArgs } from 'node:util';
import { errorMessage } from '../electron/contract/errors';
import { shanghaiDate } from '../electron/domain/civil-date';
import { inspectIdNumber } from '../electron/domain/id-number';

/**
 * The desk's command line: the same domain and services as the app, no UI. For scripted checks.
 *   npm run -s cli -- id-check <身份证号> [--json]
 */

type Command = (args: string[]) => number;

const idCheck: Command = (args) => {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
  const raw = positionals[0];
  if (raw === undefined) return usage('id-check 需要一个身份证号 / id-check needs an id number');
  const info = inspectIdNumber(raw, shanghaiDate(new Date()));
  if (values.json) {
    console.log(JSON.stringify({ valid: info.valid, birthDate: info.birthDate, sex: info.sex, region: info.region, error: info.error }));
  } else if (info.valid) {
    console.log(`有效：出生日期 ${info.birthDate}，性别 ${info.sex === 'male' ? '男' : '女'}，地区 ${info.region}（${info.province}）`);
  } else {
    console.log(`无效（${info.error}）：${errorMessage(info.error ?? 'ID_NUMBER_FORMAT', info.upgraded18 ? { upgraded18: info.upgraded18 } : undefined)}`);
  }
  return info.valid ? 0 : 1;
};

const COMMANDS: Record<string, Command> = { 'id-check': idCheck };

function usage(problem?: string): number {
  if (problem) console.error(problem);
  console.error('用法 / usage: npm run -s cli -- id-check <身份证号> [--json]');
  return 2;
}

const [name, ...rest] = process.argv.slice(2);
const command = name === undefined ? undefined : COMMANDS[name];
process.exitCode = command ? command(rest) : usage(name ? `未知命令 / unknown command: ${name}` : undefined);
