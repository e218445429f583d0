import { describe, expect, it } from 'vitest';
import { extractFacts, type ExtractionVocabulary } from './extract-facts';

/**
 * Issue 10: rules made on the tuning part of wording authors a10 and a11 (community centres, clerks' terse
 * notes, stays given as a length); each case below failed before its rule.
 */
const VOCAB: ExtractionVocabulary = {
  institutions: [],
  catalogue: [{ key: 'DIABETES', diagnosisTerms: ['糖尿病', 'DM2'], icd10: ['E11'] }],
};
const facts = (lines: string[]) => extractFacts(lines.join('\n'), VOCAB);

describe('a stay given as its length', () => {
  it('住院天数 beside one date gives the other, marked for checking', () => {
    const f = facts(['某县人民医院', '出 院 记 录', '姓名：符亚妹', '入院日期：2025.03.04  住院天数：14天', '出院诊断：1.DM2']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2025-03-04', '2025-03-18']);
    expect(f.sources?.dischargeDate?.confidence).toBeLessThanOrEqual(0.5);
    const back = facts(['某矿务局总医院', '出院记录', '姓名：钟石生', '出院日期：2025-02-07（住院9天）', '出院诊断：1.2型糖尿病']);
    expect([back.admissionDate, back.dischargeDate]).toEqual(['2025-01-29', '2025-02-07']);
  });

  it('a certificate\'s …入院，住院10天，…出院 ends ten days on', () => {
    const f = facts(['某县人民医院', '出 院 证 明 书', '姓名：甘明辉', '该患者因“鼻咽癌放化疗后”于2025年8月18日入院，住院10天，病情好转出院。',
      '开具日期：2025-08-28']);
    expect([f.admissionDate, f.dischargeDate, f.visitDates]).toEqual(['2025-08-18', '2025-08-28', ['2025-08-28']]);
  });
});

describe('clerks\' abbreviations and guardians', () => {
  it('出院dx： is the discharge diagnosis, 入院dx： the admission\'s', () => {
    const f = facts(['某县人民医院  出院记录', '姓名  贺建平  性别  男', '入院dx：右侧肢体无力查因', '出院dx：1.DM2（2019年）']);
    expect(f.diagnoses).toEqual(['DM2(2019年)']);
  });

  it('a parent\'s or guardian\'s 身份证号 after their name and relation (刘建华（父）) is not the child\'s', () => {
    expect(facts(['某县妇幼保健院', '诊断证明书', '患儿姓名：刘子轩', '监护人：刘建华（父）  身份证号：360702198506120317']).idNumber).toBeNull();
    expect(facts(['某县妇幼保健院', '诊断证明书', '患儿姓名：王梓涵', '家长姓名：王文强（父）  家长身份证号：469027199204180512']).idNumber).toBeNull();
  });
});
