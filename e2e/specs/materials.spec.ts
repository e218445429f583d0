import { readFileSync, writeFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { checkCharacter } from '../../electron/domain/id-number';
import { textPdf } from '../../electron/testing/file-fixtures';
import { renderRecord, type RecordSpec } from '../../electron/testing/record-fixtures';
import { expect, SCREENS, test } from '../fixtures/desk';
import { choose, confirmPop, settled } from '../pages/antd';
import { APPLICANT, MaterialsPage, seedReceivedApplication } from '../pages/materials-page';
import { printAndSave } from '../pages/print-preview';
import { ADMIN, SignInPage } from '../pages/setup-page';
import { ShellPage } from '../pages/shell-page';

/** Dates relative to today, so the records stay inside the 3-year / 1-year windows (R9, R10). */
const daysAgo = (n: number): string => new Date(Date.now() - n * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);
const record = (over: Partial<RecordSpec>): RecordSpec => ({
  kind: 'discharge', hospital: '聊城市人民医院', name: APPLICANT.name, sex: '男', age: 46, idNumber: APPLICANT.idNumber,
  recordNo: '2026004471', admissionDate: daysAgo(160), dischargeDate: daysAgo(146), visitDates: [], reportDate: null,
  diagnoses: ['2型糖尿病', '高血压病2级'], diseaseKeys: ['DIABETES'], ...over,
});
const idNumberOf = (first17: string): string => first17 + checkCharacter(first17);
const png = async (name: string, spec: RecordSpec) => ({ name, mimeType: 'image/png', buffer: await renderRecord(spec) });

test('a clerk imports a scanned discharge record, OCR reads it, the clerk checks it, and the complete file goes to review', async ({ page, desk }) => {
  const { displayNo } = await seedReceivedApplication(desk.host!, 'DIABETES');
  await page.goto(desk.host!.url);
  await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);
  const materials = new MaterialsPage(page);
  await materials.openFromWorklist(displayNo);
  await expect(page.getByText('尚未导入材料')).toBeVisible();
  await expect(page.getByText(/材料不齐全（3 项）/)).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/10-materials-empty.png` });

  await materials.importFiles([await png('出院记录.png', record({}))]);
  const card = materials.card('出院记录.png');
  await expect(card.getByText(/完成 \d+%/)).toBeVisible({ timeout: 60_000 });
  await expect(card.getByText('自动提取，待核对')).toBeVisible();
  await expect(card.getByRole('cell', { name: APPLICANT.idNumber })).toBeVisible();
  await expect(card.getByRole('cell', { name: '聊城市人民医院' })).toBeVisible();
  await expect(page.getByText('材料齐全')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/11-materials-read.png`, fullPage: true });

  // the page beside its text; a correction is kept and the facts are read again
  await page.getByRole('button', { name: '查看第 1 页' }).click();
  const text = page.getByRole('textbox', { name: /识别文字/ });
  await expect(text).toHaveValue(/出院/);
  await settled(page);
  await page.screenshot({ path: `${SCREENS}/12-page-viewer.png` });
  await text.fill((await text.inputValue()).replace(/住院号[:：]\s*\S+/, '住院号：ZY2026004471'));
  await page.getByRole('button', { name: '保存更正' }).click();
  await expect(page.getByText('已保存，提取信息已按更正内容重新读取。')).toBeVisible();
  await page.getByRole('button', { name: '关闭' }).last().click();
  await expect(card.getByRole('cell', { name: 'ZY2026004471' })).toBeVisible();
  await expect(card.getByText('已人工更正')).toBeVisible();

  // the clerk confirms the facts against the paper
  await card.getByRole('button', { name: '核对/修改' }).click();
  await expect(page.getByRole('dialog', { name: /核对提取信息/ }).getByLabel('姓名')).toHaveValue(APPLICANT.name);
  await settled(page);
  await page.screenshot({ path: `${SCREENS}/13-facts-editor.png` });
  await page.getByRole('button', { name: '确认' }).click();
  await expect(card.getByText(new RegExp(`已由${ADMIN.name}确认`))).toBeVisible();

  await confirmPop(page, page.getByRole('button', { name: '提交认定' }), '提交');
  await expect(page.getByText(`申请 ${displayNo} 已提交认定。`)).toBeVisible();
  await expect(page.getByText('该申请已进入认定环节，材料已冻结，只能查看。')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/14-materials-submitted.png` });
});

test('a printed ID number whose check character fails is not taken: the clerk sees it beside the page and types the right one', async ({ page, desk }) => {
  const { displayNo } = await seedReceivedApplication(desk.host!, 'DIABETES');
  const misprint = APPLICANT.idNumber.slice(0, 17) + (APPLICANT.idNumber.endsWith('1') ? '2' : '1');
  await page.goto(desk.host!.url);
  await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);
  const materials = new MaterialsPage(page);
  await materials.openFromWorklist(displayNo);
  await materials.importFiles([await png('出院记录.png', record({ idNumber: misprint }))]);
  const card = materials.card('出院记录.png');
  await expect(card.getByText(/完成 \d+%/)).toBeVisible({ timeout: 60_000 });
  await expect(card.getByRole('cell', { name: misprint })).toHaveCount(0);

  await card.getByRole('button', { name: '核对/修改' }).click();
  const editor = page.getByRole('dialog', { name: /核对提取信息/ });
  await expect(editor.getByLabel('身份证号')).toHaveValue('');
  await expect(editor.getByText(`原件上的号码 ${misprint} 校验位不符，未采用，请对照原件填写`)).toBeVisible();
  await editor.getByLabel('身份证号').click();
  await settled(page);
  await page.screenshot({ path: `${SCREENS}/13b-facts-editor-id-misprint.png` });
  await editor.getByLabel('身份证号').fill(APPLICANT.idNumber);
  await editor.getByRole('button', { name: '确认' }).click();
  await expect(card.getByRole('cell', { name: APPLICANT.idNumber })).toBeVisible();
});

test('an incomplete file: bad files are refused with a reason, the one-time notice is printed, a scan arrives from the folder', async ({ page, desk }) => {
  const { displayNo } = await seedReceivedApplication(desk.host!, 'HYPERTENSION');
  await page.goto(desk.host!.url);
  await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);
  const materials = new MaterialsPage(page);
  await materials.openFromWorklist(displayNo);

  await materials.importFiles([
    { name: '坏文件.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj << >>\n%%EOF') },
    { name: '空白.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(0) },
    await png('化验单.png', record({ kind: 'lab', reportDate: daysAgo(30), diagnoses: ['高血压病2级'] })),
  ]);
  await expect(page.getByText('PDF 文件“坏文件.pdf”已损坏，无法打开。')).toBeVisible();
  await expect(page.getByText('文件“空白.jpg”是空文件（0 字节），请重新扫描或选择其他文件。')).toBeVisible();
  await expect(materials.card('化验单.png').getByText(/完成 \d+%/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/材料不齐全（2 项）/)).toBeVisible();
  await expect(page.getByText('【门诊病历路径】缺少：近一年连续治疗的门诊就诊病历原件或电子病历打印件')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/15-materials-incomplete.png`, fullPage: true });

  // unverified text never reaches paper on its own: the notice waits until the clerk has confirmed what was read
  await page.getByRole('button', { name: '出具一次性告知书' }).click();
  await expect(page.getByText('以下材料的识别信息尚未核对确认：检查检验报告（化验单.png）。', { exact: false })).toBeVisible();
  await materials.confirmFacts('化验单.png');
  // issued means shown for printing: nothing lands in Downloads unless the clerk chooses 另存为
  const file = await printAndSave(page, () => page.getByRole('button', { name: '出具一次性告知书' }).click(), `${SCREENS}/16a-print-preview.png`);
  expect(file.suggestedFilename()).toBe(`一次性告知书_${displayNo}-1.pdf`);
  const pdfPath = `${SCREENS}/16-one-time-notice.pdf`;
  await file.saveAs(pdfPath);
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(pdfPath)), verbosity: 0 }).promise;
  const printed = (await (await pdf.getPage(1)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
  expect(printed).toContain(APPLICANT.name);
  expect(printed).toContain('近一年连续治疗的门诊就诊病历原件或电子病历打印件');
  await expect(page.getByText('材料不齐（已告知）')).toBeVisible();
  await expect(page.getByText(/第 1 次 · .* · 王主任 · 2 项/)).toBeVisible();

  // the scanner drops a file into the watched folder; the clerk files it under the application
  writeFileSync(`${desk.dataDir}/扫描/scan0001.png`, await renderRecord(record({ kind: 'outpatient', visitDates: [daysAgo(200), daysAgo(120), daysAgo(40)], diagnoses: ['高血压病2级'] })));
  await new ShellPage(page).go('扫描收件箱');
  await expect(page.getByRole('cell', { name: 'scan0001.png' })).toBeVisible({ timeout: 20_000 });
  await settled(page);
  await page.screenshot({ path: `${SCREENS}/17-scan-inbox.png` });
  await page.getByRole('button', { name: '归入申请' }).click();
  await page.getByLabel(/申请（输入姓名/).fill(APPLICANT.name);
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: displayNo }).click();
  await page.getByRole('button', { name: '归入', exact: true }).click();
  const scan = materials.card('scan0001.png');
  await expect(scan.getByText(/完成 \d+%/)).toBeVisible({ timeout: 60_000 });
  await scan.getByLabel('已核验原件（R14）').click();
  await expect(scan.getByLabel('已核验原件（R14）')).toBeChecked();
  await expect(page.getByText('材料齐全')).toBeVisible();
  await materials.confirmFacts('scan0001.png');
  await confirmPop(page, page.getByRole('button', { name: '材料已补齐，提交认定' }), '提交');
  await expect(page.getByText(`申请 ${displayNo} 已提交认定。`)).toBeVisible();
});

