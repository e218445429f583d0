import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskHarness, failure, idNumber } from '../testing/desk-harness';
import { signaturePng, textPdf } from '../testing/file-fixtures';
import { rosterCsv, rosterImport } from '../testing/roster-fixtures';
import { pdfText } from '../testing/pdf-text';

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
  await desk.confirmFacts(admin, app!.id);
  await desk.call('materials.submit', { applicationId: app!.id }, admin);
  const r = await desk.call('panel.draw', { applicationId: app!.id }, admin);
  return { id: app!.id, assigned: r.assigned.map((a) => a.id) };
}

/** The diabetes standard of the pack: C1 diagnosis, C2 continuing treatment; a REJECT here finds C2 unmet. */
const criteria = (result: 'APPROVE' | 'REJECT') => [{ id: 'C1', met: true }, { id: 'C2', met: result === 'APPROVE' }];
const sign = (who: string, applicationId: string, result: 'APPROVE' | 'REJECT', over: Record<string, unknown> = {}) =>
  desk.call('review.sign', {
    applicationId, result, reasonCodes: result === 'REJECT' ? ['STANDARD_NOT_MET'] : [], comment: '', criteria: criteria(result), password: 'Passw0rd!', ...over,
  }, sessions.get(who));

beforeAll(async () => {
  desk = new DeskHarness();
  admin = await desk.setup();
  await desk.call('roster.import', rosterImport(rosterCsv([{ 医保医师编码: 'D101' }, { 医保医师编码: 'D102' }, { 医保医师编码: 'D103' }, { 医保医师编码: 'D104' }])), admin);
  for (const id of ['D101', 'D102', 'D103', 'D104']) sessions.set(id, await desk.userSession(admin, 'PHYSICIAN', id));
});
afterAll(() => desk.close());

