import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxOfApplication } from '../../db/queries/sync';
import { startBureauDouble, type BureauDouble } from '../testing/bureau-double';
import { DeskHarness, idNumber } from '../testing/desk-harness';
import { textPdf } from '../testing/file-fixtures';
import { rosterCsv, rosterImport } from '../testing/roster-fixtures';

/**
 * What the desk files with the bureau, and from which day (issue 12 item 1; R28–R34, AMB-07, ED1–ED3):
 * through real signatures, the real state machine and the bureau double.
 */

let desk: DeskHarness;
let admin: string;
let bureau: BureauDouble;
const sessions = new Map<string, string>();
let n = 0;

beforeAll(async () => {
  desk = new DeskHarness();
  admin = await desk.setup();
  await desk.call('roster.import', rosterImport(rosterCsv(['D201', 'D202', 'D203', 'D204'].map((c) => ({
    医保医师编码: c, 专业: '内分泌科;心血管内科', 授权病种: '糖尿病;冠心病',
  })))), admin);
  for (const id of ['D201', 'D202', 'D203', 'D204']) sessions.set(id, await desk.userSession(admin, 'PHYSICIAN', id));
  bureau = await startBureauDouble();
  await desk.call('sync.configure', { url: bureau.url, caPem: null }, admin);
});
afterAll(async () => {
  await bureau.close();
  await desk.close();
});

async function caseUnderReview(diseaseKey: string, modeKey: string | null, diagnosis: string) {
  const idNo = idNumber(`3715021970020${String(300 + (n += 1)).padStart(3, '0')}1`);
  const applicantId = (await desk.call('applicants.register', desk.registerInput({ idNumber: idNo }), admin)).id;
  const [app] = await desk.call('applications.open', { applicantId, diseases: [{ diseaseKey, modeKey }] }, admin);
  await desk.call('applications.receive', { id: app!.id, identityVerification: 'ID_CARD_READER', applicantSigned: true }, admin);
  const record = [['聊城市人民医院', '出院记录', `姓名：张三  身份证号：${idNo}`, '出院日期：2024-10-10', `出院诊断：${diagnosis}`]];
  await desk.attach(admin, app!.id, `出院记录${n}.pdf`, await textPdf(record));
  await desk.confirmFacts(admin, app!.id);
  await desk.call('materials.submit', { applicationId: app!.id }, admin);
  const r = await desk.call('panel.draw', { applicationId: app!.id }, admin);
  return { id: app!.id, assigned: r.assigned.map((a) => a.id) };
}

const approveBy = (who: string, applicationId: string) => desk.call('review.sign', {
  applicationId, result: 'APPROVE', reasonCodes: [], comment: '', criteria: [{ id: 'C1', met: true }, { id: 'C2', met: true }], password: 'Passw0rd!',
}, sessions.get(who));
const kinds = (id: string) => outboxOfApplication(desk.backend.database.db, id).map((o) => [o.infno, o.status]);
const filingOf = (id: string) => {
  const row = outboxOfApplication(desk.backend.database.db, id).find((o) => o.infno === '2503');
  return row ? JSON.parse(row.payloadJson) as Record<string, string> : null;
};
const detail = (id: string) => desk.call('applications.get', { id }, admin);
async function sync() {
  const start = desk.now.toISOString();
  for (let i = 0; i < 10 && (await desk.backend.services.sync.runCycle()).pending > 0; i += 1) desk.now = new Date(desk.now.getTime() + 31 * 60_000);
  await at(start);
}
/** Moves the desk clock; sessions expire with time, so everyone signs in again. */
async function at(iso: string) {
  admin = await desk.at(iso);
  for (const id of sessions.keys()) sessions.set(id, (await desk.call('auth.signIn', { username: id, password: 'Passw0rd!' })).token);
}

