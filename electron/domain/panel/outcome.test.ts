import { describe, expect, it } from 'vitest';
import { panelOutcome, type PanelVote } from './outcome';

const P = (result: PanelVote['result']): PanelVote => ({ role: 'PANEL', result });
const T = (result: PanelVote['result']): PanelVote => ({ role: 'TIEBREAK', result });

describe('panelOutcome (R24, AMB-13)', () => {
  it.each<[string, PanelVote[], ReturnType<typeof panelOutcome>]>([
    ['no signature yet', [], { kind: 'PENDING', signed: 0 }],
    ['one signature: never a decision (R19)', [P('APPROVE')], { kind: 'PENDING', signed: 1 }],
    ['two APPROVE', [P('APPROVE'), P('APPROVE')], { kind: 'DECIDED', result: 'APPROVE', forcedSample: false }],
    ['two REJECT', [P('REJECT'), P('REJECT')], { kind: 'DECIDED', result: 'REJECT', forcedSample: false }],
    ['a split', [P('APPROVE'), P('REJECT')], { kind: 'TIEBREAK_NEEDED' }],
    ['APPROVE + REJECT + APPROVE (domain §4.3 test)', [P('APPROVE'), P('REJECT'), T('APPROVE')], { kind: 'DECIDED', result: 'APPROVE', forcedSample: true }],
    ['APPROVE + REJECT + REJECT', [P('APPROVE'), P('REJECT'), T('REJECT')], { kind: 'DECIDED', result: 'REJECT', forcedSample: true }],
  ])('%s', (_n, votes, outcome) => {
    expect(panelOutcome(votes, 2)).toEqual(outcome);
  });
});
