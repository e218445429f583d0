import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedApprovedCases } from '../testing/approved-cases';
import { DeskHarness } from '../testing/desk-harness';
import { pdfText } from '../testing/pdf-text';

/**
 * Issue 12 item 4: each outcome gives the applicant a printable notice with its reasons, the pack's
 * policy text and what they may do; an approval also gives the start date and what the fund pays (§5.1).
 */

let desk: DeskHarness;
let admin: string;

beforeAll(async () => {
  desk = new DeskHarness();
  admin = await desk.setup();
  admin = await desk.at('2025-09-30T02:00:00Z');
});
afterAll(async () => {
  await desk.close();
});

const letter = async (id: string) => {
  const pdf = await desk.call('applications.noticePdf', { applicationId: id }, admin);
  return { fileName: pdf.fileName, text: (await pdfText(pdf.pdfBase64)).replace(/\s+/g, '') };
};

/** Runs a state-machine event on a case as the bureau's answer or the admin would. */
function apply(id: string, event: 'REREVIEW_FAIL' | 'REFUSE_FILING', note: string): void {
  const actor = desk.backend.services.auth.resolve(admin)!;
  desk.backend.database.db.transaction((tx) => desk.backend.services.applications.applyEvent(tx, actor, id, event, {}, note));
}

describe('outcome notices (§2.17)', () => {
  it('approval: the start date, class, deductible and the retired employee\'s ratio from the pack; the ID number masked', async () => {
    const [id] = await seedApprovedCases(desk.backend, admin, 1, 700);
    const detail = await desk.call('applications.get', { id: id! }, admin);
    expect(detail.noticeKind).toBe('APPROVAL');
    const { fileName, text } = await letter(id!);
    expect(fileName).toBe(`认定通过告知书_${detail.application.displayNo}.pdf`);
    for (const expected of ['门诊慢特病资格认定通过告知书', '恶性肿瘤门诊治疗', `自${detail.entitlement!.startDate}起享受门诊慢特病待遇`,
      '病种类别甲类', '年度起付标准不设起付线', '基金支付比例90%', '年度支付限额以医保经办机构核定为准', '回执（沿此线剪下，由医院留存）']) expect(text).toContain(expected);
    const fullId = desk.backend.services.applicants.get(desk.backend.services.auth.resolve(admin)!, detail.application.applicantId).idNumber;
    expect(text).not.toContain(fullId);
    expect(text).toContain(`${fullId.slice(0, 6)}********${fullId.slice(14)}`);
  });

  it('re-review rejection (T14): the bureau\'s reason and recourse; nothing printable while the case awaits the bureau', async () => {
    const [id] = await seedApprovedCases(desk.backend, admin, 1, 701, { reReview: true });
    expect((await desk.call('applications.get', { id: id! }, admin)).noticeKind).toBeNull();
    await expect(desk.call('applications.noticePdf', { applicationId: id! }, admin)).rejects.toMatchObject({ code: 'NOTICE_NOT_DUE' });
    apply(id!, 'REREVIEW_FAIL', '医保经办机构复核（2025-09-29）：血糖记录不足三个月');
    const { text } = await letter(id!);
    for (const expected of ['门诊慢特病资格复核结果告知书', '复核未予通过', '血糖记录不足三个月', '行政复议', '第八条第（三）项']) expect(text).toContain(expected);
  });

  it('refused filing (T16): the bureau\'s words and that the recognition never took effect', async () => {
    const [id] = await seedApprovedCases(desk.backend, admin, 1, 702);
    apply(id!, 'REFUSE_FILING', '医保经办机构拒绝备案：参保状态异常');
    const { text } = await letter(id!);
    for (const expected of ['门诊慢特病资格备案结果告知书', '未予备案', '参保状态异常', '自始不生效']) expect(text).toContain(expected);
  });

  it('revocation for fraud (T17, R41): the ban and the day it ends', async () => {
    const [id] = await seedApprovedCases(desk.backend, admin, 1, 703);
    await desk.call('applications.revoke', { id: id!, reason: '经核查病历资料系伪造', fraud: true }, admin);
    const detail = await desk.call('applications.get', { id: id! }, admin);
    expect(detail.deadlines.map((d) => [d.kind, d.dueOn])).toEqual([['NOTIFY_REVOCATION', '2025-10-14']]);
    const { text } = await letter(id!);
    for (const expected of ['门诊慢特病资格撤销告知书', '已于2025-09-30撤销', '至2027-09-29止不得重新申请', '病历资料系伪造']) expect(text).toContain(expected);
  });

  it('printing a notice is in the audit chain', async () => {
    const [id] = await seedApprovedCases(desk.backend, admin, 1, 704);
    await letter(id!);
    const filter = { action: 'notice.outcomePdf', actorId: null, entityId: id!, from: null, to: null };
    const audit = await desk.call('audit.list', { filter, page: 1, pageSize: 5 }, admin);
    expect(audit.items.map((e) => [e.action, (JSON.parse(e.details) as { kind: string }).kind])).toEqual([['notice.outcomePdf', 'APPROVAL']]);
  });
});
