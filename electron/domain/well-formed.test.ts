import { describe, expect, it } from 'vitest';
import { hasLoneSurrogate, loneSurrogatePath, wellFormed } from './well-formed';

describe('unpaired surrogates', () => {
  it.each([
    ['D\ud800', true], ['\udc00x', true], ['张三', false], ['😀 emoji pairs are fine', false], ['', false],
  ])('%j has one: %s', (s, lone) => {
    expect(hasLoneSurrogate(s)).toBe(lone);
  });

  it('are replaced the way SQLite stores them', () => {
    expect(wellFormed('D\ud800')).toBe('D\ufffd');
    expect(wellFormed('😀')).toBe('😀');
  });

  it('are found anywhere in an input, with the path to them', () => {
    expect(loneSurrogatePath({ name: 'ok', specialties: ['内科', 'x\udbff'] })).toBe('specialties[1]');
    expect(loneSurrogatePath({ a: { b: 'fine' } })).toBeNull();
  });
});
