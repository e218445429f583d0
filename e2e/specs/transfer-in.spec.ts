import { expect, SCREENS, test } from '../fixtures/desk';
import { settled } from '../pages/antd';
import { IntakePage, WorklistPage } from '../pages/intake-page';
import { ADMIN, SignInPage } from '../pages/setup-page';
import { ShellPage } from '../pages/shell-page';
import { APPLICANT, backendCall, setUpDesk } from '../pages/materials-page';

test('R51: a person moving in from another city opens 血友病 as 外地转入 and 糖尿病 as a new application; the case shows where they came from', async ({ page, desk }) => {
  const token = await setUpDesk(desk.host!);
  await backendCall(desk.host!)('applicants.register', {
    name: APPLICANT.name, idNumber: APPLICANT.idNumber, scheme: 'EMPLOYEE', employmentStatus: 'RETIRED', regionCode: '371502',
    phone: '13800000000', address: '聊城市东昌府区柳园街道1号',
  }, token);

  await page.goto(desk.host!.url);
  await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);
  await new ShellPage(page).go('受理登记');
  await page.getByLabel('查找参保人').fill(APPLICANT.name);
  await page.getByLabel('查找参保人').press('Enter');
  await page.getByText('选择', { exact: true }).click();
  const intake = new IntakePage(page);
  await expect(intake.rowOf('血友病')).toContainText('即时办理');

  await page.getByLabel('外地参保人转入本市').check();
  await expect(intake.rowOf('血友病')).toContainText('外地转入（即时办理病种）');
  await expect(intake.rowOf('糖尿病')).toContainText('月度批次＋经办机构复核');
  await intake.chooseDisease('血友病');
  await intake.chooseDisease('糖尿病');
  await intake.openApplications();
  await expect(page.getByText('请填写原参保地（市、县）')).toBeVisible(); // nothing created without the place
  await page.getByLabel('原参保地').fill('河北省邢台市');
  await expect(page.getByText(/须提交“外地门诊慢特病资格认定结论（原参保地出具）”原件/)).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/80-transfer-in-picker.png` });
  await intake.openApplications();

  const worklist = new WorklistPage(page);
  await expect(worklist.rows()).toHaveCount(2);
  await expect(worklist.rows().filter({ hasText: '血友病' })).toContainText('外地转入（即时办理病种）');
  await worklist.rows().filter({ hasText: '血友病' }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByRole('row').filter({ hasText: '外地转入' }).last()).toContainText('原参保地：河北省邢台市（经本院审核直接纳入，R51）');
  await settled(page);
  await page.screenshot({ path: `${SCREENS}/81-transfer-in-case.png` });
  await page.keyboard.press('Escape');
  await worklist.rows().filter({ hasText: '糖尿病' }).click();
  await expect(drawer.getByRole('row').filter({ hasText: '外地转入' }).last()).toContainText('非即时办理病种，按新申请重新认定');
});