test('the document camera: live preview, capture, and the photo is stored as a page', async ({ page, desk }) => {
  const { displayNo } = await seedReceivedApplication(desk.host!, 'DIABETES');
  await page.goto(desk.host!.url);
  await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);
  await new MaterialsPage(page).openFromWorklist(displayNo);
  await page.getByRole('button', { name: '高拍仪拍摄' }).click();
  await expect(page.locator('video')).toHaveJSProperty('readyState', 4, { timeout: 15_000 });
  await settled(page);
  await page.screenshot({ path: `${SCREENS}/18-camera.png` });
  await page.getByRole('button', { name: '拍摄（空格）' }).click();
  await expect(page.getByText('已拍摄 1 张')).toBeVisible();
  await page.getByRole('button', { name: '完成' }).click();
  const photo = new MaterialsPage(page).card(/^高拍仪_\d{14}_01\.jpg$/);
  await expect(photo.getByText('高拍仪', { exact: true })).toBeVisible();
  await expect(photo.getByRole('button', { name: '查看第 1 页' })).toBeVisible();
});

test('a batch scan of a stack is split into documents, and the clerk moves a page between them', async ({ page, desk }) => {
  const { displayNo } = await seedReceivedApplication(desk.host!, 'DIABETES');
  await page.goto(desk.host!.url);
  await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);
  const materials = new MaterialsPage(page);
  await materials.openFromWorklist(displayNo);
  const stranger = idNumberOf('37150219620202002');
  await materials.importFiles([{ name: '批量扫描.pdf', mimeType: 'application/pdf', buffer: await textPdf([
    ['聊城市人民医院', '出院记录', `姓名：${APPLICANT.name}  身份证号：${APPLICANT.idNumber}`, `出院日期：${daysAgo(100)}`, '出院诊断：2型糖尿病', '第1页 共2页'],
    ['诊疗经过：予降糖治疗。', '第2页 共2页'],
    ['聊城市人民医院', '检验报告单', `姓名：${APPLICANT.name}  身份证号：${APPLICANT.idNumber}`, `报告日期：${daysAgo(102)}`],
    ['阳谷县人民医院', '门诊病历', `姓名：李四  身份证号：${stranger}`, `就诊日期：${daysAgo(90)}`, '诊断：高血压病'],
  ]) }]);
  const cards = page.locator('.ant-card').filter({ hasText: '批量扫描.pdf' });
  await expect(cards).toHaveCount(3);
  await expect(cards.nth(2).getByRole('cell', { name: '李四' })).toBeVisible();
  await settled(page);
  await page.screenshot({ path: `${SCREENS}/18b-batch-split.png`, fullPage: true });

  // the stranger's page cannot join this applicant's record
  await choose(page, page.getByLabel('移动第 4 页'), '（1、2 页）', { acts: true });
  await expect(page.getByText('这些页面属于不同的参保人，不能放在同一份材料中；请分别归为不同材料。')).toBeVisible();
  // the report is merged into the record
  await settled(page);
  await choose(page, page.getByLabel('移动第 3 页'), '（1、2 页）', { acts: true });
  await expect(cards).toHaveCount(2);
  await expect(cards.first().getByText('第 3 页')).toBeVisible();
});
