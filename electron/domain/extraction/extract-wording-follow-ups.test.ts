import { describe, expect, it } from 'vitest';
import { facts } from '../../testing/wording-facts';
import { findDates } from './chinese-dates';

/**
 * Issue 10: rules made on the tuning part of wording authors a94 (outpatient visits: emergencies, follow-up forms and logs)
 * and a95 (stays told on certificates), a108 (renewals), a109 and a110; each case below failed before its rule (a case opening with …but guards its edge).
 */
describe('a diagnosis its own note rules out (wording author a94)', () => {
  it('is not made: 脑出血（已排除）, 脑梗死（CT已排除）', () => {
    const f = facts(['某县人民医院急诊科', '急 诊 病 历', '姓名：刘长河  性别：男', '就诊时间：2024-09-02 21:15',
      '急诊诊断：1.高血压病2级  2.脑出血（已排除）  3.腔隙性脑梗死（经头颅MRI排除）', '医师签名：宋立平']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION']);
  });

  it('…but a note ruling out another kind of it leaves the diagnosis: 原发性高血压（继发性已排除）', () => {
    const f = facts(['某县人民医院', '门诊病历', '姓名：刘长河  性别：男', '就诊日期：2024-09-02', '诊断：原发性高血压（继发性已排除）', '医师：宋立平']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION']);
  });
});

describe('a follow-up form\'s ticked conditions (wording author a94)', () => {
  it('counts the names ticked after them (2型糖尿病 ☑ … 高血压 □)', () => {
    const f = facts(['某街道社区卫生服务中心', '慢性病患者随访服务记录表', '姓名：赵玉梅   编号：0213-0577',
      '患病情况：高血压 □   2型糖尿病 ☑   冠心病 □   脑梗死 ☑', '随访日期 | 2024-03-11 | 2024-06-13', '随访医生签名 | 王磊 | 王磊']);
    expect(f.diseaseKeys.toSorted()).toEqual(['CEREBROVASCULAR_DISEASE', 'DIABETES']);
  });

  it('…but not a family\'s (家族患病情况)', () => {
    const f = facts(['某街道社区卫生服务中心', '慢性病患者随访服务记录表', '姓名：赵玉梅   编号：0213-0577', '诊断：高血压病',
      '家族患病情况：糖尿病 ☑   冠心病 □', '随访日期：2024-03-11', '随访医生：王磊']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION']);
  });
});

describe('a follow-up log\'s assessment (评估：…, wording author a94)', () => {
  it('names the conditions followed', () => {
    const f = facts(['某镇卫生院  家庭医生签约服务团队', '随访记录（续页）', '姓名：孙桂兰    性别：女', '2024年6月3日  门诊随访：BP 136/80mmHg。',
      '    评估：高血压病 控制满意；脑梗死后遗症（左侧偏瘫）。', '    随访医生：马俊']);
    expect(f.diseaseKeys.toSorted()).toEqual(['CEREBROVASCULAR_DISEASE', 'HYPERTENSION']);
  });

  it('…but a risk assessed (风险评估：…) is no diagnosis', () => {
    const f = facts(['某镇卫生院', '随访记录', '姓名：孙桂兰    性别：女', '随访日期：2024年6月3日', '诊断：2型糖尿病', '跌倒风险评估：脑卒中高风险', '随访医生：马俊']);
    expect(f.diseaseKeys).toEqual(['DIABETES']);
  });
});

describe('a certificate\'s stay in brackets after 住院期间 (wording author a95)', () => {
  it('gives both ends, the end\'s year left out', () => {
    const f = facts(['某市妇幼保健院', '诊断证明', '患儿：上官一诺   性别：女   出生日期：2022年5月2日', '新生儿疾病筛查：2022年5月5日采血。',
      '住院期间（2024年11月28日—12月6日）复查，予对症治疗。', '诊断：苯丙酮尿症', '医师：钱丽君   2024年12月6日']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-11-28', '2024-12-06']);
  });
});

describe('an outpatient page that tells the stay just ended (wording authors a80, a81, a86, a87)', () => {
  it('takes that stay, told in its history with the end\'s year left out', () => {
    const f = facts(['某县人民医院  门诊病历', '姓名：范桂芳  性别：女  年龄：66岁  就诊日期：2024-09-02 10:12',
      '主诉：腹膜透析置管术后2周，复查。', '现病史：患者因“慢性肾脏病5期”于2024年8月5日至8月19日在我科住院，8月7日行腹膜透析置管术。',
      '既往史：高血压病史10年。', '诊断：1.慢性肾脏病5期  2.高血压病', '医师：杨志刚']);
    expect([f.admissionDate, f.dischargeDate, f.visitDates.at(-1)]).toEqual(['2024-08-05', '2024-08-19', '2024-09-02']);
  });

  it('…and one told outside a history (住院情况：…至…在…住院)', () => {
    const f = facts(['某街道社区卫生服务中心', '严重精神障碍患者随访服务记录表', '姓名：冯晓丽', '随访日期：2024年8月16日',
      '目前诊断：精神分裂症', '住院情况：2024年3月2日至2024年4月1日在市第四人民医院住院。', '下次随访日期：2024年9月16日', '随访医生签名：邵红梅']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-03-02', '2024-04-01']);
  });

  it('…but not a stay long before the visit', () => {
    const f = facts(['某县人民医院  门诊病历', '姓名：范桂芳  性别：女  就诊日期：2024-09-02', '现病史：患者于2023年5月6日至5月20日因脑梗死在我院住院。',
      '诊断：脑梗死后遗症', '医师：杨志刚']);
    expect([f.admissionDate, f.dischargeDate]).toEqual([null, null]);
  });
});

describe('a day without its year after a later one in the same sentence (wording author a87)', () => {
  it('is the same year\'s: 于2024年6月3日至6月17日住院，6月5日行… is no 2025 date', () => {
    expect(findDates('现病史：患者于2024年6月3日至6月17日在我科住院，6月5日行置管术。').map((d) => d.iso)).toEqual(['2024-06-03', '2024-06-17', '2024-06-05']);
  });

  it('…but a stay across the year\'s end still ends in the next (2024年12月28日入院，1月3日出院)', () => {
    expect(findDates('患者于2024年12月28日入院，1月3日出院。').map((d) => d.iso)).toEqual(['2024-12-28', '2025-01-03']);
  });
});

describe('a page of numbered visits (就诊记录1 … 就诊记录2, wording author a97)', () => {
  it('dates each visit by its heading, the later one too', () => {
    const f = facts(['某市人民医院', '门诊病历（复诊）', '姓名：崔海峰  性别：男  年龄：56岁  科别：神经内科',
      '就诊记录1  2024-06-12', '诊断：1.脑梗死后遗症 2.癫痫？', '医师：姜振',
      '就诊记录2  2024-07-10', '脑电图（2024-06-20）：左侧额颞区可见尖波发放。', '诊断：1.脑梗死后遗症期 2.继发性癫痫', '医师：姜振']);
    expect(f.visitDates).toEqual(['2024-06-12', '2024-07-10']);
  });
});

describe('a renewal certificate (wording author a108)', () => {
  it('is not dated by the first certification it restates (原慢性病认定日期：…), but by the date under its seal', () => {
    const f = facts(['某县人民医院', '诊断证明书', '姓名：杜宝山  性别：男  年龄：72岁', '诊断：1.高血压病2级（高危）',
      '原慢性病认定日期：2019年3月12日；本次为到期复审。', '首次门诊特病认定日期：2019年3月12日', '医师：刘庆春', '某县人民医院门诊部（章）', '2025年3月3日']);
    expect(f.visitDates).toEqual(['2025-03-03']);
  });
});

describe('paper from big-city EMRs and poor copies (wording authors a109, a110)', () => {
  it('an English-led discharge summary\'s Adm Date： and Dis Date： are its stay', () => {
    const f = facts(['某医科大学附属医院', '出院记录 Discharge Summary', '姓名：孙德才  性别：男',
      'Adm Date：2024-03-11 09:26    Dis Date：2024-03-19 10:40    LOS：8天', '出院诊断：1.2型糖尿病']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-03-11', '2024-03-19']);
  });

  it('a certificate is not dated by a newborn screening (新生儿筛查日期：…) above its date of issue', () => {
    const f = facts(['某儿童医院', '诊断证明书', '患儿姓名：崔梓萱', '诊断：苯丙酮尿症', '新生儿筛查日期：2019-08-28；确诊日期：2019-09-20',
      '医师：顾学范', '（诊断证明专用章）', '2024年6月3日']);
    expect(f.visitDates).toEqual(['2024-06-03']);
  });

  it('a day that runs into a blot (2024年9月2▇日) is not read as another day', () => {
    const f = facts(['某县人民医院', '诊 断 证 明 书', '姓名：苏候女', '诊断：1.高血压病3级', '医师：贺志军  ▇▇▇诊断证明专用章', '2024年9月2▇日']);
    expect(f.visitDates).toEqual([]);
  });
});

describe('a family doctor\'s contract record (wording author a142)', () => {
  it('names the one served (本次服务对象：…) and the chronic diseases it states (慢病情况：…), not the household head\'s', () => {
    const f = facts(['某镇卫生院  家庭医生签约服务履约记录', '户主：丁成武  户主身份证号：341222195404021352',
      '家庭成员：丁成武（户主，高血压）  赵秀梅（配偶）', '本次服务对象：赵秀梅  性别：女', '服务日期：2024-07-25',
      '慢病情况：2型糖尿病（2019年确诊）；骨质疏松症', '下次服务日期：2024-10-25']);
    expect([f.name, f.diseaseKeys, f.visitDates]).toEqual(['赵秀梅', ['DIABETES'], ['2024-07-25']]);
  });
});
