import { describe, expect, it } from 'vitest';
import { facts } from '../../testing/wording-facts';

/**
 * Issue 10: whose a number or a name is when the page names someone besides the patient (a relative who came along,
 * the agent, a mother on a newborn's record). Rules made on the wording cases' tuning part; each failed before its rule.
 */
describe('a relative\'s or an agent\'s 身份证号 is not the patient\'s', () => {
  it('after a relative named in prose (其丈夫胡金水（身份证号…）, 其子周志强（身份证…）)', () => {
    const husband = facts(['某县人民医院', '疾病证明', '兹有本县村民李秀兰，女，52岁，经其丈夫王大海（身份证号361127197408261010）陪同来我院就诊。',
      '诊断：2型糖尿病。', '特此证明。', '2025年3月6日']);
    expect(husband.name).toBe('李秀兰');
    expect(husband.idNumber).toBeNull();
    const son = facts(['某县中医医院', '诊断证明', '患者赵桂花，女，70岁，其子刘强（身份证430521199205063030）代为申请。', '诊断为：高血压病3级']);
    expect(son.idNumber).toBeNull();
    const daughter = facts(['诊断证明书', '患者：孙玉英  性别：女', '陪同家属：女儿 孙丽  身份证号：361127197408261010', '诊断：脑梗死']);
    expect(daughter.idNumber).toBeNull();
  });

  it('the patient\'s own number after a relative\'s mention is still the patient\'s', () => {
    const f = facts(['门诊病历', '姓名：王海  联系人：王丽（女儿）  患者身份证号：361127197408261010', '诊断：高血压病']);
    expect(f.idNumber).toBe('361127197408261010');
  });

  it('a guardian\'s number read as a dot-matrix print (监护人 其其格  身份证 l5O2 23 …)', () => {
    const f = facts(['某市妇幼保健院 儿童康复中心 门诊记录', '就诊日期 2023-07-19', '患儿 乌兰  女  2岁3月',
      '监护人 其其格  身份证 l5O2 23 l9BB llO7 O526  电话 l384722O9l5', '诊断 智力障碍']);
    expect(f.idNumber).toBeNull();
  });

  it('an agent\'s label as OCR misreads it (代力人身份证号)', () => {
    const f = facts(['某市人民医院  出院证明书', '患者姓名  符金花  性别  女', '出院诊断  1.高血压病',
      '代力人：王海（儿子）  代力人身份证号：361127197408261010']);
    expect(f.idNumber).toBeNull();
  });

  it('a number under a mother\'s 身份证号 column (母亲姓名 | 母亲身份证号 over their values)', () => {
    const f = facts(['某市妇幼保健院  出院记录', '姓名  性别  日龄', '张诗涵  女  12天', '母亲姓名  母亲身份证号  联系电话',
      '赵敏  361127197408261010  158****3091', '出院诊断：1.新生儿肺炎']);
    expect(f.name).toBe('张诗涵');
    expect(f.idNumber).toBeNull();
  });
});

describe('whose date a certificate bears', () => {
  it('the physician\'s dated signature, not the medical office\'s stamp after it', () => {
    const f = facts(['某大学附属医院', '诊 断 证 明 书', '姓名：宋志强  性别：男', '诊断：脑梗死', '医师签名：贾红梅      2025年1月17日',
      '医务处审核：（医务处章）  2025.01.20']);
    expect(f.visitDates).toEqual(['2025-01-17']);
    const sealed = facts(['某市第一医院', '出院证明书', '姓名：吴立新', '出院诊断：1.脑梗死', '医师签名：丁一鸣    日期：2025年10月9日',
      '（医务处  出院证明专用章）  盖章日期：2025年10月11日']);
    expect(sealed.visitDates).toEqual(['2025-10-09']);
  });

  it('the date under the last physician\'s row, not one an earlier paper in the same photo gave', () => {
    const f = facts(['诊断：2型糖尿病', '医师：吴启明  2025年8月1日', '某医科大学附属第一医院', '疾 病 证 明 书',
      '兹有患者王丽娟，女，52岁，因"淋巴结肿大"于2025年7月14日入住我院。', '医师：林海峰', '二〇二五年八月四日']);
    expect(f.visitDates).toEqual(['2025-08-04']);
  });

  it('a certificate whose title a photo cut off is still one by its words (兹证明患者…), dated by its 开具日期', () => {
    const f = facts(['出院日期：2025年2月20日  住院号：2502060119', '兹证明患者巴特尔，男，61岁，因"突发左侧肢体麻木无力6小时"在我院住院治疗。',
      '出院诊断：1.急性脑出血（右侧丘脑）', '医师：吴红梅', '开具日期：2025年2月20日']);
    expect([f.documentType, f.visitDates, f.name]).toEqual(['DIAGNOSIS_CERTIFICATE', ['2025-02-20'], '巴特尔']);
  });

  it('a certificate whose physician signed without a date keeps the date beside its seal', () => {
    const f = facts(['某县人民医院', '诊断证明书', '姓名：李兰', '诊断：高血压病', '医师：张强', '某县人民医院（章）  2025年3月6日']);
    expect(f.visitDates).toEqual(['2025-03-06']);
  });
});

