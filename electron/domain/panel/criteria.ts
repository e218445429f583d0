import type { Criterion } from '../policy-pack';
import { err, ok, type Result } from '../result';

export type JudgedCriterion = Criterion & { readonly met: boolean };

/**
 * R15: a decision carries the checklist of the disease's certification standard — every criterion
 * judged 符合 or 不符合, none left out, none unknown, none twice. 同意 needs every criterion 符合.
 */
export function judgeCriteria(
  standard: readonly Criterion[], answers: readonly { readonly id: string; readonly met: boolean }[], result: 'APPROVE' | 'REJECT',
  comment = '',
): Result<JudgedCriterion[], 'CRITERIA_INCOMPLETE' | 'STANDARDS_NOT_MET' | 'REJECT_ALL_MET_NEEDS_REASON'> {
  const numbered = (ids: readonly string[]) => ids.map((id) => `第 ${standard.findIndex((c) => c.id === id) + 1} 条`).join('、');
  const known = new Set(standard.map((c) => c.id));
  const byId = new Map(answers.map((a) => [a.id, a.met]));
  const stray = answers.length !== byId.size || answers.some((a) => !known.has(a.id));
  const missing = standard.filter((c) => !byId.has(c.id)).map((c) => c.id);
  if (standard.length === 0 || stray || missing.length > 0) {
    return err('CRITERIA_INCOMPLETE', { missing: missing.length > 0 ? `未判断${numbered(missing)}` : '提交的标准条目与该病种的认定标准不符' });
  }
  const judged = standard.map((c) => ({ ...c, met: byId.get(c.id) === true }));
  const unmet = judged.filter((c) => !c.met).map((c) => c.id);
  if (result === 'APPROVE' && unmet.length > 0) return err('STANDARDS_NOT_MET', { unmet: numbered(unmet) });
  // 不同意 although every criterion is 符合: the form must say why, in the physician's words
  if (result === 'REJECT' && unmet.length === 0 && comment.trim() === '') return err('REJECT_ALL_MET_NEEDS_REASON');
  return ok(judged);
}
