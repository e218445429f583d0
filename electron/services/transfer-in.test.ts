import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textPdf } from '../testing/file-fixtures';
import { DeskHarness, failure, idNumber } from '../testing/desk-harness';

/** R51 (000 §10): a person insured elsewhere moves into the city. */
const desk = new DeskHarness();
let admin: string;
let applicantId: string;
const ID = idNumber('13050219650302004');

beforeAll(async () => {
  admin = await desk.setup();
  applicantId = (await desk.call('applicants.register', desk.registerInput({ name: '邱桂芳', idNumber: ID }), admin)).id;
});
afterAll(() => desk.close());

const discharge = () => textPdf([['聊城市人民医院', '出院记录', `姓名：邱桂芳  身份证号：${ID}`, '出院日期：2024-12-20', '出院诊断：血友病A（重型）', '医师签名：王建华']]);
const priorCertification = () => textPdf([['邢台市医疗保障局', '门诊慢特病待遇资格认定结论', `姓名：邱桂芳  身份证号：${ID}`,
  '认定病种：血友病', '认定日期：2023-05-06']]);

describe('transfer-in (R51)', () => {
  it('an instant disease goes straight to this hospital\'s review once the recognition made elsewhere is seen and sealed', async () => {
    const [app] = await desk.call('applications.open', { applicantId, diseases: [{ diseaseKey: 'HEMOPHILIA', modeKey: null }], transferFrom: '河北省邢台市' }, admin);
    expect([app!.path, app!.transferFrom]).toEqual(['TRANSFER_IN', '河北省邢台市']);
    await desk.call('applications.receive', { id: app!.id, identityVerification: 'ID_CARD_READER', applicantSigned: true }, admin);
    await desk.attach(admin, app!.id, '出院记录.pdf', await discharge());
    await desk.confirmFacts(admin, app!.id);

    const without = await desk.call('materials.check', { applicationId: app!.id }, admin);
    expect(without.verdict.complete).toBe(false);
    expect(without.verdict.findings.map((f) => f.text).join('\n')).toContain('外地门诊慢特病资格认定结论（原参保地出具）');
    expect((await failure(desk.call('materials.submit', { applicationId: app!.id }, admin))).code).toBe('MATERIALS_INCOMPLETE');

    const doc = await desk.attach(admin, app!.id, '原参保地认定结论.pdf', await priorCertification(), 'PRIOR_CERTIFICATION');
    await desk.confirmFacts(admin, app!.id);
    const listed = (await desk.call('materials.list', { applicationId: app!.id }, admin)).find((d) => d.id === doc.id)!;
    await desk.call('materials.update', { documentId: doc.id, materialType: 'PRIOR_CERTIFICATION', originalSighted: true, sealed: false, facts: null }, admin);
    expect((await desk.call('materials.check', { applicationId: app!.id }, admin)).verdict.complete).toBe(false); // the pack wants it sealed
    await desk.call('materials.update', { documentId: doc.id, materialType: 'PRIOR_CERTIFICATION', originalSighted: true, sealed: true, facts: null }, admin);
    expect(listed.materialType).toBe('PRIOR_CERTIFICATION');
    expect((await desk.call('materials.check', { applicationId: app!.id }, admin)).verdict.complete).toBe(true);
    expect((await desk.call('materials.submit', { applicationId: app!.id }, admin)).state).toBe('UNDER_REVIEW'); // T5, no monthly queue
  });

  it('any other disease is a new application on its usual path, the place still recorded', async () => {
    const [app] = await desk.call('applications.open', { applicantId, diseases: [{ diseaseKey: 'DIABETES', modeKey: null }], transferFrom: '河北省邢台市' }, admin);
    expect([app!.path, app!.transferFrom]).toEqual(['MONTHLY_REREVIEW', '河北省邢台市']);
    const [plain] = await desk.call('applications.open', { applicantId, diseases: [{ diseaseKey: 'URAEMIA_DIALYSIS', modeKey: 'HEMODIALYSIS' }] }, admin);
    expect([plain!.path, plain!.transferFrom]).toEqual(['INSTANT', null]);
  });

  it('the place is required in words, and a pack without transfer-in refuses it by name', async () => {
    const blank = await failure(desk.call('applications.open', { applicantId, diseases: [{ diseaseKey: 'LEUKEMIA', modeKey: null }], transferFrom: ' ' }, admin));
    expect(blank.message).toContain('请填写原参保地');
    const nm = new DeskHarness();
    try {
      const t = await nm.setup('cn.nm.employee.csd');
      const p = await nm.call('applicants.register', nm.registerInput({ regionCode: '150100', idNumber: idNumber('15010219700101003') }), t);
      const e = await failure(nm.call('applications.open', { applicantId: p.id, diseases: [{ diseaseKey: 'PARKINSONS_DISEASE', modeKey: null }], transferFrom: '河北省邢台市' }, t));
      expect([e.code, e.message]).toEqual(['TRANSFER_IN_UNDEFINED', expect.stringContaining('未规定外地转入的办理方式') as string]);
    } finally {
      await nm.close();
    }
  });

  it('the place is sealed in the audit chain: clearing it by raw SQL is found', async () => {
    const [app] = await desk.call('applications.open', { applicantId, diseases: [{ diseaseKey: 'PHENYLKETONURIA', modeKey: null }], transferFrom: '河北省邢台市' }, admin);
    expect((await desk.call('audit.verify', { deep: false }, admin)).ok).toBe(true);
    desk.backend.database.sqlite.prepare('UPDATE applications SET transfer_from = NULL WHERE id = ?').run(app!.id);
    const r = await desk.call('audit.verify', { deep: false }, admin);
    expect(r.problems.map((p) => p.message)).toEqual([expect.stringMatching(new RegExp(`^申请 ${app!.id} 与第 \\d+ 条审计记录不符`)) as string]);
  });
});
