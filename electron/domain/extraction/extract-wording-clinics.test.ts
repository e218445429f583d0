import { describe, expect, it } from 'vitest';
import { facts } from '../../testing/wording-facts';

/**
 * Issue 10: rules made on the tuning part of wording authors a38 (certificates and discharge papers: how a stay and
 * an issue date are told) and a39 (specialist clinics and HIS vendors: how diagnoses and visit dates are labelled);
 * each case below failed before its rule.
 */
describe('specialist clinics\' outpatient paper (wording author a39)', () => {
  it('a clinic\'s page of follow-ups (精神科门诊复诊记录) is an outpatient record, its latest dated entry the visit', () => {
    const f = facts(['某市第四人民医院', '精神科门诊复诊记录', '姓名：买买提江·吐尔逊  性别：男', '首诊日期：2023-11-07  首诊诊断：精神分裂症',
      '—— 复诊记录 ——', '2025.03.11  病情平稳，幻听减少。  医师：王建新', '2025.05.20  幻听基本消失，情绪稳定。  医师：王建新',
      '诊断：精神分裂症（F20.000 偏执型）', '下次复诊：2025.06.24', '打印日期：2025.06.02']);
    expect(f.documentType).toBe('OUTPATIENT_RECORD_ORIGINAL');
    expect(f.visitDates.at(-1)).toBe('2025-05-20');
    expect(f.diagnoses.join('')).not.toContain('复诊记录');
  });

  it('a clinic headed with its session in brackets (肾病内科门诊（血液透析随访）) is outpatient, dated by its 挂号日期', () => {
    const f = facts(['某大学第一医院', '肾病内科门诊（血液透析随访）', '挂号日期：2025年2月14日  挂号序号：037  费别：职工医保',
      '姓名：朴英子  性别：女', '门诊诊断：慢性肾脏病5期', '接诊医师：李爽', '打印：2025-02-14 10:32']);
    expect(f.documentType).toBe('OUTPATIENT_RECORD_ORIGINAL');
    expect(f.visitDates).toEqual(['2025-02-14']);
  });

  it('a diagnosis of two words on the label\'s row goes on in the short rows under it, one diagnosis a row', () => {
    const f = facts(['某市胸科医院  门诊病历', '患者：宇文博  接诊医生：刘海涛  就诊日期: 2024.03.19', '门诊诊断：冠状动脉粥样硬化性心脏病 不稳定型心绞痛',
      '          冠状动脉支架植入术后状态', '          持续性心房颤动', '处置：收住院行冠脉造影。开具住院证。', '医生签字：刘海涛']);
    expect(f.diagnoses).toEqual(['冠状动脉粥样硬化性心脏病不稳定型心绞痛', '冠状动脉支架植入术后状态', '持续性心房颤动']);
  });

  it('a diagnosis questioned with what will settle it after the mark (高血压？待动态血压明确) is not made', () => {
    const f = facts(['某省中医院', '门诊病历    就诊日期：2024年5月6日（星期一）', '姓名：王亚妹  性别：女', '中医诊断：消渴病（气阴两虚证）',
      '西医诊断：1.2型糖尿病 2.甲状腺功能减退症 3.高血压？待动态血压明确', '医师：黄凤']);
    expect(f.diseaseKeys).toEqual(['DIABETES']);
  });

  it('an anticoagulation clinic\'s 随访单 and a 门诊电子病历 are outpatient records', () => {
    const log = facts(['某国际心血管病医院', '华法林抗凝门诊随访单', '姓名：郭秀珍  性别：女', '诊断：二尖瓣机械瓣置换术后', '日期  INR  华法林剂量  备注',
      '2025-03-12  1.7  3mg/2.25mg交替  加量', '2025-05-28  3.6  3mg qd  减量', '下次监测：2025-06-11', '随访医生：宋健']);
    expect([log.documentType, log.visitDates.at(-1)]).toEqual(['OUTPATIENT_RECORD_ORIGINAL', '2025-05-28']);
    const emr = facts(['某州友谊医院', '门诊电子病历      日期：2024-04-22（星期一）', '姓名：努尔兰·哈力别克  性别：男', '印象：1.高血压病2级',
      '医师：巴合提别克·努尔兰', '签名时间：2024-04-22 11:08']);
    expect([emr.documentType, emr.visitDates]).toEqual(['OUTPATIENT_RECORD_ORIGINAL', ['2024-04-22']]);
  });

  it('a finding called only possible, then advice (肝癌可能，建议增强CT进一步检查), names no disease', () => {
    const f = facts(['某市人民医院  超声医学科', '腹部彩色多普勒超声检查报告', '姓名：饶春生  性别：男', '临床诊断：', '超声提示：', '1.肝硬化声像图',
      '2.肝右叶实性占位，肝癌可能，建议增强CT/MRI进一步检查', '报告时间：2023-11-08 10:32']);
    expect(f.diseaseKeys).toEqual([]);
  });

  it('a two-digit year with dashes after a date\'s label (就诊日期：25-04-17)', () => {
    const f = facts(['某医院  血友病门诊病历', '就诊日期：25-04-17  门诊号：H0082273', '患儿：诸葛子墨  性别：男', '诊断：血友病A（重型）',
      '医师：张慧敏', '下次就诊：2025-05-15']);
    expect(f.visitDates).toEqual(['2025-04-17']);
    // a figure of the same shape without a date's label stays a figure
    expect(facts(['某医院  门诊病历', '姓名：李华', '就诊日期：2025-04-17', '血压 25-04-17 组']).visitDates).toEqual(['2025-04-17']);
  });
});