describe('signing (000 §8(2), R23)', () => {
  it('needs the physician\'s own password typed at signing, an assignment, and the standard\'s checklist (R15)', async () => {
    const { id, assigned } = await caseUnderReview();
    const other = ['D101', 'D102', 'D103', 'D104'].find((p) => !assigned.includes(p))!;
    expect((await failure(sign(assigned[0]!, id, 'APPROVE', { password: 'Admin1234' }))).code).toBe('SIGNATURE_PASSWORD_WRONG');
    expect((await failure(sign(other, id, 'APPROVE'))).code).toBe('NOT_ASSIGNED');
    expect((await failure(sign(assigned[0]!, id, 'APPROVE', { criteria: [] }))).message).toBe('CRITERIA_INCOMPLETE: 请对照认定标准逐项判断“符合”或“不符合”后再签署（R15）：未判断第 1 条、第 2 条。');
    expect((await failure(sign(assigned[0]!, id, 'APPROVE', { criteria: criteria('REJECT') }))).message).toBe('STANDARDS_NOT_MET: 有认定标准判断为“不符合”，不能签署“同意”（R15）：第 2 条。');
    expect((await failure(sign(assigned[0]!, id, 'REJECT', { reasonCodes: [] }))).code).toBe('REJECT_REASON_REQUIRED');
    const clerk = await desk.userSession(admin, 'CLERK', `clerk${n}`);
    expect((await failure(desk.call('review.sign', { applicationId: id, result: 'APPROVE', reasonCodes: [], comment: '', criteria: criteria('APPROVE'), password: 'Passw0rd!' }, clerk))).code).toBe('FORBIDDEN');
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
    expect(signed[0]!.criteria).toEqual([expect.objectContaining({ id: 'C1', met: true }), expect.objectContaining({ id: 'C2', met: true })]);
    for (const expected of ['门诊慢特病资格确认表', '聊城市人民医院', '张三', '糖尿病', ...signed.map((d) => d.physicianName), '副主任医师', '同意', signed[0]!.contentHash, '报医疗保障经办机构复核',
      '《中国2型糖尿病防治指南（2020年版）》', '认定标准逐项符合', '审计链锚点：']) {
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
    for (const expected of ['门诊慢特病不予认定通知书', '不同意', '未达到该病种认定标准', '不予认定', '认定标准第 2 条不符合']) expect(text).toContain(expected);
    // the letter to the applicant names the unmet criterion in the standard's words, once though both physicians found it
    const standard = desk.backend.services.catalogue.activePack().catalogue.find((e) => e.key === 'DIABETES')!.standard.criteria[1]!.textZh;
    const letter = (await pdfText((await desk.call('applications.noticePdf', { applicationId: id }, admin)).pdfBase64)).replace(/\s+/g, '');
    expect(letter).toContain('门诊慢特病资格认定结果告知书');
    expect(letter.split(`不符合认定标准：${standard.replace(/\s+/g, '')}`).length).toBe(2);
    for (const expected of ['作出不予认定的结论', '未达到该病种认定标准', '可随时重新申请']) expect(letter).toContain(expected);
  });

  it('a split draws a third physician (T8) whose vote decides by majority (R24)', async () => {
    const { id, assigned } = await caseUnderReview();
    await sign(assigned[0]!, id, 'APPROVE');
    expect(await sign(assigned[1]!, id, 'REJECT')).toMatchObject({ outcome: 'SPLIT', splitTo: 'TIEBREAK', state: 'UNDER_REVIEW' });
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

describe('the configured time to act (R20 redraw)', () => {
  it('marks a physician who has not acted within the pack\'s days as overdue; the desk expires them and draws a replacement', async () => {
    const { id, assigned } = await caseUnderReview();
    await sign(assigned[0]!, id, 'APPROVE');
    const [mine] = await desk.call('review.myCases', {}, sessions.get(assigned[1]!));
    expect(mine!.dueDate).toBe('2025-03-08');
    expect((await failure(desk.call('panel.redrawOverdue', { applicationId: id }, admin))).code).toBe('NOTHING_OVERDUE');
    const drawnAt = desk.now;
    try {
      desk.now = new Date('2025-03-08T16:00:00Z'); // 9 March in Beijing: past the 5 days
      admin = (await desk.call('auth.signIn', { username: 'admin', password: 'Admin1234' })).token; // days later: everyone signs in again
      for (const who of sessions.keys()) sessions.set(who, (await desk.call('auth.signIn', { username: who, password: 'Passw0rd!' })).token);
      const before = (await desk.call('panel.get', { applicationId: id }, admin)).assignments;
      expect(before.map((a) => [a.physicianId, a.status, a.overdue])).toEqual([[assigned[0], 'COMPLETED', false], [assigned[1], 'PENDING', true]]);
      const r = await desk.call('panel.redrawOverdue', { applicationId: id }, admin);
      expect(r.expired.map((e) => e.replacedBy)).toHaveLength(1);
      const after = (await desk.call('panel.get', { applicationId: id }, admin)).assignments;
      expect(after.find((a) => a.physicianId === assigned[1])).toMatchObject({ status: 'EXPIRED', closeReason: '超过 5 日未签署意见' });
      const replacement = after.find((a) => a.status === 'PENDING')!;
      expect(assigned).not.toContain(replacement.physicianId);
      expect((await failure(sign(assigned[1]!, id, 'APPROVE'))).code).toBe('NOT_ASSIGNED');
      expect(await sign(replacement.physicianId, id, 'APPROVE')).toMatchObject({ outcome: 'DECIDED' });
    } finally {
      desk.now = drawnAt;
    }
  });
});

describe('the handwritten signature (AMB-14)', () => {
  it('is drawn once with the physician\'s own password, refused when blank, and printed on the forms they sign', async () => {
    const { id, assigned } = await caseUnderReview();
    const [first, second] = assigned as [string, string];
    const png = (await signaturePng()).toString('base64');
    expect(await desk.call('review.mySignature', {}, sessions.get(first))).toEqual({ pngBase64: null, capturedAt: null });
    expect((await failure(desk.call('review.saveSignature', { pngBase64: png, password: 'wrong-1234' }, sessions.get(first)))).code).toBe('SIGNATURE_PASSWORD_WRONG');
    expect((await failure(desk.call('review.saveSignature', { pngBase64: (await signaturePng(0)).toString('base64'), password: 'Passw0rd!' }, sessions.get(first)))).code).toBe('SIGNATURE_BLANK');
    expect((await failure(desk.call('review.saveSignature', { pngBase64: Buffer.from('not a png').toString('base64'), password: 'Passw0rd!' }, sessions.get(first)))).message)
      .toBe('SIGNATURE_IMAGE_INVALID: 手写签名图像无效：不是 PNG 图像。');
    const saved = await desk.call('review.saveSignature', { pngBase64: png, password: 'Passw0rd!' }, sessions.get(first));
    expect(saved.capturedAt).toBe(desk.now.toISOString());
    expect((await failure(desk.call('review.saveSignature', { pngBase64: png, password: 'Passw0rd!' }, sessions.get(first)))).code).toBe('SIGNATURE_EXISTS');
    expect((await failure(desk.call('review.saveSignature', { pngBase64: png, password: 'Admin1234' }, admin))).code).toBe('FORBIDDEN');

    await sign(first, id, 'APPROVE');
    await sign(second, id, 'APPROVE');
    const nameOf = new Map((await desk.call('roster.list', {}, admin)).map((p) => [p.id, p.name]));
    const byName = new Map((await desk.call('review.decisions', { applicationId: id }, admin)).map((d) => [d.physicianName, d.hasSignatureImage]));
    expect([byName.get(nameOf.get(first)!), byName.get(nameOf.get(second)!)]).toEqual([true, false]);
    const form = await desk.call('review.decisionPdf', { applicationId: id }, admin);
    const pdf = await getDocument({ data: new Uint8Array(Buffer.from(form.pdfBase64, 'base64')), verbosity: 0 }).promise;
    const ops = (await (await pdf.getPage(1)).getOperatorList()).fnArray.filter((f) => f === OPS.paintImageXObject);
    expect(ops).toHaveLength(2); // the QR code and the one captured signature
  });
});

describe('a split sent to an expert panel (pack setting onSplit = EXPERT_PANEL)', () => {
  it('draws three experts among the others; their majority decides and the case is force-sampled', async () => {
    const expertDesk = new DeskHarness({ pack: (p) => ({ ...p, panel: { ...p.panel, onSplit: { kind: 'EXPERT_PANEL', size: 3 } } }) });
    try {
      const token = await expertDesk.setup();
      const ids = ['E101', 'E102', 'E103', 'E104', 'E105'];
      await expertDesk.call('roster.import', rosterImport(rosterCsv(ids.map((x) => ({ 医保医师编码: x })))), token);
      const s = new Map<string, string>();
      for (const x of ids) s.set(x, await expertDesk.userSession(token, 'PHYSICIAN', x));
      const applicantId = (await expertDesk.call('applicants.register', expertDesk.registerInput(), token)).id;
      const [app] = await expertDesk.call('applications.open', { applicantId, diseases: [{ diseaseKey: 'DIABETES', modeKey: null }] }, token);
      await expertDesk.call('applications.receive', { id: app!.id, identityVerification: 'ID_CARD_READER', applicantSigned: true }, token);
      await expertDesk.attach(token, app!.id, '出院记录.pdf', await textPdf([['聊城市人民医院', '出院记录', `姓名：张三  身份证号：${expertDesk.registerInput().idNumber}`, '出院日期：2024-10-10', '出院诊断：2型糖尿病']]));
      await expertDesk.confirmFacts(token, app!.id);
      await expertDesk.call('materials.submit', { applicationId: app!.id }, token);
      const drawn = (await expertDesk.call('panel.draw', { applicationId: app!.id }, token)).assigned.map((a) => a.id);
      const vote = (who: string, result: 'APPROVE' | 'REJECT') => expertDesk.call('review.sign', {
        applicationId: app!.id, result, reasonCodes: result === 'REJECT' ? ['STANDARD_NOT_MET'] : [], comment: '', criteria: criteria(result), password: 'Passw0rd!',
      }, s.get(who));
      await vote(drawn[0]!, 'APPROVE');
      expect(await vote(drawn[1]!, 'REJECT')).toMatchObject({ outcome: 'SPLIT', splitTo: 'EXPERT' });
      const experts = (await expertDesk.call('panel.get', { applicationId: app!.id }, token)).assignments.filter((a) => a.role === 'EXPERT').map((a) => a.physicianId);
      expect(experts.sort()).toEqual(ids.filter((x) => !drawn.includes(x)).sort());
      expect(await vote(experts[0]!, 'REJECT')).toMatchObject({ outcome: 'PENDING' });
      expect(await vote(experts[1]!, 'APPROVE')).toMatchObject({ outcome: 'PENDING' });
      expect(await vote(experts[2]!, 'REJECT')).toMatchObject({ outcome: 'DECIDED', state: 'HOSPITAL_REJECTED' });
      const detail = await expertDesk.call('applications.get', { id: app!.id }, token);
      expect(detail.history.find((h) => h.transition === 'T8')?.note).toBe('两名医师意见不一致，提交专家组（3 名）评审');
      expect(detail.history.at(-1)?.note).toContain('纳入经办机构抽查');
    } finally {
      await expertDesk.close();
    }
  });
});

describe('R48: a physician who lost their qualification after the draw', () => {
  it('is taken off the case when blacklisted, and a replacement is drawn at once', async () => {
    const { id, assigned } = await caseUnderReview();
    await desk.call('roster.addSanction', { physicianId: assigned[0]!, from: '2025-03-01', to: null, reason: '伪造病历（000 §24）' }, admin);
    const panel = (await desk.call('panel.get', { applicationId: id }, admin)).assignments;
    const revoked = panel.find((a) => a.physicianId === assigned[0])!;
    expect([revoked.status, revoked.closeReason]).toEqual(['EXPIRED', '认定资格已变化（黑名单或暂停资格期间（R21）），撤回任务（R48）']);
    expect(panel.filter((a) => a.status === 'PENDING').map((a) => a.physicianId)).not.toContain(assigned[0]);
    expect(panel.filter((a) => a.status === 'PENDING')).toHaveLength(2);
    expect((await failure(sign(assigned[0]!, id, 'APPROVE'))).code).toBe('NOT_ASSIGNED');
  });
});

describe('what is signed is what was judged (issue 11)', () => {
  it('a 不同意 whose criteria are all 符合 must say why; a summary older than the content is refused', async () => {
    const { id, assigned } = await caseUnderReview();
    const allMet = [{ id: 'C1', met: true }, { id: 'C2', met: true }];
    expect((await failure(sign(assigned[0]!, id, 'REJECT', { criteria: allMet }))).code).toBe('REJECT_ALL_MET_NEEDS_REASON');
    const shown = (await desk.call('review.contentHash', { applicationId: id }, sessions.get(assigned[0]!))).contentHash;
    expect((await failure(sign(assigned[0]!, id, 'APPROVE', { contentHash: 'f'.repeat(64) }))).code).toBe('CONTENT_CHANGED');
    expect(await sign(assigned[0]!, id, 'APPROVE', { contentHash: shown })).toMatchObject({ outcome: 'PENDING', contentHash: shown });
    expect((await failure(desk.call('review.contentHash', { applicationId: id }, sessions.get(['D101', 'D102', 'D103', 'D104'].find((p) => !assigned.includes(p))!)))).code).toBe('FORBIDDEN');
  });
});

describe('a decision changed behind the triggers\' back (issue 11, R25)', () => {
  it('is found by the audit chain, and the case no longer prints', async () => {
    const { id, assigned } = await caseUnderReview();
    await sign(assigned[0]!, id, 'REJECT');
    await sign(assigned[1]!, id, 'REJECT');
    const sqlite = desk.backend.database.sqlite;
    sqlite.exec('DROP TRIGGER decisions_no_update');
    sqlite.prepare("UPDATE decisions SET result = 'APPROVE' WHERE application_id = ?").run(id);
    sqlite.prepare("UPDATE applications SET state = 'APPROVED' WHERE id = ?").run(id);
    const r = await desk.call('audit.verify', { deep: false }, admin);
    const messages = r.problems.map((p) => p.message);
    expect(messages.filter((m) => /^审核意见 .+ 与第 \d+ 条审计记录不符（已被改动）$/.test(m))).toHaveLength(2);
    expect(messages).toContain('保护触发器 decisions_no_update 曾被删除（已恢复）：数据库被绕过系统改动过');
    expect((await failure(desk.call('review.decisionPdf', { applicationId: id }, admin))).code).toBe('AUDIT_TAMPERED');
  });
});
