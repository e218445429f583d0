import { pinyin } from 'pinyin-pro';

/** Lower-case pinyin initials (张三 -> zs; 糖尿病 -> tnb), the way desk staff search. */
export function pinyinInitials(text: string): string {
  return pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'removed' }).join('').toLowerCase();
}
