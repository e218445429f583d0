import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, SCREENS, test } from '../fixtures/desk';
import { DeskHost } from '../fixtures/desk';
import type { Page } from '@playwright/test';
import { BackupPage } from '../pages/backup-page';
import { APPLICANT, backendCall } from '../pages/materials-page';
import { ADMIN, SetupPage, SignInPage } from '../pages/setup-page';
import { ShellPage } from '../pages/shell-page';

/** Backup and recovery (issue 11), through the screens, on the web host. */

/**
 * Waits for antd's animations to end before a screenshot, like pages/antd `settled`, except what a
 * button leaves behind once it has stopped loading (its click wave, its spinner on the way out): in
 * Chromium these exit motions can stay "running" after the button is done, though nothing shows.
 */
const settled = (page: Page) => page.waitForFunction(() => document.getAnimations().every((a) => {
  if (a.playState !== 'running') return true;
  const target = (a.effect as KeyframeEffect | null)?.target ?? null;
  const button = target?.closest('.ant-btn') ?? null;
  return target?.classList.contains('ant-wave') === true || (button !== null && !button.classList.contains('ant-btn-loading'));
}));

let usb: string;
test.beforeEach(() => { usb = mkdtempSync(join(tmpdir(), 'csd-usb-')); });
test.afterEach(() => rmSync(usb, { recursive: true, force: true }));

/** A received application of 张三, seeded through the same backend the UI calls. */
async function seedCase(desk: DeskHost): Promise<string> {
  const call = backendCall(desk.host!);
  const token = (await call('auth.signIn', { username: ADMIN.username, password: ADMIN.password }))['token'] as string;
  const applicant = await call('applicants.register', {
    name: APPLICANT.name, idNumber: APPLICANT.idNumber, scheme: 'EMPLOYEE', employmentStatus: 'RETIRED', regionCode: '371502', phone: '13800000000', address: '聊城市东昌府区柳园街道1号',
  }, token);
  const apps = await desk.host!.backend.call('applications.open', { applicantId: applicant['id'], diseases: [{ diseaseKey: 'HEMOPHILIA', modeKey: null }] }, token);
  if (!apps.ok) throw new Error(apps.error.message);
  const app = (apps.value as { id: string; displayNo: string }[])[0]!;
  await call('applications.receive', { id: app.id, identityVerification: 'ID_CARD_READER', applicantSigned: true }, token);
  return app.displayNo;
}

test('the administrator backs up, the data is damaged, a bad backup is refused, the good one restores it', async ({ page, desk }) => {
  await page.goto(desk.host!.url);
  const setup = new SetupPage(page);
  const code = await setup.initializeUntilCode();
  expect(code).toMatch(/^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$/);
  await expect(page.getByRole('button', { name: '我已保存，继续登录' })).toBeDisabled();
  await settled(page);
  await page.screenshot({ path: `${SCREENS}/60-setup-recovery-code.png`, fullPage: true });
  await setup.confirmCode();
  const displayNo = await seedCase(desk);
  await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);

  const shell = new ShellPage(page);
  const backups = new BackupPage(page);
  await shell.go('备份与恢复');
  await backups.configure(usb, { daily: '22:00' }, 5);
  const good = await backups.backupNow();
  await expect(backups.row(good).getByText('写入时已检查')).toBeVisible();
  await backups.row(good).getByRole('button', { name: '核验' }).click();
  await expect(page.getByText(/^备份 csd-backup-.+ 核验通过：审计链 \d+ 条记录完好$/)).toBeVisible();
  await expect(backups.row(good).getByText('已完整核验')).toBeVisible();
  await settled(page);
  await page.screenshot({ path: `${SCREENS}/61-backup-screen.png`, fullPage: true });

  // something goes wrong after the backup: a case changed behind the desk's back, and a later backup damaged on the drive
  desk.host!.backend.database.sqlite.prepare("UPDATE applications SET state = 'APPROVED' WHERE display_no = ?").run(displayNo);
  await page.reload();
  await shell.go('备份与恢复');
  const bad = await backups.backupNow();
  const file = join(usb, `${bad}.db`);
  const bytes = readFileSync(file);
  bytes.fill(0, Math.floor(bytes.length / 2), Math.floor(bytes.length / 2) + 4096);
  writeFileSync(file, bytes);

  await backups.restore(bad);
  await expect(backups.dialog().getByText(/SHA-256 与清单不符：文件已损坏或被改动。未做任何替换。/)).toBeVisible();
  await settled(page);
  await page.screenshot({ path: `${SCREENS}/62-restore-refused.png`, fullPage: true });
  await backups.dialog().getByRole('button', { name: '取消' }).click();
  await expect(backups.row(bad).getByText('核验未通过')).toBeVisible();

  await backups.restore(good);
  const notice = page.getByText(/^已从备份 csd-backup-\S+（.+）恢复。原数据库已保留为 desk\.db\.before-restore-.+。认定台已重新打开，请重新登录。$/);
  await expect(notice).toBeVisible({ timeout: 30_000 });
  await settled(page);
  await page.screenshot({ path: `${SCREENS}/63-restored-sign-in.png`, fullPage: true });

  await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);
  await expect(page.getByRole('row').filter({ hasText: displayNo }).getByText('已受理')).toBeVisible();
  await shell.go('审计日志');
  await page.getByRole('button', { name: '立即核验' }).click();
  await expect(page.getByText(/^审计链完好：共 \d+ 条记录/)).toBeVisible();
});

