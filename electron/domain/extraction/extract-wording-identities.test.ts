import { describe, expect, it } from 'vitest';
import { facts } from '../../testing/wording-facts';

/**
 * Issue 10: whose page it is and what kind (rules made on the tuning part of wording authors a150, a152, a155, a156, a157, a159 and a160);
 * each case below failed before its rule (a case opening with …but guards the rule's edge).
 */
describe('a name with a rarer Han character (wording author a156)', () => {
  it('is read whole, Extension A included (蔺䶮)', () => {
    expect(facts(['济宁医学院附属医院  病理报告', '姓名：蔺䶮  性别：男  年龄：59岁', '送检医生：蔺学军', '病理诊断：（胃窦）低分化腺癌',
      '报告日期：2024年2月29日']).name).toBe('蔺䶮');
  });
});

describe('the examined person (受检者) heading a column (wording author a156)', () => {
  it('names the patient on the row under it', () => {
    expect(facts(['金域医学检验  遗传病基因检测报告', '受检者  性别  年龄  样本类型  送检单位', '周梓萱  女  2月  外周血  聊城市妇幼保健院',
      '送检医生：杜红', '报告日期：2024-03-18']).name).toBe('周梓萱');
  });
});

describe('a clinic\'s heading after the day\'s date (wording author a152)', () => {
  it('makes the page an outpatient record dated that day (2024-05-06 眼科门诊 第2诊室)', () => {
    const f = facts(['睢宁县人民医院', '2024-05-06 眼科门诊 第2诊室', '姓名：袁德才  性别：男  年龄：60岁', '主诉：双眼视物模糊1年。',
      '诊断：1.2型糖尿病性视网膜病变', '处理：预约右眼玻璃体腔注药，2024-05-13。', '医师：夏芸']);
    expect([f.documentType, f.visitDates]).toEqual(['OUTPATIENT_RECORD_ORIGINAL', ['2024-05-06']]);
  });
});

describe('a suspicion after the site it is in (wording author a155)', () => {
  it('settles nothing: （右甲状腺结节）可疑乳头状癌', () => {
    expect(facts(['淄博市中心医院 病理科', '细胞病理学诊断报告', '姓名：蒲丽娟  性别：女', '临床诊断：甲状腺结节',
      '诊断：（右甲状腺结节）可疑乳头状癌（Bethesda V类），建议手术切除。', '报告日期：2024/04/17']).diseaseKeys).toEqual([]);
  });

  it('…but the carcinoma found at that site is one', () => {
    expect(facts(['淄博市中心医院 病理科', '病理诊断报告', '姓名：蒲丽娟  性别：女', '临床诊断：甲状腺结节',
      '病理诊断：（右甲状腺结节）乳头状癌', '报告日期：2024/04/17']).diseaseKeys).toEqual(['MALIGNANT_TUMOR_OUTPATIENT']);
  });
});

describe('a name label with its word in another language (wording author a160)', () => {
  it('still names the patient (姓名 Ismi：热依拉·艾买提)', () => {
    expect(facts(['喀什地区第一人民医院  门诊病历', '姓名 Ismi：热依拉·艾买提  性别 Jinsi：女  年龄 Yéshi：58岁',
      '陪同人员：艾买提江·热依木（儿子，担任翻译）', '就诊日期 Dawalanghan Waqit：2024-05-16 10:42', '诊断：1.高血压病3级']).name).toBe('热依拉·艾买提');
  });
});

