import { describe, expect, it } from 'vitest';
import { checkMaterials, longestGap, type EvidenceItem, type EvidenceRoute, type MaterialsInput } from './check-materials';
import type { Institution } from './institutions';

// The Liaocheng evidence routes of domain §6.6 (000 §8(1)).
const GENERAL = { countsAsGeneral: true, ownership: 'PUBLIC', designated: true } as const;
const ROUTES: EvidenceRoute[] = [
  {
    id: 'INPATIENT_3Y', nameZh: '住院病历路径',
    items: [{
      nameZh: '近3年住院病历复印件', types: ['INPATIENT_RECORD_COPY'], minCount: 1,
      window: { years: 3, dateField: 'DISCHARGE_DATE' },
      issuerAnyOf: [{ levelMin: 'L2', ...GENERAL }, { levelMin: 'L2', category: 'SPECIALTY', ownership: 'PUBLIC', designated: true }],
      requireOriginalSighted: false, requireSeal: false, continuityMaxGapDays: null,
    }],
  },
  {
    id: 'OUTPATIENT_1Y', nameZh: '门诊病历路径',
    items: [
      {
        nameZh: '近一年门诊病历', types: ['OUTPATIENT_RECORD_ORIGINAL', 'EMR_PRINTOUT'], minCount: 1,
        window: { years: 1, dateField: 'VISIT_DATE' },
        issuerAnyOf: [{ levelMin: 'L2', ...GENERAL }, { level: 'L3', category: 'SPECIALTY', ownership: 'PUBLIC', designated: true }],
        requireOriginalSighted: true, requireSeal: false, continuityMaxGapDays: 92,
      },
      {
        nameZh: '相关检查检验报告', types: ['TEST_REPORT'], minCount: 1, window: { years: 1, dateField: 'REPORT_DATE' },
        issuerAnyOf: null, requireOriginalSighted: false, requireSeal: false, continuityMaxGapDays: null,
      },
    ],
  },
];

const inst = (over: Partial<Institution>): Institution => ({
  code: 'H1', nameZh: '聊城市人民医院', aliases: [], level: 'L3', category: 'GENERAL', countsAsGeneral: true,
  ownership: 'PUBLIC', designated: true, ...over,
});
const CITY = inst({});
const PRIVATE_L3 = inst({ code: 'H2', nameZh: '聊城民营医院', ownership: 'PRIVATE' });
const PSYCH_L2 = inst({ code: 'H3', nameZh: '聊城市第四人民医院', level: 'L2', category: 'SPECIALTY', countsAsGeneral: false });

const APPLICANT = { name: '张三', idNumber: '371502196604051234' };
let n = 0;
const item = (over: Partial<EvidenceItem>): EvidenceItem => ({
  documentId: `d${(n += 1)}`, label: `材料${n}`, type: 'INPATIENT_RECORD_COPY', issuerName: CITY.nameZh, issuer: CITY,
  dischargeDate: null, visitDates: [], reportDate: null, diseaseKeys: ['DIABETES'], originalSighted: false,
  sealed: false, nameOnDoc: '张三', idNumberOnDoc: null, ...over,
});
const check = (items: EvidenceItem[], receivedDate = '2025-03-03'): ReturnType<typeof checkMaterials> =>
  checkMaterials({ receivedDate, applicant: APPLICANT, diseaseKey: 'DIABETES', routes: ROUTES, items } satisfies MaterialsInput);
const codes = (v: ReturnType<typeof checkMaterials>): string[] => v.findings.map((f) => f.code);
const problemsOf = (v: ReturnType<typeof checkMaterials>): string[] =>
  v.findings.flatMap((f) => (f.code === 'ITEM_INVALID' ? f.problems.map((p) => p.code) : []));

describe('R9 inpatient route', () => {
  it('accepts a discharge exactly three years before receipt, refuses the day before (domain §4.2 test)', () => {
    expect(check([item({ dischargeDate: '2022-03-03' })]).complete).toBe(true);
    const late = check([item({ dischargeDate: '2022-03-02' })]);
    expect(late.complete).toBe(false);
    expect(late.findings).toContainEqual(expect.objectContaining({
      code: 'ITEM_INVALID', problems: [{ code: 'OUTSIDE_WINDOW', params: { date: '2022-03-02', from: '2022-03-03', to: '2025-03-03' } }],
    }));
  });
  it('refuses a private level-3 hospital and accepts a level-2 public specialty hospital', () => {
    expect(problemsOf(check([item({ dischargeDate: '2024-01-01', issuer: PRIVATE_L3, issuerName: PRIVATE_L3.nameZh })]))).toContain('ISSUER_NOT_QUALIFIED');
    expect(check([item({ dischargeDate: '2024-01-01', issuer: PSYCH_L2, issuerName: PSYCH_L2.nameZh })]).complete).toBe(true);
  });
  it('flags an unknown hospital instead of guessing its level', () => {
    const v = check([item({ dischargeDate: '2024-01-01', issuer: null, issuerName: '某某诊所' })]);
    expect(v.complete).toBe(false);
    expect(v.findings).toContainEqual(expect.objectContaining({ problems: [{ code: 'ISSUER_UNKNOWN', params: { issuer: '某某诊所' } }] }));
  });
  it('refuses a record without a discharge date', () => {
    expect(problemsOf(check([item({})]))).toEqual(['DATE_MISSING']);
  });
});

