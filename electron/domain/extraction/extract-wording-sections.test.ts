import { describe, expect, it } from 'vitest';
import { facts } from '../../testing/wording-facts';

/**
 * Issue 10: where a record's diagnosis stands (rules made on the tuning part of wording authors a150, a157, a159, a160 and
 * a162, and on tune28); each case below failed before its rule (a case opening with …but guards the rule's edge).
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
