import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskHarness, failure, idNumber } from '../testing/desk-harness';
import { imagePdf, multiPageTiff, textPdf } from '../testing/file-fixtures';
import { renderRecord, type RecordSpec } from '../testing/record-fixtures';
import { pdfText } from '../testing/pdf-text';

/**
 * The intake path end to end through the real dispatch, with real OCR (tesseract.js, one worker):
 * import, recognise, extract, check, notify (T2), supplement (T3) and route (T6).
 */

const ID = idNumber('37150219800101001');
const base: RecordSpec = {
  kind: 'discharge', hospital: '聊城市人民医院', name: '张三', sex: '男', age: 45, idNumber: ID, recordNo: '2024008812',
  admissionDate: '2024-06-03', dischargeDate: '2024-06-17', visitDates: [], reportDate: null,
  diagnoses: ['2型糖尿病', '高血压病2级'], diseaseKeys: ['DIABETES', 'HYPERTENSION'],
};

let desk: DeskHarness;
let admin: string;
let applicantId: string;
const open = async (diseaseKey: string) => {
  const [app] = await desk.call('applications.open', { applicantId, diseases: [{ diseaseKey, modeKey: null }] }, admin);
  await desk.call('applications.receive', { id: app!.id, identityVerification: 'ID_CARD_READER', applicantSigned: true }, admin);
  return app!.id;
};

beforeAll(async () => {
  desk = new DeskHarness();
  admin = await desk.setup();
  applicantId = (await desk.call('applicants.register', desk.registerInput({ idNumber: ID }), admin)).id;
});
afterAll(() => desk.close());

describe('intake of a discharge record (R9)', () => {
  let appId: string;
  let docId: string;

  it('OCRs an imported scan, reads the facts and finds the file complete', async () => {
    appId = await open('DIABETES');
    const doc = await desk.attach(admin, appId, '出院记录.png', await renderRecord(base));
    docId = doc.id;
    expect(['QUEUED', 'RUNNING']).toContain(doc.pages[0]!.ocrStatus);
    await desk.backend.services.ocr.idle();
    const [read] = await desk.call('materials.list', { applicationId: appId }, admin);
    expect(read!.pages[0]).toMatchObject({ ocrStatus: 'DONE', textSource: 'ocr', attempts: 1 });
    expect(read!.pages[0]!.confidence).toBeGreaterThan(0.8);
    expect(read!.facts).toMatchObject({
      documentType: 'INPATIENT_RECORD_COPY', name: '张三', idNumber: ID, hospital: '聊城市人民医院',
      admissionDate: '2024-06-03', dischargeDate: '2024-06-17',
    });
    expect(read!.facts!.diseaseKeys).toContain('DIABETES');
    expect(read!.effectiveType).toBe('INPATIENT_RECORD_COPY');
    const check = await desk.call('materials.check', { applicationId: appId }, admin);
    expect(check.verdict.complete).toBe(true);
    expect(check.verdict.findings).toEqual([]);
  });

  it('keeps the recognised words with their confidences and boxes', async () => {
    const [doc] = await desk.call('materials.list', { applicationId: appId }, admin);
    const page = await desk.call('pages.get', { pageId: doc!.pages[0]!.id }, admin);
    // PaddleOCR gives one word per text box: about one per printed line of the generated record
    expect(page.words.length).toBeGreaterThan(10);
    expect(page.words.every((w) => w.confidence >= 0 && w.confidence <= 1 && w.bbox[2] > w.bbox[0])).toBe(true);
    expect(page.ocrText).toContain('出院');
  });

  it('refuses the same file twice, and marks a re-scan of the same sheet as a duplicate', async () => {
    const e = await failure(desk.attach(admin, appId, '又一次.png', await renderRecord(base)));
    expect(e.code).toBe('FILE_DUPLICATE');
    expect(e.message).toContain('出院记录.png');
    const rescan = await desk.attach(admin, appId, '重扫.png', await renderRecord(base, 'noisy'));
    await desk.backend.services.ocr.idle();
    const docs = await desk.call('materials.list', { applicationId: appId }, admin);
    const first = docs.find((d) => d.id === docId)!;
    expect(docs.find((d) => d.id === rescan.id)!.pages[0]!.duplicateOfPageId).toBe(first.pages[0]!.id);
    await desk.call('materials.remove', { documentId: rescan.id, reason: '重复扫描' }, admin);
    expect((await desk.call('materials.list', { applicationId: appId }, admin)).map((d) => d.id)).toEqual([docId]);
  });

  it('makes the clerk\'s correction the authoritative text and re-reads the facts', async () => {
    const [doc] = await desk.call('materials.list', { applicationId: appId }, admin);
    const page = await desk.call('pages.get', { pageId: doc!.pages[0]!.id }, admin);
    const corrected = await desk.call('pages.correct', { pageId: page.id, text: page.ocrText!.replace(/出院日期[:：]\s*\S+/, '出院日期：2021年01月05日') }, admin);
    expect(corrected).toMatchObject({ corrected: true, correctedAt: desk.now.toISOString() });
    const check = await desk.call('materials.check', { applicationId: appId }, admin);
    expect(check.verdict.complete).toBe(false);
    expect(check.verdict.findings.map((f) => f.text).join('\n')).toContain('日期 2021-01-05 不在有效期（2022-03-03 至 2025-03-03）内');
    await desk.call('pages.correct', { pageId: page.id, text: page.ocrText! }, admin);
  });

  it('routes a complete file to the monthly session (T6) and then freezes its materials', async () => {
    // unverified text never reaches review on its own: the clerk confirms the facts first (issue 10)
    expect((await failure(desk.call('materials.submit', { applicationId: appId }, admin))).message)
      .toBe('FACTS_NOT_CONFIRMED: 以下材料的识别信息尚未核对确认：出院记录/住院病历（出院记录.png）。请点“核对/修改”对照原件确认后，再出具告知书或提交认定。');
    await desk.confirmFacts(admin, appId);
    const app = await desk.call('materials.submit', { applicationId: appId }, admin);
    expect(app.state).toBe('QUEUED_FOR_SESSION');
    const e = await failure(desk.attach(admin, appId, '补充.png', await renderRecord({ ...base, recordNo: '1' })));
    expect(e.code).toBe('MATERIALS_FROZEN');
  });
});

