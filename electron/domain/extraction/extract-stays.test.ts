import { describe, expect, it } from 'vitest';
import { findDates } from './chinese-dates';
import { extractFacts, type ExtractionVocabulary } from './extract-facts';

/**
 * Issue 10: a stay's dates as records word them, beyond the corpus's layouts. Each case was written
 * from how discharge records and certificates phrase a stay, and failed before its rule.
 */
const VOCAB: ExtractionVocabulary = { institutions: [], catalogue: [{ key: 'DIABETES', diagnosisTerms: ['糖尿病'], icd10: ['E11'] }] };
const HEAD = ['某县人民医院', '出院记录', '姓名：王淑芬  性别：女  年龄：63岁  住院号：2025012345'];
const stay = (lines: string[]) => {
  const f = extractFacts([...HEAD, ...lines, '出院诊断：1.2型糖尿病'].join('\n'), VOCAB);
  return [f.admissionDate, f.dischargeDate];
};
const WANTED = ['2025-03-04', '2025-03-15'];

describe('a stay told in prose', () => {
  it.each([
    ['入院于 as a label', ['入院于2025年3月4日，出院于2025年3月15日。']],
    ['a single date before 在我院住院治疗', ['患者于2025年3月4日在我院住院治疗，于2025年3月15日出院。']],
    ['a single date before 住院 in a certificate', ['该患者于2025年03月04日住院，2025年03月15日出院，共住院11天。']],
    ['the part of the day between the date and the verb', ['患者于2025年3月4日上午10时因“头晕”入院，于2025年3月15日下午出院。']],
    ['a clause between the date and its admission', ['患者于2025年3月4日门诊就诊后收入院。2025年3月15日出院。']],
    ['被收入院', ['因“胸闷3天”于2025年3月4日被收入院，2025年3月15日出院。']],
    ['two clauses: came, then was admitted', ['患者于2025年3月4日来我院就诊，以“冠心病”收入心内科。于2025年3月15日出院。']],
    ['住我院', ['患者于2025年3月4日住我院心内科，2025年3月15日出院。']],
    ['a discharge whose year the sentence gave before', ['患者于2025年3月4日因头晕入院，经治疗于3月15日好转出院。']],
    ['a dated course note that discharges', ['患者于2025-03-04 10:21经急诊入院。', '2025-03-15 患者病情平稳，予以出院。']],
    ['a discharge after the ward round that allowed it', ['入院日期：2025年3月4日', '于2025年3月15日病情稳定，经主任医师查房后准予出院。', '记录日期：2025年3月16日']],
  ])('%s', (_name, lines) => {
    expect(stay(lines)).toEqual(WANTED);
  });

  it('an earlier stay told in the history is not this one (既往…入院, …曾在我院住院)', () => {
    expect(stay(['患者既往2019年3月5日因脑梗死入院治疗。本次于2025年3月4日入院，于2025年3月15日出院。'])).toEqual(WANTED);
    expect(stay(['现病史：2023年6月12日曾在我院住院治疗。', '本次于2025年3月4日入院，于2025年3月15日出院。'])).toEqual(WANTED);
    expect(stay(['既往2019年3月5日至2019年3月20日在我院住院。', '入院日期：2025-03-04  出院日期：2025-03-15'])).toEqual(WANTED);
  });

  it('a certificate states the stay it certifies as an earlier one (曾于…至…在我院住院治疗), and only where it states no other', () => {
    const cert = (lines: string[]) => {
      const f = extractFacts(['某县人民医院', '诊断证明书', '姓名：易思琪  性别：女', ...lines, '诊断：2型糖尿病', '医师：谭晓燕', '开具日期：2025年6月3日'].join('\n'), VOCAB);
      return [f.admissionDate, f.dischargeDate, f.visitDates];
    };
    expect(cert(['兹证明患者曾于2025年3月4日—2025年3月15日在我院内分泌科住院治疗11天，'])).toEqual([...WANTED, ['2025-06-03']]);
    expect(cert(['患者曾于2025年3月4日至3月15日因“口干多饮”在我院住院治疗。'])).toEqual([...WANTED, ['2025-06-03']]);
    // …but under a history heading it is history
    expect(cert(['病史摘要：患者曾于2025年3月4日至3月15日在我院住院。'])).toEqual([null, null, ['2025-06-03']]);
    expect(cert(['既往曾于2019年3月5日至2019年3月20日在我院住院。', '本次于2025年3月4日入院，于2025年3月15日出院。']))
      .toEqual([...WANTED, ['2025-06-03']]);
    // a discharge record's history never gives its stay
    expect(stay(['既往曾于2019年3月5日至2019年3月20日在我院住院。'])).toEqual([null, null]);
  });

  it('a labelled date outranks prose, and the admission is never after the discharge', () => {
    expect(stay(['2019年3月5日因脑梗死收入我科。', '入院日期：2025-03-04  出院日期：2025-03-15'])).toEqual(WANTED);
    expect(stay(['出院日期：2025-03-15', '2026年1月9日来院复查血糖后收入院。', '2025年3月4日因血糖控制不佳收入内分泌科。'])).toEqual(WANTED);
  });

  it('an admission only advised and a discharge only planned are neither', () => {
    const f = extractFacts(['某县人民医院门诊病历', '姓名：李强', '就诊日期：2025-06-03 血糖控制差，建议入院治疗。', '诊断：2型糖尿病'].join('\n'), VOCAB);
    expect(f.admissionDate).toBeNull();
    expect(stay(['入院日期：2025-03-04', '2025-03-14 病情稳定，拟明日出院。', '2025-03-15 办理出院。'])).toEqual(WANTED);
  });
});

