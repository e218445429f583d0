import { seedApprovedCases } from '../../electron/testing/approved-cases';
import { startBureauDouble } from '../../electron/testing/bureau-double';
import { expect, SCREENS, test } from '../fixtures/desk';
import { settled } from '../pages/antd';
import { backendCall, setUpDesk } from '../pages/materials-page';
import { ADMIN, SignInPage } from '../pages/setup-page';
import { ShellPage } from '../pages/shell-page';

test('the bureau refuses a filing: the case becomes 备案被拒 in the worklist, with the bureau\'s words and a void entitlement', async ({ page, desk }) => {
  const call = backendCall(desk.host!);
  const token = await setUpDesk(desk.host!);
  const [id] = await seedApprovedCases(desk.host!.backend, token, 1);
  const bureau = await startBureauDouble();
  try {
    await call('sync.configure', { url: bureau.url, caPem: null }, token);
    bureau.inject({ when: 'before', kind: 'infcode', errMsg: '参保人参保状态异常，不予备案' });
    await page.goto(desk.host!.url);
    await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);
    await new ShellPage(page).go('数据同步');
    await page.getByRole('button', { name: '立即同步' }).click();
    await expect(page.getByRole('row').filter({ hasText: '慢特病备案（2503）' }).getByText('参保人参保状态异常，不予备案')).toBeVisible();
    await new ShellPage(page).go('工作台');
    const displayNo = ((await call('applications.get', { id }, token))['application'] as { displayNo: string }).displayNo;
    const row = page.getByRole('row').filter({ hasText: displayNo });
    await expect(row.getByText('备案被拒', { exact: true })).toBeVisible();
    await row.getByRole('cell', { name: displayNo }).click();
    const drawer = page.getByRole('dialog');
    await expect(drawer.getByRole('row').filter({ hasText: '资格状态' })).toContainText('自始无效（备案被拒）');
    await expect(drawer.getByText('参保人参保状态异常，不予备案').first()).toBeVisible();
    await settled(page);
    await page.screenshot({ path: `${SCREENS}/33-filing-refused.png`, fullPage: true });
  } finally {
    await bureau.close();
  }
});
