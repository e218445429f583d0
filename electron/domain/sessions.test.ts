import { describe, expect, it } from 'vitest';
import { sessionCompliance, type QueueStay } from './sessions';

const stay = (from: string, until: string | null = null): QueueStay => ({ from, until });

describe('R27 monthly confirmation sessions', () => {
  it('R27 test: a queue non-empty on 25 March with no March session reminds from the pack\'s day; the month missed is a violation in April', () => {
    const stays = [stay('2025-03-10')];
    expect(sessionCompliance(stays, new Set(), '2025-03-24', 25)).toEqual({ reminder: null, missedMonths: [] });
    expect(sessionCompliance(stays, new Set(), '2025-03-25', 25)).toEqual({ reminder: { month: '2025-03', waiting: 1 }, missedMonths: [] });
    expect(sessionCompliance(stays, new Set(), '2025-04-01', 25)).toEqual({ reminder: null, missedMonths: ['2025-03'] });
  });

  it('a session in the month satisfies it; a case drawn in April still waited in March', () => {
    expect(sessionCompliance([stay('2025-03-10', '2025-03-28')], new Set(['2025-03']), '2025-05-02', 25).missedMonths).toEqual([]);
    expect(sessionCompliance([stay('2025-03-31', '2025-04-01')], new Set(['2025-04']), '2025-05-02', 25).missedMonths).toEqual(['2025-03']);
  });

  it('months with nothing queued need no session; a case waiting over several months misses each without one, across the year end', () => {
    const stays = [stay('2024-11-20', '2025-02-03'), stay('2025-04-02', '2025-04-20')];
    expect(sessionCompliance(stays, new Set(['2024-12', '2025-04']), '2025-06-30', 25).missedMonths).toEqual(['2024-11', '2025-01', '2025-02']);
  });

  it('no reminder once a session was held this month, nor with an empty queue', () => {
    expect(sessionCompliance([stay('2025-03-10')], new Set(['2025-03']), '2025-03-28', 25).reminder).toBeNull();
    expect(sessionCompliance([stay('2025-03-10', '2025-03-12')], new Set(['2025-03']), '2025-03-28', 25).reminder).toBeNull();
  });
});
