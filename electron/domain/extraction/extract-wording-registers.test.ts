import { describe, expect, it } from 'vitest';
import { facts } from '../../testing/wording-facts';

/**
 * Issue 10: rules made on the tuning part of wording authors a46 (registers of visits) and a50–a53; each case
 * below failed before its rule.
 */
describe('a register of visits printed from the outpatient system (wording author a46)', () => {
  it('a query\'s window (就诊日期 2023-12-01 至 2024-03-31) dates no visit; the numbered rows do, the last one this page\'s', () => {
    const f = facts(['某县中心医院  门诊日志查询', '查询条件：患者ID 8830127  就诊日期 2023-12-01 至 2024-03-31',
      '患者：袁德胜  性别：男  出生日期：1961-07-23', '序号 就诊日期 科室 医生 初/复诊 诊断 处理',
      '1 2023-12-04 肾内科 谢振东 初诊 高血压病3级 建议低盐饮食', '2 2024-01-08 肾内科 谢振东 复诊 高血压病3级 硝苯地平控释片',
      '3 2024-03-04 肾内科 谢振东 复诊 高血压病3级 继续原方', '共3条记录', '打印时间：2024-04-02 15:20:41']);
    expect(f.visitDates.at(-1)).toBe('2024-03-04');
    expect(f.visitDates).not.toContain('2023-12-01');
    expect(f.visitDates).not.toContain('2024-03-31');
  });
});
