import { textPdf } from '../../electron/testing/file-fixtures';
import { rosterCsv, rosterImport } from '../../electron/testing/roster-fixtures';
import { startBureauDouble } from '../../electron/testing/bureau-double';
import { expect, SCREENS, test } from '../fixtures/desk';
import { APPLICANT, backendCall, seedReceivedApplication } from '../pages/materials-page';
import { printAndSave } from '../pages/print-preview';
import { ADMIN, SignInPage } from '../pages/setup-page';
import { ShellPage } from '../pages/shell-page';

test('an instant disease is certified the same visit: straight to review (T5), two hematologists sign, the entitlement starts that day, the 备案 waits on the bureau and is filed at sync', async ({ page, desk }) => {
  const record = await textPdf([['聊城市人民医院', '出院记录', `姓名：${APPLICANT.name}  身份证号：${APPLICANT.idNumber}`,
    `出院日期：${new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10)}`, '出院诊断：血友病A（重型）']]);
  const { displayNo } = await seedReceivedApplication(desk.host!, 'HEMOPHILIA', record);
  const call = backendCall(desk.host!);
  const admin = (await call('auth.signIn', { username: ADMIN.username, password: ADMIN.password }))['token'] as string;
  const hematology = { 专业: '血液科', 授权病种: '血友病' };
  await call('roster.import', rosterImport(rosterCsv([{ 医保医师编码: 'H301', 姓名: '孟凡', ...hematology }, { 医保医师编码: 'H302', 姓名: '韩雪', ...hematology }])), admin);
  for (const [id, name] of [['H301', '孟凡'], ['H302', '韩雪']] as const) {
    await call('users.create', { username: id, displayName: name, role: 'PHYSICIAN', password: 'Initial2026' }, admin);
    const first = (await call('auth.signIn', { username: id, password: 'Initial2026' }))['token'] as string;
    await call('auth.changePassword', { currentPassword: 'Initial2026', newPassword: 'Doctor2026' }, first);
  }

  await page.goto(desk.host!.url);
  await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);
  const row = page.getByRole('row').filter({ hasText: displayNo });
  await expect(row).toContainText('医师审核中'); // T5: no monthly queue for an instant disease
  await row.getByRole('cell', { name: displayNo }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByRole('button', { name: /随机抽取认定医师（还需 2 名）/ }).click();
  await expect(drawer.getByText(/已从 2 名符合条件的医师中随机抽取：(孟凡|韩雪)、(孟凡|韩雪)/)).toBeVisible();

  const applicationId = ((await call('applications.list', { state: 'UNDER_REVIEW', query: '', page: 1, pageSize: 10 }, admin))['items'] as { id: string }[])[0]!.id;
  for (const id of ['H301', 'H302']) {
    const token = (await call('auth.signIn', { username: id, password: 'Doctor2026' }))['token'] as string;
    await call('review.sign', { applicationId, result: 'APPROVE', reasonCodes: [], comment: '', criteria: [{ id: 'C1', met: true }, { id: 'C2', met: true }], password: 'Doctor2026' }, token);
  }
  await drawer.getByRole('button', { name: '关闭' }).first().click();
  // the physicians signed at their own desks: the worklist reads afresh when opened again
  await new ShellPage(page).go('月度资格确认');
  await new ShellPage(page).go('工作台');
  await expect(row).toContainText('认定通过');
  await expect(row).toContainText('即时办理备案待经办机构确认'); // not yet acknowledged by the bureau
  await row.getByRole('cell', { name: displayNo }).click();
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  await expect(drawer.getByRole('row').filter({ hasText: '享受待遇起始日' })).toContainText(today);
  await expect(drawer.getByRole('row').filter({ hasText: '备案' }).last()).toContainText('待备案（离线排队）');
  await page.screenshot({ path: `${SCREENS}/73-instant-approved.png` });
  const letter = await printAndSave(page, () => drawer.getByRole('button', { name: '打印认定通过告知书' }).click());
  expect(letter.suggestedFilename()).toBe(`认定通过告知书_${displayNo}.pdf`);
  await drawer.getByRole('button', { name: '关闭' }).first().click();

  const bureau = await startBureauDouble();
  try {
    await call('sync.configure', { url: bureau.url, caPem: null }, admin);
    await new ShellPage(page).go('数据同步');
    await page.getByRole('button', { name: '立即同步' }).click();
    await expect(page.getByText('没有待上传的记录。')).toBeVisible();
    await expect.poll(() => bureau.filings().map((f) => [f.diseaseCode, f.valid])).toEqual([['HEMOPHILIA', true]]);
    await new ShellPage(page).go('工作台');
    await expect(row).toContainText('认定通过');
    await expect(row.getByText('即时办理备案待经办机构确认')).toHaveCount(0);
  } finally {
    await bureau.close();
  }
});
