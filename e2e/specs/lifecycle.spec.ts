import { readFileSync } from 'node:fs';
import { updateApplicationState } from '../../db/queries/applications';
import { seedApprovedCases } from '../../electron/testing/approved-cases';
import { pdfText } from '../../electron/testing/pdf-text';
import { expect, SCREENS, test } from '../fixtures/desk';
import { choose, settled } from '../pages/antd';
import { IntakePage } from '../pages/intake-page';
import { backendCall, setUpDesk } from '../pages/materials-page';
import { printAndSave } from '../pages/print-preview';
import { ADMIN, SignInPage } from '../pages/setup-page';
import { ShellPage } from '../pages/shell-page';

test('a recognition revoked for fraud bars the person: intake refuses a new application and names the day the ban ends (R41, R44)', async ({ page, desk }) => {
  const call = backendCall(desk.host!);
  const token = await setUpDesk(desk.host!);
  const [id] = await seedApprovedCases(desk.host!.backend, token, 1);
  const detail = await call('applications.get', { id }, token);
  const { displayNo } = detail['application'] as { displayNo: string };
  const person = detail['applicant'] as { name: string; idNumber: string };

  await page.goto(desk.host!.url);
  await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);
  await page.getByRole('row').filter({ hasText: displayNo }).getByRole('cell', { name: displayNo }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel('撤销原因').fill('经核查出院记录系伪造');
  await drawer.getByLabel(/弄虚作假/).check();
  await drawer.getByRole('button', { name: '撤销认定' }).click();
  await expect(drawer.getByText(/两年内不得重新申请，至 \d{4}-\d{2}-\d{2} 止（R41、R44）/)).toBeVisible();
  await settled(page);
  await page.screenshot({ path: `${SCREENS}/40-revoked-for-fraud.png` });
  await drawer.getByRole('button', { name: '关闭' }).first().click();

  await new ShellPage(page).go('受理登记');
  const intake = new IntakePage(page);
  await intake.fillApplicant({ name: person.name, idNumber: person.idNumber, scheme: '职工医保', status: '退休', region: '东昌府区', phone: '13800000000', address: '聊城市东昌府区柳园街道1号' });
  await intake.submitApplicant();
  await page.getByRole('button', { name: '使用该参保人' }).click();
  await intake.chooseDisease('血友病');
  await intake.openApplications();
  await expect(page.getByText(/于 \d{4}-\d{2}-\d{2} 被确定两年内不得重新申请，至 \d{4}-\d{2}-\d{2} 止；\d{4}-\d{2}-\d{2} 起方可再次申请（R44）/)).toBeVisible();
  await expect(page.getByRole('button', { name: '创建申请' })).not.toHaveClass(/ant-btn-loading/);
  await page.screenshot({ path: `${SCREENS}/41-intake-refused-ban.png` });
});

test('the worklist shows what is due: a rejection on Mon 2025-03-03 is due to be told on 03-10 (今日到期) and overdue on 03-11 (已逾期), closed once the clerk records the telling', async ({ page, desk }) => {
  // the desk's clock and the browser's move together, as on one PC
  const at = async (iso: string) => { desk.now = new Date(iso); await page.clock.setSystemTime(desk.now); };
  await at('2025-03-03T02:00:00Z');
  const call = backendCall(desk.host!);
  const token = await setUpDesk(desk.host!);
  const [id] = await seedApprovedCases(desk.host!.backend, token, 1, 7);
  const backend = desk.host!.backend;
  const actor = backend.services.auth.resolve(token)!;
  backend.database.db.transaction((tx) => {
    updateApplicationState(tx, id!, { state: 'UNDER_REVIEW', updatedAt: new Date().toISOString() });
    backend.services.applications.applyEvent(tx, actor, id!, 'PANEL_REJECT', { signedDecisions: 2 }, null);
  });
  const { displayNo } = (await call('applications.get', { id }, token))['application'] as { displayNo: string };

  await at('2025-03-10T02:00:00Z');
  await page.goto(desk.host!.url);
  await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);
  const row = page.getByRole('row').filter({ hasText: displayNo });
  await expect(row.getByText('今日到期：告知不予认定')).toBeVisible();
  await at('2025-03-11T02:00:00Z'); // the next working day: the session has lapsed overnight, sign in again
  await page.reload();
  await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);
  await expect(row.getByText('已逾期：告知不予认定')).toBeVisible();
  await settled(page);
  await page.screenshot({ path: `${SCREENS}/42-worklist-deadlines.png` });

  await row.getByRole('cell', { name: displayNo }).click();
  const drawer = page.getByRole('dialog');
  // §2.17: the letter to the applicant, printed from the same card where the telling is recorded
  const letter = await printAndSave(page, () => drawer.getByRole('button', { name: '打印不予认定告知书' }).click(), `${SCREENS}/44-rejection-letter.png`);
  expect(letter.suggestedFilename()).toBe(`不予认定告知书_${displayNo}.pdf`);
  const printed = (await pdfText(new Uint8Array(readFileSync(await letter.path())))).replace(/\s+/g, '');
  for (const expected of ['门诊慢特病资格认定结果告知书', '作出不予认定的结论', '如对认定结论有异议', '回执']) expect(printed).toContain(expected);
  await expect(page.getByRole('dialog')).toHaveCount(1);
  await drawer.getByRole('button', { name: '记录' }).click();
  await expect(drawer.getByText(/2025-03-11 当面告知（认定未通过，/)).toBeVisible();
  await expect(drawer.getByRole('row').filter({ hasText: '期限' })).toContainText('—');
  // not settled(): the worklist behind the drawer may be refetching (its spinner animates) at this moment
  await expect(drawer.getByRole('button', { name: '记录' })).not.toHaveClass(/ant-btn-loading/);
  await page.screenshot({ path: `${SCREENS}/43-told-recorded.png` });
  await drawer.getByRole('button', { name: '关闭' }).first().click();
  await expect(row.getByText(/告知不予认定/)).toHaveCount(0);
});

test('the clerk changes a recognised person\'s place within the city: the recognition goes on (E11, R49) and the change is on the case', async ({ page, desk }) => {
  const call = backendCall(desk.host!);
  const token = await setUpDesk(desk.host!);
  const [id] = await seedApprovedCases(desk.host!.backend, token, 1, 9);
  const { displayNo } = (await call('applications.get', { id }, token))['application'] as { displayNo: string };

  await page.goto(desk.host!.url);
  await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);
  await page.getByRole('row').filter({ hasText: displayNo }).getByRole('cell', { name: displayNo }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: `申请 ${displayNo}` });
  await drawer.getByRole('button', { name: '修改参保信息' }).click();
  const form = page.getByRole('dialog').filter({ hasText: '修改参保信息：' });
  await choose(page, form.getByLabel('参保地'), '阳谷县');
  await form.getByLabel('联系电话').fill('13911112222');
  await page.screenshot({ path: `${SCREENS}/45-change-applicant.png` });
  await form.getByRole('button', { name: '保存修改' }).click();
  await expect(form).toHaveCount(0);
  await expect(drawer.getByRole('row').filter({ hasText: '参保地' }).first()).toContainText('阳谷县');
  await expect(drawer.getByText(/市内参保变更，资格互认（本院认定台）：享受待遇 → 享受待遇。市内参保地变更：市内资格互认/)).toBeVisible();
  await drawer.getByText('资格变动').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS}/46-changed-applicant.png` });
});
