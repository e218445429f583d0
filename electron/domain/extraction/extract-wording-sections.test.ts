import { describe, expect, it } from 'vitest';
import { facts } from '../../testing/wording-facts';

/**
 * Issue 10: where a record's diagnosis stands (rules made on the tuning part of wording author a162); each case below
 * failed before its rule (a case opening with …but guards the rule's edge).
 */
describe('a diagnosis table under its label', () => {
  it('skips the columns\' heading row and reads its 主要诊断 and 其他诊断 rows', () => {
    const f = facts(['冠县人民医院', '出院记录', '姓名：蒋德才', '入院日期：2024年5月6日  出院日期：2024年5月21日', '出院诊断',
      '                         ICD-10      入院病情    出院情况', '主要诊断：慢性肾脏病5期   N18.500     有          未愈',
      '其他诊断：肾性贫血        D63.801     有          好转', '          高血压病        I10.x00     有          好转', '出院医嘱：规律血液透析。']);
    expect(f.diagnoses.map((d) => d.split(/\s/)[0])).toEqual(['慢性肾脏病5期', '肾性贫血', '高血压病']);
  });
});

describe('a supplementary diagnosis (补充诊断) with its note before the colon', () => {
  it('joins the first one', () => {
    expect(facts(['冠县人民医院门诊病历', '姓名：王春梅', '就诊日期：2024-06-13 09:14', '初步诊断：1.糖尿病？ 2.高血压病', '处理：查糖化血红蛋白、OGTT。',
      '补充诊断（14:20 检验回报 HbA1c 8.1%，OGTT 2h血糖15.6mmol/L）：2型糖尿病', '医师：孟凡荣']).diagnoses).toEqual(['高血压病', '2型糖尿病']);
  });
});

describe('a diagnosis stated as settled in the discharge prose (目前诊断明确：)', () => {
  it('outranks the admission diagnosis', () => {
    expect(facts(['出院记录', '姓名：孟宪英', '入院日期：2024年2月26日   出院日期：2024年3月7日', '入院诊断：1.2型糖尿病 2.蛋白尿原因待查',
      '出院情况：患者一般情况可。目前诊断明确：1.2型糖尿病 糖尿病肾病IV期 2.高血压病3级 很高危，予以出院。', '医师：李晓燕']).diagnoses)
      .toEqual(['2型糖尿病糖尿病肾病IV期', '高血压病3级很高危,予以出院']);
  });
});

describe('an item whose note says it was ruled out (冠心病（已排除，…）)', () => {
  it('is no diagnosis', () => {
    expect(facts(['出院记录', '姓名：王强', '出院诊断：1.胃食管反流病 2.高血压病2级（高危） 3.冠心病（已排除，冠脉CTA未见明显狭窄）']).diagnoses)
      .toEqual(['胃食管反流病', '高血压病2级(高危)']);
  });

  it('…but one whose note rules out another of its kind stands (2型糖尿病（已排除1型）)', () => {
    expect(facts(['出院记录', '姓名：王强', '出院诊断：1.2型糖尿病（已排除1型）']).diagnoses).toEqual(['2型糖尿病(已排除1型)']);
  });
});
