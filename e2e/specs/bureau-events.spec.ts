import { seedApprovedCases } from '../../electron/testing/approved-cases';
import { startBureauDouble } from '../../electron/testing/bureau-double';
import { expect, SCREENS, test } from '../fixtures/desk';
import { backendCall, setUpDesk } from '../pages/materials-page';
import { ADMIN, SignInPage } from '../pages/setup-page';
import { ShellPage } from '../pages/shell-page';

test('the bureau suspends a filed entitlement on its operator page; the desk learns it at sync and shows it on the case (E2, §2.12)', async ({ page, desk }) => {
  const call = backendCall(desk.host!);
  const token = await setUpDesk(desk.host!);
  const [id] = await seedApprovedCases(desk.host!.backend, token, 1);
  const { displayNo } = (await call('applications.get', { id }, token))['application'] as { displayNo: string };
  const bureau = await startBureauDouble();
  try {
    await call('sync.configure', { url: bureau.url, caPem: null }, token);
    await page.goto(desk.host!.url);
    await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);
    await new ShellPage(page).go('数据同步');
    await page.getByRole('button', { name: '立即同步' }).click();
    await expect(page.getByText('没有待上传的记录。')).toBeVisible();
    await expect.poll(() => bureau.filings().length).toBe(1);
    const sn = bureau.filings()[0]!.sn;

    const operator = await page.context().newPage();
    await operator.goto(bureau.operatorUrl);
    await operator.getByLabel(`变动 ${sn}`).selectOption('SUSPEND_ABNORMAL');
    await operator.getByLabel(`变动理由 ${sn}`).fill('短期内多次超量开药，诊疗异常');
    await operator.getByRole('row').filter({ hasText: sn }).getByRole('button', { name: '发布' }).click();
    await expect(operator.getByText(`已发布：${sn} 暂停（诊疗异常）`)).toBeVisible();
    await operator.screenshot({ path: `${SCREENS}/34-bureau-operator-suspend.png`, fullPage: true });
    await operator.close();

    await page.getByRole('button', { name: '立即同步' }).click();
    await expect(page.getByText(/资格变动（暂停、恢复、取消等）：已处理 1 条资格变动/)).toBeVisible();
    await new ShellPage(page).go('工作台');
    await page.getByRole('cell', { name: displayNo }).click();
    const drawer = page.getByRole('dialog');
    await expect(drawer.getByRole('row').filter({ hasText: '资格状态' })).toContainText('暂停');
    await expect(drawer.getByText(/诊疗异常，暂停资格（医保经办机构）：享受待遇 → 暂停。短期内多次超量开药，诊疗异常/)).toBeVisible();
    await drawer.getByText('资格变动').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENS}/35-entitlement-suspended.png` });
  } finally {
    await bureau.close();
  }
});
