import { textPdf } from '../../electron/testing/file-fixtures';
import { rosterCsv, rosterImport, rosterXlsx } from '../../electron/testing/roster-fixtures';
import { expect, SCREENS, test } from '../fixtures/desk';
import { choose, settled } from '../pages/antd';
import { APPLICANT, backendCall, seedReceivedApplication } from '../pages/materials-page';
import { printAndSave } from '../pages/print-preview';
import { caseUnderReview } from '../pages/review-page';
import { ADMIN, SignInPage } from '../pages/setup-page';
import { ShellPage } from '../pages/shell-page';

test('the administrator imports the physicians\' roster; a bad row is reported by number and nothing is half-imported', async ({ page, desk }) => {
  await seedReceivedApplication(desk.host!, 'DIABETES');
  await page.goto(desk.host!.url);
  await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);
  await new ShellPage(page).go('认定医师名册');
  await expect(page.getByText('名册为空。')).toBeVisible();

  const rows = [
    { 姓名: '王建国', 职称: '主任医师' },
    { 姓名: '李芳', 专业: '心血管内科；内分泌科', 授权病种: '糖尿病；高血压' },
    { 姓名: '赵强', 黑名单起始: '2024-06-01', 黑名单截止: '2027-05-31', 黑名单原因: '优亲厚友' },
    { 姓名: '孙丽', 职称: '主治医师' },
  ];
  const upload = (csv: string) => page.locator('input[type=file]').setInputFiles({ name: '名册.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await upload(rosterCsv([...rows, { 姓名: '钱伟', 职称: '教授' }]));
  await expect(page.getByText('名册有 1 处问题，未导入任何记录')).toBeVisible();
  await expect(page.getByText('第 6 行：职称“教授”无效，应为主任医师、副主任医师、主治医师或住院医师')).toBeVisible();
  await expect(page.getByText('名册为空。')).toBeVisible();

  await upload(rosterCsv(rows));
  await expect(page.getByText('已导入 4 名医师。')).toBeVisible();
  const zhao = page.getByRole('row').filter({ hasText: '赵强' });
  await expect(zhao.getByText('黑名单', { exact: true })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '李芳' }).getByRole('cell', { name: '糖尿病、高血压' })).toBeVisible();

  await page.locator('input[type=file]').setInputFiles({ name: '名册补充.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await rosterXlsx([{ 医保医师编码: 'D009', 姓名: '周敏', 授权截止: '2028-12-31' }]) });
  await expect(page.getByText('已导入 1 名医师。')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '周敏' }).getByText('2024-01-01 至 2028-12-31')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/19-roster.png` });

  // the administrator adds a physician by hand; a wrong ID number is refused and nothing typed is lost
  await page.getByRole('button', { name: '新增医师' }).click();
  const drawer = page.getByRole('dialog', { name: '新增认定医师' });
  await drawer.getByLabel('医保医师编码').fill('D010');
  await drawer.getByLabel('姓名').fill('韩雪');
  await drawer.getByLabel('身份证号', { exact: true }).fill('110105197001010019');
  await choose(page, drawer.getByLabel('专业'), '内分泌科');
  await page.keyboard.press('Escape');
  await drawer.getByLabel('授权病种').fill('糖尿病');
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: '糖尿病' }).click();
  await page.keyboard.press('Escape');
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(drawer.getByText('有授权病种时须填写授权起始日期')).toBeVisible();
  await drawer.getByLabel('授权起始').fill('2025-01-01');
  await drawer.getByLabel('授权起始').press('Enter');
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(drawer.getByText('医师信息有误：身份证号“110105197001010019”无效。')).toBeVisible();
  await page.waitForTimeout(300); // the drawer's wave effect on 保存 never reports finished
  await page.screenshot({ path: `${SCREENS}/26-physician-editor.png` });
  await drawer.getByLabel('身份证号', { exact: true }).fill('110105197001010011');
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已将 韩雪 加入名册')).toBeVisible();
  const han = page.getByRole('row').filter({ hasText: '韩雪' });
  await expect(han.getByText('未完成备案培训')).toBeVisible();

  await han.getByRole('button', { name: '编辑' }).click();
  await page.getByRole('dialog', { name: '编辑认定医师：韩雪' }).getByRole('switch', { name: '已完成备案、履职承诺和培训（R22）' }).click();
  await page.getByRole('dialog', { name: '编辑认定医师：韩雪' }).getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存 韩雪 的信息')).toBeVisible();
  await expect(han.getByText('未完成备案培训')).toHaveCount(0);

  await page.getByRole('row').filter({ hasText: '周敏' }).getByRole('button', { name: '列入黑名单' }).click();
  const ban = page.getByRole('dialog', { name: /列入黑名单：周敏/ });
  await ban.getByRole('button', { name: '列入黑名单' }).click();
  await expect(ban.getByText('请填写原因')).toBeVisible();
  await ban.getByLabel('原因').fill('优亲厚友（000 §24）');
  await settled(page);
  await page.screenshot({ path: `${SCREENS}/27-sanction.png` });
  await ban.getByRole('button', { name: '列入黑名单' }).click();
  await expect(page.getByRole('row').filter({ hasText: '周敏' }).getByText('黑名单', { exact: true })).toBeVisible();
});

test('the panel is drawn at random; when too few qualify the desk says who was excluded and why', async ({ page, desk }) => {
  const dischargeRecord = await textPdf([['聊城市人民医院', '出院记录', `姓名：${APPLICANT.name}  身份证号：${APPLICANT.idNumber}`,
    `出院日期：${new Date(Date.now() - 90 * 86_400_000).toISOString().slice(0, 10)}`, '出院诊断：2型糖尿病', '医师签名：刘明远']]);
  const { displayNo } = await seedReceivedApplication(desk.host!, 'DIABETES', dischargeRecord);
  const call = backendCall(desk.host!);
  const token = (await call('auth.signIn', { username: ADMIN.username, password: ADMIN.password }))['token'] as string;
  const importRoster = async (csv: string) => { await call('roster.import', rosterImport(csv), token); };
  await importRoster(rosterCsv([{ 姓名: '王建国', 职称: '主任医师' }, { 姓名: '孙丽', 职称: '主治医师' }, { 姓名: '刘明远' }, { 姓名: '周平', 专业: '心血管内科', 授权病种: '高血压' }]));

  await page.goto(desk.host!.url);
  await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);
  await page.getByRole('cell', { name: displayNo }).click();
  await page.getByRole('button', { name: '开始资格确认：随机抽取认定医师' }).click();
  await expect(page.getByText('符合条件的医师只有 1 名，需 2 名，不能抽取（R19）')).toBeVisible();
  await expect(page.getByText('孙丽：职称低于副主任医师（R16）')).toBeVisible();
  await expect(page.getByText('刘明远：申请人病历上的经治医师（R21）')).toBeVisible();
  await expect(page.getByText('周平：专业与病种不符（R18）；未获该病种授权')).toBeVisible();
  await page.getByText('请联系医保经办机构').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS}/20-draw-pool-too-small.png` });

  await importRoster(rosterCsv([{ 医保医师编码: 'D101', 姓名: '李芳' }, { 医保医师编码: 'D102', 姓名: '陈静' }]));
  await page.getByRole('button', { name: '开始资格确认：随机抽取认定医师' }).click();
  await expect(page.getByText(/已从 3 名符合条件的医师中随机抽取：/)).toBeVisible();
  await expect(page.getByText('待审核')).toHaveCount(2);
  await expect(page.getByRole('dialog').getByText('医师审核中').first()).toBeVisible();
  await page.getByText(/已从 3 名符合条件的医师中随机抽取：/).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS}/21-draw-done.png` });
});

test('the drawn physicians review the case and sign with their own password; two 同意 approve it', async ({ page, desk }) => {
  const { displayNo, assigned } = await caseUnderReview(desk);
  for (const [i, id] of assigned.entries()) {
    await page.goto(desk.host!.url);
    await new SignInPage(page).signIn(id, 'Doctor2026');
    await expect(page.getByRole('heading', { name: '我的认定任务' }).or(page.getByText('我的认定任务').first())).toBeVisible();
    if (i === 0) {
      // the first physician leaves a handwritten signature once; it is printed on the form they sign
      const pad = page.getByLabel('签名板');
      const box = (await pad.boundingBox())!;
      for (const [x0, x1] of [[0.1, 0.35], [0.4, 0.6], [0.65, 0.9]] as const) {
        await page.mouse.move(box.x + box.width * x0, box.y + box.height * 0.7);
        await page.mouse.down();
        for (let t = 0; t <= 1; t += 0.1) await page.mouse.move(box.x + box.width * (x0 + (x1 - x0) * t), box.y + box.height * (0.7 - 0.5 * Math.sin(t * Math.PI)));
        await page.mouse.up();
      }
      await page.getByLabel('本人登录密码').fill('Doctor2026');
      await page.screenshot({ path: `${SCREENS}/28-signature-pad.png` });
      await page.getByRole('button', { name: '保存签名' }).click();
      await expect(page.getByRole('img', { name: '已留存的手写签名' })).toBeVisible();
    }
    await expect(page.getByText(/审核期限|前$/).first()).toBeVisible();
    await page.getByRole('row').filter({ hasText: displayNo }).getByRole('button', { name: '审核' }).click();
    await expect(page.getByText('审核确认并签字')).toBeVisible();
    await expect(page.getByRole('button', { name: '出具一次性告知书（PDF）' })).toHaveCount(0);
    await expect(page.getByText('认定标准（R15）：《中国2型糖尿病防治指南（2020年版）》')).toBeVisible();
    // nothing is chosen for the physician: no decision, no criterion
    await page.getByRole('button', { name: '签署…' }).click();
    await expect(page.getByText('请选择“同意”或“不同意”')).toBeVisible();
    const summary = page.getByRole('dialog', { name: /签署确认/ });
    const signWith = async (password: string) => {
      await page.getByRole('button', { name: '签署…' }).click();
      await summary.getByLabel('请输入本人登录密码以签署上述内容').fill(password);
      await summary.getByRole('button', { name: '确认签署' }).click();
    };
    const back = () => summary.getByRole('button', { name: '返回修改' }).click();
    await page.locator('label.ant-radio-button-wrapper').filter({ hasText: /^同意$/ }).click();
    await signWith('Doctor2026');
    await expect(summary.getByText('请对照认定标准逐项判断“符合”或“不符合”后再签署（R15）：未判断第 1 条、第 2 条。')).toBeVisible();
    await back();
    const standard = page.getByRole('group', { name: '认定标准' });
    await standard.getByRole('radio', { name: '符合', exact: true }).nth(0).check();
    await standard.getByRole('radio', { name: '不符合', exact: true }).nth(1).check();
    await signWith('Doctor2026');
    await expect(summary.getByText('有认定标准判断为“不符合”，不能签署“同意”（R15）：第 2 条。')).toBeVisible();
    await back();
    await standard.getByRole('radio', { name: '符合', exact: true }).nth(1).check();
    if (i === 1) await expect(page.getByText('您尚未留存手写签名')).toBeVisible();
    await page.getByRole('button', { name: '签署…' }).click();
    // the last summary: the decision, each criterion as judged, and the hash of what was reviewed
    await expect(summary.getByRole('row').filter({ hasText: '审核意见' })).toContainText('同意');
    await expect(summary.getByRole('row').filter({ hasText: '标准第 2 条' })).toContainText('符合');
    await expect(summary.getByRole('row').filter({ hasText: '所审内容摘要' })).toContainText(/[0-9a-f]{64}/);
    await summary.getByLabel('请输入本人登录密码以签署上述内容').fill('wrong-password1');
    await summary.getByRole('button', { name: '确认签署' }).click();
    await expect(summary.getByText('签署密码不正确。签署须由医师本人输入自己的登录密码。')).toBeVisible();
    if (i === 0) await page.screenshot({ path: `${SCREENS}/22-physician-sign.png`, fullPage: true });
    await summary.getByLabel('请输入本人登录密码以签署上述内容').fill('Doctor2026');
    await summary.getByRole('button', { name: '确认签署' }).click();
    await expect(page.getByText('已签署。')).toBeVisible();
    await expect(page.getByText(i === 0 ? '等待其他认定医师签署。' : '意见已齐，认定结论已生成。')).toBeVisible();
    await new ShellPage(page).signOut();
  }

  await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);
  await page.getByRole('cell', { name: displayNo }).click();
  await expect(page.getByRole('dialog').getByText('待经办机构复核').first()).toBeVisible();
  await expect(page.getByText('材料与签署时一致')).toHaveCount(2);
  await page.getByText('材料与签署时一致').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS}/23-decisions.png` });
  const form = await printAndSave(page, () => page.getByRole('button', { name: '打印资格确认表' }).click());
  expect(form.suggestedFilename()).toBe(`资格确认表_${displayNo}.pdf`);
  await form.saveAs(`${SCREENS}/24-decision-form.pdf`);
});

test('a drawn physician recuses with a reason and a replacement is drawn', async ({ page, desk }) => {
  const { displayNo, assigned } = await caseUnderReview(desk);
  await page.goto(desk.host!.url);
  await new SignInPage(page).signIn(assigned[0]!, 'Doctor2026');
  await page.getByRole('row').filter({ hasText: displayNo }).getByRole('button', { name: '审核' }).click();
  await page.getByRole('button', { name: '申请回避' }).click();
  await page.getByLabel('回避原因').fill('申请人为本人同事');
  await settled(page);
  await page.screenshot({ path: `${SCREENS}/25-recuse.png` });
  await page.getByRole('button', { name: '回避', exact: true }).click();
  await expect(page.getByText('您已回避该申请。')).toBeVisible();
  await expect(page.getByText('已从其他符合条件的医师中重新抽取。')).toBeVisible();
  await new ShellPage(page).go('我的认定任务');
  await expect(page.getByText('暂无待审核的申请。')).toBeVisible();
});
