import { checkCharacter } from '../../electron/domain/id-number';
import { expect, SCREENS, test } from '../fixtures/desk';
import { choose } from '../pages/antd';
import { IntakePage, WorklistPage } from '../pages/intake-page';
import { ADMIN, FirstPasswordPage, SetupPage, SignInPage } from '../pages/setup-page';
import { ShellPage, UsersPage } from '../pages/shell-page';

const id18 = (first17: string) => first17 + checkCharacter(first17);
const CLERK = { username: 'clerk1', initial: 'Initial2025', password: 'Clerk2025', name: '李经办' };

test('first run, a clerk registers an applicant, opens applications, and everything survives a restart', async ({ page, desk }) => {
  // the longest walk of the suite (first run, three sign-ins, a restart): about 30 s here, over a minute on a busy machine
  test.setTimeout(120_000);
  await page.goto(desk.host!.url);

  // First run: the administrator's account is created with the desk.
  await expect(page.getByRole('heading', { name: '首次使用：初始化认定台' })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/01-setup.png` });
  await new SetupPage(page).initialize();

  // Sign in as administrator and create a clerk account.
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/02-sign-in.png` });
  await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);
  const shell = new ShellPage(page);
  await expect(shell.currentUser()).toHaveText(ADMIN.name);
  await shell.go('系统设置');
  await new UsersPage(page).create(CLERK.username, CLERK.name, '窗口经办', CLERK.initial);
  await expect(page.getByRole('cell', { name: CLERK.username, exact: true })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/03-users.png` });
  await shell.signOut();

  // The clerk signs in with the initial password and must choose one of their own first.
  await new SignInPage(page).signIn(CLERK.username, CLERK.initial);
  await expect(page.getByRole('heading', { name: '请设置您自己的密码' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: '工作台' })).toHaveCount(0);
  await page.screenshot({ path: `${SCREENS}/02b-first-password.png` });
  await new FirstPasswordPage(page).change(CLERK.initial, CLERK.password);
  await expect(shell.currentUser()).toHaveText(CLERK.name);
  await expect(page.getByRole('menuitem', { name: '系统设置' })).toHaveCount(0);
  await expect(page.getByText('还没有申请')).toBeVisible();

  // Register: a wrong check digit is refused in Chinese and what was typed stays.
  await shell.go('受理登记');
  const intake = new IntakePage(page);
  const good = id18('37150219560715002');
  const bad = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
  await intake.fillApplicant({ name: '李秀英', idNumber: bad, scheme: '职工医保', status: '退休', region: '东昌府区', phone: '13800138000', address: '聊城市东昌府区柳园路8号' });
  await expect(page.getByText('身份证号校验码错误，请核对后重新输入。')).toBeVisible();
  await intake.submitApplicant();
  await expect(page.getByLabel('身份证号')).toHaveValue(bad);
  await expect(page.getByLabel('姓名')).toHaveValue('李秀英');
  await page.screenshot({ path: `${SCREENS}/04-register-invalid-id.png` });

  // Correct it: sex and birth date follow from the number.
  await page.getByLabel('身份证号').fill(good);
  await page.getByLabel('身份证号').blur();
  await expect(page.getByLabel('性别')).toHaveValue('女');
  await expect(page.getByLabel('出生日期')).toHaveValue('1956-07-15');
  await page.screenshot({ path: `${SCREENS}/05-register-valid.png` });
  await intake.submitApplicant();

  // Choose diseases: search by pinyin initials; the path shows instant / monthly / re-review.
  await expect(page.getByRole('heading', { name: '选择申请病种' }).or(page.getByText('选择申请病种').last())).toBeVisible();
  await expect(intake.rowOf('血友病')).toContainText('即时办理');
  await expect(intake.rowOf('糖尿病')).toContainText('月度批次＋经办机构复核');
  await intake.chooseDisease('血友病');
  await intake.searchDisease('gxb');
  await expect(page.getByRole('checkbox', { name: /^选择/ })).toHaveCount(1);
  await intake.chooseDisease('冠心病', '介入（支架）术后');
  await expect(intake.rowOf('冠心病')).toContainText('月度批次');
  await expect(intake.rowOf('冠心病')).not.toContainText('复核');
  await page.screenshot({ path: `${SCREENS}/06-disease-picker.png` });
  await intake.openApplications();

  // The worklist shows both, in the first state.
  const worklist = new WorklistPage(page);
  await expect(worklist.rows()).toHaveCount(2);
  await expect(worklist.rows().first()).toContainText('李秀英');
  await expect(worklist.rows().filter({ hasText: '冠心病（介入（支架）术后）' })).toContainText('待受理');
  await expect(worklist.rows().filter({ hasText: '血友病' })).toContainText('即时办理');
  await page.screenshot({ path: `${SCREENS}/07-worklist.png` });

  // Receive one (T1): identity method and signature.
  await worklist.rows().filter({ hasText: '血友病' }).click();
  await choose(page, page.getByLabel('身份核验方式'), '身份证读卡器');
  await page.getByLabel('申请人（或代办人）已在申请表上签字确认').check();
  await page.getByRole('button', { name: '确认受理' }).click();
  await expect(page.getByRole('dialog').getByText('已受理', { exact: true })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/08-application-received.png` });
  await page.keyboard.press('Escape');

  // Filter and search.
  await worklist.filterState(/^已受理/);
  await expect(worklist.rows()).toHaveCount(1);
  await worklist.filterState(/^全部状态/);
  await worklist.search('lxy');
  await expect(worklist.rows()).toHaveCount(2);
  await worklist.search('王');
  await expect(page.getByText('没有符合条件的申请')).toBeVisible();

  // Close the app and reopen it: everything is still there (sessions are not).
  await desk.stop();
  const reopened = await desk.start();
  await page.goto(reopened.url);
  await new SignInPage(page).signIn(CLERK.username, CLERK.password);
  await expect(worklist.rows()).toHaveCount(2);
  await expect(worklist.rows().filter({ hasText: '血友病' })).toContainText('已受理');
  await expect(worklist.rows().filter({ hasText: '冠心病' })).toContainText('待受理');
});

