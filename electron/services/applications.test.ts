import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeskHarness, failure, idNumber } from '../testing/desk-harness';

let desk: DeskHarness;
let admin: string;
let applicantId: string;
beforeEach(async () => {
  desk = new DeskHarness();
  admin = await desk.setup();
  applicantId = (await desk.call('applicants.register', desk.registerInput(), admin)).id;
});
afterEach(() => desk.close());


describe('opening applications', () => {
  it('opens one application per disease in DRAFT with the path the pack gives (R26, R30)', async () => {
    const apps = await desk.call('applications.open', {
      applicantId, diseases: [
        { diseaseKey: 'HEMOPHILIA', modeKey: null },
        { diseaseKey: 'DIABETES', modeKey: null },
        { diseaseKey: 'CORONARY_HEART_DISEASE', modeKey: 'POST_PCI_STENT' },
      ],
    }, admin);
    expect(apps.map((a) => [a.diseaseKey, a.state, a.path])).toEqual([
      ['HEMOPHILIA', 'DRAFT', 'INSTANT'],
      ['DIABETES', 'DRAFT', 'MONTHLY_REREVIEW'],
      ['CORONARY_HEART_DISEASE', 'DRAFT', 'MONTHLY'],
    ]);
    expect(apps.map((a) => a.displayNo)).toEqual(['H3715020000120250300001', 'H3715020000120250300002', 'H3715020000120250300003']);
    expect(apps[0]).toMatchObject({ packId: 'cn.sd.liaocheng.csd', packVersion: '2025.1-draft', applicantName: '张三' });
  });

  it('AN-4: refuses a second open application for the same disease and names the first', async () => {
    const [first] = await desk.call('applications.open', { applicantId, diseases: [{ diseaseKey: 'DIABETES', modeKey: null }] }, admin);
    const e = await failure(desk.call('applications.open', { applicantId, diseases: [{ diseaseKey: 'DIABETES', modeKey: null }] }, admin));
    expect(e.code).toBe('APPLICATION_DUPLICATE');
    expect(e.message).toContain(first!.displayNo);
    expect(e.message).toContain('待受理');
  });

  it('allows a new application once the earlier one was withdrawn (T15)', async () => {
    const [first] = await desk.call('applications.open', { applicantId, diseases: [{ diseaseKey: 'DIABETES', modeKey: null }] }, admin);
    await desk.call('applications.withdraw', { id: first!.id, reason: '申请人主动撤回' }, admin);
    const [second] = await desk.call('applications.open', { applicantId, diseases: [{ diseaseKey: 'DIABETES', modeKey: null }] }, admin);
    expect(second!.state).toBe('DRAFT');
  });

  it('is all or nothing: one bad disease in the list creates none', async () => {
    const e = await failure(desk.call('applications.open', { applicantId, diseases: [{ diseaseKey: 'HEMOPHILIA', modeKey: null }, { diseaseKey: 'NO_SUCH', modeKey: null }] }, admin));
    expect(e.code).toBe('DISEASE_UNKNOWN');
    expect((await desk.call('applications.list', {}, admin)).total).toBe(0);
  });

  it.each([
    [{ diseaseKey: 'URAEMIA_DIALYSIS', modeKey: null }, 'DISEASE_MODE_REQUIRED'],
    [{ diseaseKey: 'URAEMIA_DIALYSIS', modeKey: 'POST_CABG' }, 'DISEASE_MODE_UNKNOWN'],
    [{ diseaseKey: 'nonsense', modeKey: null }, 'DISEASE_UNKNOWN'],
  ])('refuses %j with %s', async (choice, code) => {
    expect((await failure(desk.call('applications.open', { applicantId, diseases: [choice] }, admin))).code).toBe(code);
  });

  it('R2: refuses a disease the applicant\'s scheme does not cover (Inner Mongolia pack is employee-only)', async () => {
    const nm = new DeskHarness();
    try {
      const t = await nm.setup('cn.nm.employee.csd');
      const resident = await nm.call('applicants.register', nm.registerInput({ scheme: 'RESIDENT', employmentStatus: null, regionCode: '150100', idNumber: idNumber('15010219700101003') }), t);
      const e = await failure(nm.call('applications.open', { applicantId: resident.id, diseases: [{ diseaseKey: 'PARKINSONS_DISEASE', modeKey: null }] }, t));
      expect(e.code).toBe('DISEASE_SCHEME_MISMATCH');
      expect(e.message).toContain('居民医保');
    } finally {
      await nm.close();
    }
  });
});

