import { startBureauDouble } from '../../electron/testing/bureau-double';
import { expect, SCREENS, test } from '../fixtures/desk';
import { backendCall } from '../pages/materials-page';
import { caseUnderReview } from '../pages/review-page';
import { ADMIN, SignInPage } from '../pages/setup-page';
import { ShellPage } from '../pages/shell-page';

test('an approved case waits offline, the bureau\'s refusal is shown in its words, and once re-queued it is filed exactly once', async ({ page, desk }) => {
  const { displayNo, applicationId, assigned } = await caseUnderReview(desk);
  const call = backendCall(desk.host!);
  for (const id of assigned) {
    const token = (await call('auth.signIn', { username: id, password: 'Doctor2026' }))['token'] as string;
    await call('review.sign', {
      applicationId, result: 'APPROVE', reasonCodes: [], comment: '', criteria: [{ id: 'C1', met: true }, { id: 'C2', met: true }], password: 'Doctor2026',
    }, token);
  }
  const bureau = await startBureauDouble();
  try {
    await page.goto(desk.host!.url);
    await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);
    await expect(page.getByRole('button', { name: '同步状态' })).toContainText('未设置同步 · 待上传 2'); // the filing and its archive package
    await page.getByRole('button', { name: '同步状态' }).click();
    await expect(page.getByRole('row').filter({ hasText: '慢特病备案（2503）' }).getByText('待上传')).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: '病历档案上传' }).getByText('待上传')).toBeVisible();
    await expect(page.getByRole('button', { name: '立即同步' })).toBeDisabled();

    await page.getByLabel('医保经办机构接口地址').fill('不是地址');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('请输入完整的接口地址，如 https://…/fsi/api/rsfComIfsService/callService')).toBeVisible();
    await page.getByLabel('医保经办机构接口地址').fill(bureau.url);
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('已保存接口设置')).toBeVisible();

    bureau.inject({ when: 'before', kind: 'infcode', errMsg: '参保人联系电话格式不正确' });
    await page.getByRole('button', { name: '立即同步' }).click();
    const row = page.getByRole('row').filter({ hasText: '慢特病备案（2503）' });
    await expect(row.getByText('上传失败')).toBeVisible();
    await expect(row.getByText('参保人联系电话格式不正确')).toBeVisible();
    await expect(page.getByRole('button', { name: '同步状态' })).toContainText('失败 1');
    await page.screenshot({ path: `${SCREENS}/30-sync-failed.png`, fullPage: true });

    await row.getByRole('button', { name: '重新排队' }).click();
    await expect(page.getByText('已按申请的当前信息重新排队上传')).toBeVisible();
    bureau.publish('rereview', { results: [{ applicationNo: displayNo, result: 'PASS', reason: '', decidedOn: '2026-11-23' }] });
    await page.getByRole('button', { name: '立即同步' }).click();
    await expect(page.getByText('复核结果：已处理 1 条复核结果')).toBeVisible();
    await expect(page.getByText('没有待上传的记录。')).toBeVisible();
    await expect(page.getByRole('button', { name: '同步状态' })).toHaveText(/在线$/);
    await expect(page.getByText('2 条', { exact: true }).first()).toBeVisible(); // 已上传: the filing and the archive
    expect(bureau.filings().map((f) => f.valid)).toEqual([true]);
    // the archive package: the discharge record as imported and the signed decision form, each with its SHA-256
    expect(bureau.archives().map((a) => [a.applicationNo, a.held, a.files.at(-1)?.name])).toEqual([[displayNo, 2, `资格确认表_${displayNo}.pdf`]]);
    await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 15_000 });
    await page.screenshot({ path: `${SCREENS}/31-sync-done.png`, fullPage: true });

    // the office revokes the recognition: a 2504 leaves with the next sync and the bureau holds nothing
    await new ShellPage(page).go('工作台');
    await page.getByRole('cell', { name: displayNo }).click();
    await expect(page.getByRole('dialog').getByText('认定通过').first()).toBeVisible();
    await page.getByLabel('撤销原因').fill('经核查病历资料系伪造（000 §24）');
    await page.getByRole('button', { name: '撤销认定' }).click();
    await expect(page.getByText('已撤销认定，将通知医保经办机构撤销备案')).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '同步状态' }).click();
    await page.getByRole('button', { name: '立即同步' }).click();
    await expect(page.getByText('没有待上传的记录。')).toBeVisible();
    await expect.poll(() => bureau.filings().map((f) => f.valid)).toEqual([false]);
  } finally {
    await bureau.close();
  }
});
