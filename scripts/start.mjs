import { spawn, spawnSync } from 'node:child_process';

/**
 * `npm start`: the Electron desk where Electron's binary can be had (it downloads on first use on a
 * machine with network); otherwise says so and starts the web host (`npm run web`) instead.
 */
const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], { encoding: 'utf8' });
const electronPath = probe.status === 0 ? probe.stdout.trim() : null;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const run = (cmd, args) => {
  const child = spawn(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code) => process.exit(code ?? 0));
};

if (electronPath) {
  const built = spawnSync(npm, ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (built.status !== 0) process.exit(built.status ?? 1);
  run(electronPath, ['.']);
} else {
  console.log('本机无法获取 Electron 程序，改为启动网页宿主：请用浏览器打开下面打印的地址（等同于 npm run web）。');
  console.log('No Electron binary is available here; starting the web host instead (same as `npm run web`).');
  run(npm, ['run', 'web']);
}
