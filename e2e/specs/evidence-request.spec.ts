import { expect, SCREENS, test } from '../fixtures/desk';
import { backendCall } from '../pages/materials-page';
import { printAndSave } from '../pages/print-preview';
import { caseUnderReview } from '../pages/review-page';
import { ADMIN, SignInPage } from '../pages/setup-page';

test('a drawn physician asks once for more clinical evidence (T9): the notice prints and the case waits as 材料不齐', async ({ page, desk }) => {
  const { displayNo, applicationId, assigned } = await caseUnderReview(desk);
  await page.goto(desk.host!.url);
  await new SignInPage(page).signIn(assigned[0]!, 'Doctor2026');
  await page.getByRole('row').filter({ hasText: displayNo }).getByRole('button', { name: '审核' }).click();
  await page.getByRole('button', { name: '要求补充临床资料…' }).click();
  await page.getByLabel('需要补充的资料（每行一项）').fill('近三个月空腹及餐后血糖检测报告\n糖化血红蛋白检测报告');
  await page.screenshot({ path: `${SCREENS}/47-request-evidence.png` });
  await page.getByRole('button', { name: '出具告知书' }).click();
  // the notice is listed with the file's notices, for the window to print; the sign panel is gone while the case waits
  await expect(page.getByText(/第 1 次 · 补充临床资料告知书 · .* 2 项：近三个月空腹及餐后血糖检测报告；糖化血红蛋白检测报告/)).toBeVisible();
  await expect(page.getByRole('button', { name: '签署…' })).toHaveCount(0);
  await page.screenshot({ path: `${SCREENS}/48-evidence-notice.png` });
  const printed = await printAndSave(page, () => page.getByRole('button', { name: '重新打印' }).click());
  expect(printed.suggestedFilename()).toBe(`补充临床资料告知书_${displayNo}-1.pdf`);

  const call = backendCall(desk.host!);
  const admin = (await call('auth.signIn', { username: ADMIN.username, password: ADMIN.password }))['token'] as string;
  const detail = await call('applications.get', { id: applicationId }, admin);
  const history = detail['history'] as { transition: string | null; note: string | null }[];
  expect([(detail['application'] as { state: string }).state, history.at(-1)?.transition]).toEqual(['INCOMPLETE', 'T9']);
  expect(history.at(-1)?.note).toContain('糖化血红蛋白检测报告');
});