test('the database key is lost: the start-up screen takes the recovery code; a new PC restores a backup with it', async ({ page, desk }) => {
  await page.goto(desk.host!.url);
  const code = await new SetupPage(page).initialize();
  await seedCase(desk);
  const call = backendCall(desk.host!);
  const token = (await call('auth.signIn', { username: ADMIN.username, password: ADMIN.password }))['token'] as string;
  await call('backup.configure', { folder: usb, schedule: { kind: 'OFF' }, keepLast: 3 }, token);
  const { name } = await call('backup.run', {}, token);

  // the OS key store is gone: the database stays, its key does not
  await desk.stop();
  rmSync(join(desk.dataDir, 'desk.key'));
  await desk.start();
  await page.goto(desk.host!.url);
  await expect(page.getByText('认定台未能打开数据库')).toBeVisible();
  const wrong = `${code.slice(0, 10)}${code.slice(10, 11) === '7' ? '8' : '7'}${code.slice(11)}`;
  await page.getByLabel('恢复码').fill(wrong);
  await page.getByRole('button', { name: '找回密钥并打开' }).click();
  await expect(page.getByText(/恢复码有输入错误|恢复码不正确/)).toBeVisible();
  await settled(page);
  await page.screenshot({ path: `${SCREENS}/64-startup-recovery-code.png`, fullPage: true });
  await page.getByLabel('恢复码').fill(code.toLowerCase().replace(/-/g, ' '));
  await page.getByRole('button', { name: '找回密钥并打开' }).click();
  await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);
  await expect(page.getByLabel('当前用户')).toHaveText(ADMIN.name);

  // the code was typed in front of others: the administrator issues a new one (the old one stops working)
  await new ShellPage(page).go('备份与恢复');
  await page.getByRole('button', { name: '重新签发恢复码…' }).click();
  const reissue = page.getByRole('dialog', { name: '重新签发恢复码' });
  await reissue.getByLabel('登录密码').fill(ADMIN.password);
  await reissue.getByRole('button', { name: '签发新恢复码' }).click();
  const newCode = (await reissue.getByTestId('recovery-code').textContent()) ?? '';
  expect(newCode).not.toBe(code);
  await settled(page);
  await page.screenshot({ path: `${SCREENS}/66-recovery-code-reissued.png`, fullPage: true });
  await reissue.getByRole('checkbox', { name: '我已抄写保存' }).check();
  await reissue.getByRole('button', { name: '完成' }).click();
  await expect(page.getByText('已签发新恢复码，旧恢复码已作废')).toBeVisible();

  // a new PC: an empty desk made from the backup on the USB drive and the same code
  const newPc = new DeskHost();
  try {
    await newPc.start();
    await page.goto(newPc.host!.url);
    await page.getByRole('button', { name: '在新电脑上从备份恢复…' }).click();
    await page.getByLabel('备份文件夹').fill(usb);
    await page.getByRole('button', { name: '查找备份' }).click();
    await expect(page.getByText(new RegExp(`聊城市人民医院 · ${name as string}`))).toBeVisible();
    await page.getByLabel('恢复码').fill(code);
    await page.getByRole('button', { name: '核验并恢复' }).click();
    await expect(page.getByText(/恢复码不正确/)).toBeVisible(); // the old code no longer opens the backup folder's keys
    await page.getByLabel('恢复码').fill(newCode);
    await settled(page);
    await page.screenshot({ path: `${SCREENS}/65-new-pc-restore.png`, fullPage: true });
    await page.getByRole('button', { name: '核验并恢复' }).click();
    await expect(page.getByText(/^已从备份 csd-backup-\S+（.+）恢复。请用原认定台的账号登录。$/)).toBeVisible({ timeout: 30_000 });
    await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);
    await expect(page.getByRole('row').filter({ hasText: APPLICANT.name })).toBeVisible();
  } finally {
    await newPc.dispose();
  }
});
