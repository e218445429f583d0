import { describe, expect, it } from 'vitest';
import { facts } from '../../testing/wording-facts';

/**
 * Issue 10: rules made on the tuning part of wording authors a114 (date traps of Jiangsu, Zhejiang, Shanghai and Fujian
 * paper), a115 (Guangxi and the Pearl River Delta), a116 (certificates of the Northeast), a117 (stays as county
 * hospitals write them), a119 (paper as an OCR engine reads a photo or a photocopy), a121 (test reports) and a122 (patients on
 * 门诊慢特病 treatment), and on the tuning layouts tune17;
 * each case below failed before its rule.
 */
describe('certificates of the Northeast (wording author a116)', () => {
  it('an agent\'s number after a role explained in brackets (父亲（参保代办人）：…  身份证号：…) is not the child\'s', () => {
    const f = facts(['某县人民医院', '门诊慢特病 诊断证明书', '患儿姓名：关雨桐   性别：女   年龄：3岁',
      '母亲（代办人）：关丽   身份证号：210422199102080778', '诊断：苯丙酮尿症', '医师：那佳', '2025年3月6日']);
    expect([f.name, f.idNumber]).toEqual(['关雨桐', null]);
  });

  it('a sick-leave letter names the patient after his employer and trade (兹有某中学教师 周立波，男，52岁)', () => {
    const f = facts(['某市人民医院', '病假证明书', '兹有某县第三中学教师 周立波，男，52岁，', '因脑梗死住院治疗，建议全休三个月。',
      '医师：陈春雷', '2024年6月18日']);
    expect(f.name).toBe('周立波');
  });
});

describe('Guangxi and the Pearl River Delta (wording author a115)', () => {
  it('a certificate printed in traditional characters is read as one: its date, its diagnoses, the name as printed', () => {
    const f = facts(['岑溪縣中醫醫院', '診斷證明書', '姓名：黎紹芬  性別：女  年齡：76歲', '西醫診斷：1.腦梗死後遺症 2.高血壓病3級（極高危）',
      '3.雙相情感障礙', '經治醫師：覃秀梅', '2024年5月30日']);
    expect(f.documentType).toBe('DIAGNOSIS_CERTIFICATE');
    expect([f.name, f.visitDates]).toEqual(['黎紹芬', ['2024-05-30']]);
    expect(f.diagnoses).toEqual(['脑梗死后遗症', '高血压病3级(极高危)', '双相情感障碍']);
    expect(f.diseaseKeys).toEqual(['CEREBROVASCULAR_DISEASE', 'HYPERTENSION']);
  });
});

describe('the tuning layouts tune17', () => {
  it('a pre-printed stay row whose 自 and 至 stand in cells of their own (住院日期  自  2024年8月25日  至  2024年9月1日)', () => {
    const f = facts(['某县人民医院', '疾病诊断证明书', '姓名  严广才  性别  男', '住院日期  自  2024年8月25日  至  2024年9月1日',
      '诊断  1.高血压性心脏病', '医师签名：任桂芝', '2024年9月3日']);
    expect([f.admissionDate, f.dischargeDate, f.visitDates]).toEqual(['2024-08-25', '2024-09-01', ['2024-09-03']]);
  });

  it('a widely spaced 姓　　名 whose 名 the engine missed (姓 | 苏广才 | 性别), or read a speck in (姓“名), still labels the name', () => {
    const f = facts(['某市人民医院', '疾病诊断证明书', '姓  苏广才  性别  男  年龄  56岁', '诊断  1.高血压性心脏病', '医师签名：杜超', '2024年4月22日']);
    expect(f.name).toBe('苏广才');
    expect(facts(['某市人民医院', '疾病诊断证明书', '姓“名  苏广才  性别  男', '诊断  高血压', '2024年4月22日']).name).toBe('苏广才');
  });

  it('a seal\'s character read into a date before its 月 (2024年9四月3日) leaves the date', () => {
    const f = facts(['某县人民医院', '疾病诊断证明书', '姓名：严广才', '诊断：1.高血压性心脏病', '医师签名：任桂芝  医院（盖章）', '2024年9四月3日']);
    expect(f.visitDates).toEqual(['2024-09-03']);
  });

  it('a day in Chinese numerals whose 二 was read as a figure (二O二五年六月2十七日) is still the date of issue', () => {
    const f = facts(['某县中医院', '疾病证明书', '姓名：苏广才', '诊断：高血压病', '医务科（盖章）', '二O二五年六月2十七日']);
    expect(f.visitDates).toEqual(['2025-06-27']);
  });
});

