import { describe, expect, it } from 'vitest';
import { facts } from '../../testing/wording-facts';

/**
 * Issue 10: rules made on the tuning part of wording authors a100 (stays told on paper that is not a discharge record)
 * and earlier ones; each case below failed before its rule (a case opening with …but guards its edge).
 */
describe('an outpatient page after a stay (wording author a100)', () => {
  it('the last of several stays its history counts (…共住院3次，末次为…—…于我院住院) is the one just ended', () => {
    const f = facts(['某市第四人民医院 精神科门诊病历', '姓名：赵雪  性别：女  年龄：31岁', '就诊日期：2024年6月11日',
      '现病史：2015年起病，此后共住院4次，末次为2024年4月2日—5月6日于我院住院，出院后服药规律。', '诊断：精神分裂症']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-04-02', '2024-05-06']);
  });

  it('an admission and a discharge its history tells in one sentence (现病史：患者…入院，…出院) are the stay just ended', () => {
    const f = facts(['某市人民医院  血液科门诊病历', '就诊日期：2025年5月15日   就诊类型：复诊', '姓名：齐慧敏   性别：女   年龄：38岁',
      '现病史：患者2025年4月24日入院，5月3日出院，住院期间行第3周期化疗，', '诊断：1.弥漫大B细胞淋巴瘤 化疗后', '处理：2025年5月21日入院行第4周期化疗。']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2025-04-24', '2025-05-03']);
  });

  it('…but not one that ended years before the visit', () => {
    const f = facts(['某市第四人民医院 精神科门诊病历', '姓名：赵雪  性别：女  年龄：31岁', '就诊日期：2024年6月11日',
      '现病史：2015年起病，此后共住院2次，末次为2019年3月2日—4月6日于我院住院，近年病情稳定。', '诊断：精神分裂症']);
    expect([f.admissionDate, f.dischargeDate]).toEqual([null, null]);
  });

  it('a visit the patient made carrying a discharge summary (持出院小结来诊) is still an outpatient visit, dated', () => {
    const f = facts(['某县人民医院  门诊病历', '科室：神经内科    就诊时间：2024年07月02日 09:40',
      '姓名：钱立新  性别：男  年龄：66岁', '现病史：持出院小结来诊。2024-06-10至2024-06-21于市人民医院住院，',
      '诊断：1.脑梗死恢复期', '医师：郑凯']);
    expect(f.visitDates).toEqual(['2024-07-02']);
  });
});

describe('a readmission told in prose (wording author a78)', () => {
  it('…于2024年3月2日第2次入住我院，2024年4月15日好转出院 is the stay, its count between the date and the admission', () => {
    const f = facts(['某市第四人民医院', '诊断证明书', '姓名：魏晓燕  性别：女  年龄：29岁',
      '病情摘要：患者2017年起病，2022年曾在我院住院治疗。近2月停药后复发，于2024年3月2日第2次入住我院，2024年4月15日好转出院。',
      '诊断：精神分裂症', '经治医师：邵振宇  2024年4月15日']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-03-02', '2024-04-15']);
  });
});

describe('a certificate\'s grid of diagnoses (wording author a100)', () => {
  it('a 治疗意见 row ends the diagnoses: the questioned item above it stays questioned', () => {
    const f = facts(['某县人民医院', '疾病诊断证明书', '姓名 | 孟凡英 | 性别 | 女 | 年龄 | 61岁', '临床诊断 | 1.2型糖尿病',
      '2.脑梗死？', '治疗意见 | 胰岛素早10U晚8U皮下注射，监测血糖，', '经治医师 | 刘强 | 日期 | 2024-03-08']);
    expect(f.diseaseKeys).toEqual(['DIABETES']);
  });
});
