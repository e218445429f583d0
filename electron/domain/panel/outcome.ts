import type { SplitRule } from '../policy-pack';

/**
 * R24 (AMB-13): two APPROVE → approved; two REJECT → rejected; a split goes to a second stage the
 * pack chooses — one tie-break physician with the 2-of-3 majority deciding (the default), or an
 * expert panel of an odd size whose majority decides. Split cases are force-included in the agency's sampling.
 */
export type PanelRole = 'PANEL' | 'TIEBREAK' | 'EXPERT';
export type PanelVote = { readonly role: PanelRole; readonly result: 'APPROVE' | 'REJECT' };

export type PanelOutcome =
  | { readonly kind: 'PENDING'; readonly signed: number }
  | { readonly kind: 'SPLIT'; readonly role: 'TIEBREAK' | 'EXPERT'; readonly count: number }
  | { readonly kind: 'DECIDED'; readonly result: 'APPROVE' | 'REJECT'; readonly forcedSample: boolean };

const majority = (votes: readonly PanelVote[]): 'APPROVE' | 'REJECT' =>
  votes.filter((v) => v.result === 'APPROVE').length * 2 > votes.length ? 'APPROVE' : 'REJECT';

export function panelOutcome(votes: readonly PanelVote[], rule: { readonly minPhysicians: number; readonly onSplit: SplitRule }): PanelOutcome {
  const panel = votes.filter((v) => v.role === 'PANEL');
  if (panel.length < rule.minPhysicians) return { kind: 'PENDING', signed: votes.length };
  const approve = panel.filter((v) => v.result === 'APPROVE').length;
  if (approve === panel.length) return { kind: 'DECIDED', result: 'APPROVE', forcedSample: false };
  if (approve === 0) return { kind: 'DECIDED', result: 'REJECT', forcedSample: false };
  if (rule.onSplit.kind === 'TIEBREAK') {
    if (!votes.some((v) => v.role === 'TIEBREAK')) return { kind: 'SPLIT', role: 'TIEBREAK', count: 1 };
    return { kind: 'DECIDED', result: majority(votes), forcedSample: true };
  }
  const experts = votes.filter((v) => v.role === 'EXPERT');
  if (experts.length === 0) return { kind: 'SPLIT', role: 'EXPERT', count: rule.onSplit.size };
  if (experts.length < rule.onSplit.size) return { kind: 'PENDING', signed: votes.length };
  return { kind: 'DECIDED', result: majority(experts), forcedSample: true };
}