describe('the tail of another paper caught at the top of a photo', () => {
  it('is not this report\'s: its conclusion and its report date belong to the paper above', () => {
    const f = facts(['心电图诊断：1.窦性心律 2.陈旧性下壁心肌梗死', '报告医师：高娃  报告日期：2025-07-01 15:20',
      '某盟中心医院  超声心动图报告单', '姓名：哈斯其其格  性别：女  年龄：63岁', '临床诊断：高血压性心脏病',
      '超声提示：1.左室壁增厚 2.左房增大', '检查医师：乌兰  检查日期：2025-07-02 09:40  报告日期：2025-07-02']);
    expect(f.reportDate).toBe('2025-07-02');
    expect(f.name).toBe('哈斯其其格');
  });

  it('…and its diagnosis is not this certificate\'s', () => {
    const f = facts(['诊断：2型糖尿病', '医师：吴启明  2025年8月1日', '（医院诊断证明专用章）', '某医科大学附属第一医院', '疾 病 证 明 书',
      '兹有患者王丽娟，女，52岁，因"胸闷"于2025年7月14日入住我院，', '诊断为脑梗死，于2025年7月19日出院。', '医师：林海峰', '二〇二五年八月四日']);
    expect(f.diseaseKeys).toEqual(['CEREBROVASCULAR_DISEASE']);
  });

  it('…ended by its signature (医师签名：… 2024年12月30日) or its page footer (第2页 共2页), the title after it in brackets or beside the hospital', () => {
    const f = facts(['患者病情稳定，嘱出院后门诊随诊。', '出院诊断：1.脑梗死（左侧基底节区）  2.高血压病2级', '医师签名：杨海军  2024年12月30日',
      '患者：赵德明  住院号：20240581  第2页 共2页', '同心县人民医院', '出 院 小 结', '姓名：马秀英  性别：女  年龄：65岁',
      '入院时间：2024年12月27日10时20分  出院时间：2025年01月08日09时15分', '出院诊断：1.2型糖尿病  2.脂肪肝']);
    expect([f.name, f.diseaseKeys]).toEqual(['马秀英', ['DIABETES']]);
    const g = facts(['诊断：1.冠心病 稳定型心绞痛  2.高脂血症', '医师：郑  2025.05.06', '丰都县三合街道社区卫生服务中心  门诊病历（复诊）',
      '姓名：冉秀英  性别：女  就诊日期：2025.06.10', '诊断：2型糖尿病', '医师：郑']);
    expect([g.name, g.diseaseKeys, g.visitDates]).toEqual(['冉秀英', ['DIABETES'], ['2025-06-10']]);
  });

  it('a hospital\'s banner and number above its title are the paper\'s own', () => {
    const f = facts(['某大学齐鲁医院', 'No.0025617', '诊 断 证 明 书', '姓名：宋志强', '诊断：高血压病', '医师签名：贾红梅  2025年1月17日']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION']);
    expect(f.hospital).toBe('某大学齐鲁医院');
  });
});

describe('which stay a discharge record states', () => {
  it('its labelled dates, not an earlier stay its history tells beside the words 本次入院', () => {
    const f = facts(['出 院 小 结', '姓名：莫少华', '入院：2023年7月24日    出院：2023年8月18日    住院25天', '入院情况：患者于2023年7月3日至',
      '7月12日在我科首次住院行诱导化疗。本次入院拟行同步放化疗。', '出院诊断：1.鼻咽癌']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2023-07-24', '2023-08-18']);
  });
});

describe('a copy that put a row of values above its row of labels', () => {
  it('reads the stay from the values over 入院日期 | 出院日期 | 住院天数', () => {
    const f = facts(['某市人民医院', '出 院 证 明 书', '姓名：符亚妹  性别：女', '2023年12月25日  |  2024年01月08日  |  14天',
      '入院日期  |  出院日期  |  住院天数', '出院诊断：1.脑梗死', '开具日期：2024年01月10日']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2023-12-25', '2024-01-08']);
  });

  it('…a row of values that holds words besides its dates (头晕待查 | 2025-07-03 10:12 | 2025-07-04 08:20 / 临床诊断 | 检查时间 | 报告时间)', () => {
    const f = facts(['鄂尔多斯市中心医院', 'CT  检  查  报  告  单', '检查号  CT2507766  |  姓名  乌云其其格', '检查部位：颅脑平扫',
      '头晕待查  |  2025-07-03 10:12  |  2025-07-04 08:20', '临床诊断  |  检查时间  |  报告时间', '诊断意见：1.右侧基底节区腔隙性脑梗死']);
    expect(f.reportDate).toBe('2025-07-04');
  });

  it('…never where the labels head values of their own below them', () => {
    const f = facts(['某市人民医院', '出院记录', '姓名：王兰', '2024-05-01  |  2024-05-02', '入院日期  |  出院日期', '2024-06-03  |  2024-06-12',
      '出院诊断：1.脑梗死']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-06-03', '2024-06-12']);
  });

  it('reads the diagnoses from the column over 诊断 | 处方, the prescription beside them left out', () => {
    const f = facts(['某县人民医院门诊病历', '姓名：贾玉梅  性别：女', '现病史：既往尿毒症维持血透3年，6年前行同种异体肾移植。',
      '1.同种异体肾移植术后（抗排异治疗）  |  他克莫司胶囊  1mg  bid', '2.高血压病2级  |  硝苯地平控释片  30mg  qd', '诊断  |  处方', '医师：申丽']);
    expect(f.diagnoses).toEqual(['同种异体肾移植术后(抗排异治疗)', '高血压病2级']);
  });

  it('…never where the labels head a column of their own below them, nor where a label stands beside its value', () => {
    const f = facts(['某县人民医院门诊病历', '姓名：贾玉梅', '1.脑梗死  |  阿司匹林', '诊断  |  处方', '2型糖尿病  |  二甲双胍片', '医师：申丽']);
    expect(f.diseaseKeys).toEqual(['DIABETES']);
    // a label and its value in cells side by side (诊断 | 高血压病) are no heading
    expect(facts(['门诊病历', '姓名：王兰', '1.头晕3天', '诊断  |  高血压病', '医师：李强']).diagnoses).toEqual(['高血压病']);
  });
});

describe('the certification\'s forms as north-west counties print them (wording author a28)', () => {
  it('the physician\'s opinion names the diseases after 所患：; what it finds without grounds is not one', () => {
    const f = facts(['某区门诊慢特病待遇认定申请表', '姓名：张淑珍', '医疗机构意见（医师填写）', '经诊查，患者所患：原发性高血压2级、脑梗死，',
      '符合认定标准；冠心病诊断依据不足，不予认定。', '医师签字：马文斌  2025年5月8日']);
    expect(f.diagnoses).toEqual(['原发性高血压2级', '脑梗死']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION', 'CEREBROVASCULAR_DISEASE']);
    const verdict = facts(['门诊慢特病认定表', '姓名：王兰', '诊断：1.脑梗死', '2.高血压病3级（很高危）  符合认定标准，同意申请。', '医师：李强  2025年5月8日']);
    expect(verdict.diagnoses).toEqual(['脑梗死', '高血压病3级(很高危)']);
  });
});

describe('a follow-up booklet\'s register of visits', () => {
  it('each dated row under its 日期 column is a visit (3.12 | 8.1 | 150/90 …), the year from the cover', () => {
    const f = facts(['某镇卫生院', '2024年度  慢性病患者随访手册（糖尿病）', '姓名：郑玉兰  性别：女', '确诊诊断：2型糖尿病',
      '日期  空腹血糖  血压  用药  医生签名', '3.12  8.1  150/90  二甲双胍0.5g tid  赵', '4.15  7.4  146/88  同上  赵', '下次随访：8.20']);
    expect(f.visitDates).toEqual(['2024-03-12', '2024-04-15']);
  });
});

describe('a follow-up record that heads the last visit and this one side by side', () => {
  it('takes the date under 本次就诊, not the one under 上次就诊', () => {
    const f = facts(['南安市医院门诊复诊记录', '姓名林秀琴  |  性别女  |  年龄51岁', '上次就诊  |  本次就诊', '2025-05-02  |  2025-06-03',
      '诊断：1.原发性高血压2级']);
    expect(f.visitDates).toEqual(['2025-06-03']);
    expect(facts(['某医院复诊记录', '姓名：王芳', '本次复诊  |  下次复诊', '2025-06-03  |  2025-07-03', '诊断：高血压病']).visitDates).toEqual(['2025-06-03']);
  });
});

describe('a form that sets the applicant\'s and the physician\'s columns side by side', () => {
  it('is dated by the date under the physician\'s signature in its own column', () => {
    const f = facts(['某市门诊慢特病认定审批表', '申请人信息  |  医疗机构诊断意见', '姓名：敖其尔  |  诊断：1.高血压病3级（很高危）',
      '申请病种：高血压  |  医师签字：王志刚', '申请人签字：敖其尔  |  日期：2024年12月2日', '日期：2024年11月25日  |  医院盖章：某医院',
      '医保经办机构意见：同意  |  经办人：李娜   日期：2024年12月9日']);
    expect(f.visitDates).toEqual(['2024-12-02']);
  });
});
