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

describe('first pages and family-doctor records', () => {
  it('a first page\'s grid whose last labels were left blank still dates its first one (入院时间 | … | 转科科别)', () => {
    const f = facts(['某医院', '住 院 病 案 首 页', '姓名：欧阳明华', '入院时间  入院科别  病房  转科科别', '2024年11月03日 09时  肿瘤科  5病区',
      '出院时间  出院科别  病房  实际住院', '2024年11月21日 10时  肿瘤科  5病区  18天', '出院诊断：2型糖尿病']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-11-03', '2024-11-21']);
  });

  it('a discharge whose year was left blank (    年 3 月 15 日) dates no row under it; a day told below is nearest its neighbours', () => {
    const f = facts(['某医院', '出 院 小 结', '姓名：寇凤英', '入院日期：2025年3月4日', '出院日期：    年 3 月 15 日',
      '入院情况：患者3月3日晚出现胸闷、气促，收入心内科。', '住院经过：3月8日起可平卧。', '出院诊断：2型糖尿病', '医师：牛晓辉  2025.3.15']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2025-03-04', '2025-03-15']);
  });

  it('an electronic prescription (普通处方（电子）) is dated by its 开具日期; a family doctor\'s record by its 服务日期', () => {
    const rx = facts(['某社区卫生服务中心', '普通处方（电子）  处方编号：20250402-0371', '科别：全科门诊  开具日期：2025-04-02', '姓名：顾秀英',
      '临床诊断：2型糖尿病', '打印时间：2025-04-02 09:41:27']);
    expect([rx.documentType, rx.visitDates]).toEqual(['OUTPATIENT_RECORD_ORIGINAL', ['2025-04-02']]);
    const visit = facts(['某社区卫生服务中心', '家庭医生签约服务  履约服务记录', '居民姓名：何淑珍  出生日期：1949-07-22',
      '签约医生：高岩  签约日期：2024-03-01  有效期至：2025-02-28', '服务日期：2024-11-19  服务方式：门诊', '诊断：1.2型糖尿病',
      '下次服务日期：2024-12-19', '打印日期：2025-01-08']);
    expect([visit.documentType, visit.visitDates]).toEqual(['OUTPATIENT_RECORD_ORIGINAL', ['2024-11-19']]);
  });

  it('a chronic-disease prescription\'s 开具日期 is its latest visit, beside its log of earlier dispensings (tune13)', () => {
    const rx = facts(['某县医院', '门诊慢性病处方', '姓名  武文斌  性别  男', '认定日期  2024-05-19  慢病证号  MB5854530',
      '临床诊断  2型糖尿病', '开具日期  2025-09-15  用药周期  12周（84天）', '医师：  吕宝山', '慢病取药记录  下次取药日期：2025-12-08',
      '取药日期  医师  周期  金额（元）', '2025-06-23  吕宝山  12周  868.99', '2025-03-28  吕宝山  12周  168.59']);
    expect(rx.visitDates.at(-1)).toBe('2025-09-15');
  });

  it('a community SOAP page (全科诊疗记录) is an outpatient record whose assessment (评估 / A, alone on their rows) closes the history (tune14)', () => {
    const f = facts(['某街道社区卫生服务中心', '全科诊疗记录（SOAP）', '姓名：房敏  就诊时间：2025年10月29日 09:32', '主观资料', 'S',
      '主诉：口干多饮5年。现病史：患者规律于本中心随访，近期睡眠欠佳，饮食、', '二便正常。家族史：父亲有冠心病史。', '客观资料', 'O',
      'BP 135/80mmHg，双肺呼吸音清。', '评估', 'A', '（1）2型糖尿病', '控制情况：基本达标。', '计划', 'P', '1.药物：二甲双胍 0.5g tid']);
    expect([f.documentType, f.diagnoses, f.diseaseKeys]).toEqual(['OUTPATIENT_RECORD_ORIGINAL', ['2型糖尿病'], ['DIABETES']]);
    // (the engine reads the sidebar's letter and the heading as one row, and loses the other letters)
    const read = facts(['某街道社区卫生服务中心', '全科诊疗记录 （SOAP)', '姓名：房敏', '主观资料', '主诉：口干多饮5年。现病史：患者规律随访，饮食、',
      '二便正常。', 'A  评估', '(1）2型糖尿病', '控制情况：基本达标。', '计划', '1.药物：二甲双胍 0.5g tid']);
    expect(read.diseaseKeys).toEqual(['DIABETES']);
  });

  it('a resident signed to a family doctor is named after 签约居民', () => {
    expect(facts(['某社区卫生服务中心', '高血压患者随访服务记录表', '签约居民：夏兆丰  性别：男']).name).toBe('夏兆丰');
  });

  it('a hand\'s dotted two-digit year right after a date\'s label (就诊日期：24.11.5), and nowhere else', () => {
    expect(facts(['某镇卫生院', '门 诊 病 历', '姓名：丘桂香', '就诊日期：24.11.5', '诊断：2型糖尿病']).visitDates).toEqual(['2024-11-05']);
    expect(facts(['某镇卫生院', '门 诊 病 历', '姓名：丘桂香', '版本 24.11.5', '诊断：2型糖尿病']).visitDates).toEqual([]);
  });
});

describe('certificates and forms of every kind (wording authors a12, a13)', () => {
  it('referral slips (双向转诊（转出）单, 转  诊  单) and approval forms (…审批表) are certificates dated by their physician', () => {
    for (const title of ['双向转诊（转出）单', '转  诊  单', '某省残疾儿童康复救助申请审批表']) {
      const f = facts(['某县人民医院', title, '姓名：田保山  性别：男', '诊断：1.2型糖尿病', '转诊医师：刘强  2025年5月12日']);
      expect([title, f.documentType, f.visitDates]).toEqual([title, 'DIAGNOSIS_CERTIFICATE', ['2025-05-12']]);
    }
  });

  it('an applicant\'s name under 申请人姓名 in a grid; a rejected choice (× 高血压) is no diagnosis', () => {
    const f = facts(['某省门诊慢特病待遇认定申请表', '申请人姓名  性别  出生年月  身份证号码', '续永红  男  1959.07  140502195907191137',
      '诊断意见（在符合项打√）：', '√ 脑梗死后遗症（左侧肢体偏瘫）', '√ 2型糖尿病（伴周围神经病变）', '× 高血压（血压记录不足，不符合认定标准）',
      '认定医师：聂卫东  签名日期：2024年12月5日']);
    expect([f.name, f.diagnoses]).toEqual(['续永红', ['脑梗死后遗症(左侧肢体偏瘫)', '2型糖尿病(伴周围神经病变)']]);
  });

  it('…诊断为： with the diagnoses on the rows below, one of them bracketing a year and a place', () => {
    const f = facts(['某县人民医院', '诊断证明书', '兹证明：徐翠萍  同志，性别 女，年龄 51 岁，', '于我院肾内科门诊就诊，经检查诊断为：',
      '同种异体肾移植术后（2019年，南京鼓楼医院）', '高血压病2级', '需长期口服他克莫司抗排斥治疗。']);
    expect(f.diagnoses).toEqual(['同种异体肾移植术后(2019年,南京鼓楼医院)', '高血压病2级']);
  });

  it('a report\'s 意见： is its conclusion where the 临床诊断 is blank', () => {
    const f = facts(['某省第一人民医院', '骨髓细胞学检查报告', '姓名：杨丽华', '临床诊断：', '骨髓采集日期：2024-01-29  采集部位：髂后上棘',
      '原始单核细胞42.5%。', '意见：符合急性髓系白血病（AML-M5）骨髓象，请结合流式免疫分型。', '报告日期：2024-01-31']);
    expect(f.diagnoses[0]).toBe('符合急性髓系白血病(AML-M5)骨髓象');
  });

  it('a laboratory\'s 检验结论：, 结果提示： and an ultrasound\'s 超声提示： are a report\'s conclusion', () => {
    const lab = (label: string) => facts(['某市中心医院  检验报告单', '姓名：易浩然  性别：男', '检验项目 | 结果 | 单位 | 参考区间',
      '凝血因子Ⅷ活性(FⅧ:C) | 0.8 ↓ | % | 50-150', `${label}：FⅧ:C重度减低，符合重型血友病A。`, '报告时间：2025-09-03 16:40']).diagnoses;
    expect([lab('检验结论'), lab('结果提示'), lab('超声提示')]).toEqual(Array(3).fill(['FⅧ:C重度减低', '符合重型血友病A']));
  });

  it('the receiving hospital\'s receipt stub (回 执) and another body\'s review (县级残联审核意见) date nothing of the form', () => {
    const stub = facts(['某县人民医院', '双向转诊（转出）单', '姓名：原晓梅', '初步印象：', '1.2型糖尿病', '转诊医生（签字）：牛向东', '2025年5月12日',
      '-----------------------------------------', '回 执', '患者原晓梅已于2025年5月13日到我院就诊。接诊医生：']);
    expect(stub.visitDates).toEqual(['2025-05-12']);
    const review = facts(['某省残疾儿童康复救助申请审批表', '儿童姓名  韩子墨  性别  男', '诊断：儿童孤独症', '诊断医师签字：魏红霞  2025年3月5日',
      '县级残联审核意见：同意救助  2025年3月12日']);
    expect(review.visitDates).toEqual(['2025-03-05']);
  });
});

describe('labels beside their values', () => {
  it('临床诊断 followed by its diagnoses in cells is no header grid (临床诊断  脑梗死  高血压)', () => {
    const f = facts(['某市第二医院', '超声检查报告单', '姓名  白玉珍  性别  女', '临床诊断  脑梗死  高血压', '检查部位  双侧颈动脉、椎动脉',
      '超声提示：', '1.左侧颈动脉分叉处斑块形成', '报告日期  2025-01-13 11:05']);
    expect(f.diagnoses).toEqual(['脑梗死', '高血压']);
  });

  it('确诊时间 is a label of its own, not a misread 就诊时间', () => {
    const f = facts(['某镇卫生院', '慢性病患者随访手册（糖尿病）', '姓名：郑玉兰', '确诊诊断：2型糖尿病    确诊时间：2019年']);
    expect(f.diagnoses).toEqual(['2型糖尿病']);
  });

  it('a follow-up form of one disease (2型糖尿病患者随访服务记录表) with no diagnosis line names that disease, for the clerk to check', () => {
    const f = facts(['某社区卫生服务中心', '2型糖尿病患者随访服务记录表', '姓名：殷兰芳', '随访日期  2025-07-08  随访方式  门诊', '下次随访日期  2025-10-08']);
    expect([f.diagnoses, f.diseaseKeys]).toEqual([['2型糖尿病'], ['DIABETES']]);
    expect(f.sources?.diagnoses?.confidence).toBeLessThan(0.85);
    expect(facts(['某社区卫生服务中心', '2型糖尿病患者随访服务记录表', '姓名：殷兰芳', '诊断：1.2型糖尿病  2.高血压']).diagnoses).toEqual(['2型糖尿病', '高血压']);
  });

  it('a date in brackets before its verb (今日（2025-06-14）予以出院) still discharges', () => {
    const f = facts(['某医院', '出院记录', '姓名：蒋桂兰  入院日期：2025-06-03 14:02:35', '（接上页）', '出院情况：今日（2025-06-14）予以出院。',
      '出院诊断：1.2型糖尿病', '第2页 共2页  打印时间：2025-06-14 10:40:09']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2025-06-03', '2025-06-14']);
  });

  it('a stay told in a form\'s 病史摘要 is history, not the form\'s stay', () => {
    const f = facts(['某省医保门诊慢特病待遇认定申请表', '申请人姓名：吴丽萍', '病史摘要：患者2024-06-18至2024-07-02于我院乳腺外科住院，行左乳癌改良根治术，',
      '诊断：2型糖尿病', '医师签名：傅佩芬    日期：2025年4月16日']);
    expect([f.admissionDate, f.dischargeDate, f.visitDates]).toEqual([null, null, ['2025-04-16']]);
  });
});