describe('receiving and the worklist', () => {
  it('T1 needs the applicant\'s signature (R3) and records the identity check (R4) and the history', async () => {
    const [app] = await desk.call('applications.open', { applicantId, diseases: [{ diseaseKey: 'HEMOPHILIA', modeKey: null }] }, admin);
    const unsigned = await desk.backend.call('applications.receive', { id: app!.id, identityVerification: 'ID_CARD_READER', applicantSigned: false }, admin);
    expect(unsigned).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    desk.now = new Date('2025-03-03T03:00:00Z');
    const received = await desk.call('applications.receive', { id: app!.id, identityVerification: 'ID_CARD_READER', applicantSigned: true }, admin);
    expect(received).toMatchObject({ state: 'RECEIVED', receivedAt: '2025-03-03T03:00:00.000Z' });
    const detail = await desk.call('applications.get', { id: app!.id }, admin);
    expect(detail.history.map((h) => [h.transition, h.fromState, h.toState])).toEqual([[null, null, 'DRAFT'], ['T1', 'DRAFT', 'RECEIVED']]);
    const again = await failure(desk.call('applications.receive', { id: app!.id, identityVerification: 'ID_CARD_READER', applicantSigned: true }, admin));
    expect(again.code).toBe('TRANSITION_NOT_ALLOWED');
  });

  it('filters by state, searches by name, pinyin initials and id number, and pages', async () => {
    const other = await desk.call('applicants.register', desk.registerInput({ name: '王五', idNumber: idNumber('37150219900202002') }), admin);
    const keys = ['HEMOPHILIA', 'DIABETES', 'HYPERTENSION', 'LEUKEMIA', 'PHENYLKETONURIA'];
    for (const [i, k] of keys.entries()) {
      desk.now = new Date(Date.UTC(2025, 2, 3, 2, i));
      await desk.call('applications.open', { applicantId, diseases: [{ diseaseKey: k, modeKey: null }] }, admin);
    }
    const [wang] = await desk.call('applications.open', { applicantId: other.id, diseases: [{ diseaseKey: 'DIABETES', modeKey: null }] }, admin);
    await desk.call('applications.receive', { id: wang!.id, identityVerification: 'E_VOUCHER', applicantSigned: true }, admin);

    const page1 = await desk.call('applications.list', { page: 1, pageSize: 5 }, admin);
    expect(page1).toMatchObject({ total: 6, countsByState: { DRAFT: 5, RECEIVED: 1 } });
    expect(page1.items.map((a) => a.diseaseKey)).toEqual(['DIABETES', 'PHENYLKETONURIA', 'LEUKEMIA', 'HYPERTENSION', 'DIABETES']);
    expect((await desk.call('applications.list', { page: 2, pageSize: 5 }, admin)).items.map((a) => a.diseaseKey)).toEqual(['HEMOPHILIA']);
    expect((await desk.call('applications.list', { state: 'RECEIVED' }, admin)).items.map((a) => a.applicantName)).toEqual(['王五']);
    expect((await desk.call('applications.list', { query: 'ww' }, admin)).total).toBe(1);
    expect((await desk.call('applications.list', { query: '张' }, admin)).total).toBe(5);
    expect((await desk.call('applications.list', { query: other.idNumber.slice(-6) }, admin)).total).toBe(1);
    expect((await desk.call('applications.list', { query: '%' }, admin)).total).toBe(0);
  });
});

describe('catalogue', () => {
  it('searches by name and by pinyin initials and shows instant / re-review', async () => {
    const byInitials = await desk.call('catalogue.list', { query: 'tnb' }, admin);
    expect(byInitials.items.map((i) => [i.key, i.path, i.diseaseClass])).toEqual([['DIABETES', 'MONTHLY_REREVIEW', 'B']]);
    const byName = await desk.call('catalogue.list', { query: '血友' }, admin);
    expect(byName.items.map((i) => [i.key, i.path])).toEqual([['HEMOPHILIA', 'INSTANT']]);
    expect((await desk.call('catalogue.list', {}, admin)).items).toHaveLength(13);
  });
});
