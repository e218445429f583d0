import { rosterCsv } from '../../electron/testing/roster-fixtures';
import { expect, SCREENS, test } from '../fixtures/desk';
import { seedReceivedApplication } from '../pages/materials-page';
import { ADMIN, SignInPage } from '../pages/setup-page';
import { ShellPage } from '../pages/shell-page';

test('the administrator imports the physicians\' roster; a bad row is reported by number and nothing is half-imported', async ({ page, desk }) => {
  await seedReceivedApplication(desk.host!, 'DIABETES');
  await page.goto(desk.host!.url);
  await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);
  await new ShellPage(page).go('认定医师名册');
  await expect(page.getByText('名册为空。')).toBeVisible();

  const rows = [
    { 姓名: '王建国', 职称: '主任医师' },
    { 姓名: '李芳', 专业: '心血管内科；内分泌科', 授权病种: '糖尿病；高血压' },
    { 姓名: '赵强', 黑名单起始: '2024-06-01', 黑名单截止: '2027-05-31', 黑名单原因: '优亲厚友' },
    { 姓名: '孙丽', 职称: '主治医师' },
  ];
  const upload = (csv: string) => page.locator('input[type=file]').setInputFiles({ name: '名册.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await upload(rosterCsv([...rows, { 姓名: '钱伟', 职称: '教授' }]));
  await expect(page.getByText('名册有 1 处问题，未导入任何记录')).toBeVisible();
  await expect(page.getByText('第 6 行：职称“教授”无效，应为主任医师、副主任医师、主治医师或住院医师')).toBeVisible();
  await expect(page.getByText('名册为空。')).toBeVisible();

  await upload(rosterCsv(rows));
  await expect(page.getByText('已导入 4 名医师。')).toBeVisible();
  const zhao = page.getByRole('row').filter({ hasText: '赵强' });
  await expect(zhao.getByText('黑名单')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '李芳' }).getByRole('cell', { name: '糖尿病、高血压' })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/19-roster.png` });
});
