import { describe, expect, it } from 'vitest';
import { facts } from '../../testing/wording-facts';

/**
 * Issue 10: rules made on the tuning part of wording authors a50 (reports among many dates), a51 (chronic outpatients'
 * diagnoses), a52 (stays hard to take), a53 (the certification's own forms and insurance claims) and a54 (outpatient
 * paper whose visit date is hard to find); each case below
 * failed before its rule (a case opening with …but guards the rule's edge).
 */
describe('reports whose conclusion stands among many lines (wording author a50)', () => {
  it('a stage with a letter (CKD 5D期) stays with its abbreviation', () => {
    const f = facts(['某市第一人民医院 检验报告单', '姓名：马玉琴 性别：女 年龄：49岁', '临床诊断：CKD 5D期（血液透析） 继发性甲状旁腺功能亢进',
      '项目 结果 单位 参考区间', '全段甲状旁腺激素 iPTH 812.6 ↑ pg/mL 15.0-65.0', '报告：2026/02/03 11:47 审核：马文']);
    expect(f.diseaseKeys).toEqual(['URAEMIA_DIALYSIS']);
  });

  it('a questioned clinical diagnosis keeps its question mark though a space, not a stop, parts it from the next', () => {
    const f = facts(['某市中心医院 检验报告单', '姓名：袁立新 性别：男 年龄：58岁', '临床诊断：冠状动脉粥样硬化性心脏病？ 高脂血症 页码：1/2',
      '项目 结果 单位 参考值', '高敏肌钙蛋白T hs-cTnT 0.046 ↑ ng/mL <0.014', '报告时间：2025-11-02 22:41 检验者：翟芳']);
    expect(f.diseaseKeys).toEqual([]);
  });

  it('on an ECG report a bare 诊断 under the measurements is the reader\'s: the printed 临床诊断 outranks it', () => {
    const lines = (clinical: string) => ['某市市立医院 心电图报告', '姓名：曲秀芹 性别：女 年龄：66岁', `临床诊断：${clinical}`,
      '心率：88次/分 PR：154ms QRS：126ms', '诊断：', '1.窦性心律', '2.冠状动脉粥样硬化性心脏病', '医师签名：侯杰 报告时间：2024-07-30 00:05'];
    expect(facts(lines('胸痛待查')).diseaseKeys).toEqual([]);
    expect(facts(lines('高血压病3级')).diseaseKeys).toEqual(['HYPERTENSION']);
  });

  it('a slip\'s corner of one-word labels and two-figure years (采集:24.06.03 07:42  报告:24.06.03 09:26) dates the report', () => {
    const f = facts(['某县中医医院检验科', '凝血功能检验报告单', '姓 名：马金凤   性 别：女', '临床诊断：高血压病',
      '国际标准化比值(INR) 2.46 ↑ 0.80-1.20', '采集:24.06.02 07:42  接收:24.06.02 08:05  报告:24.06.03 09:26', '检验者：王萌']);
    expect(f.reportDate).toBe('2024-06-03');
  });

  it('…but a pathology report\'s bare 诊断 is its pathology diagnosis', () => {
    const f = facts(['某县人民医院 病理诊断报告', '姓名：刘芳 性别：女 年龄：61岁', '临床诊断：胃窦溃疡？', '肉眼所见：灰白组织3块',
      '诊断：（胃窦）中分化腺癌', '报告日期：2025-03-08']);
    expect(f.diseaseKeys).toEqual(['MALIGNANT_TUMOR_OUTPATIENT']);
  });
});