describe('an incomplete file: one-time notice (R8, T2) then supplement (T3)', () => {
  it('lists every missing item at once, stores the PDF, and moves the application to INCOMPLETE', async () => {
    const appId = await open('HYPERTENSION');
    // an outpatient printout (PDF with a text layer) from the right hospital, but no test report
    await desk.attach(admin, appId, '门诊电子病历.pdf', await textPdf([[
      '聊城市人民医院', '门诊病历', `姓名：张三  性别：男  身份证号：${ID}`, '就诊日期：2024-06-05', '诊断：高血压病2级',
      '就诊日期：2024-08-20', '诊断：高血压病2级', '就诊日期：2024-11-02', '诊断：高血压病2级', '就诊日期：2025-01-15', '诊断：高血压病2级',
    ]]), 'EMR_PRINTOUT');
    const check = await desk.call('materials.check', { applicationId: appId }, admin);
    expect(check.verdict.complete).toBe(false);
    const texts = check.verdict.findings.filter((f) => f.severity === 'BLOCK').map((f) => f.text);
    expect(texts).toEqual([
      '【住院病历路径】缺少：近3年二级及以上公立定点医疗机构住院病历复印件（出院记录）',
      '【门诊病历路径】缺少：相关检查检验报告',
    ]);

    // a notice that rests on unconfirmed text could tell an applicant her own name does not match (issue 10)
    expect((await failure(desk.call('materials.issueNotice', { applicationId: appId }, admin))).code).toBe('FACTS_NOT_CONFIRMED');
    expect((await desk.call('applications.get', { id: appId }, admin)).application.state).toBe('RECEIVED');
    await desk.confirmFacts(admin, appId);
    const notice = await desk.call('materials.issueNotice', { applicationId: appId }, admin);
    expect(notice.items).toEqual(texts);
    const printed = await pdfText(notice.pdfBase64);
    for (const expected of ['聊城市人民医院', '一次性告知书', '张三', ID, '相关检查检验报告', '医保办管理员']) expect(printed).toContain(expected);
    expect((await desk.call('applications.get', { id: appId }, admin)).application.state).toBe('INCOMPLETE');
    const again = await desk.call('materials.noticePdf', { id: notice.noticeId }, admin);
    expect(again.pdfBase64).toBe(notice.pdfBase64);

    // the applicant comes back with a scanned lab report (image-only PDF): complete, T3 then T6
    await desk.attach(admin, appId, '化验单.pdf', await imagePdf([await renderRecord({ ...base, kind: 'lab', reportDate: '2025-02-20', diagnoses: ['高血压病2级'] })]));
    await desk.backend.services.ocr.idle();
    expect((await desk.call('materials.check', { applicationId: appId }, admin)).verdict.complete).toBe(true);
    await desk.confirmFacts(admin, appId);
    const app = await desk.call('materials.submit', { applicationId: appId }, admin);
    expect(app.state).toBe('QUEUED_FOR_SESSION');
    const history = (await desk.call('applications.get', { id: appId }, admin)).history.map((h) => h.transition);
    expect(history).toEqual([null, 'T1', 'T2', 'T3', 'T6']);
  });

  it('does not issue a notice for a complete file', async () => {
    const appId = await open('CORONARY_HEART_DISEASE');
    await desk.attach(admin, appId, 'cad.pdf', await textPdf([['聊城市人民医院', '出院记录', `姓名：张三 身份证号：${ID}`, '出院日期：2024-10-10', '出院诊断：冠心病']]));
    expect((await failure(desk.call('materials.issueNotice', { applicationId: appId }, admin))).code).toBe('NOTICE_NOT_NEEDED');
  });
});