test('a duplicate id number is refused, naming the existing record, and it can be used instead', async ({ page, desk }) => {
  await page.goto(desk.host!.url);
  await new SetupPage(page).initialize();
  await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);
  const shell = new ShellPage(page);
  const intake = new IntakePage(page);
  const applicant = { name: '张三', idNumber: id18('37152219800101001'), scheme: '居民医保', region: '莘县', phone: '0635-8888888', address: '莘县燕塔街道' } as const;

  await shell.go('受理登记');
  await intake.fillApplicant(applicant);
  await intake.submitApplicant();
  await expect(page.getByText('选择申请病种').last()).toBeVisible();
  await page.getByRole('button', { name: '更换参保人' }).click();

  await intake.fillApplicant({ ...applicant, name: '张叁' });
  await intake.submitApplicant();
  await expect(page.getByText(/身份证号已登记：张三/)).toBeVisible();
  await expect(page.getByLabel('姓名')).toHaveValue('张叁');
  await page.screenshot({ path: `${SCREENS}/09-duplicate-applicant.png` });
  await page.getByRole('button', { name: '使用该参保人' }).click();
  await expect(page.getByText('选择申请病种').last()).toBeVisible();
  await expect(page.getByText('居民医保').first()).toBeVisible();
});

test('the administrator disables an account and resets a password', async ({ page, desk }) => {
  await page.goto(desk.host!.url);
  await new SetupPage(page).initialize();
  await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);
  const shell = new ShellPage(page);
  await shell.go('系统设置');
  // the settings say which engine reads the records and in what shape, chosen from this PC
  await expect(page.getByText('PaddleOCR（PP-OCRv4，本机离线）')).toBeVisible();
  await expect(page.getByText(/^PaddleOCR · \d 个识别进程 × 每个 \d 线程/)).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/42-settings-ocr.png`, fullPage: true });
  await new UsersPage(page).create('doctor1', '赵医师', '认定医师', 'Initial2025');
  const row = page.getByRole('row').filter({ hasText: 'doctor1' });
  await expect(row).toContainText('待首次改密');
  await expect(page.getByRole('row').filter({ hasText: 'admin' }).getByRole('button', { name: '停用' })).toHaveCount(0);

  await row.getByRole('button', { name: '停用' }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(row).toContainText('已停用');
  await row.getByRole('button', { name: '重置密码' }).click();
  // the dialog has opened when its field holds the focus (autoFocus); typing earlier raced its opening in CI
  const reset = page.getByRole('dialog').filter({ hasText: '重置 赵医师（doctor1）的密码' });
  await expect(reset.getByLabel('临时密码')).toBeFocused();
  await reset.getByLabel('临时密码').fill('Temp2025x');
  await expect(reset.getByLabel('临时密码')).toHaveValue('Temp2025x');
  await reset.getByRole('button', { name: '重置密码' }).click();
  await expect(reset).toHaveCount(0);
  await expect(page.getByText('已重置 doctor1 的密码')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/10-users-actions.png` });
  await shell.signOut();

  await new SignInPage(page).signIn('doctor1', 'Temp2025x');
  await expect(page.getByText('该账号已停用，请联系管理员。')).toBeVisible();
  await new SignInPage(page).signIn(ADMIN.username, 'wrong-pass1');
  await expect(page.getByText('用户名或密码错误。')).toBeVisible();
  await expect(page.getByLabel('用户名')).toHaveValue(ADMIN.username);
});
