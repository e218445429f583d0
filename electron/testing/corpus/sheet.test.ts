import { describe, expect, it } from 'vitest';
import { Sheet } from './sheet';

describe('the reading-order text of a sheet', () => {
  it('reads rows left to right, and a block (a sidebar) whole where its first row stands', () => {
    const s = new Sheet();
    s.record(100, 100, '某县人民医院');
    s.block(() => {
      s.record(100, 300, '姓名');
      s.record(100, 400, '王芳');
    });
    s.record(600, 302, '主诉');
    s.record(600, 398, '头晕3天。');
    s.record(100, 900, '医师：李明');
    expect(s.text()).toBe('某县人民医院\n姓名\n王芳\n主诉\n头晕3天。\n医师：李明');
  });

  it('…and interleaves the rows of two columns that are no block, as printed across the page', () => {
    const s = new Sheet();
    s.record(100, 300, '姓名');
    s.record(600, 302, '主诉');
    s.record(100, 400, '王芳');
    expect(s.text()).toBe('姓名  主诉\n王芳');
  });
});