describe('uploads and permissions at the boundary', () => {
  it('carries a multi-page TIFF over several chunks and reads both pages', async () => {
    const appId = await open('CEREBROVASCULAR_DISEASE');
    const tiff = await multiPageTiff([await renderRecord(base, 'blurred'), await renderRecord({ ...base, kind: 'lab', reportDate: '2025-01-02' }, 'rotated')]);
    expect(tiff.length).toBeGreaterThan(512 * 1024);
    const doc = await desk.attach(admin, appId, '扫描.tif', tiff);
    expect(doc.pages.map((p) => p.index)).toEqual([0, 1]);
    const ticket = await desk.call('uploads.begin', { fileName: 'x.png', size: 10 }, admin);
    expect((await failure(desk.call('materials.attach', { uploadId: ticket.uploadId, applicationId: appId, materialType: null, source: 'UPLOAD' }, admin))).code).toBe('UPLOAD_INCOMPLETE');
  });

  it('refuses a 200 MB photo before any byte is sent, and a zero-byte file', async () => {
    const big = await failure(desk.call('uploads.begin', { fileName: '手机照片.jpg', size: 200 * 1024 * 1024 }, admin));
    expect(big).toMatchObject({ code: 'FILE_TOO_LARGE' });
    expect(big.message).toContain('200.0 MB');
    expect((await failure(desk.call('uploads.begin', { fileName: '空.pdf', size: 0 }, admin))).code).toBe('FILE_EMPTY');
  });

  it('does not let a physician add materials, nor read those of a case they were not drawn for', async () => {
    const doctor = await desk.userSession(admin, 'PHYSICIAN', 'doctor1');
    expect((await failure(desk.call('uploads.begin', { fileName: 'a.png', size: 10 }, doctor))).code).toBe('FORBIDDEN');
    expect((await desk.call('applications.list', { state: null, query: '', page: 1, pageSize: 10 }, doctor)).total).toBe(0);
    const apps = await desk.call('applications.list', { state: null, query: '', page: 1, pageSize: 10 }, admin);
    const [doc] = await desk.call('materials.list', { applicationId: apps.items.at(-1)!.id }, admin);
    for (const call of [
      desk.call('materials.list', { applicationId: apps.items.at(-1)!.id }, doctor),
      desk.call('materials.check', { applicationId: apps.items.at(-1)!.id }, doctor),
      desk.call('pages.get', { pageId: doc!.pages[0]!.id }, doctor),
      desk.call('pages.image', { pageId: doc!.pages[0]!.id, kind: 'view' }, doctor),
      desk.call('inbox.list', {}, doctor),
      desk.call('applications.get', { id: apps.items.at(-1)!.id }, doctor),
      desk.call('applicants.search', { query: '张', page: 1, pageSize: 10 }, doctor),
    ]) expect((await failure(call)).code).toBe('FORBIDDEN');
  });
});