describe('a stay in a front sheet or a summary (a42, a45)', () => {
  it.each([
    ['cells that wrap their day onto the next row', ['入院时间 2025年03月 入院科别 内分泌科 出院时间 2025年03月', '04日08时                        15日10时']],
    ['…the same with dashes in a ruled table', ['入院日期 | 2025-03- | 出院日期 | 2025-03-', '04 08:40 | 15 10:00']],
    ['a header of labels over a row of values, one space apart', ['姓名 性别 年龄 入院日期 出院日期 住院天数', '王淑芬 女 63岁 2025-03-04 2025-03-15 11']],
    ['one label for both ends, each with its time', ['入出院时间：2025-03-04 10:05 至 2025-03-15 09:40']],
    ['a stay from … to … (a45)', ['本次住院自2025-03-04至2025-03-15，共11天。']],
    ['a summary that tells its admission in its history', ['出院日期：2025年3月15日', '病史摘要：患者因“头晕1天”于2025年3月4日由急诊收入我科。']],
  ])('%s', (_name, lines) => {
    expect(stay(lines)).toEqual(WANTED);
  });

  it('a summary\'s history still keeps an earlier stay out, and a certificate\'s history gives none', () => {
    expect(stay(['出院日期：2025年3月15日', '病史摘要：患者既往2019年3月5日因脑梗死收入我科。'])).toEqual([null, '2025-03-15']);
    const f = extractFacts(['某县人民医院', '诊断证明书', '姓名：易思琪', '病史摘要：患者于2025年3月4日收入我科。', '诊断：2型糖尿病',
      '开具日期：2025年6月3日'].join('\n'), VOCAB);
    expect([f.admissionDate, f.dischargeDate]).toEqual([null, null]);
  });
});

describe('a range whose end leaves out its year or month', () => {
  it.each([
    ['住院日期：2025年3月4日—15日'], ['住院日期：2025-03-04至03-15'], ['住院时间：2025年3月4日至3月15日'],
    ['住院时间：从2025年3月4日到2025年3月15日'], ['入/出院日期：2025-03-04/2025-03-15'],
  ])('%s', (line) => {
    expect(stay([line])).toEqual(WANTED);
  });

  it('an end before the start goes on into the next month or year', () => {
    expect(findDates('2024年12月28日至1月6日').map((d) => d.iso)).toEqual(['2024-12-28', '2025-01-06']);
    expect(findDates('2025年1月28日—3日').map((d) => d.iso)).toEqual(['2025-01-28', '2025-02-03']);
  });

  it('…and in Chinese numerals (二〇二五年三月四日至三月十五日, 至十五日; wording author a102)', () => {
    expect(stay(['住院日期：二〇二五年三月四日至三月十五日'])).toEqual(WANTED);
    expect(stay(['住院日期：二〇二五年三月四日至十五日'])).toEqual(WANTED);
    expect(findDates('二〇二四年十二月二十八日至一月六日').map((d) => d.iso)).toEqual(['2024-12-28', '2025-01-06']);
  });

  it('a month and day after a dash are not taken from a longer figure', () => {
    expect(findDates('2025-03-04至03-15-2').map((d) => d.iso)).toEqual(['2025-03-04']);
  });
});

describe('a date without its year', () => {
  it('takes the year of the date before it, the next year across the year end', () => {
    expect(findDates('2024年12月28日入院，1月6日出院').map((d) => d.iso)).toEqual(['2024-12-28', '2025-01-06']);
  });

  it('with no date before it, takes the last year that keeps it on or before the record\'s latest date, marked as a guess', () => {
    expect(findDates('3月15日出院', ['2025-03-04', '2025-03-20'])).toEqual([{ iso: '2025-03-15', index: 0, end: 5, yearGuessed: true }]);
    expect(findDates('3月15日出院', ['1958-06-21', '2025-03-20']).map((d) => d.iso)).toEqual(['2025-03-15']);
    expect(findDates('于12月28日入院', ['2025-01-08']).map((d) => d.iso)).toEqual(['2024-12-28']);
  });

  it('goes on from the record\'s date in a row above (入院日期：2025-10-20 / …于12月1日出院), never from a birth date', () => {
    expect(findDates('于12月1日出院', ['2025-10-20'], '2025-10-20')).toEqual([{ iso: '2025-12-01', index: 1, end: 6, yearGuessed: true }]);
    expect(findDates('3月4日入院', ['1958-06-21', '2025-03-20'], '1958-06-21').map((d) => d.iso)).toEqual(['2025-03-04']);
    // a row below may tell what came before it: the year that puts the day nearest
    expect(findDates('患者3月3日晚出现胸闷', ['2025-03-15'], '2025-03-15').map((d) => d.iso)).toEqual(['2025-03-03']);
    const f = extractFacts([...HEAD, '入院日期：2025-10-20', '诊疗经过：…患者妄想渐不坚信，', '于12月1日经监护人同意出院，共住院42天。'].join('\n'), VOCAB);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2025-10-20', '2025-12-01']);
  });

  it('is never read inside a full date or a duration', () => {
    expect(findDates('2025年3月15日，病程3个月10日').map((d) => d.iso)).toEqual(['2025-03-15']);
  });
});