describe('a disease without re-review (T10, R29, AMB-07)', () => {
  it('is filed at once, dated from the last required signature — not the first 同意', async () => {
    await at('2025-03-25T02:00:00Z');
    const { id, assigned } = await caseUnderReview('CORONARY_HEART_DISEASE', 'POST_PCI_STENT', '冠状动脉粥样硬化性心脏病 PCI术后');
    await approveBy(assigned[0]!, id); // 2025-03-25
    await at('2025-03-27T03:00:00Z');
    admin = (await desk.call('auth.signIn', { username: 'admin', password: 'Admin1234' })).token;
    expect((await approveBy(assigned[1]!, id)).state).toBe('APPROVED');
    expect(kinds(id)).toEqual([['2503', 'PENDING'], ['ARCHIVE', 'PENDING']]);
    expect(filingOf(id)).toMatchObject({ begndate: '2025-03-27', hosp_ide_date: '2025-03-27', diag_dr_codg: assigned[1] });
    expect((await detail(id)).entitlement).toMatchObject({ state: 'EFFECTIVE', startDate: '2025-03-27', endDate: null, filing: 'QUEUED' });
    await sync();
    expect((await detail(id)).entitlement).toMatchObject({ filing: 'FILED', filingRef: expect.stringMatching(/.+/) as string });
  });
});

describe('a re-review disease (T11 → T13/T14, R30–R34)', () => {
  it('sends only the re-review package at T11; the 备案 follows T13, dated from the pass date (ED3)', async () => {
    await at('2025-03-27T02:00:00Z');
    const { id, assigned } = await caseUnderReview('DIABETES', null, '2型糖尿病');
    await approveBy(assigned[0]!, id);
    expect((await approveBy(assigned[1]!, id)).state).toBe('AWAITING_REREVIEW');
    expect(kinds(id)).toEqual([['REREVIEW', 'PENDING']]); // no 2503: the bureau must not pay before its re-review
    expect((await detail(id)).entitlement).toBeNull();
    await sync();
    const { displayNo, applicantIdNumber } = (await detail(id)).application;
    expect(bureau.filings().filter((f) => f.psnNo === applicantIdNumber)).toEqual([]);
    expect(bureau.archives().filter((a) => a.applicationNo === displayNo).map((a) => a.purpose)).toEqual(['REREVIEW']);

    await at('2025-04-16T02:00:00Z'); // the result reaches the desk the day after the bureau decided
    bureau.publish('rereview', { results: [{ applicationNo: displayNo, result: 'PASS', reason: '', decidedOn: '2025-04-15' }] });
    await sync();
    const after = await detail(id);
    expect([after.application.state, after.history.at(-1)!.transition]).toEqual(['APPROVED', 'T13']);
    expect(after.entitlement).toMatchObject({ state: 'EFFECTIVE', startDate: '2025-04-15', filing: 'FILED' });
    expect(filingOf(id)).toMatchObject({ begndate: '2025-04-15', hosp_ide_date: '2025-03-27' });
    expect(bureau.filings().filter((f) => f.psnNo === applicantIdNumber).map((f) => f.valid)).toEqual([true]);
    expect(bureau.archives().filter((a) => a.applicationNo === displayNo).map((a) => a.purpose).sort()).toEqual(['ARCHIVE', 'REREVIEW']);
  });

  it('a failed re-review (T14) revokes nothing, because nothing was filed', async () => {
    await at('2025-03-27T02:00:00Z');
    const { id, assigned } = await caseUnderReview('DIABETES', null, '2型糖尿病');
    await approveBy(assigned[0]!, id);
    await approveBy(assigned[1]!, id);
    await sync();
    const { displayNo, applicantIdNumber } = (await detail(id)).application;
    bureau.publish('rereview', { results: [{ applicationNo: displayNo, result: 'FAIL', reason: '血糖检查结果不支持诊断', decidedOn: '2025-04-15' }] });
    await at('2025-04-16T02:00:00Z');
    await sync();
    const after = await detail(id);
    expect([after.application.state, after.history.at(-1)!.note]).toEqual(['REREVIEW_REJECTED', '医保经办机构复核（2025-04-15）：血糖检查结果不支持诊断']);
    expect(after.entitlement).toBeNull();
    expect(kinds(id)).toEqual([['REREVIEW', 'SENT']]);
    expect(bureau.filings().filter((f) => f.psnNo === applicantIdNumber)).toEqual([]);
  });

  it('revoked while awaiting re-review: the package still waiting is withdrawn and no 2504 is invented', async () => {
    await at('2025-03-27T02:00:00Z');
    const { id, assigned } = await caseUnderReview('DIABETES', null, '2型糖尿病');
    await approveBy(assigned[0]!, id);
    await approveBy(assigned[1]!, id);
    await desk.call('applications.revoke', { id, reason: '发现病历资料系伪造（000 §24）' }, admin);
    expect(kinds(id)).toEqual([['REREVIEW', 'CANCELLED']]);
  });
});
