import { describe, expect, it } from 'vitest';
import { SAME_SHEET_SIMILARITY, textSimilarity } from './text-similarity';

const SHEET = '聊城市人民医院 出院记录 姓名：张三 性别：男 身份证号：371502196604051234 住院号：2024008812 出院诊断：2型糖尿病 高血压病3级';

describe('textSimilarity (re-scan detection)', () => {
  it('sees a re-scan with a few OCR slips as the same sheet', () => {
    const rescan = SHEET.replace('张三', '张二').replace('3级', '3缓').replace('住院号', '住院 号');
    expect(textSimilarity(SHEET, rescan)).toBeGreaterThanOrEqual(SAME_SHEET_SIMILARITY);
  });
  it('does not take another patient on the same template for a re-scan', () => {
    const other = '聊城市人民医院 出院记录 姓名：李秀英 性别：女 身份证号：371521195803120427 住院号：2023117701 出院诊断：脑梗死恢复期 冠状动脉粥样硬化性心脏病';
    expect(textSimilarity(SHEET, other)).toBeLessThan(SAME_SHEET_SIMILARITY);
  });
  it('is 1 for identical text and 0 for empty text', () => {
    expect(textSimilarity(SHEET, SHEET)).toBe(1);
    expect(textSimilarity('', '')).toBe(0);
  });
});