describe('certificates (wording author a38)', () => {
  it('a diagnosis label glossed in brackets before its colon (疾病诊断（ICD-10）：) heads the list under it', () => {
    const f = facts(['某县人民医院', '门诊慢特病申请用诊断证明', '姓名：谭桂兰 | 性别：女', '疾病诊断（ICD-10）：', '慢性肾脏病5期（N18.500）',
      '2型糖尿病（E11.900）', '病情摘要：2023年3月起规律血液透析。', '经治医师：曾文斌    2025年5月6日']);
    expect(f.diseaseKeys).toEqual(['DIABETES']);
  });

  it('what a certificate is for (供申请肢体残疾等级评定用。) ends its numbered list', () => {
    const f = facts(['某县人民医院', '残疾评定用诊断证明书', '姓名：罗运生  性别：男  年龄：66岁', '诊断：1.脑梗死后遗症（左侧偏瘫）', '      2.原发性高血压',
      '      3.高脂血症', '供申请肢体残疾等级评定用。', '主诊医师：曾国华  2025年3月18日']);
    expect(f.diagnoses).toEqual(['脑梗死后遗症(左侧偏瘫)', '原发性高血压', '高脂血症']);
  });

  it('a certificate titled with its slip (病 假 证 明 单) is a certificate, dated by its 开具日期', () => {
    const f = facts(['某县人民医院', '病 假 证 明 单', '门诊号：2403050271  科别：骨科门诊', '姓名：仲玉梅 性别：女', '诊断：2型糖尿病',
      '建议全休两周（自2024年3月5日至2024年3月18日），2024年3月19日骨科门诊复查X线片。', '医师：葛明亮', '开具日期：2024-03-05']);
    expect(f.documentType).toBe('DIAGNOSIS_CERTIFICATE');
    expect(f.visitDates).toEqual(['2024-03-05']);
  });
});

