import { describe, expect, it } from 'vitest';
import { dice, isSameSheet } from './text-similarity';

const SHEET = '聊城市人民医院 出院记录 姓名：张三 性别：男 身份证号：371502196604051234 住院号：2024008812 入院日期：2024年06月03日 出院日期：2024年06月17日 出院诊断：2型糖尿病 高血压病3级 诊疗经过：患者入院后完善相关检查，给予对症治疗，病情好转。';

describe('isSameSheet (re-scan detection)', () => {
  it('sees a poor re-scan (wrong characters, a lost line, a digit slip) as the same sheet', () => {
    const rescan = SHEET.replace('聊城', '见城').replace('张三', '张二').replace('06月17日', '06有7日').replace('高血压病3级 ', '').replace('住院号', '住院 号');
    expect(isSameSheet(SHEET, rescan)).toBe(true);
  });
  it('does not take another patient on the same template for a re-scan', () => {
    const other = SHEET.replace('张三', '李秀英').replace('371502196604051234', '371521195803120427').replace('2024008812', '2023117701')
      .replace('2024年06月03日', '2024年09月11日').replace('2024年06月17日', '2024年09月25日');
    expect(dice(SHEET, other, 2)).toBeGreaterThan(0.6);
    expect(isSameSheet(SHEET, other)).toBe(false);
  });
  it('needs near-identical wording when a page has no numbers, and ignores near-empty pages', () => {
    expect(isSameSheet('患者自述头晕乏力三月余，近一周加重，无胸痛', '患者自述头晕乏力三月余，近一周加重，无胸痛')).toBe(true);
    expect(isSameSheet('患者自述头晕乏力三月余，近一周加重，无胸痛', '患者自述胸闷气短两年余，活动后加重，无头晕')).toBe(false);
    expect(isSameSheet('第1页', '第1页')).toBe(false);
  });
});