describe('a diagnosis list broken by a page break (wording authors a150, a159)', () => {
  it('goes on past the page\'s foot and the next page\'s running head', () => {
    const f = facts(['莘县人民医院', '出 院 记 录', '姓名：孙桂兰  性别：女  年龄：72岁  住院号：0238817', '入院日期：2024-03-04  出院日期：2024-03-15',
      '出院诊断：1.急性脑梗死（左侧基底节区） 2.高血压病3级 很高危', '第1页/共2页            打印时间：2024-03-15 16:22            打印人：刘静',
      '莘县人民医院  出院记录', '姓名：孙桂兰  性别：女  年龄：72岁  住院号：0238817', '3.2型糖尿病伴周围神经病变 4.颈动脉粥样硬化斑块形成',
      '出院情况：言语较前清晰。']);
    expect([...f.diseaseKeys].sort()).toEqual(['CEREBROVASCULAR_DISEASE', 'DIABETES', 'HYPERTENSION']);
  });

  it('…and past a running head that opens before the page\'s number, with the day it was printed', () => {
    const f = facts(['高唐县人民医院', '出院记录  第1页 共2页', '姓名：李红旗  性别：男  住院号：0338762', '入院日期：2024-08-11  出院日期：2024-08-19',
      '出院诊断：1.急性ST段抬高型心肌梗死（下壁） Killip I级', '2.冠状动脉支架植入术后', '高唐县人民医院', '出院记录  第2页 共2页',
      '姓名：李红旗  住院号：0338762  打印日期：2024-08-21', '3.高血压病3级（很高危） 4.高脂血症', '出院医嘱：阿司匹林+替格瑞洛双联抗血小板12个月。']);
    expect(f.diagnoses).toEqual(['急性ST段抬高型心肌梗死(下壁)Killip I级', '冠状动脉支架植入术后', '高血压病3级(很高危)', '高脂血症']);
  });

  it('…but a list that ended before the page\'s foot takes nothing after it', () => {
    const f = facts(['某县人民医院', '出院记录', '姓名：王强', '出院诊断：1.高血压病2级', '出院医嘱：低盐饮食。', '第1页/共2页',
      '某县人民医院  出院记录', '2.2型糖尿病（家族史）']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION']);
  });
});

describe('a choice list whose label carries its instruction (wording author a157)', () => {
  it('keeps the ticked choices: 病种（请在□内打√）：☑高血压病  □糖尿病  ☑冠心病', () => {
    expect(facts(['沂水县许家湖镇卫生院', '门诊慢性病诊断证明（基层）', '姓名 许振邦   性别 男',
      '病种（请在□内打√）：☑高血压病  □糖尿病  ☑冠心病  □脑血管病后遗症', '医师签字：许      2025 年 5 月 6 日']).diagnoses)
      .toEqual(['高血压病', '冠心病']);
  });
});

describe('a settling test named by its 检测项目 row (wording author a160)', () => {
  it('settles what the request only questioned', () => {
    expect(facts(['新疆医科大学第一附属医院  分子病理（血液）检测报告', '姓名：买买提明·艾则孜   性别：男', '身份证号：650102197209180315',
      '送检科室：血液病科   临床诊断：白细胞增多原因待查', '标本类型：骨髓液   送检日期：2024-05-20', '检测项目：BCR-ABL1融合基因定量', '结论：检出BCR-ABL1 p210融合基因，结合临床符合慢性髓系白血病。', '报告日期：2024-05-27']).diseaseKeys)
      .toEqual(['LEUKEMIA']);
  });

  it('…but a chemistry panel named by its 检测项目 row settles nothing the request questioned', () => {
    expect(facts(['某县人民医院  检验报告单', '姓名：王强', '科别：血液科', '临床诊断：白细胞增多原因待查', '标本类型：全血', '检测项目：血常规',
      '结论：白细胞计数升高，请结合临床除外白血病。', '报告日期：2024-05-27']).diseaseKeys).toEqual([]);
  });
});

describe('a diagnosis beside a sidebar\'s row, after the history (tune28 outpatient sidebar, photographed)', () => {
  it('is no part of the history the rows above wrap', () => {
    expect(facts(['门诊病历', '姓名：葛国庆  性别：男', '既往史：脑梗死病史4年，规律服药；否认“冠心病”病史。家族史：其兄患糖尿', 'P63次/分', '病多年。',
      'BP141/70mmHg  查体：BP141/70mmHg，神志清，精神可', '体重77kg', 'BMI25.7  诊断：1.脑出血后遗症', '随机血糖12.6mmol/L',
      '处理：1.丁苯酞软胶囊0.2gtid']).diagnoses[0]).toMatch(/^脑出血后遗症/);
  });
});
