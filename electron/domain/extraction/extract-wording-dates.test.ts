import { describe, expect, it } from 'vitest';
import { facts } from '../../testing/wording-facts';

/**
 * Issue 10: rules made on the tuning part of wording authors a127 (the date a document attests among many), a128 (stays
 * as discharge records state them) and a145 (dates as written and stamped); each case below failed before its rule (a case
 * opening with …but guards its edge).
 */
describe('the date a page attests among many (wording author a127)', () => {
  it('a 门诊病历 opening with a table of earlier tests (检查日期 | 项目 | 结果) is an outpatient record, dated by its visit', () => {
    const f = facts(['某县人民医院 门诊病历', '姓名：石广林  性别：男  年龄：61岁  科室：肿瘤科', '近期检查：', '检查日期  项目  结果',
      '2024-05-20  胃镜  吻合口通畅', '2024-05-27  肿瘤标志物  CEA 3.1ng/ml', '诊断：胃癌术后（pT3N1M0 ⅢA期）', '就诊日期：2024-05-30  医师：汪德胜']);
    expect([f.documentType, f.visitDates, f.reportDate]).toEqual(['OUTPATIENT_RECORD_ORIGINAL', ['2024-05-30'], null]);
  });

  it('…but a page with no title and a results table (项目 | 结果) is still a report', () => {
    const f = facts(['姓名：王芳  性别：女  年龄：55岁', '项目  结果  参考值', '糖化血红蛋白  8.1%  4.0-6.0', '报告日期：2024-03-02']);
    expect([f.documentType, f.reportDate]).toEqual(['TEST_REPORT', '2024-03-02']);
  });

  it('a 报告日期 printed under the report\'s own banner, above its title, is its report date', () => {
    const f = facts(['某省妇幼保健院  新生儿疾病筛查中心', '报告日期：2024-07-03', '血苯丙氨酸测定报告', '姓名：孔令轩  性别：男  出生日期：2022-09-14',
      '临床诊断：苯丙酮尿症（经典型）', '采血日期：2024-06-28  收到日期：2024-07-01', '检测者：孟凡燕  审核者：张晓梅']);
    expect([f.documentType, f.reportDate, f.name]).toEqual(['TEST_REPORT', '2024-07-03', '孔令轩']);
  });

  it('a laboratory\'s English labels: Reported: is the report date, not Collected:', () => {
    const f = facts(['某医学检验中心  分子病理报告 / Molecular Report', '姓名 Name：高志强  性别 Sex：男  年龄 Age：45岁',
      '临床诊断 Clinical Dx：慢性髓系白血病（慢性期）', 'Collected: 2024-05-13 08:20  Received: 2024-05-14 10:02',
      '结果 Result：BCR-ABL1/ABL1 (IS) = 0.082%', '审核者 Reviewed by：梁志华', 'Reported: 2024-05-17 15:47']);
    expect(f.reportDate).toBe('2024-05-17');
  });

  it('a name glossed in pinyin after it (李安娜 LI ANNA, 李安娜 Li Anna) is the name', () => {
    for (const gloss of ['LI ANNA', 'Li Anna']) {
      const f = facts(['某医院  检验报告  Laboratory Report', `姓名 Name：李安娜 ${gloss}   性别 Sex：女 F`, '报告时间：2024-09-03 11:20']);
      expect(f.name).toBe('李安娜');
    }
  });
});

describe('bilingual pages (wording author a130)', () => {
  it('a label glossed after a slash (就诊日期/Date：2024/05/17 14:36) is the visit\'s', () => {
    const f = facts(['某大学深圳医院', '家庭医学门诊 Family Medicine Clinic', '姓名/Name：陈嘉怡 CHAN KA YI   性别/Sex：女/F',
      '就诊日期/Date：2024/05/17 14:36', '诊断/Diagnosis：原发性高血压 Essential hypertension']);
    expect([f.name, f.visitDates, f.diseaseKeys]).toEqual(['陈嘉怡', ['2024-05-17'], ['HYPERTENSION']]);
  });

  it('Diagnosis: is a diagnosis label, Admission Diagnosis: is not this one', () => {
    const f = facts(['OUTPATIENT MEDICAL RECORD 门诊病历', 'Name: 李娜    Sex: F', 'Date of Visit: 2024-12-02',
      'Diagnosis: 左乳浸润性导管癌术后（内分泌治疗中）']);
    expect(f.diseaseKeys).toEqual(['MALIGNANT_TUMOR_OUTPATIENT']);
    const g = facts(['DISCHARGE SUMMARY 出院小结', 'Name: 李娜', 'Admission Diagnosis: 脑梗死', 'Discharge Diagnosis: 2型糖尿病']);
    expect(g.diseaseKeys).toEqual(['DIABETES']);
  });
});

describe('dates as written and stamped (wording author a145)', () => {
  it('a booklet page\'s year in its head\'s corner or on a row of its own gives the year to a visit written 3月5日 or 元月6日', () => {
    const corner = facts(['某县人民医院', '门 诊 病 历（续页）                 2024', '姓名：张秀兰  性别：女',
      '出生日期：1961.03.05  建档日期：2019.11.20', '3月5日  内分泌科', '诊断：2型糖尿病']);
    expect(corner.visitDates).toEqual(['2024-03-05']);
    const own = facts(['某市第四人民医院 精神科门诊病历', '2024年', '姓名：郭晓燕  性别：女', '建档日期：2018年5月9日', '3月5日  复诊', '诊断：双相情感障碍']);
    expect(own.visitDates).toEqual(['2024-03-05']);
    expect(facts(['某县人民医院', '门诊病历  2025年', '姓名：鲁红英  女  55岁', '元月6日  上午  内科', '诊断：高血压病1级']).visitDates)
      .toEqual(['2025-01-06']);
    // the heading's own year, not the one nearest its first day (就诊时间：11-14 under 2023年 is 2023's November)
    expect(facts(['某县医院  精神科  门诊病历            2023年', '姓名：祁建国  男  42岁', '就诊时间：11-14 09:40', '诊断：癫痫所致精神病性障碍'])
      .visitDates).toEqual(['2023-11-14']);
  });

  it('…but a labelled value in the head\'s last cell is no year heading (编号：  2024)', () => {
    expect(facts(['某县人民医院 门诊病历  编号：  2024', '姓名：张兰', '就诊日期：2023-03-05', '诊断：高血压病']).visitDates).toEqual(['2023-03-05']);
  });

  it('a date stamp beside the signature (2024 JUN 11) dates the page; an insurance enrolment date (参保日期) does not', () => {
    const f = facts(['某省立医院 器官移植科门诊', '门诊病历', '姓名：孔繁荣  性别：男  参保日期：2016-01-01', '诊断：同种异体肾移植术后状态',
      '医师：袁庆华     2024 JUN 11']);
    expect(f.visitDates).toEqual(['2024-06-11']);
  });
});
