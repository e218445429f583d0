import { describe, expect, it } from 'vitest';
import { createUuidv7 } from './ids';

describe('UUIDv7 ids', () => {
  it('are version 7, RFC variant, and carry the millisecond timestamp', () => {
    const id = createUuidv7(() => new Date('2025-03-03T02:00:00.123Z'))();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.parse('2025-03-03T02:00:00.123Z'));
  });

  it('increase strictly even within one millisecond and when the clock steps back', () => {
    let t = 1_000_000;
    const next = createUuidv7(() => new Date(t));
    const ids: string[] = [];
    for (let i = 0; i < 5000; i++) {
      if (i === 4000) t -= 10;
      ids.push(next());
    }
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
