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

describe('primary care\'s registers of follow-ups and medicines (wording author a58)', () => {
  it('a family doctor\'s 履约记录 is an outpatient page; a row that opens with its date and 门诊随访 or 上门随访 records one made', () => {
    const f = facts(['某社区卫生服务中心', '家庭医生签约服务 — 履约记录', '签约居民：欧阳淑兰    性别：女', '健康问题：高血压、冠心病', '服务记录',
      '2024.04.17  门诊随访  BP 138/80  HR 68  王建军', '2024.07.16  门诊随访  BP 142/84  加非布司他片 20mg qd  王建军',
      '2024.10.22  上门随访  BP 134/78  无胸痛发作  李娜', '下次随访：2025.01.21', '居民签字：欧阳淑兰']);
    expect([f.documentType, f.visitDates]).toEqual(['OUTPATIENT_RECORD_ORIGINAL', ['2024-04-17', '2024-07-16', '2024-10-22']]);
  });

  it('…but advice that books a check-up (嘱2024年5月1日门诊随访) is still to come', () => {
    const f = facts(['某社区卫生服务中心', '门诊病历', '姓名：王芳', '就诊日期：2024-04-17', '诊断：高血压病', '嘱2024年5月1日门诊随访']);
    expect(f.visitDates).toEqual(['2024-04-17']);
  });

  it('a township\'s 用药记录卡 is an outpatient page: each row of month and day (1.6 | 阿司匹林… ) is a collection, the year the card\'s', () => {
    const f = facts(['某镇卫生院', '2025年度  门诊慢特病用药记录卡', '姓名：任兆祥    性别：男    病种：冠心病', '月/日 | 药品名称及规格 | 数量 | 医师',
      '1.6 | 阿司匹林肠溶片 100mg×30片 | 1盒 | 冯', '2.5 | 阿托伐他汀钙片 20mg×7片 | 4盒 | 冯', '4.3 | 硫酸氢氯吡格雷片 75mg×7片 | 4盒 | 冯',
      '（以下空白）', '卡片有效期：2025年12月31日']);
    expect([f.documentType, f.visitDates.at(-1)]).toEqual(['OUTPATIENT_RECORD_ORIGINAL', '2025-04-03']);
  });

  it('a follow-up form\'s row of visits with two-figure years (随访日期 | 24年3月12日 | 24年6月11日 …) dates each visit', () => {
    const f = facts(['某镇卫生院', '高血压患者随访服务记录表', '姓 名：韩 玉 梅', '随访日期 | 24年3月12日 | 24年6月11日 | 24年9月10日 | 24年12月10日',
      '随访方式 | 门诊 | 门诊 | 门诊 | 家庭', '下次随访日期 | 24年6月12日 | 24年9月10日 | 24年12月10日 | 25年3月11日']);
    expect(f.visitDates).toEqual(['2024-03-12', '2024-06-11', '2024-09-10', '2024-12-10']);
  });

  it('…but a duration before a date (糖尿病史15年3月12日…) is no two-figure year', () => {
    expect(facts(['门诊病历', '姓名：王芳', '现病史：糖尿病史15年3月12日就诊于我院', '就诊日期：2024-04-17']).visitDates).toEqual(['2024-04-17']);
  });
});

describe('dates that hide on follow-up pages and certificates (wording authors a58, a62, a65)', () => {
  it('a continuation page\'s entries of month and day run into their dressing change (9.5换药：…) are visits', () => {
    const f = facts(['某市中心医院', '门诊病历 续页', '姓名：陶春来  性别：男', '2024年9月2日  烧伤整形科（创面修复门诊）', '诊断：1.2型糖尿病足（Wagner 2级）',
      '9.5 换药：创面渗出减少，肉芽新鲜。继续换药。', '9.9 换药：创面缩小至1.5×1cm，下次9.12换药。', '医师：曹立新']);
    expect(f.visitDates.at(-1)).toBe('2024-09-09');
  });

  it('a title of many words before 证明 (签约居民健康状况证明) heads a certificate, dated by its 证明日期', () => {
    const f = facts(['某社区卫生服务中心', '签约居民健康状况证明', '居民姓名：陆淑芬   性别：女', '签约日期：2024-01-03', '经本中心家庭医生团队管理，该居民患有：',
      '高血压病（2015年确诊）、2型糖尿病（2018年确诊）。', '家庭医生签字：朱明华', '证明日期：2025年4月22日']);
    expect([f.documentType, f.visitDates]).toEqual(['DIAGNOSIS_CERTIFICATE', ['2025-04-22']]);
  });

  it('a department head\'s countersign printed as 主任签名 dates the certificate after the physician\'s', () => {
    const f = facts(['某医院 血液透析中心', '诊 断 证 明 书', '姓名：田凤芝   性别：女', '诊断：1.慢性肾衰竭尿毒症期 2.维持性血液透析',
      '医师签名：阎振宇      日期：2024年8月2日', '主任签名：袁卫东      日期：2024年8月5日', '（医院诊断证明专用章）']);
    expect(f.visitDates).toEqual(['2024-08-05']);
  });
});

describe('a family doctor\'s forms name the resident\'s diseases without 诊断 (wording author a58)', () => {
  it('the resident\'s 人群类型 (慢病患者（2型糖尿病）) and 服务对象情况 name the diseases', () => {
    const a = facts(['某社区卫生服务中心', '家庭医生签约服务记录', '居民姓名：薛长庚   性别：男', '人群类型：慢病患者（2型糖尿病）、65岁及以上老年人',
      '序号 | 日期 | 服务项目 | 结果摘要 | 服务者', '1 | 2023.03.06 | 糖尿病随访 | 空腹血糖 8.2 | 杜明']);
    expect(a.diseaseKeys).toEqual(['DIABETES']);
    const b = facts(['某社区卫生服务中心', '家庭医生上门服务记录单', '服务对象：胡长顺   男   78岁', '上门日期：2025年2月26日 14:30',
      '服务对象情况：脑梗死后遗症（右侧偏瘫），长期卧床；高血压病', '服务医生：姜伟']);
    expect([...b.diseaseKeys].sort()).toEqual(['CEREBROVASCULAR_DISEASE', 'HYPERTENSION']);
  });

  it('a follow-up form\'s title after the hospital\'s name in one row (某镇卫生院  2型糖尿病患者随访服务记录表) names its disease', () => {
    const f = facts(['某镇卫生院  2型糖尿病患者随访服务记录表', '姓名 杜红梅       编号 021-00394', '随访日期 | 2025.1.9 | 2025.4.3 | 2025.7.2',
      '随访方式 | 门诊 | 门诊 | 门诊']);
    expect(f.diseaseKeys).toEqual(['DIABETES']);
  });
});
