import { describe, expect, it } from 'vitest';
import { panelOutcome, type PanelVote } from './outcome';

const P = (result: PanelVote['result']): PanelVote => ({ role: 'PANEL', result });
const T = (result: PanelVote['result']): PanelVote => ({ role: 'TIEBREAK', result });
const E = (result: PanelVote['result']): PanelVote => ({ role: 'EXPERT', result });

describe('panelOutcome with a tie-break physician (R24, AMB-13 default)', () => {
  it.each<[string, PanelVote[], ReturnType<typeof panelOutcome>]>([
    ['no signature yet', [], { kind: 'PENDING', signed: 0 }],
    ['one signature: never a decision (R19)', [P('APPROVE')], { kind: 'PENDING', signed: 1 }],
    ['two APPROVE', [P('APPROVE'), P('APPROVE')], { kind: 'DECIDED', result: 'APPROVE', forcedSample: false }],
    ['two REJECT', [P('REJECT'), P('REJECT')], { kind: 'DECIDED', result: 'REJECT', forcedSample: false }],
    ['a split', [P('APPROVE'), P('REJECT')], { kind: 'SPLIT', role: 'TIEBREAK', count: 1 }],
    ['APPROVE + REJECT + APPROVE (domain §4.3 test)', [P('APPROVE'), P('REJECT'), T('APPROVE')], { kind: 'DECIDED', result: 'APPROVE', forcedSample: true }],
    ['APPROVE + REJECT + REJECT', [P('APPROVE'), P('REJECT'), T('REJECT')], { kind: 'DECIDED', result: 'REJECT', forcedSample: true }],
  ])('%s', (_n, votes, outcome) => {
    expect(panelOutcome(votes, { minPhysicians: 2, onSplit: { kind: 'TIEBREAK' } })).toEqual(outcome);
  });
});

describe('panelOutcome with an expert panel on a split (pack setting)', () => {
  it.each<[string, PanelVote[], ReturnType<typeof panelOutcome>]>([
    ['agreement never reaches the experts', [P('REJECT'), P('REJECT')], { kind: 'DECIDED', result: 'REJECT', forcedSample: false }],
    ['a split sends the case to 3 experts', [P('APPROVE'), P('REJECT')], { kind: 'SPLIT', role: 'EXPERT', count: 3 }],
    ['two of three experts signed: still pending', [P('APPROVE'), P('REJECT'), E('APPROVE'), E('APPROVE')], { kind: 'PENDING', signed: 4 }],
    ['the experts\' majority decides, not the panel\'s votes', [P('APPROVE'), P('REJECT'), E('REJECT'), E('APPROVE'), E('REJECT')], { kind: 'DECIDED', result: 'REJECT', forcedSample: true }],
    ['experts approving 2:1', [P('REJECT'), P('APPROVE'), E('APPROVE'), E('REJECT'), E('APPROVE')], { kind: 'DECIDED', result: 'APPROVE', forcedSample: true }],
  ])('%s', (_n, votes, outcome) => {
    expect(panelOutcome(votes, { minPhysicians: 2, onSplit: { kind: 'EXPERT_PANEL', size: 3 } })).toEqual(outcome);
  });
});
