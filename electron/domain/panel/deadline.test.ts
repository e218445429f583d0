import { describe, expect, it } from 'vitest';
import { isOverdue, reviewDueDate } from './deadline';

describe('review deadline (R20 redraw after the configured time)', () => {
  it('counts calendar days in Asia/Shanghai from the day of the draw', () => {
    // drawn 2025-03-03 23:30 Beijing time (15:30 UTC): the draw day is 3 March, not 4 March
    expect(reviewDueDate(new Date('2025-03-03T15:30:00Z'), 5)).toBe('2025-03-08');
    expect(reviewDueDate(new Date('2025-02-26T01:00:00Z'), 5)).toBe('2025-03-03');
  });

  it.each([
    ['on the due day, until midnight Beijing time', '2025-03-08T15:59:00Z', false],
    ['from the next day', '2025-03-08T16:00:00Z', true],
    ['the day of the draw', '2025-03-03T16:10:00Z', false],
  ])('%s', (_n, now, overdue) => {
    expect(isOverdue(new Date('2025-03-03T02:00:00Z'), new Date(now), 5)).toBe(overdue);
  });
});
