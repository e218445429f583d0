import { startBureauDouble } from '../../electron/testing/bureau-double';
import { expect, SCREENS, test } from '../fixtures/desk';
import { backendCall } from '../pages/materials-page';
import { caseUnderReview } from '../pages/review-page';
import { ADMIN, SignInPage } from '../pages/setup-page';
import { ShellPage } from '../pages/shell-page';

test('a re-review case: only its package goes at T11; the bureau\'s pass brings the 备案 dated from that day; a revocation follows it', async ({ page, desk }) => {
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
    await expect(page.getByRole('button', { name: '同步状态' })).toContainText('未设置同步 · 待上传 1'); // the re-review package, no filing
    await page.getByRole('button', { name: '同步状态' }).click();
    await expect(page.getByRole('row').filter({ hasText: '复核材料报送' }).getByText('待上传')).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: '慢特病备案（2503）' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '立即同步' })).toBeDisabled();
    await page.screenshot({ path: `${SCREENS}/30-sync-rereview-waiting.png`, fullPage: true });

    await page.getByLabel('医保经办机构接口地址').fill('不是地址');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('请输入完整的接口地址，如 https://…/fsi/api/rsfComIfsService/callService')).toBeVisible();
    await page.getByLabel('医保经办机构接口地址').fill('http://ybj.example.gov.cn/fsi/api/rsfComIfsService/callService');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText(/必须使用 https:\/\//)).toBeVisible();
    await page.getByLabel('医保经办机构接口地址').fill(bureau.url);
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('已保存接口设置')).toBeVisible();

    await page.getByRole('button', { name: '立即同步' }).click();
    await expect(page.getByText('没有待上传的记录。')).toBeVisible();
    expect([bureau.filings(), bureau.archives().map((a) => [a.applicationNo, a.purpose])]).toEqual([[], [[displayNo, 'REREVIEW']]]);

    // a person at the bureau passes the re-review on the double's operator page
    const operator = await page.context().newPage();
    await operator.goto(bureau.operatorUrl);
    await operator.getByLabel(`复核日期 ${displayNo}`).fill('2026-11-23');
    await operator.screenshot({ path: `${SCREENS}/33-bureau-operator.png`, fullPage: true });
    await operator.getByRole('row').filter({ hasText: displayNo }).getByRole('button', { name: '复核通过' }).click();
    await expect(operator.getByText(`已通过复核：${displayNo}`)).toBeVisible();
    await operator.close();
    await page.getByRole('button', { name: '立即同步' }).click();
    await expect(page.getByText('复核结果：已处理 1 条复核结果')).toBeVisible();
    await expect(page.getByText('没有待上传的记录。')).toBeVisible();
    await expect(page.getByRole('button', { name: '同步状态' })).toHaveText(/在线$/);
    await expect.poll(() => bureau.filings().map((f) => f.valid)).toEqual([true]);
    // the archive package: the discharge record as imported and the signed decision form, each with its SHA-256
    expect(bureau.archives().filter((a) => a.purpose === 'ARCHIVE').map((a) => [a.applicationNo, a.held, a.files.at(-1)?.name]))
      .toEqual([[displayNo, 2, `资格确认表_${displayNo}.pdf`]]);
    await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 15_000 });
    await page.screenshot({ path: `${SCREENS}/31-sync-done.png`, fullPage: true });

    await new ShellPage(page).go('工作台');
    await page.getByRole('cell', { name: displayNo }).click();
    const drawer = page.getByRole('dialog');
    await expect(drawer.getByText('认定通过').first()).toBeVisible();
    await expect(drawer.getByRole('row').filter({ hasText: '享受待遇起始日' })).toContainText('2026-11-23');
    await expect(drawer.getByRole('row').filter({ hasText: '备案' }).last()).toContainText('已备案');
    await page.screenshot({ path: `${SCREENS}/32-entitlement.png`, fullPage: true });
    await page.keyboard.press('Escape');
    // the office revokes the recognition: a 2504 leaves with the next sync and the bureau holds nothing
    await page.getByRole('cell', { name: displayNo }).click();
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
