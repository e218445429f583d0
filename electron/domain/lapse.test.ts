import { describe, expect, it } from 'vitest';
import { hasLapsed, lapsesOn } from './lapse';

describe('T4 lapse after the one-time notice (AMB-43)', () => {
  it.each([
    ['2025-03-03', '2025-04-02', false], // day 30: still the applicant's
    ['2025-03-03', '2025-04-03', true], // day 31
    ['2025-01-20', '2025-02-20', true], // across Spring Festival, calendar days
    ['2024-02-01', '2024-03-02', false], // a leap February
  ])('notice %s, on %s: lapsed %s', (notice, today, lapsed) => {
    expect(hasLapsed(notice, 30, today)).toBe(lapsed);
  });

  it('names the day', () => {
    expect(lapsesOn('2025-12-15', 30)).toBe('2026-01-15');
  });
});
