import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskHarness, failure, idNumber } from '../testing/desk-harness';
import { textPdf } from '../testing/file-fixtures';
import { rosterCsv, rosterImport } from '../testing/roster-fixtures';

/** Review and signature through the real dispatch: own password at signing, R24 outcomes, the content hash (R23). */

let desk: DeskHarness;
let admin: string;
const sessions = new Map<string, string>();
let n = 0;

async function caseUnderReview(): Promise<{ id: string; assigned: string[] }> {
  const idNo = idNumber(`3715021980010${String(300 + (n += 1)).padStart(3, '0')}1`);
  const applicantId = (await desk.call('applicants.register', desk.registerInput({ idNumber: idNo }), admin)).id;
  const [app] = await desk.call('applications.open', { applicantId, diseases: [{ diseaseKey: 'DIABETES', modeKey: null }] }, admin);
  await desk.call('applications.receive', { id: app!.id, identityVerification: 'ID_CARD_READER', applicantSigned: true }, admin);
  await desk.attach(admin, app!.id, `出院记录${n}.pdf`, await textPdf([['聊城市人民医院', '出院记录', `姓名：张三  身份证号：${idNo}`, '出院日期：2024-10-10', '出院诊断：2型糖尿病']]));
  await desk.call('materials.submit', { applicationId: app!.id }, admin);
  const r = await desk.call('panel.draw', { applicationId: app!.id }, admin);
  return { id: app!.id, assigned: r.assigned.map((a) => a.id) };
}