describe('county discharge records and outpatient slips (wording authors a40, a41)', () => {
  it('the number of whoever collects the drugs (代取药人身份证号：…) is not the patient\'s', () => {
    const f = facts(['某市人民医院', '门诊处方笺', '姓名：陆建明   性别：男   年龄：34岁', '临床诊断：精神分裂症（维持期）', '开具日期：2023年08月27日',
      '医师：黄春燕', '代取药人：陆桂芬（母亲）   代取药人身份证号：451025196503020126']);
    expect(f.idNumber).toBeNull();
    expect(facts(['某县医院  门诊病历', '持卡人：王大山  持卡人身份证：451025196503020126', '就诊人：王小明']).idNumber).toBeNull();
  });

  it('an admission planned at the clinic (拟于2024年4月8日入院) is no stay, and the slip (住院通知单) is dated by its issue', () => {
    const f = facts(['某县人民医院', '住院通知单（住院证）', '门诊号：2404050213        开具日期：2024年4月5日', '姓名：赵德福   性别：男',
      '门诊诊断：1.慢性支气管炎', '建议收住科室：呼吸内科      拟于2024年4月8日入院', '门诊医师：韩志刚']);
    expect([f.admissionDate, f.visitDates]).toEqual([null, ['2024-04-05']]);
  });

  it('a name run into the sex and age (姓名:李强男56岁), and the one a family doctor signs up (签约对象：王子轩)', () => {
    expect(facts(['某社区卫生服务中心', '处方笺', '姓名:李强男56岁   科别:全科', '临床诊断:精神分裂症', '医师:杨洪涛  2024-06-30']).name).toBe('李强');
    expect(facts(['某社区卫生服务中心', '家庭医生签约服务履约记录（儿童）', '监护人：孙丽（母亲）  电话：15850671234', '签约对象：王子轩  男  5岁',
      '服务日期：2025-03-18', '诊断：孤独症谱系障碍']).name).toBe('王子轩');
  });

  it('a family doctor\'s 健康问题 are the record\'s diagnoses', () => {
    const f = facts(['某社区卫生服务中心', '家庭医生签约服务记录单', '签约居民：黄阿妹    性别：女', '服务日期：2024-08-19    服务方式：上门服务',
      '健康问题：2型糖尿病、高血压、骨质疏松症', '指导意见：继续二甲双胍片0.5g tid', '医生签字：洪志明']);
    expect(f.diseaseKeys).toEqual(['DIABETES', 'HYPERTENSION']);
  });

  it('a row that rules a disease out (已排除糖尿病肾病。) is not part of the item above it', () => {
    const f = facts(['某中心卫生院', '病 情 证 明', '兹有我院患者普文华，男，57岁，在我院门诊就诊。', '诊断：1.慢性肾脏病3期  2.高血压病  3.肾性贫血',
      '已排除糖尿病肾病。', '医师：李春梅', '2023/11/6']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION']);
  });

  it('a follow-up form\'s 管理疾病 are its diagnoses', () => {
    const f = facts(['某县人民医院  慢病管理门诊', '高血压、2型糖尿病患者随访服务记录表', '姓名：李存英      档案编号：630126-02-0381',
      '管理疾病：高血压、2型糖尿病', '随访日期：2024年11月18日     随访方式：门诊', '下次随访日期：2024年12月18日']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION', 'DIABETES']);
  });
});

describe('prescription slips (wording author a148)', () => {
  it('a 康复治疗处方单 is an outpatient record dated by its 开单日期; a 首次透析日期 at the foot dates no visit', () => {
    const rehab = facts(['某市妇幼保健院  儿童康复科', '康复治疗处方单', '姓名：欧阳可馨  性别：女  年龄：4岁2月  出生日期：2020-09-05',
      '临床诊断：孤独症谱系障碍；语言发育迟缓', '开单日期：2024年11月18日', '疗程：2024-11-18至2024-12-20', '治疗师：谭丽  医师：周文斌']);
    expect([rehab.documentType, rehab.visitDates]).toEqual(['OUTPATIENT_RECORD_ORIGINAL', ['2024-11-18']]);
    const dialysis = facts(['某县人民医院血液净化中心', '门诊处方笺（慢特病）', '姓名：杨保国  性别：男', '临床诊断：慢性肾脏病5期  维持性血液透析',
      '开具日期：2024年6月21日', '医师：贺春燕   金额：612.40', '首次透析日期：2021-11-03']);
    expect(dialysis.visitDates).toEqual(['2024-06-21']);
  });
});
