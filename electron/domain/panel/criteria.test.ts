import { describe, expect, it } from 'vitest';
import { judgeCriteria } from './criteria';

const STANDARD = [{ id: 'C1', textZh: '诊断依据' }, { id: 'C2', textZh: '需持续治疗' }];

describe('judgeCriteria (R15: the checklist of the certification standard)', () => {
  it('keeps each criterion with its text and the physician\'s judgement', () => {
    expect(judgeCriteria(STANDARD, [{ id: 'C2', met: true }, { id: 'C1', met: true }], 'APPROVE'))
      .toEqual({ ok: true, value: [{ id: 'C1', textZh: '诊断依据', met: true }, { id: 'C2', textZh: '需持续治疗', met: true }] });
  });

  it('an APPROVE with an empty checklist cannot be signed (domain §4.2 R15 test)', () => {
    expect(judgeCriteria(STANDARD, [], 'APPROVE')).toEqual({ ok: false, error: { code: 'CRITERIA_INCOMPLETE', params: { missing: '未判断第 1 条、第 2 条' } } });
  });

  it.each([
    ['a criterion left out', [{ id: 'C1', met: true }], '未判断第 2 条'],
    ['an unknown criterion', [{ id: 'C1', met: true }, { id: 'C2', met: true }, { id: 'C9', met: true }], '提交的标准条目与该病种的认定标准不符'],
    ['a criterion twice', [{ id: 'C1', met: true }, { id: 'C1', met: false }, { id: 'C2', met: true }], '提交的标准条目与该病种的认定标准不符'],
  ])('%s is refused', (_n, answers, missing) => {
    expect(judgeCriteria(STANDARD, answers, 'REJECT')).toEqual({ ok: false, error: { code: 'CRITERIA_INCOMPLETE', params: { missing } } });
  });

  it('同意 needs every criterion 符合; 不同意 may record unmet ones', () => {
    const answers = [{ id: 'C1', met: true }, { id: 'C2', met: false }];
    expect(judgeCriteria(STANDARD, answers, 'APPROVE')).toEqual({ ok: false, error: { code: 'STANDARDS_NOT_MET', params: { unmet: '第 2 条' } } });
    expect(judgeCriteria(STANDARD, answers, 'REJECT')).toMatchObject({ ok: true, value: [{ met: true }, { met: false }] });
  });

  it('a disease without a standard in its pack cannot be decided', () => {
    expect(judgeCriteria([], [], 'REJECT')).toMatchObject({ ok: false, error: { code: 'CRITERIA_INCOMPLETE' } });
  });
});

describe('a 不同意 whose criteria are all 符合', () => {
  const STANDARD_ALL = [{ id: 'C1', textZh: '诊断明确' }, { id: 'C2', textZh: '规律治疗' }];
  const allMet = [{ id: 'C1', met: true }, { id: 'C2', met: true }];
  it('needs its reason written out', () => {
    expect(judgeCriteria(STANDARD_ALL, allMet, 'REJECT')).toEqual({ ok: false, error: { code: 'REJECT_ALL_MET_NEEDS_REASON' } });
    expect(judgeCriteria(STANDARD_ALL, allMet, 'REJECT', '   ')).toMatchObject({ ok: false });
    expect(judgeCriteria(STANDARD_ALL, allMet, 'REJECT', '病历资料真实性存疑，需核实原件')).toMatchObject({ ok: true });
  });
});
