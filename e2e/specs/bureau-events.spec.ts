import { seedApprovedCases } from '../../electron/testing/approved-cases';
import type { Page } from '@playwright/test';
import { startBureauDouble, type BureauDouble } from '../../electron/testing/bureau-double';
import { expect, SCREENS, test, type DeskHost } from '../fixtures/desk';
import { settled } from '../pages/antd';
import { backendCall, setUpDesk } from '../pages/materials-page';
import { ADMIN, SignInPage } from '../pages/setup-page';
import { ShellPage } from '../pages/shell-page';


/** The desk connected to the bureau double, signed in on 数据同步, with everything queued sent. */
async function firstSync(page: Page, desk: DeskHost, bureau: BureauDouble, token: string): Promise<void> {
  await backendCall(desk.host!)('sync.configure', { url: bureau.url, caPem: null }, token);
  await page.goto(desk.host!.url);
  await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);
  await new ShellPage(page).go('数据同步');
  await page.getByRole('button', { name: '立即同步' }).click();
  await expect(page.getByText('没有待上传的记录。')).toBeVisible();
}

test('the bureau suspends a filed entitlement on its operator page; the desk learns it at sync and shows it on the case (E2, §2.12)', async ({ page, desk }) => {
  const call = backendCall(desk.host!);
  const token = await setUpDesk(desk.host!);
  const [id] = await seedApprovedCases(desk.host!.backend, token, 1);
  const { displayNo } = (await call('applications.get', { id }, token))['application'] as { displayNo: string };
  const bureau = await startBureauDouble();
  try {
    await firstSync(page, desk, bureau, token);
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

test('R38: the bureau draws its monthly sample on the operator page; the desk sends the archive at sync and shows the finding on the case', async ({ page, desk }) => {
  const token = await setUpDesk(desk.host!);
  await seedApprovedCases(desk.host!.backend, token, 4);
  const bureau = await startBureauDouble();
  try {
    await firstSync(page, desk, bureau, token);
    await expect.poll(() => bureau.archives().filter((a) => a.purpose === 'ARCHIVE').length).toBe(4);

    const operator = await page.context().newPage();
    await operator.goto(bureau.operatorUrl);
    await operator.getByRole('button', { name: '抽取' }).click();
    await expect(operator.getByText(/已抽取 \d{4}-\d{2}：4 件中抽 1 件/)).toBeVisible();
    const drawnNo = bureau.sampling.requests()[0]!.items[0]!.applicationNo;
    await page.getByRole('button', { name: '立即同步' }).click();
    await expect(page.getByText(/抽查复核：新抽查 1 件（档案包排队上传）/)).toBeVisible();
    await page.getByRole('button', { name: '立即同步' }).click();
    await expect.poll(() => bureau.archives().filter((a) => a.purpose === 'SAMPLING').map((a) => a.applicationNo)).toEqual([drawnNo]);
    await operator.reload();
    await expect(operator.getByRole('row').filter({ hasText: drawnNo }).filter({ hasText: '已收到' })).toHaveCount(1);
    await operator.getByLabel(`抽查结论 ${drawnNo}`).selectOption('NOT_ELIGIBLE');
    await operator.getByLabel(`抽查理由 ${drawnNo}`).fill('病历显示空腹血糖未达到诊断标准');
    await operator.getByRole('button', { name: '作出结论' }).click();
    await expect(operator.getByText(`已作出抽查结论：${drawnNo} 不符合条件（取消资格）`)).toBeVisible();
    await operator.screenshot({ path: `${SCREENS}/82-bureau-operator-sampling.png`, fullPage: true });
    await operator.close();

    await page.getByRole('button', { name: '立即同步' }).click();
    await expect(page.getByText(/抽查复核：新抽查 0 件（档案包排队上传），收到结论 1 件/)).toBeVisible();
    await new ShellPage(page).go('工作台');
    await page.getByRole('cell', { name: drawnNo }).click();
    const drawer = page.getByRole('dialog');
    await expect(drawer.getByRole('row').filter({ hasText: '资格状态' })).toContainText('已取消');
    await expect(drawer.getByRole('row').filter({ hasText: '医保经办机构抽中' })).toContainText('档案包已报送；结论（');
    await expect(drawer.getByRole('row').filter({ hasText: '医保经办机构抽中' })).toContainText('不符合条件，取消资格（E9），病历显示空腹血糖未达到诊断标准');
    await drawer.getByText('资格变动').scrollIntoViewIfNeeded();
    await settled(page);
    await page.screenshot({ path: `${SCREENS}/83-case-sampled.png` });
  } finally {
    await bureau.close();
  }
});