async function pdfText(base64: string): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(Buffer.from(base64, 'base64')), verbosity: 0 }).promise;
  return (await (await pdf.getPage(1)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
}

const sign = (who: string, applicationId: string, result: 'APPROVE' | 'REJECT', over: Record<string, unknown> = {}) =>
  desk.call('review.sign', { applicationId, result, reasonCodes: result === 'REJECT' ? ['STANDARD_NOT_MET'] : [], comment: '', standardsChecked: true, password: 'Passw0rd!', ...over }, sessions.get(who));

beforeAll(async () => {
  desk = new DeskHarness();
  admin = await desk.setup();
  await desk.call('roster.import', rosterImport(rosterCsv([{ 医保医师编码: 'D101' }, { 医保医师编码: 'D102' }, { 医保医师编码: 'D103' }, { 医保医师编码: 'D104' }])), admin);
  for (const id of ['D101', 'D102', 'D103', 'D104']) sessions.set(id, await desk.userSession(admin, 'PHYSICIAN', id));
});
afterAll(() => desk.close());

describe('signing (000 §8(2), R23)', () => {
  it('needs the physician\'s own password typed at signing, an assignment, and the standards checklist for 同意', async () => {
    const { id, assigned } = await caseUnderReview();
    const other = ['D101', 'D102', 'D103', 'D104'].find((p) => !assigned.includes(p))!;
    expect((await failure(sign(assigned[0]!, id, 'APPROVE', { password: 'Admin1234' }))).code).toBe('SIGNATURE_PASSWORD_WRONG');
    expect((await failure(sign(other, id, 'APPROVE'))).code).toBe('NOT_ASSIGNED');
    expect((await failure(sign(assigned[0]!, id, 'APPROVE', { standardsChecked: false }))).code).toBe('STANDARDS_NOT_CHECKED');
    expect((await failure(sign(assigned[0]!, id, 'REJECT', { reasonCodes: [] }))).code).toBe('REJECT_REASON_REQUIRED');
    const clerk = await desk.userSession(admin, 'CLERK', `clerk${n}`);
    expect((await failure(desk.call('review.sign', { applicationId: id, result: 'APPROVE', reasonCodes: [], comment: '', standardsChecked: true, password: 'Passw0rd!' }, clerk))).code).toBe('FORBIDDEN');
    expect((await desk.call('review.myCases', {}, sessions.get(assigned[0]!))).map((c) => c.applicationId)).toContain(id);
  });

  it('two 同意 approve the case; diabetes then awaits the bureau\'s re-review (T11); a second signature is refused', async () => {
    const { id, assigned } = await caseUnderReview();
    expect(await sign(assigned[0]!, id, 'APPROVE')).toMatchObject({ outcome: 'PENDING', state: 'UNDER_REVIEW' });
    expect(await sign(assigned[1]!, id, 'APPROVE')).toMatchObject({ outcome: 'DECIDED', state: 'AWAITING_REREVIEW' });
    expect((await failure(sign(assigned[0]!, id, 'APPROVE'))).code).toBe('TRANSITION_NOT_ALLOWED');
    const history = (await desk.call('applications.get', { id }, admin)).history.map((h) => h.transition);
    expect(history.slice(-2)).toEqual(['T7', 'T11']);

    // the decision form parses back with both physicians, their decisions and the content hash the signatures cover
    const form = await desk.call('review.decisionPdf', { applicationId: id }, admin);
    expect(form.fileName).toMatch(/^资格确认表_H\d+\.pdf$/);
    const text = await pdfText(form.pdfBase64);
    const signed = await desk.call('review.decisions', { applicationId: id }, admin);
    for (const expected of ['门诊慢特病资格确认表', '聊城市人民医院', '张三', '糖尿病', ...signed.map((d) => d.physicianName), '副主任医师', '同意', signed[0]!.contentHash, '报医疗保障经办机构复核']) {
      expect(text).toContain(expected);
    }
  });

  it('two 不同意 reject the case (T12)', async () => {
    const { id, assigned } = await caseUnderReview();
    await sign(assigned[0]!, id, 'REJECT');
    expect(await sign(assigned[1]!, id, 'REJECT')).toMatchObject({ outcome: 'DECIDED', state: 'HOSPITAL_REJECTED' });
    const notice = await desk.call('review.decisionPdf', { applicationId: id }, admin);
    expect(notice.fileName).toMatch(/^不予认定通知书_/);
    const text = await pdfText(notice.pdfBase64);
    for (const expected of ['门诊慢特病不予认定通知书', '不同意', '未达到该病种认定标准', '不予认定']) expect(text).toContain(expected);
  });

  it('a split draws a third physician (T8) whose vote decides by majority (R24)', async () => {
    const { id, assigned } = await caseUnderReview();
    await sign(assigned[0]!, id, 'APPROVE');
    expect(await sign(assigned[1]!, id, 'REJECT')).toMatchObject({ outcome: 'TIEBREAK_NEEDED', state: 'UNDER_REVIEW' });
    const tiebreak = (await desk.call('panel.get', { applicationId: id }, admin)).assignments.find((a) => a.role === 'TIEBREAK')!;
    expect(assigned).not.toContain(tiebreak.physicianId);
    expect(await sign(tiebreak.physicianId, id, 'APPROVE')).toMatchObject({ outcome: 'DECIDED', state: 'AWAITING_REREVIEW' });
    const detail = await desk.call('applications.get', { id }, admin);
    expect(detail.history.map((h) => h.transition).slice(-3)).toEqual(['T7', 'T8', 'T11']);
    expect(detail.history.at(-1)?.note).toContain('纳入经办机构抽查');
  });

  it('a physician who recuses is replaced by a fresh draw among the others; never drawn again for the case', async () => {
    const { id, assigned } = await caseUnderReview();
    expect((await failure(desk.call('review.recuse', { applicationId: id, reason: '' }, sessions.get(assigned[0]!)))).code).toBe('INVALID_INPUT');
    expect(await desk.call('review.recuse', { applicationId: id, reason: '申请人为本人同事' }, sessions.get(assigned[0]!))).toEqual({ redrawn: true, eligible: 2 });
    const panel = (await desk.call('panel.get', { applicationId: id }, admin)).assignments;
    expect(panel.map((a) => a.status).sort()).toEqual(['PENDING', 'PENDING', 'RECUSED']);
    const replacement = panel.find((a) => a.status === 'PENDING' && a.physicianId !== assigned[1])!;
    expect(assigned).not.toContain(replacement.physicianId);
    expect((await failure(sign(assigned[0]!, id, 'APPROVE'))).code).toBe('NOT_ASSIGNED');
    await sign(replacement.physicianId, id, 'APPROVE');
    expect(await sign(assigned[1]!, id, 'APPROVE')).toMatchObject({ outcome: 'DECIDED' });
  });

  it('detects a document changed after signing through the content hash, and refuses to edit a decision', async () => {
    const { id, assigned } = await caseUnderReview();
    await sign(assigned[0]!, id, 'APPROVE');
    expect((await desk.call('review.decisions', { applicationId: id }, admin)).map((d) => d.contentIntact)).toEqual([true]);
    const sqlite = desk.backend.database.sqlite;
    sqlite.prepare(`UPDATE pages SET corrected_text = '篡改' WHERE document_id IN (SELECT id FROM documents WHERE application_id = ?)`).run(id);
    expect((await desk.call('review.decisions', { applicationId: id }, admin)).map((d) => d.contentIntact)).toEqual([false]);
    expect(() => sqlite.prepare(`UPDATE decisions SET result = 'REJECT' WHERE application_id = ?`).run(id)).toThrow(/immutable/);
  });
});
