import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskHarness, failure, idNumber } from '../testing/desk-harness';
import { textPdf } from '../testing/file-fixtures';

/** A batch scan of a whole stack (issue 10): split into documents by page, pages moved by hand, never two patients in one material. */

const MINE = idNumber('37150219800101001');
const OTHER = idNumber('37150219620202002');
let desk: DeskHarness;
let admin: string;
let appId: string;

beforeAll(async () => {
  desk = new DeskHarness();
  admin = await desk.setup();
  const applicantId = (await desk.call('applicants.register', desk.registerInput({ idNumber: MINE }), admin)).id;
  const [app] = await desk.call('applications.open', { applicantId, diseases: [{ diseaseKey: 'DIABETES', modeKey: null }] }, admin);
  await desk.call('applications.receive', { id: app!.id, identityVerification: 'ID_CARD_READER', applicantSigned: true }, admin);
  appId = app!.id;
});
afterAll(() => desk.close());

const docs = async () => (await desk.call('materials.list', { applicationId: appId }, admin)).map((d) => ({
  id: d.id, type: d.effectiveType, pages: d.pages.map((p) => p.index), name: d.facts?.name ?? null, id18: d.facts?.idNumber ?? null,
}));

describe('a batch scan', () => {
  it('is split where a page starts another document: a heading of its own, or another patient', async () => {
    await desk.attach(admin, appId, '批量扫描.pdf', await textPdf([
      ['聊城市人民医院', '出院记录', `姓名：张三  身份证号：${MINE}`, '出院日期：2024-10-10', '出院诊断：2型糖尿病', '第1页 共2页'],
      ['诊疗经过：予降糖治疗，血糖控制可。', '出院医嘱：继续口服二甲双胍。', '第2页 共2页'],
      ['聊城市人民医院', '检验报告单', `姓名：张三  身份证号：${MINE}`, '空腹血糖 9.8 mmol/L', '报告日期：2024-10-08'],
      ['阳谷县人民医院', '门诊病历', `姓名：李四  身份证号：${OTHER}`, '就诊日期：2024-09-01', '诊断：高血压病'],
    ]));
    expect(await docs()).toEqual([
      { id: expect.any(String) as string, type: 'INPATIENT_RECORD_COPY', pages: [0, 1], name: '张三', id18: MINE },
      { id: expect.any(String) as string, type: 'TEST_REPORT', pages: [2], name: '张三', id18: MINE },
      { id: expect.any(String) as string, type: 'OUTPATIENT_RECORD_ORIGINAL', pages: [3], name: '李四', id18: OTHER },
    ]);
  });

  it('lets the clerk move pages between documents, split and merge; a move that mixes two patients is refused', async () => {
    const [record, report, stranger] = await docs();
    const pageOf = async (docId: string, index: number) =>
      (await desk.call('materials.list', { applicationId: appId }, admin)).find((d) => d.id === docId)!.pages.find((p) => p.index === index)!.id;

    const mixed = await failure(desk.call('materials.movePages', { pageIds: [await pageOf(stranger!.id, 3)], toDocumentId: record!.id }, admin));
    expect(mixed.code).toBe('DOCUMENT_MIXES_PATIENTS');

    // the report merged into the record: the emptied document is set aside
    await desk.call('materials.movePages', { pageIds: [await pageOf(report!.id, 2)], toDocumentId: record!.id }, admin);
    expect((await docs()).map((d) => d.pages)).toEqual([[0, 1, 2], [3]]);
    // and split off again as a document of its own
    await desk.call('materials.movePages', { pageIds: [await pageOf(record!.id, 2)], toDocumentId: null }, admin);
    const after = await docs();
    expect(after.map((d) => [d.type, d.pages])).toEqual([['INPATIENT_RECORD_COPY', [0, 1]], ['OUTPATIENT_RECORD_ORIGINAL', [3]], ['TEST_REPORT', [2]]]);
    // the stranger's record is set aside by the clerk (it is not this applicant's material)
    await desk.call('materials.remove', { documentId: stranger!.id, reason: '非本人材料（批量扫描夹带）' }, admin);
    expect((await docs()).map((d) => d.name)).toEqual(['张三', '张三']);
  });
});