describe('chronic outpatients\' diagnoses (wording author a51)', () => {
  it('with no diagnosis labelled, the numbered 处理 items headed by their disease (1.2型糖尿病：二甲双胍…) name them', () => {
    const f = facts(['某县人民医院 全科医学科门诊', '姓名：崔国华 | 性别：男 | 就诊时间：2025-01-09 08:55', '既往史：否认冠心病、脑血管病史。',
      '处理：', '1.2型糖尿病：二甲双胍缓释片 1.0g qd', '2.高血压病2级 高危：缬沙坦氨氯地平片 1片 qd', '3.脂肪肝：低脂饮食',
      '4.3个月后复查HbA1c、肝肾功能', '医生签名：邵文杰']);
    expect(f.diseaseKeys).toEqual(['DIABETES', 'HYPERTENSION']);
  });

  it('a plan whose numbered items are headed by their aim (1.降压：… 2.降糖：…) names no diagnosis', () => {
    const f = facts(['某县人民医院 全科医学科门诊', '姓名：卢秀珍 | 性别：女 | 就诊时间：2025-02-11 09:20',
      '处理：', '1.降压：氨氯地平片 5mg qd', '2.降糖：阿卡波糖片 50mg tid', '3.调脂稳斑：阿托伐他汀钙片 20mg qn',
      '4.1个月后复诊', '医生签名：邵文杰']);
    expect(f.diagnoses).toEqual([]);
  });

  it('a continuation page\'s entries headed in brackets (【2024-06-18  内分泌科】) are visits, the last one the page\'s', () => {
    const f = facts(['某市人民医院 门诊病历续页', '姓名：周桂荣  性别：女', '【2024-03-12  内分泌科】', '诊断：2型糖尿病',
      '【2024-06-18  内分泌科】', '诊断：同前；新增 高血压病2级', '打印时间：2024-06-18 11:20']);
    expect(f.visitDates.at(-1)).toBe('2024-06-18');
  });
});

