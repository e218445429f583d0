import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, SCREENS, test } from '../fixtures/desk';
import { settled } from '../pages/antd';
import { backendCall } from '../pages/materials-page';
import { ADMIN } from '../pages/setup-page';

test('a database with a damaged page is set aside, and the setup screen says so and leads to 从备份恢复 instead of a silent new desk', async ({ page, desk }) => {
  await backendCall(desk.host!)('setup.initialize', {
    hospitalName: '聊城市人民医院', hospitalCode: 'H37150200001', packId: 'cn.sd.liaocheng.csd',
    adminUsername: ADMIN.username, adminDisplayName: ADMIN.name, adminPassword: ADMIN.password,
  });
  await desk.stop();
  const file = join(desk.dataDir, 'desk.db');
  const bytes = readFileSync(file);
  bytes.set(randomBytes(4096), 5 * 4096);
  writeFileSync(file, bytes);
  await desk.start();

  await page.goto(desk.host!.url);
  const alert = page.getByRole('alert').filter({ hasText: '数据库文件已损坏' });
  await expect(alert).toContainText(/已原样保留为 desk\.db\.damaged-\d{8}-\d{6}，未做任何删除/);
  await settled(page);
  await page.screenshot({ path: `${SCREENS}/67-damaged-database.png` });
  await alert.getByRole('button', { name: '从备份恢复' }).click();
  await expect(page.getByRole('heading', { name: '从备份恢复认定台' })).toBeVisible();
  await expect(page.getByText(/原数据库文件已损坏/)).toBeVisible();
  await settled(page);
  await page.screenshot({ path: `${SCREENS}/68-damaged-restore.png` });
});
