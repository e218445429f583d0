import { expect, SCREENS, test } from '../fixtures/desk';
import { settled } from '../pages/antd';
import { seedReceivedApplication } from '../pages/materials-page';
import { ADMIN, SignInPage } from '../pages/setup-page';
import { ShellPage } from '../pages/shell-page';

test('the administrator verifies the audit log, finds a change made behind the desk\'s back, and exports the log', async ({ page, desk }) => {
  const { displayNo } = await seedReceivedApplication(desk.host!, 'HEMOPHILIA');
  await page.goto(desk.host!.url);
  await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);
  await new ShellPage(page).go('审计日志');
  await page.getByRole('button', { name: '立即核验' }).click();
  await expect(page.getByText(/^审计链完好：共 \d+ 条记录/)).toBeVisible();
  await page.getByLabel('操作').fill('application.');
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByRole('cell', { name: /application\.receive/ })).toBeVisible();
  await settled(page);
  await page.screenshot({ path: `${SCREENS}/40-audit-log.png`, fullPage: true });

  // someone with the database key changes a case's state with raw SQL
  desk.host!.backend.database.sqlite.prepare("UPDATE applications SET state = 'APPROVED' WHERE display_no = ?").run(displayNo);
  await page.getByRole('button', { name: '立即核验' }).click();
  await expect(page.getByText(/^审计链核验未通过/).first()).toBeVisible();
  await expect(page.getByText(/^申请 .+ 与第 \d+ 条审计记录不符（已被改动）$/)).toBeVisible();
  await settled(page);
  await page.screenshot({ path: `${SCREENS}/41-audit-tampered.png`, fullPage: true });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出（CSV）' }).click();
  expect((await download).suggestedFilename()).toMatch(/^审计日志_\d{4}-\d{2}-\d{2}\.csv$/);
});