describe('stays hard to take (wording author a52)', () => {
  it('a bilingual record\'s 出院诊断 Discharge Diagnosis： heads its list after a paragraph of treatment', () => {
    const f = facts(['某国际医院', '出院小结 Discharge Summary', '患者姓名 Patient Name：沈嘉禾', '诊疗经过：禁食、补液、镇痛治疗，腹痛缓解。',
      '出院诊断 Discharge Diagnosis：', '1. 急性胰腺炎（轻症） Acute pancreatitis', '2. 2型糖尿病 Type 2 diabetes mellitus']);
    expect(f.diseaseKeys).toEqual(['DIABETES']);
  });

  it('one 入出院日期 or a day\'s stay ending 当日出院 dates both the admission and the discharge', () => {
    const a = facts(['某眼科医院', '日间手术出入院记录', '姓名：乔光明  性别：男', '入出院日期：2025年1月7日（日间手术）', '出院诊断：1.白内障']);
    expect([a.admissionDate, a.dischargeDate]).toEqual(['2025-01-07', '2025-01-07']);
    const b = facts(['某医院', '诊断证明书', '姓名：唐晓雯  性别：女', '临床诊断：甲状腺乳头状癌',
      '该患者于2024年7月3日在我院日间手术中心行右侧甲状腺腺叶切除术，当日出院。', '医师：何静', '日期：2024/07/15']);
    expect([b.admissionDate, b.dischargeDate]).toEqual(['2024-07-03', '2024-07-03']);
  });

  it('an admission slip\'s 拟入院日期 is planned, not a stay', () => {
    const f = facts(['某市人民医院', '住 院 证', '姓名：柳春生  性别：男', '门诊诊断：高血压病3级', '拟入院日期：2025年1月3日',
      '开证医师：侯振宇', '开证日期：2024年12月30日']);
    expect([f.admissionDate, f.visitDates]).toEqual([null, ['2024-12-30']]);
  });

  it('a certificate\'s 病理诊断 and its 诊断 are read together', () => {
    const f = facts(['某县人民医院', '疾病诊断证明书', '姓名：吴秀芝  性别：女', '病理诊断：（直肠）中分化腺癌，pT3N0M0。',
      '诊断：1.直肠腺癌术后 2.2型糖尿病', '经治医师：李伟    2025.2.17']);
    expect(f.diseaseKeys).toEqual(['MALIGNANT_TUMOR_OUTPATIENT', 'DIABETES']);
  });

  it('元月 is January', () => {
    const f = facts(['某市医院', '出院小结', '姓名：石凤琴  性别：女', '入院日期：2024年12月31日  出院日期：2025年元月9日', '出院诊断：1.高血压病']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-12-31', '2025-01-09']);
  });

  it('a front sheet read cell by cell: each date takes the label alone on the row above it, not the next one\'s', () => {
    const f = facts(['住院病案首页', '姓名', '蒋玉芬', '入院时间', '2023年03月06日10时', '出院时间', '2023年03月20日09时', '实际住院', '14天',
      '出院诊断', '主要诊断：高血压病2级']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2023-03-06', '2023-03-20']);
  });
});

describe('the certification\'s own forms and insurance claims (wording author a53)', () => {
  it('an insurer\'s claim form\'s hospital part is a certificate, dated by its physician', () => {
    const f = facts(['重大疾病保险理赔申请书——医疗机构证明部分', '被保险人姓名：吴海涛', '主要诊断：急性心肌梗死',
      '经治医师签字：尚志伟   2025年6月3日', '医疗机构盖章：某市人民医院医务科   2025年6月4日']);
    expect([f.documentType, f.visitDates]).toEqual(['DIAGNOSIS_CERTIFICATE', ['2025-06-03']]);
  });

  it('the one assessed or insured is the patient; an applicant who is kin (李桂香（儿媳）) and a policyholder are not', () => {
    const a = facts(['某市人民医院', '病情诊断证明（长期护理保险失能评估用）', '被评估人：胡振英  性别：女  年龄：85岁',
      '申请人：李桂香（儿媳）  联系电话：13963017745', '主要诊断：脑梗死后遗症', '医师签名：罗志远', '日期：2026年1月20日']);
    expect(a.name).toBe('胡振英');
    const b = facts(['某医院', '病情证明书（保险理赔用）', '投保人 李振东  身份证号 371526196811150153  与被保险人关系 配偶',
      '被保险人 韩淑梅  性别 女  年龄 55岁', '被保险人身份证号 371526197002280286', '诊断：右肺腺癌', '经治医师：周晓彤', '开具日期：2025年3月21日']);
    expect([b.name, b.idNumber]).toEqual(['韩淑梅', '371526197002280286']);
  });

  it('a grid of the patient beside the agent (项目 | 患者 | 代办人) names the patient under 患者, never a heading', () => {
    const f = facts(['某市第四人民医院', '门诊慢特病诊断证明', '项目 | 患者 | 代办人', '姓名 | 王秀兰 | 刘建军', '性别 | 女 | 男',
      '诊断：精神分裂症', '诊断医师：许文杰  2024-07-15']);
    expect(f.name).toBe('王秀兰');
  });
});

describe('outpatient paper whose visit date is hard to find (wording author a54)', () => {
  it('a TCM page\'s 初诊, 二诊, 三诊 each date a visit, the last one the page\'s', () => {
    const f = facts(['某市中医医院  中医门诊病历', '姓名：许凤兰  性别：女', '初诊 2024年5月6日', '  西医诊断：2型糖尿病',
      '二诊 2024年5月20日  麻木稍减，续14剂。', '三诊 2024年6月3日  诸症减轻，守方续服14剂。', '医师：吕志远']);
    expect(f.visitDates.at(-1)).toBe('2024-06-03');
  });

  it('a follow-up booklet\'s days take the year of its title, not the patient\'s birth year', () => {
    const f = facts(['某镇卫生院', '慢性病患者随访手册（2023年度）', '姓名：孔凡军  性别：男  出生：1959.01.21',
      '随访日期 | 血压 | 空腹血糖 | 下次随访 | 医生签名', '1.16 | 152/90 | 8.3 | 2.16 | 何', '3.22 | 138/82 | 7.0 | 4.20 | 何']);
    expect(f.visitDates.at(-1)).toBe('2023-03-22');
  });
});