describe('R10 / R14 outpatient route', () => {
  const visit = (over: Partial<EvidenceItem>): EvidenceItem =>
    item({ type: 'OUTPATIENT_RECORD_ORIGINAL', originalSighted: true, visitDates: ['2024-04-01', '2024-06-20', '2024-09-10', '2024-12-01', '2025-02-20'], ...over });
  const report = item({ type: 'TEST_REPORT', reportDate: '2025-02-20' });

  it('is complete with records plus a test report (R12)', () => {
    const v = check([visit({}), report]);
    expect(v.complete).toBe(true);
    expect(v.routes.map((r) => r.satisfied)).toEqual([false, true]);
    expect(codes(v)).toEqual([]);
  });
  it('is incomplete without a test report, and says so', () => {
    const v = check([visit({})]);
    expect(v.complete).toBe(false);
    expect(v.findings).toContainEqual(expect.objectContaining({ code: 'REQUIREMENT_UNMET', routeId: 'OUTPATIENT_1Y', requirement: '相关检查检验报告', have: 0, need: 1 }));
  });
  it('needs a level-3 specialty hospital on this route: level-2 is refused', () => {
    expect(problemsOf(check([visit({ issuer: PSYCH_L2 }), report]))).toContain('ISSUER_NOT_QUALIFIED');
  });
  it('refuses a photocopy of a paper outpatient record but accepts an EMR printout', () => {
    expect(problemsOf(check([visit({ originalSighted: false }), report]))).toContain('ORIGINAL_NOT_SIGHTED');
    expect(check([visit({ type: 'EMR_PRINTOUT', originalSighted: false }), report]).complete).toBe(true);
  });
});

describe('R11 continuity', () => {
  it('warns on a 175-day gap (domain §4.2 test)', () => {
    const v = check([
      item({ type: 'OUTPATIENT_RECORD_ORIGINAL', originalSighted: true, visitDates: ['2024-03-10', '2024-09-01', '2025-02-20'] }),
      item({ type: 'TEST_REPORT', reportDate: '2025-02-20' }),
    ]);
    expect(v.complete).toBe(true);
    expect(v.findings).toEqual([{ severity: 'WARN', code: 'CONTINUITY_GAP', gapDays: 175, from: '2024-03-10', to: '2024-09-01', maxGapDays: 92 }]);
  });
  it('bounds the gaps by the window start and the receipt date', () => {
    expect(longestGap([], '2024-03-03', '2025-03-03').gapDays).toBe(365);
    expect(longestGap(['2024-06-01'], '2024-03-03', '2024-07-01')).toEqual({ gapDays: 90, from: '2024-03-03', to: '2024-06-01' });
  });
});

describe('R13 relatedness and identity', () => {
  it('warns when the only valid record shows another disease', () => {
    const v = check([item({ dischargeDate: '2024-05-01', diseaseKeys: [] })]);
    expect(v.complete).toBe(true);
    expect(codes(v)).toEqual(['UNRELATED_EVIDENCE']);
  });
  it('does not count a record of another person, and lists every problem at once (R8)', () => {
    const v = check([item({ dischargeDate: '2021-01-01', nameOnDoc: '李四', idNumberOnDoc: '110105194912310021', issuer: PRIVATE_L3 })]);
    expect(problemsOf(v)).toEqual(['NAME_MISMATCH', 'ID_MISMATCH', 'OUTSIDE_WINDOW', 'ISSUER_NOT_QUALIFIED']);
    // both routes are reported as unmet, so the notice covers every way to complete the file
    expect(v.findings.filter((f) => f.code === 'REQUIREMENT_UNMET').map((f) => f.code === 'REQUIREMENT_UNMET' && f.requirement))
      .toEqual(['近3年住院病历复印件', '近一年门诊病历', '相关检查检验报告']);
  });
  it('warns when neither name nor ID could be read from a document', () => {
    const v = check([item({ dischargeDate: '2024-05-01', nameOnDoc: null })]);
    expect(codes(v)).toEqual(['IDENTITY_UNREAD']);
  });
});
