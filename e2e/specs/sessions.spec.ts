import { textPdf } from '../../electron/testing/file-fixtures';
import { rosterCsv, rosterImport } from '../../electron/testing/roster-fixtures';
import { expect, SCREENS, test } from '../fixtures/desk';
import { APPLICANT, backendCall, seedReceivedApplication } from '../pages/materials-page';
import { printAndSave } from '../pages/print-preview';
import { ADMIN, SignInPage } from '../pages/setup-page';
import { ShellPage } from '../pages/shell-page';

test('the clerk holds the monthly confirmation session: every queued case gets its panel at once (T7, R27) and the list prints', async ({ page, desk }) => {
  const record = await textPdf([['聊城市人民医院', '出院记录', `姓名：${APPLICANT.name}  身份证号：${APPLICANT.idNumber}`,
    `出院日期：${new Date(Date.now() - 90 * 86_400_000).toISOString().slice(0, 10)}`, '出院诊断：2型糖尿病']]);
  const { displayNo } = await seedReceivedApplication(desk.host!, 'DIABETES', record);
  const call = backendCall(desk.host!);
  const admin = (await call('auth.signIn', { username: ADMIN.username, password: ADMIN.password }))['token'] as string;
  await call('roster.import', rosterImport(rosterCsv([{ 医保医师编码: 'D201', 姓名: '李芳' }, { 医保医师编码: 'D202', 姓名: '陈静' }, { 医保医师编码: 'D203', 姓名: '王建国' }])), admin);

  await page.goto(desk.host!.url);
  await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);
  await new ShellPage(page).go('月度资格确认');
  await expect(page.getByRole('row').filter({ hasText: displayNo })).toContainText('糖尿病');
  await expect(page.getByRole('button', { name: /开始本月资格确认/ })).toBeEnabled();
  await page.screenshot({ path: `${SCREENS}/70-session-queue.png`, fullPage: true });
  await page.getByRole('button', { name: /开始本月资格确认（为 1 件申请随机抽取认定医师）/ }).click();
  await expect(page.getByText(new RegExp(`${displayNo} 抽取 (李芳|陈静|王建国)、(李芳|陈静|王建国)`))).toBeVisible();
  await expect(page.getByText('目前没有待月度确认的申请。')).toBeVisible();
  const held = page.getByRole('row').filter({ hasText: ADMIN.name });
  await expect(held).toContainText(/\d{4}-\d{2}.*1/);
  await page.screenshot({ path: `${SCREENS}/71-session-held.png`, fullPage: true });

  const list = await printAndSave(page, () => held.getByRole('button', { name: '打印名单' }).click(), `${SCREENS}/72-session-list.png`);
  expect(list.suggestedFilename()).toMatch(/^月度资格确认名单_\d{4}-\d{2}\.pdf$/);

  await new ShellPage(page).go('工作台');
  await expect(page.getByRole('row').filter({ hasText: displayNo })).toContainText('医师审核中');
});
