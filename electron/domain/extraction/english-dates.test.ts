import { describe, expect, it } from 'vitest';
import { dayFirst, englishDates } from './english-dates';
import { facts } from '../../testing/wording-facts';

// Issue 10: city and teaching hospitals' paper in English (wording author a141).
const ymd = (text: string, daysFirst = false) => englishDates(text, daysFirst).map((d) => [d.year, d.month, d.day]);

describe('dates printed in English', () => {
  it.each([
    ['入院日期 Date of admission：05-Mar-2024', [[2024, 3, 5]]],
    ['Reported: 12 March 2024 10:21', [[2024, 3, 12]]],
    ['Printed Mar 12, 2024', [[2024, 3, 12]]],
    ['follow-up on Sept. 3rd, 2024', [[2024, 9, 3]]],
    ['Admitted：03/16/2024', [[2024, 3, 16]]],
    ['Marked 3 times, BP 140/90, 2024年3月5日', []],
  ])('%s → %j', (text, dates) => {
    expect(ymd(text)).toEqual(dates);
  });

  it('figures with the year last are month first unless the page shows a day past 12 first', () => {
    expect(dayFirst('Admitted: 05/03/2024  Discharged: 28/03/2024')).toBe(true);
    expect(dayFirst('Admitted: 03/05/2024  Discharged: 03/28/2024')).toBe(false);
    expect(dayFirst('Admitted: 03/05/2024')).toBe(false);
    expect(ymd('05/03/2024', true)).toEqual([[2024, 3, 5]]);
  });

  it('a bilingual discharge summary\'s stay is read from its English dates, its follow-up no part of it', () => {
    const f = facts(['出院记录  DISCHARGE SUMMARY', '姓名 Name：赵淑芬 ZHAO SHUFEN   性别 Sex：F',
      '入院日期 Date of admission：05-Mar-2024   出院日期 Date of discharge：14-Mar-2024   LOS：9 d',
      'Discharge diagnosis 出院诊断：', '1. T2DM   E11.9', 'Plan：Cardiology OPD follow-up on 11-Apr-2024']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-03-05', '2024-03-14']);
  });

  it('…and a day-first page\'s stay by its own convention (Admitted: 05/03/2024 … 28/03/2024)', () => {
    const f = facts(['Discharge Summary 出院小结', 'Patient 姓名：黄永康', 'Admitted：05/03/2024      Discharged：28/03/2024']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-03-05', '2024-03-28']);
  });
});