describe('stays and OCR-read paper of Hebei, Shandong, Henan and Jiangsu (wording authors a117, a119)', () => {
  it('a relative\'s number after their signature (家属签字：李志刚（子）  身份证号：…) is not the patient\'s', () => {
    const f = facts(['某县人民医院', '24小时内入出院记录', '姓名：赵凤兰  性别：女  年龄：71岁', '出院诊断：1.急性脑梗死',
      '家属签字：李志刚（子）  身份证号：410526198506173915', '医师签名：秦晓东']);
    expect([f.name, f.idNumber]).toEqual(['赵凤兰', null]);
  });

  it('a labelled name the line\'s end cut after two characters (姓名：蔡玉 / 凤  性别：女) is read whole', () => {
    const f = facts(['某县第一人民医院  检验报告单', '科室：血液净化中心  床号：透析08  姓名：蔡玉', '凤  性别：女  年龄：59岁',
      '临床诊断：慢性肾衰竭尿毒症期', '报告时间：2025-05-21 10:42']);
    expect(f.name).toBe('蔡玉凤');
  });
});

describe('patients already on 门诊慢特病 treatment (wording author a122)', () => {
  it('a family doctor\'s service booklet (家庭医生签约服务手册) is an outpatient record: its latest service is the visit', () => {
    const f = facts(['某镇卫生院  家庭医生签约服务手册', '签约居民：闵凤英  性别：女  出生日期：1952.10.09', '签约日期：2025.01.06', '服务记录',
      '2025.02.14 门诊  BP 148/88  续开氨氯地平5mg qd  医生：朱永', '2025.04.18 入户  BP 152/90  用药宣教  医生：孙丽娟',
      '2025.05.23 门诊  BP 138/82  诊断：高血压病1级  续方4周  医生：朱永', '下次服务预约：2025.06.20']);
    expect(f.documentType).toBe('OUTPATIENT_RECORD_ORIGINAL');
    expect(f.visitDates.at(-1)).toBe('2025-05-23');
  });
});

describe('test reports across China (wording author a121)', () => {
  it('advice after a finding names a disease only to check it (血压偏高，建议复测并排除高血压): no key', () => {
    const f = facts(['某镇中心卫生院', '老年人健康体检报告单', '姓名：孙淑芬  性别：女  年龄：72岁', '体检结论：1.血压偏高，建议复测并排除高血压',
      '2.空腹血糖受损', '报告日期：2025-05-26']);
    expect(f.diseaseKeys).toEqual([]);
  });
});


