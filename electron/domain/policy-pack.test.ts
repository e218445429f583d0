import { describe, expect, it } from 'vitest';
import { compareVersions } from './policy-pack';

describe('compareVersions (a pulled pack must be newer than the one in use)', () => {
  it.each([
    ['2025.1-draft', '2025.1', -1],
    ['2025.1', '2025.1-draft', 1],
    ['2025.2', '2025.10', -1],
    ['2026.1', '2025.12', 1],
    ['2025.1', '2025.1.0', 0],
    ['2025.1-draft', '2025.1-rc', -1],
  ] as const)('%s vs %s → %i', (a, b, sign) => {
    expect(compareVersions(a, b)).toBe(sign);
  });
});
