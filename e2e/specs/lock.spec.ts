import { expect, SCREENS, test } from '../fixtures/desk';
import { ADMIN, SetupPage, SignInPage } from '../pages/setup-page';
import { ShellPage } from '../pages/shell-page';

test('the screen locks after the idle minutes and the same person unlocks it with their own password; the session goes on', async ({ page, desk }) => {
  await page.goto(desk.host!.url);
  await new SetupPage(page).initialize();
  await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);
  await new ShellPage(page).go('系统设置');
  // the page's clock from here on: the lock's timer is armed again when the minutes change
  await page.clock.install();
  await page.getByLabel('无操作').fill('1');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('已保存自动锁屏时间')).toBeVisible();

  await page.clock.fastForward('01:05');
  const lock = page.getByRole('dialog', { name: '屏幕已锁定' });
  await expect(lock).toBeVisible();
  await expect(page.getByText('用户管理')).toHaveCount(0); // nothing of the desk stays on screen
  await page.screenshot({ path: `${SCREENS}/43-idle-lock.png` });
  await lock.getByLabel('登录密码').fill('not-my-password1');
  await lock.getByRole('button', { name: '解锁' }).click();
  await expect(lock.getByText('密码不正确，请输入本人的登录密码解锁。')).toBeVisible();
  await lock.getByLabel('登录密码').fill(ADMIN.password);
  await lock.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByText('用户管理')).toBeVisible(); // back where the person was, still signed in
});
