import { describe, expect, it } from 'vitest';
import { facts } from '../../testing/wording-facts';

/**
 * Issue 10: labels and dates as an OCR engine misreads them (rules made on the tuning part of wording author a90);
 * each case below failed before its rule (a case opening with …but guards the rule's edge).
 */
describe('a colon read twice (wording author a90)', () => {
  it('still ends the label (姓 名::韩玉芬, 姓名;;王立新)', () => {
    expect(facts(['阳谷县人民医院', '出院记录', '姓 名::韩玉芬  性别:女', '入院日期:2024-05-07', '出院日期:2024-05-14',
      '出院诊断:1.2型糖尿病']).name).toBe('韩玉芬');
    expect(facts(['莘县人民医院', '出院记录', '姓名;;王立新 性别;男 年龄;71岁', '入院日期:2024-03-17',
      '出院日期：：2024年03月29日', '出院诊断:高血压病3级']).dischargeDate).toBe('2024-03-29');
  });

  it('…but a single semicolon between a list\'s items is no colon (1.高血压病;2.2型糖尿病)', () => {
    expect([...facts(['门诊病历', '姓名:李爱华', '就诊日期:2024-06-02', '诊断:1.高血压病;2.2型糖尿病']).diseaseKeys].sort())
      .toEqual(['DIABETES', 'HYPERTENSION']);
  });
});

describe('a date whose dashes were read as 一 (wording author a90)', () => {
  it('is a date (2024一03一11)', () => {
    const f = facts(['聊城市人民医院', '出院记录', '姓名：孙福来', '入院日期：2024一03一11 09:42      出院日期：2024一03一19',
      '出院诊断：脑梗死']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-03-11', '2024-03-19']);
  });
});
