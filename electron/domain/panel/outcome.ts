/**
 * R24 (AMB-13): two APPROVE → approved; two REJECT → rejected; a split → one tie-break physician is
 * drawn and the 2-of-3 majority decides; split cases are force-included in the agency's sampling.
 */
export type PanelVote = { readonly role: 'PANEL' | 'TIEBREAK'; readonly result: 'APPROVE' | 'REJECT' };

export type PanelOutcome =
  | { readonly kind: 'PENDING'; readonly signed: number }
  | { readonly kind: 'TIEBREAK_NEEDED' }
  | { readonly kind: 'DECIDED'; readonly result: 'APPROVE' | 'REJECT'; readonly forcedSample: boolean };

export function panelOutcome(votes: readonly PanelVote[], minPhysicians: number): PanelOutcome {
  const panel = votes.filter((v) => v.role === 'PANEL');
  if (panel.length < minPhysicians) return { kind: 'PENDING', signed: votes.length };
  const approve = panel.filter((v) => v.result === 'APPROVE').length;
  if (approve === panel.length) return { kind: 'DECIDED', result: 'APPROVE', forcedSample: false };
  if (approve === 0) return { kind: 'DECIDED', result: 'REJECT', forcedSample: false };
  const tiebreak = votes.find((v) => v.role === 'TIEBREAK');
  if (!tiebreak) return { kind: 'TIEBREAK_NEEDED' };
  const total = votes.filter((v) => v.result === 'APPROVE').length;
  return { kind: 'DECIDED', result: total * 2 > votes.length ? 'APPROVE' : 'REJECT', forcedSample: true };
}