describe('the tuning layouts tune20 and tune21, and a129\'s pathology', () => {
  it('a referral slip is dated by its 转诊日期, not by the visit its tear-off receipt (双向转诊回执) records', () => {
    const f = facts(['某社区卫生服务中心', '双向转诊单（转出）', '现有患者石雪，性别女，年龄55岁，因病情需要，需转入贵单位。', '初步印象  1、冠状动脉粥样硬化性心脏病',
      '转诊医生（签字）：  钟文斌', '转诊日期：2024年5月23日', '沿此线剪开', '双向转诊回执', '你单位转来的患者  石雪  已于  2024年5月26日  到我院就诊。',
      '接诊医生：  韩文斌']);
    expect(f.visitDates).toEqual(['2024-05-23']);
  });

  it('a village committee\'s countersign below a certificate (村（居）委会意见 … 负责人 2024年3月21日) does not date it', () => {
    const f = facts(['某镇社区卫生服务中心', '疾 病 证 明', '兹有陈岗村村民叶月娥，女，经检查诊断为糖尿病足。', '特此证明。', '经治医生：  闫建国',
      '某镇社区卫生服务中心', '2024年3月20日', '村（居）委会意见：', '情况属实。', '负责人（签字）：  潘建国  2024年3月21日']);
    expect(f.visitDates).toEqual(['2024-03-20']);
  });

  it('tests made during a stay (2025年7月6日本院住院检查：…) tell no admission', () => {
    const f = facts(['门诊慢性病病种申报诊断证明书', '姓名  聂红梅', '临床诊断：2型糖尿病', '诊断依据  2025年7月6日本院住院检查：HbA1c 7.6%',
      '医师签名：  姜保国  日期：2025年8月31日']);
    expect([f.admissionDate, f.visitDates]).toEqual([null, ['2025-08-31']]);
  });

  it('a follow-up form\'s 管理病种, its ticks lost to the engine, gives way to the diagnoses written out', () => {
    const f = facts(['签约居民慢性病随访记录', '姓名：孙金凤', '管理病种：高血压口糖尿病口冠心病脑卒中', '主要诊断：1、原发性高血压3级 2、脑梗死恢复期']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION', 'CEREBROVASCULAR_DISEASE']);
  });

  it('…but where nothing else is written out, its ticked choices are the diagnoses', () => {
    expect(facts(['慢性病随访记录', '姓名：孙金凤', '管理病种：☑高血压  □糖尿病  □冠心病']).diseaseKeys).toEqual(['HYPERTENSION']);
  });

  it('a report\'s 石蜡病理诊断 below its frozen section\'s is its pathology diagnosis', () => {
    const f = facts(['某医院病理科', '病理诊断报告', '姓名：孔令霞  性别：女', '临床诊断：左附件囊实性包块', '送检日期：2024-08-13',
      '术中冰冻诊断（2024-08-13 11:06）：浆液性肿瘤，至少为交界性。', '石蜡病理诊断：（左卵巢）低级别浆液性癌。', '报告日期：2024-08-19']);
    expect(f.diseaseKeys).toEqual(['MALIGNANT_TUMOR_OUTPATIENT']);
  });
});

describe('the tuning layouts tune22', () => {
  it('a SOAP note\'s assessment headed in both tongues (A  评估 Assessment) holds its diagnoses', () => {
    const f = facts(['某县人民医院', '门诊病历（慢病门诊）', '姓名：邹月娥  性别：女', '就诊时间：2025-01-16 17:10', 'S  主观资料 Subjective',
      '反复活动后胸闷5年。', 'A  评估 Assessment', '1.冠状动脉粥样硬化性心脏病', '2.胆囊结石', 'P  计划 Plan', '1) 阿司匹林肠溶片 100mg qd']);
    expect(f.diseaseKeys).toEqual(['CORONARY_HEART_DISEASE']);
  });

  it('a return visit the plan books mid-sentence (…低盐低脂饮食，2025-02-13复诊) is not the labelled visit\'s company', () => {
    const f = facts(['某县人民医院', '门诊病历', '姓名：邹月娥', '就诊时间：2025-01-16 17:10', '诊断：高血压病', '监测血压、血糖，低盐低脂饮食，2025-02-13复诊，不适随诊。']);
    expect(f.visitDates).toEqual(['2025-01-16']);
  });

  it('…but a booklet\'s entries, each opening its row (2025-01-16 复诊 …), are all visits', () => {
    const f = facts(['门诊病历手册', '姓名：邹月娥', '就诊日期：2025-01-02', '2025-01-16  复诊  血压平稳', '2025-02-13  复诊  头晕减轻']);
    expect(f.visitDates).toEqual(['2025-01-02', '2025-01-16', '2025-02-13']);
  });

  it('a child\'s 诊 断 评 估 表, its title spaced out, is a certificate dated by its assessor (评定日期)', () => {
    const f = facts(['残疾儿童康复救助', '诊 断 评 估 表', '儿童姓名  沈立新  性别  男  出生日期  2017年2月8日', '诊断：  1.脑瘫（不随意运动型）',
      '康复建议：建议康复训练期限自2025年5月24日至2026年5月23日。', '评定医师：  覃长顺', '评定日期：2025年5月14日', '监护人签字：  沈长顺']);
    expect([f.documentType, f.visitDates]).toEqual(['DIAGNOSIS_CERTIFICATE', ['2025-05-14']]);
  });
});
