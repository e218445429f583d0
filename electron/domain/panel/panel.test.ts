import { describe, expect, it } from 'vitest';
import { drawPanel, type DrawInput } from './draw';
import { exclusionsFor, type PanelCase, type Physician } from './eligibility';

const CASE: PanelCase = { diseaseKey: 'DIABETES', applicantIdNumber: '371502198001010018', hospitalCode: 'H1', date: '2025-03-03', treatingPhysicianNames: ['刘明远'] };
const ENDO = ['ENDOCRINOLOGY'];
const doc = (id: string, over: Partial<Physician> = {}): Physician => ({
  id, name: `医师${id}`, idNumber: `11010519700101${id.padStart(4, '0')}`, hospitalCode: 'H1', specialties: ['ENDOCRINOLOGY'],
  title: 'ASSOCIATE_CHIEF', authorisation: { diseaseKeys: ['DIABETES', 'HYPERTENSION'], from: '2024-01-01', to: '2026-12-31' },
  active: true, sanctions: [], onboarded: true, declaredConflicts: [], ...over,
});

describe('eligibility (R16–R18, R21, R22)', () => {
  it.each<[string, Partial<Physician>, Partial<PanelCase>, string[]]>([
    ['a qualified associate chief', {}, {}, []],
    ['a chief physician', { title: 'CHIEF' }, {}, []],
    ['an attending physician (R16)', { title: 'ATTENDING' }, {}, ['TITLE']],
    ['a resident', { title: 'RESIDENT' }, {}, ['TITLE']],
    ['a cardiologist on a diabetes case (R18)', { specialties: ['CARDIOLOGY'] }, {}, ['SPECIALTY']],
    ['a physician not authorised for the disease', { authorisation: { diseaseKeys: ['HYPERTENSION'], from: '2024-01-01', to: null } }, {}, ['NOT_AUTHORISED']],
    ['no authorisation at all', { authorisation: null }, {}, ['NOT_AUTHORISED']],
    ['an authorisation that ended the day before', { authorisation: { diseaseKeys: ['DIABETES'], from: '2024-01-01', to: '2025-03-02' } }, {}, ['AUTHORISATION_EXPIRED']],
    ['an authorisation that starts tomorrow', { authorisation: { diseaseKeys: ['DIABETES'], from: '2025-03-04', to: null } }, {}, ['AUTHORISATION_EXPIRED']],
    ['an authorisation ending on the day', { authorisation: { diseaseKeys: ['DIABETES'], from: '2024-01-01', to: '2025-03-03' } }, {}, []],
    ['a blacklisted physician (000 §24)', { sanctions: [{ from: '2023-06-01', to: '2026-05-31', reason: '优亲厚友' }] }, {}, ['SANCTION']],
    ['a sanction that has ended', { sanctions: [{ from: '2021-01-01', to: '2024-01-01', reason: '暂停支付资格' }] }, {}, []],
    ['missing onboarding (R22)', { onboarded: false }, {}, ['ONBOARDING']],
    ['the applicant themself', { idNumber: CASE.applicantIdNumber }, {}, ['CONFLICT_SELF']],
    ['a declared relative (R21)', { declaredConflicts: [CASE.applicantIdNumber] }, {}, ['CONFLICT_DECLARED']],
    ['the treating physician named in the records', { name: '刘明远' }, {}, ['CONFLICT_TREATING']],
    ['a physician of another hospital (AMB-10)', { hospitalCode: 'H2' }, {}, ['HOSPITAL']],
    ['an inactive account', { active: false }, {}, ['INACTIVE']],
    ['everything wrong at once', { title: 'ATTENDING', specialties: ['CARDIOLOGY'], onboarded: false, declaredConflicts: [CASE.applicantIdNumber] }, {},
      ['TITLE', 'SPECIALTY', 'ONBOARDING', 'CONFLICT_DECLARED']],
  ])('%s → %j', (_name, over, caseOver, reasons) => {
    expect(exclusionsFor(doc('1', over), { ...CASE, ...caseOver }, ENDO)).toEqual(reasons);
  });

  it('lets nobody certify a disease the pack maps to no specialty', () => {
    expect(exclusionsFor(doc('1'), CASE, [])).toEqual(['SPECIALTY']);
  });
});

describe('drawPanel (R19, R20)', () => {
  const roster = ['1', '2', '3', '4', '5'].map((id) => doc(id));
  const input = (over: Partial<DrawInput> = {}): DrawInput => ({
    roster, case: CASE, specialtiesForDisease: ENDO, seed: 1, count: 2, workload: new Map(), alreadyDrawn: [], ...over,
  });

  it('is reproducible from the seed, whatever the order of the roster', () => {
    const a = drawPanel(input({ seed: 42 }));
    const b = drawPanel(input({ seed: 42, roster: [...roster].reverse() }));
    expect(a.ok && b.ok && a.value.assigned).toEqual(b.ok && b.value.assigned);
  });

  it('draws uniformly over the eligible pool (chi-square over 20,000 seeds)', () => {
    const counts = new Map<string, number>();
    const n = 20_000;
    for (let seed = 0; seed < n; seed += 1) {
      const r = drawPanel(input({ seed }));
      if (!r.ok) throw new Error('unexpected');
      for (const id of r.value.assigned) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const expected = (2 * n) / roster.length;
    const chi2 = [...counts.values()].reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
    expect(counts.size).toBe(5);
    expect(chi2).toBeLessThan(18.47); // 4 degrees of freedom, p = 0.001
  });

  it('never draws an ineligible physician and never the same one twice', () => {
    const mixed = [...roster, doc('6', { title: 'ATTENDING' }), doc('7', { specialties: ['CARDIOLOGY'] }), doc('8', { declaredConflicts: [CASE.applicantIdNumber] })];
    for (let seed = 0; seed < 2_000; seed += 1) {
      const r = drawPanel(input({ roster: mixed, seed }));
      if (!r.ok) throw new Error('unexpected');
      expect(new Set(r.value.assigned).size).toBe(2);
      expect(r.value.assigned.every((id) => Number(id) <= 5)).toBe(true);
    }
    const r = drawPanel(input({ roster: mixed }));
    expect(r.ok && r.value.excluded).toEqual([{ id: '6', reasons: ['TITLE'] }, { id: '7', reasons: ['SPECIALTY'] }, { id: '8', reasons: ['CONFLICT_DECLARED'] }]);
  });

  it('refuses, with the numbers, when fewer than two qualify: never a panel of one', () => {
    const r = drawPanel(input({ roster: [doc('1'), doc('2', { onboarded: false })] }));
    expect(r).toEqual({ ok: false, error: { code: 'POOL_TOO_SMALL', params: { eligible: 1, needed: 2 } } });
    expect(drawPanel(input({ roster: [] })).ok).toBe(false);
  });

  it('does not draw again a physician already on the case (a redraw after recusal)', () => {
    const r = drawPanel(input({ count: 1, alreadyDrawn: ['1', '2', '3', '4'] }));
    expect(r.ok && r.value.assigned).toEqual(['5']);
  });

  it('favours the physician with the lighter workload', () => {
    const counts = new Map<string, number>();
    const workload = new Map([['1', 9], ['2', 9], ['3', 9], ['4', 9], ['5', 0]]);
    for (let seed = 0; seed < 2_000; seed += 1) {
      const r = drawPanel(input({ seed, workload }));
      if (r.ok) for (const id of r.value.assigned) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    expect(counts.get('5')).toBeGreaterThan(1_800);
  });
});
