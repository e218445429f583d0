import { describe, expect, it } from 'vitest';
import { mapDiagnosis } from './map-diagnoses';
import { datesOf, facts } from '../../testing/wording-facts';

/**
 * Issue 10: rules made on the wording cases' tuning part (`electron/testing/wording-cases`, bench:wording), authors a16–a27
 * (regions, specialist hospitals, apps, shorthand, the certification's forms, poor OCR); each case below failed before its rule.
 */
describe('specialist hospitals and provincial printouts (wording authors a16, a18)', () => {
  it('a numbered list goes on in a row that opens with the end of the item above and holds the next number', () => {
    const f = facts(['某省肿瘤医院', '出 院 记 录', '姓名：曾丽华', '出院诊断：1.右乳浸润性导管癌术后（pT2N1M0 ⅡB期，HER2阴性）',
      '第4周期辅助化疗  2.高血压病1级（低危）  3.化疗后骨髓抑制（Ⅰ度）', '诊疗经过：2024-10-09行右乳癌改良根治术']);
    expect(f.diseaseKeys).toEqual(['MALIGNANT_TUMOR_OUTPATIENT', 'HYPERTENSION']);
  });

  it('a frozen section\'s report time dates the frozen section, not the report', () => {
    const f = facts(['某市第二人民医院  病理检查报告', '姓名：吉秋芳  性别：女', '送检日期：2025-05-20  临床诊断：甲状腺结节',
      '术中冰冻：结节性甲状腺肿，未见恶性。  冰冻报告时间：2025-05-20 10:42', '病理诊断：结节性甲状腺肿', '报告医师：钱蕾  复核医师：汤建东', '报告日期：2025-05-23']);
    expect(f.reportDate).toBe('2025-05-23');
  });

  it('the last visit told in brackets is not this one; the physician\'s dated signature is', () => {
    const f = facts(['某省中医院', '门 诊 病 历', '姓名：蒋月华  性别：女  年龄：65岁', '主诉：口干多饮12年，头晕1周。复诊。',
      '现病史：上次就诊（2025.7.24）予中药14剂，口干较前减轻。', '西医诊断：2型糖尿病', '预约下次就诊：2025.8.21', '医师：许汉文  2025.8.7']);
    expect(f.visitDates).toEqual(['2025-08-07']);
  });
});

describe('township forms, booklets and registers (wording author a17)', () => {
  it('a value written into a blank between underscores is the label\'s', () => {
    const f = facts(['某镇中心卫生院', '出 院 记 录', '姓名____李桂英____性别__女__年龄__68岁__科别__内科__床号__7',
      '入院日期2025.3.4    出院日期25年3月11日', '出院诊断：1.高血压3级(极高危)', '医师签名：罗志刚', '2025年3月11日']);
    expect(f.name).toBe('李桂英');
  });

  it('a booklet\'s entries dated month/day take the year of the booklet\'s opening; a booked day is not a visit', () => {
    const f = facts(['某乡卫生院  门诊手册', '姓名 周秋菊  性别 女  年龄 67  建册日期 2025年1月', '1/15  咳嗽、咽痛3天。',
      '诊断：上呼吸道感染  医师：黄', '3/4  口干多饮多尿2月。', '诊断：2型糖尿病  处理：二甲双胍0.5g bid  医师：黄', '下次复诊 4/3']);
    expect(f.visitDates).toEqual(['2025-01-15', '2025-03-04']);
    const yearEnd = facts(['某镇卫生院', '门诊手册', '姓名：蒋开明  性别：男  建档日期：2024年12月', '12/26  体检发现血压高1周。',
      '印象：高血压？  嘱1周内复查', '1/9  复诊。BP 158/96mmHg。', '诊断：1.高血压2级  医师：粟', '下次：2/9']);
    // each entry a visit, the one told as 复诊 the latest, in the year after the booklet's opening
    expect(yearEnd.visitDates).toEqual(['2024-12-26', '2025-01-09']);
  });

  it('a lab slip\'s month/day dates after their labels take the year its print stamp gives', () => {
    const f = facts(['某镇中心卫生院检验科', '血糖检验报告单', '姓名：曾凡秀  性别：女', '空腹血糖(GLU)  6.4  mmol/L  3.9-6.1  ↑',
      '送检日期：3/4  报告日期：3/5  检验者：邓', '打印：2025-03-05 16:22']);
    expect(f.reportDate).toBe('2025-03-05');
  });

  it('a register\'s rows dated with two-digit years are visits; the next booked one is not', () => {
    const f = facts(['某村卫生室', '2型糖尿病患者随访服务记录', '姓名：李存德  性别：男', '随访日期  随访方式  空腹血糖  随访医生',
      '25.2.12  门诊  8.6  慕', '25.5.14  家庭  7.4  慕', '下次随访日期：25.11.20', '诊断：2型糖尿病']);
    expect(f.visitDates).toEqual(['2025-02-12', '2025-05-14']);
  });

  it('the head of the household named before the patient is not the patient', () => {
    const f = facts(['某村卫生室', '高血压患者随访登记本', '户主姓名：杨正发  患者姓名：吴金梅  与户主关系：妻  性别：女', '诊断：HTN',
      '随访日期  血压(mmHg)  随访医生', '2025.7.9  138/84  杨卫东']);
    expect(f.name).toBe('吴金梅');
  });

  it('an application form\'s physician writes 经诊断，该患者患有 …', () => {
    const f = facts(['某省基本医疗保险门诊慢特病待遇认定申请表', '申请人姓名  熊志勇  性别  男', '申请病种  重性精神病',
      '病史摘要：2008年起出现凭空闻声，多次住院，诊断“精分”，长期服用利培酮。', '医师意见：经诊断，该患者患有 精神分裂症（偏执型）F20.0 ，符合申请条件。',
      '医师签名：龚晓明    2025.9.3']);
    expect(f.diagnoses).toEqual(['精神分裂症(偏执型)F20.0']);
  });
});

describe('private, enterprise and 医共体 hospitals (wording author a19)', () => {
  it('a two-column TCM and western block goes on in the row under it, both columns', () => {
    const f = facts(['某市中西医结合医院  门 诊 病 历', '姓名：赖桂兰  性别：女', '就诊时间：2025-04-07 星期一 10:12',
      '中医诊断：消渴病  气阴两虚证          西医诊断：2型糖尿病', '眩晕病  肝阳上亢证                    原发性高血压（1级）',
      '处理：1.二甲双胍缓释片 0.5g bid', '医嘱：监测血糖血压，2周后复诊。复诊日期：2025-04-21', '医师：肖国华']);
    expect(f.diseaseKeys).toEqual(['DIABETES', 'HYPERTENSION']);
    expect(f.visitDates).toEqual(['2025-04-07']); // the 复诊日期 the advice books is still to come
  });

  it('a title spaced over its cells beside an advertisement column is still the title', () => {
    const f = facts(['某区医疗集团（医共体）某镇卫生院          本院开展：中医理疗', '门  诊  病  历                                      预约电话：0351-7****21',
      '姓名：阿依古丽·买买提   性别：女   年龄：52岁', '科室：全科门诊   初诊   日期：2025.3.4 上午', '初步诊断：1.高血压病2级', '医师：韩志刚']);
    expect([f.documentType, f.visitDates]).toEqual(['OUTPATIENT_RECORD_ORIGINAL', ['2025-03-04']]);
  });

  it('a discharge record of a patient referred up is a discharge record, not a referral slip', () => {
    const f = facts(['某区医疗集团（县域医共体）  某区人民医院', '出院记录（上转患者）', '姓名：闫改莲   性别：女',
      '转诊信息：2025-06-03 由医共体成员单位 某镇卫生院 上转（转诊单号 SZ250603007）', '入院日期：2025年6月4日 星期三', '出院日期：2025年6月16日 星期一',
      '出院诊断：1.2型糖尿病性肾病', '医师：温建华']);
    expect([f.documentType, f.visitDates, f.admissionDate]).toEqual(['INPATIENT_RECORD_COPY', [], '2025-06-04']);
  });
});

describe('HIS printouts of many vendors (wording author a35)', () => {
  it('a name under 名字：, Name：, PatientName：, a pinyin XM：, or in a slash cell with the sex and age (李建军/男/58岁)', () => {
    const names = [['ID:0301124588  名字：韩德胜  男  69岁'], ['PatientID：0098812   Name：张海龙   Sex：M   Age：52Y'],
      ['PatientName：刘玉芬  Sex：F'], ['XM：孙立平  XB：男  NL：45岁'], ['李建军/男/58岁    住院号：240011275'], ['Doctor Name：乌兰  Dept：心内科']]
      .map((row) => facts(['某市医院  门诊病历', ...row, '诊断：高血压病']).name);
    expect(names).toEqual(['韩德胜', '张海龙', '刘玉芬', '孙立平', '李建军', null]);
  });

  it('advice that ended its sentence (嘱监测家庭血压。) books nothing on the next entry\'s row (2025-08-29 复诊)', () => {
    const f = facts(['某州人民医院  门诊病历（续）', '姓名：段志明  性别：男', '2025-08-15 复诊', '  血压156/98mmHg，诊断：2型糖尿病；嘱监测家庭血压。',
      '2025-08-29 复诊', '  家庭血压均值150/95mmHg。', '  诊断：1.2型糖尿病 2.高血压病2级']);
    expect(f.visitDates).toEqual(['2025-08-15', '2025-08-29']);
  });

  it('a SOAP note\'s assessment (A：) holds its diagnoses', () => {
    const f = facts(['某省立医院  门诊病历', '姓名：韦国栋  男  50岁', '就诊日期：2025年6月23日', 'S：多饮多尿3月。', 'O：BP 128/78mmHg，空腹血糖9.6mmol/L。',
      'A：1.2型糖尿病  2.高血压病', 'P：二甲双胍 0.5g bid。']);
    expect(f.diseaseKeys).toEqual(['DIABETES', 'HYPERTENSION']);
  });
});

describe('phone screenshots and PDF text layers (wording author a21)', () => {
  it('a visit or report shown as 今天 or 昨天 takes its day from the page\'s latest date', () => {
    const visit = facts(['10:42  5G  87%', '<  门诊病历详情  ···', '就诊人  刘桂兰  女  66岁  切换就诊人', '就诊时间  今天 09:15', '开单时间  2025-03-14 09:21',
      '诊断：高血压病3级']);
    expect(visit.visitDates).toEqual(['2025-03-14']);
    const report = facts(['<  检验报告', '检验报告单', '就诊人：马玉梅(本人) ▼', '采样时间  2025-05-06 07:48', '报告时间  昨天 16:12', '临床诊断：2型糖尿病',
      '打印时间 2025-05-07 14:07']);
    expect([report.reportDate, report.name]).toEqual(['2025-05-06', '马玉梅']);
    const ago = facts(['某省全民健康信息平台', '诊疗记录 > 门诊', '门诊病历', '姓名  符秀英  女  59岁', '档案建立  2019-05-20', '就诊时间  3天前（2025-03-10 09:02）',
      '诊断：脑出血恢复期']);
    expect(ago.visitDates).toEqual(['2025-03-10']);
  });

  it('the patient named on an app\'s header: after 就诊人 with a drop-down mark, or on the insurance card\'s banner', () => {
    expect(facts(['10:03  4G  92%', '<  住院记录', '就诊人：覃美玲 ▼', '出院小结', '入院日期：2025-10-29']).name).toBe('覃美玲');
    expect(facts(['<  门诊慢特病申请', '医保电子凭证  丁秀梅  341602197111152768', '医师意见', '诊断：高血压病2级']).name).toBe('丁秀梅');
  });

  it('a 诊断 heading alone on its row ends the history above it', () => {
    const f = facts(['门诊病历', '就诊人  刘桂兰  女  66岁', '就诊时间  2025-03-14 09:15', '既往史：糖尿病前期，否认脑梗死病史。', '诊断',
      '高血压病3级(很高危)  冠心病  稳定型心绞痛', '处理：苯磺酸氨氯地平片5mg qd']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION']);
  });

  it('diagnoses shown as chips under a 诊断 heading, three or more to a row', () => {
    const f = facts(['<  慢病续方', '门诊病历', '就诊人：王秀兰（母亲） 女  74岁', '就诊时间  2025-08-12 08:15', '诊断', '[高血压病]  [2型糖尿病]  [高脂血症]',
      '处方：缬沙坦80mg qd ×30天']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION', 'DIABETES']);
  });

  it('a PDF text layer that gives all the labels first and their values after, in the same order', () => {
    const f = facts(['某县人民医院', '出院记录', '姓名：', '性别：', '年龄：', '入院日期：', '出院日期：', '谢秋菊', '女', '75岁', '2024-12-27 10:20', '2025-01-08 09:00',
      '出院诊断：1.2型糖尿病性周围神经病变', '医师签名：陈志远  2025-01-08']);
    expect([f.name, f.admissionDate, f.dischargeDate]).toEqual(['谢秋菊', '2024-12-27', '2025-01-08']);
  });

  it('a verification stamp\'s time and an application\'s screen: the physician\'s date is the issue', () => {
    const qr = facts(['某县人民医院', '诊 断 证 明 书', '姓名：郭振海  性别：男', '诊断：冠状动脉粥样硬化性心脏病', '医师签名：史红卫', '2025年5月28日',
      '扫码核验  郭*海  开具日期 2025-05-28  核验时间 2025-06-03 10:15']);
    expect(qr.visitDates).toEqual(['2025-05-28']);
    const app = facts(['11:08  5G  69%', '<  门诊慢特病申请', '医保电子凭证  丁秀梅  341602197111152768', '申请提交  2025-12-29', '医师意见',
      '诊断：1.慢性肾衰竭尿毒症期 2.高血压病2级', '同意申请。  医师：蔡志宏', '签字日期  2026-01-04']);
    expect([app.documentType, app.visitDates]).toEqual(['DIAGNOSIS_CERTIFICATE', ['2026-01-04']]);
  });

  it('经诊断患者患有： without a comma', () => {
    const f = facts(['门诊慢性病特殊疾病待遇认定申请表', '申请人  陈国栋', '医师意见：经诊断患者患有：精神分裂症（偏执型），', '病程3年余，需长期门诊服药治疗。',
      '医师签名：何永军  2025年11月12日']);
    expect(f.diagnoses).toEqual(['精神分裂症(偏执型)', '病程3年余']);
  });
});

describe('physicians\' shorthand (wording author a22)', () => {
  it('an escort\'s or agent\'s number after their relation and a masked name is theirs', () => {
    expect(facts(['某县中心医院', '诊断证明书', '姓名：吕春兰  性别：女', '代办人：女儿 孔XX  身份证号：372925198006060628', '诊断：1. 糖尿病肾病V期']).idNumber).toBeNull();
    expect(facts(['某县人民医院 急诊病历', '姓名：张志强  男  72岁  陪同人：张磊（子） 身份证号：410526198503150013', 'Imp：HTN 3级']).idNumber).toBeNull();
  });

  it('month.day and month-day dates of a page that gives its year once: a stay, a visit, a lab slip\'s corner', () => {
    const stay = facts(['某县人民医院  出院小结', '姓名 孙德胜  男  74岁', '入院 12.29  出院 1.6  共住院8天', '出院Dx：1. AECOPD 2. 高血压病2级',
      '医师签名：韩XX  2025年1月6日']);
    expect([stay.admissionDate, stay.dischargeDate]).toEqual(['2024-12-29', '2025-01-06']);
    const visit = facts(['某县人民医院门诊病历（续页）   2025年', '姓名：赵玉梅  女  63y', '3.4  内分泌科', 'c/o 口干多饮2月。', 'Imp：1. DM2 c 周围神经病变',
      '2. HTN 2级', '3. ? 糖尿病肾病（待查UACR）', '复诊 3-18，带UACR结果']);
    expect([visit.visitDates, visit.diseaseKeys]).toEqual([['2025-03-04'], ['DIABETES', 'HYPERTENSION']]);
    const slip = facts(['某县人民医院检验报告单', '姓名：马凤琴  性别：女', '临床诊断：CKD5期', '肌酐(Cr)  812  μmol/L  41-73  ↑',
      '采样 03-04 06:50  接收 03-04 07:42  报告 03-04 10:15', '检验者：杨XX  审核者：宋XX  审核时间：03-05 08:02', '打印时间：2025-03-05 08:30']);
    expect(slip.reportDate).toBe('2025-03-04');
  });

  it('a value in a table cell is no month.day or month-day date', () => {
    const f = facts(['某县人民医院检验报告单', '姓名：马凤琴', '项目  结果  单位  参考范围', '钾(K)  5.6  mmol/L  3.5-5.3', '报告时间：2025-03-04']);
    expect(f.reportDate).toBe('2025-03-04');
    expect(datesOf(f)).not.toContain('2025-05-06');
  });

  it('a clinic\'s page headed only by its department, a lab slip headed only by its laboratory', () => {
    const clinic = facts(['某县人民医院  儿科血液门诊', '2025.11.3', '姓名 陶浩然  男  12岁', 'c/o 右膝肿痛2d，无外伤。', 'Imp：1. 2型糖尿病',
      '处理：11.17复诊。', '医师：谢XX']);
    expect([clinic.documentType, clinic.visitDates]).toEqual(['OUTPATIENT_RECORD_ORIGINAL', ['2025-11-03']]);
    const slip = facts(['某市第二人民医院  检验科', '姓名 苗玉兰  性别 女', '临床诊断 HTN 2级', '项目名称  结果  提示  参考值', '葡萄糖(GLU)  7.4  ↑  3.9-6.1 mmol/L',
      '采样时间：09-30 07:45  审核时间：10-02 08:16', '打印：2024/10/02 08:20']);
    expect([slip.documentType, slip.reportDate]).toEqual(['TEST_REPORT', '2024-10-02']);
  });

  it('a clinic page headed by 复诊 and a bare year, its visit told as 4月7日 or 6.3; a banner\'s age in y', () => {
    const f = facts(['某县医院  肾内科  复诊                2024年', '姓名：韦振东  男  47岁', '6.3  s/p 肾移植术后2年9月，复查。', 'Dx：1. 肾移植术后',
      '处理：7.1 复查FK506浓度。']);
    expect([f.documentType, f.visitDates]).toEqual(['OUTPATIENT_RECORD_ORIGINAL', ['2024-06-03']]);
    const bare = facts(['某县人民医院  门诊病历  2025', '姓名：孔繁荣  男  58岁', '4月7日 上午  肾内科', 'Imp：1. HTN 3级']);
    expect(bare.visitDates).toEqual(['2025-04-07']);
    expect(facts(['某县人民医院  心内科', '出院小结', '纪宝山  男  75y  身份证 130929194908080151', '入院日期 2025.2.3']).name).toBe('纪宝山');
  });

  it('s/p before an operation is its aftermath; a diagnosis whose grounds fall short is none', () => {
    expect(mapDiagnosis('下肢动脉硬化闭塞症 s/p 左股浅动脉支架植入术', [{ key: 'STENT', diagnosisTerms: ['支架植入术后'], icd10: [] }])).toEqual(['STENT']);
    const f = facts(['某市门诊慢特病认定申请表', '姓名  李桂英', '医师意见：诊断：高血压病3级（很高危组）。冠状动脉粥样硬化性心脏病诊断依据不足，', '医师签名：刘振华  日期：2025.4.8']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION']);
  });

  it('a certificate that names the disease only in quotes after 因', () => {
    const f = facts(['某县人民医院', '证  明', '兹证明患者夏侯振江，男，73岁，身份证号13043019501201017X，', '因\'脑梗死后遗症、高血压病3级\'于我院神经内科门诊长期治疗，需长期服药。',
      '特此证明。', '医师：戈XX', '二〇二四年六月十二日']);
    expect(f.diseaseKeys).toEqual(['CEREBROVASCULAR_DISEASE', 'HYPERTENSION']);
  });

  it('? and r/o before a diagnosis make it a question, however they are spaced', () => {
    const f = facts(['某县人民医院', '检验报告单', '姓名 苗玉兰  性别 女', '临床诊断 HTN 2级 ? DM', '报告时间：2024-10-02']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION']);
    const ro = facts(['某县人民医院 复诊记录', '姓名 李军锋  男', '就诊日期：2025-05-06', 'Dx：2型糖尿病', '    r/o 高血压病', 'Rx：二甲双胍 0.5 tid']);
    expect(ro.diseaseKeys).toEqual(['DIABETES']);
  });
});

describe('the certification\'s own forms (wording author a23)', () => {
  it('an application or review form is dated by its certifying physician, not by the office, the bureau or the intake', () => {
    const f = facts(['某市城乡居民基本医疗保险门诊慢特病认定申请表', '姓名  李桂英  性别  女  年龄  80岁', '申请人（代办人）签字：王建军    申请日期：2025年4月7日',
      '五、医师意见：诊断：高血压病3级（很高危组）。冠心病诊断依据不足，', '建议行冠脉CTA或造影检查。', '医师签名：刘振华（副主任医师）  日期：2025.4.8',
      '六、医疗机构意见：情况属实    （盖章）某县人民医院医保办    2025年4月9日', '七、医保经办机构意见：同意   经办人：陈敏   2025年4月16日',
      '受理日期：2025-04-07   公示期：2025-04-17至2025-04-23']);
    expect([f.visitDates, f.diseaseKeys]).toEqual([['2025-04-08'], ['HYPERTENSION']]);
    const review = facts(['某市门诊慢特病复审鉴定表', '姓名  苟怀德  性别  男', '复审病种  尿毒症透析治疗    原认定日期  2023年6月20日    待遇有效期至  2025年6月30日',
      '复审医师意见：诊断：2型糖尿病。', '复审医师（签字）：罗明军    2025年6月18日', '医疗机构意见：同意（盖章）    2025年6月19日']);
    expect(review.visitDates).toEqual(['2025-06-18']);
  });

  it('re-review and renewal forms are certifications; an annual review records a visit', () => {
    const renewal = facts(['某市门诊慢特病待遇续审表', '参保人姓名：耿长顺   性别：男', '首次认定日期：2023-11-02    本次续审申请日期：2025-10-20',
      '医师续审意见：诊断：2型糖尿病。同意续审。', '医师签字：孙立国    签字日期：2025年10月28日', '医院医保办意见：材料齐全（章）  2025年10月29日']);
    expect([renewal.documentType, renewal.visitDates]).toEqual(['DIAGNOSIS_CERTIFICATE', ['2025-10-28']]);
    const annual = facts(['某县中医医院', '门诊慢特病年度评估记录（高血压）', '姓名：孔祥瑞   性别：男',
      '认定时间：2023-02-15   上次评估：2024-01-11   本次评估日期：2025-01-09', '评估诊断：1.原发性高血压2级（中危）  2.高脂血症',
      '下次评估：2026年1月    评估医师：孟庆丰    2025年1月9日']);
    expect([annual.documentType, annual.visitDates, annual.diseaseKeys]).toEqual(['OUTPATIENT_RECORD_ORIGINAL', ['2025-01-09'], ['HYPERTENSION']]);
  });

  it('the agent\'s block named first on the form is not the patient', () => {
    const f = facts(['某省门诊慢特病病种待遇认定申请表', '代办人信息：姓名  刘淑琴  身份证号  230125195708043822  与参保人关系  夫妻',
      '参保人信息：姓名  孙长海  性别  男  身份证号  230125195501013837', '认定医师意见：诊断：1.脑梗死后遗症期', '认定医师：丛立军  2024.10.14']);
    expect([f.name, f.idNumber]).toEqual(['孙长海', '230125195501013837']);
  });
});

describe('north-west and minority regions (wording author a20)', () => {
  it('a log\'s heading with a split cell (初/复诊) still heads the diagnoses under it', () => {
    const f = facts(['某县中心卫生院', '门 诊 日 志    2025年11月    第23页', '日期  姓名  性别  年龄  住址  初/复诊  诊断  医师',
      '2025.11.7  董桑吉措  女  74  小庄村  复  高血压病；脑梗死后遗症  祁永红', '处理：苯磺酸氨氯地平5mg qd']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION', 'CEREBROVASCULAR_DISEASE']);
  });
});

describe('labels as a poor photo\'s OCR gives them (wording author a26)', () => {
  it('a header grid whose label is spaced over two cells and misread (娃  名 | 性别 over 欧阳秀英 | 女)', () => {
    const f = facts(['某县中医医院  住院病案首页', '娃  名  性别  出生日期  年龄', '欧阳秀英  女  1964年08月27日  60岁', '入院时间 2024 年 12 月 27 日 10 时']);
    expect(f.name).toBe('欧阳秀英');
  });

  it('blanks filled in between single underscores; a misread 时间 (审核时问)', () => {
    const f = facts(['某市人民医院', '住 院 病 案 首 页', '姓名_艾尔肯·买买提__ 性别_男_ 年龄_48岁_', '身份证号_652801197503050312_  职业_个体_',
      '入院日期2024年02月26日08时']);
    expect([f.name, f.idNumber]).toEqual(['艾尔肯·买买提', '652801197503050312']);
    const report = facts(['某县人民医院  超声心动图报告', '姓名：鲁长海', '检查日期：2024-06-03 10:15', '审核医师：周晴  审核时问：2024-06-04 08:12']);
    expect(report.reportDate).toBe('2024-06-04');
  });

  it('the patient\'s name after a misread label with a space and no colon, or after 患者 and a misread label in a cell of its own', () => {
    expect(facts(['某县人民医院', '出 阮 记 录', '娃名 沙马阿依  性别 女  年龄 69岁', '入院日期：2025-03-04']).name).toBe('沙马阿依');
    expect(facts(['某县人民医院', '诊断证明书', '患者娃各  符金花  性别  女  年龄  79岁', '诊断：高血压病']).name).toBe('符金花');
  });
});

describe('children\'s hospitals (wording author a25)', () => {
  it('a screening card names only the mother; a screen\'s suspect result is no diagnosis', () => {
    const f = facts(['某市新生儿疾病筛查中心', '新生儿疾病筛查检测报告', '母亲姓名：陈雪梅  母亲身份证号：440306199704050282', '新生儿性别：女  出生日期：2025-07-02',
      '结论：苯丙酮尿症（PKU）筛查可疑阳性，请尽快召回复查，复查前勿作诊断。', '检测者：林晓  审核者：郑文涛  报告日期：2025-07-10']);
    expect([f.name, f.idNumber, f.diagnoses]).toEqual([null, null, []]);
  });

  it('a child named after its parent (廖志强之女廖思彤，女，6岁)', () => {
    const f = facts(['某市妇幼保健院', '出院证明书', '廖志强之女廖思彤，女，6岁，住院号250402117，', '于2025年4月2日至2025年4月28日在我院血液肿瘤科住院治疗。',
      '出院诊断：2型糖尿病', '2025年4月28日']);
    expect(f.name).toBe('廖思彤');
  });
});

describe('Liaocheng and Shandong hospitals (wording author a27)', () => {
  it('a table printed with box-drawing rules: each rule parts two cells', () => {
    const f = facts(['某区中医医院', '出院小结', '┌姓名│霍玉珍│性别│女│年龄│66岁│床号│21┐', '│入院日期│2023年5月8日│出院日期│2023年5月16日│', '出院诊断：1.高血压病2级']);
    expect([f.name, f.admissionDate, f.dischargeDate]).toEqual(['霍玉珍', '2023-05-08', '2023-05-16']);
  });
});

describe('bordered forms as OCR reads their rules (wording author a28)', () => {
  it('a certificate\'s opening sentence is no diagnosis above its 患有： list', () => {
    const f = facts(['某乡卫生院', '疾 病 证 明', '兹证明 王淑琴 同志，性别 女，年龄 73 岁，', '身份证号 230221195106153987，', '经我院诊断患有：',
      '1.2型糖尿病  糖尿病视网膜病变', '2.高血压病2级  3.脑梗死待排', '需长期服药治疗。特此证明。', '医师：孙德胜']);
    expect(f.diagnoses).toEqual(['2型糖尿病 糖尿病视网膜病变', '高血压病2级']);
  });

  it('a hand-written ID whose X was read as ×', () => {
    expect(facts(['某县人民医院', '诊 断 证 明 书', '姓名  孙桂芝  性别  女', '身份证号  41132319570821302×', '诊断：1、高血压病3级']).idNumber).toBe('41132319570821302X');
  });

  it('a rule read as 丨 parts two cells; a rule read as 一一一 is no text', () => {
    const f = facts(['某县人民医院', '出 院 小 结', '姓名  |  性别  |  年龄  |  住院号', '田宏发  丨  男  |  64岁  |  20250402117', '入院时间  2025/04/02 21:35']);
    expect(f.name).toBe('田宏发');
    const cert = facts(['某县人民医院', '诊 断 证 明 书', '兹证明一一王淑琴一一同志，性别女，年龄73岁，', '诊断：1.2型糖尿病', '医师：罗志刚  2025年10月9日']);
    expect(cert.name).toBe('王淑琴');
  });

  it('a front page\'s coded sex run into the name (钟发生1.男) is not part of it', () => {
    const under = facts(['某县人民医院', '住院病案首页', '姓名  |  性别  |  出生日期  |  年龄', '钟发生1.男  |  1950年05月23日  |  73岁  |']);
    const beside = facts(['某县人民医院', '住院病案首页', '姓名：钟发生2.女  出生日期：1950年05月23日']);
    expect([under.name, beside.name]).toEqual(['钟发生', '钟发生']);
  });
});

describe('seals, signatures and hands (wording author a30)', () => {
  it('a date of issue whose month a seal covers takes the month that puts it nearest the record\'s other dates', () => {
    const f = facts(['某市人民医院', '出院证明书', '患者欧阳秀琴，女，68岁，', '于2025年4月2日至2025年4月9日在我院心内科住院治疗。', '出院诊断：1.高血压病',
      '医师签字：冫云', '某市人民医院 医疗专用章', '2025年 月10日']);
    expect(f.visitDates).toEqual(['2025-04-10']);
  });

  it('廿 is twenty and 元月 the first month in a date in Chinese numerals', () => {
    expect(facts(['某县人民医院', '病 情 证 明', '兹证明 钟秀兰，女，71岁，', '诊断：1.2型糖尿病', '医师：丂冫', '二O二四年五月廿日']).visitDates).toEqual(['2024-05-20']);
    expect(facts(['某县人民医院', '诊断证明书', '姓名 王淑珍', '诊断：1.高血压病3级', '二〇二六年元月十五日']).visitDates).toEqual(['2026-01-15']);
  });

  it('a first page that lists its diagnoses under 主要诊断 and 其他诊断 with their codes', () => {
    const f = facts(['某县人民医院', '住院病案首页', '姓名  卢淑琴  性别  2', '出院时间  2024年03月14日  出院科别  内分泌科', '主要诊断  2型糖尿病伴多个并发症  E11.700',
      '其他诊断  高血压病3级  I10.x00', '脑梗死  I63.801', '离院方式  V1.医嘱离院']);
    expect(f.diseaseKeys).toEqual(['DIABETES', 'HYPERTENSION', 'CEREBROVASCULAR_DISEASE']);
  });

  it('a name with a bracketed note before the sex (钟秀兰（刘国平之妻），女), or run into the record number after it', () => {
    expect(facts(['某县人民医院', '病 情 证 明', '兹证明 钟秀兰（刘国平之妻），女，71岁，住某县某镇，', '诊断：1.2型糖尿病']).name).toBe('钟秀兰');
    expect(facts(['某市第三人民医院', '门诊复诊记录', '姓名:王小丫0001982734  女  31岁', '就诊时间：26-05-06 10:12', '诊断：2型糖尿病']).name).toBe('王小丫');
  });

  it('a minority name whose middle dot was read as a full stop; a label under 姓名 is no name', () => {
    const f = facts(['某自治区基本医疗保险门诊慢特病认定表', '申请日期：2025年4月5日', '姓名  阿依古丽.吐尔逊  性别  女  年龄  52岁', '身份证号  653101197211082622',
      '医师意见：诊断：1.高血压病3级']);
    expect(f.name).toBe('阿依古丽·吐尔逊');
  });
});

describe('large hospitals\' discharge tables (wording author a31)', () => {
  it('a diagnosis table whose category names the rank too (出院主要诊断, 出院其他诊断): the discharge rows, not the admission ones', () => {
    const f = facts(['某市第一人民医院', '出 院 记 录', '姓名：孔庆伟', '诊断类别  诊断名称  ICD-10  入院病情  转归', '入院诊断  2型糖尿病  E11.900  有  —',
      '出院主要诊断  急性脑梗死  I63.900  无  好转', '出院其他诊断  高血压病3级（很高危）  I10.x00  有  未愈', '出院医嘱：1.阿司匹林肠溶片100mg qd']);
    expect(f.diseaseKeys).toEqual(['CEREBROVASCULAR_DISEASE', 'HYPERTENSION']);
  });
});

describe('many dates close together (wording author a33)', () => {
  it('a certificate reprinted later: the reprint\'s date (补打日期) is not the issue', () => {
    const f = facts(['某市人民医院', '出院证明书', '姓名：柯志勇  性别：男', '住院期间：2023.12.25-2024.01.12', '出院诊断：1.高血压病3级',
      '医师签名：明建军  日期：2024年1月12日', '某市人民医院 医疗证明专用章', '补打日期：2025-06-03 09:12  补打人：病案室']);
    expect(f.visitDates).toEqual(['2024-01-12']);
  });
});

describe('photos that caught the paper badly (wording author a32)', () => {
  it('a question cut at the page\'s edge (冠心病待…) is still a question', () => {
    const f = facts(['某县人民医院', '门诊病历', '姓名：李明', '就诊日期：2025-03-04', '诊断：1.2型糖尿病  2.冠状动脉粥样硬化性心脏病待']);
    expect(f.diseaseKeys).toEqual(['DIABETES']);
  });
});


describe('Liaocheng certification papers (wording author a34)', () => {
  it('a sentence on the treatment under a numbered list (目前应用胰岛素…) is not part of its last item, which stays a question', () => {
    const f = facts(['某市人民医院', '疾 病 诊 断 证 明 书', '兹有患者郑春梅，女，59岁，身份证号：371581196604212846，',
      '门诊号：LQ25103020，于2025年10月30日来我院内分泌科就诊，', '经检查诊断为：1.2型糖尿病  2.糖尿病周围神经病变  3.胸闷待查：冠状动脉粥样硬化性心脏病？',
      '目前应用胰岛素及口服降糖药治疗，需长期用药。', '特此证明。', '医师：孔令华（签名）', '2025年10月31日']);
    expect(f.diseaseKeys).toEqual(['DIABETES']);
  });
});

describe('HIS printouts of six vendors (wording author a35)', () => {
  it('a chief complaint in the 临床诊断 slot (右侧肢体无力4小时) is no diagnosis: the MRI\'s conclusion names the disease', () => {
    const f = facts(['某省人民医院  磁共振检查报告', '姓名：牛建设  性别：男  年龄：71岁', '检查部位：颅脑MRI平扫+DWI  临床诊断：右侧肢体无力4小时',
      '检查所见：左侧额顶叶见片状长T1长T2信号，DWI呈高信号。', '诊断意见：', '1.左侧额顶叶急性脑梗死。', '2.右侧上颌窦炎。', '报告日期：2025年3月5日 00:18']);
    expect(f.diseaseKeys).toEqual(['CEREBROVASCULAR_DISEASE']);
  });

  it('a diagnosis with how long it has lasted (2型糖尿病10年) is still one', () => {
    const f = facts(['某县医院', '门诊病历', '姓名：王芳', '就诊日期：2025-03-04', '诊断：2型糖尿病10年']);
    expect(f.diseaseKeys).toEqual(['DIABETES']);
  });
});

describe('grassroots and county paper (wording author a36)', () => {
  it('a referral slip\'s next heading with a gloss in brackets (主要现病史（转出原因）：) ends the list of impressions', () => {
    const f = facts(['某镇卫生院', '双向转诊（转出）单', '现有患者 王秀英 性别 女 年龄 69 岁 因病情需要，需转入贵单位，请予以接诊。',
      '初步印象：1.胸痛待查：冠状动脉粥样硬化性心脏病？ 2.高血压病3级', '主要现病史（转出原因）：反复胸闷痛3天，加重2小时，含服硝酸甘油不缓解',
      '转诊医生(签字): 冉茂林', '2025年1月22日']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION']);
  });

  it('a village doctor\'s certificate in prose (该村民患高血压病8年), dated only beneath the township\'s countersign', () => {
    const f = facts(['证  明', '兹证明我村村民 马福海，男，现年 64 岁，回族，', '家住 临夏县尹集镇 新集村 四社。',
      '该村民患高血压病8年，近年来长期在我卫生室规律服用降压药物', '（硝苯地平缓释片、吲达帕胺片），经随访血压控制尚可。否认糖尿病史。', '特此证明。',
      '乡村医生：马 俊          联系电话：13993012574', '                            新集村卫生室（章）', '情况属实。',
      '                            尹集镇卫生院（章）    经办人 何文', '                                      2025年3月10日']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION']);
    expect(f.visitDates).toEqual(['2025-03-10']);
  });

  it('a bureau clerk\'s date is still not the certificate\'s where its physician dated it', () => {
    const f = facts(['诊断证明书', '姓名：王芳', '诊断：高血压病2级', '医师：李明  2025年3月4日', '医保经办人：何文  2025年3月10日']);
    expect(f.visitDates).toEqual(['2025-03-04']);
  });

  it('a hand\'s booklet: entries dated month/day glued to the department (1/9 心内科), the year only on its cover', () => {
    const f = facts(['某县人民医院', '门诊病历手册                               2025年', '姓名 孙立军   男   61岁',
      '1/9 心内科', '复查血脂 LDL-C 2.1mmol/L  无胸痛', 'Rp 继服原药', '4/7 心内科', '冠心病PCI术后1年，胸闷偶发', 'Dx: 高血压病']);
    expect(f.visitDates).toEqual(['2025-01-09', '2025-04-07']);
  });

  it('a hand\'s 诊: is its diagnosis; the next entry (3/11 复诊 头晕减轻) is a visit, not the check-up the signed advice above booked', () => {
    const f = facts(['某镇卫生院', '门 诊 病 历', '姓 名 张桂兰     性别 女   年龄 63岁              2024年', '3/4  头晕、头痛2天，无恶心呕吐',
      '诊: 高血压病2级', 'Rp: 硝苯地平缓释片 20mg×30片', '嘱低盐饮食，监测血压，1周后复诊            王', '3/11 复诊 头晕减轻', 'Bp 146/90mmHg', '诊: 同前']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION']);
    expect(f.visitDates.at(-1)).toBe('2024-03-11');
  });

  it('a dose opening a row (1/2片 qd) is still no date', () => {
    const f = facts(['某镇卫生院', '门诊病历', '姓名 王芳  2024年', '3/4  头晕', 'Rp: 硝苯地平', '1/2片 qd']);
    expect(f.visitDates).toEqual(['2024-03-04']);
  });

  it('a follow-up form\'s row of visit columns (随访日期 | … | …): each a visit, the last filled one the latest', () => {
    const f = facts(['高血压患者随访服务记录表', '姓名：刘玉芳', '随访日期 | 2024年1月15日 | 2024年4月12日 | 2024年7月10日 | 2024年10月8日',
      '随访方式 | 1门诊☑ 2家庭□ | 1门诊□ 2家庭☑ | 1门诊☑ 2家庭□ | 1门诊☑ 2家庭□', '体征 血压(mmHg) | 148/92 | 156/96 | 138/86 | 134/82',
      '下次随访日期 | 2024-04-12 | 2024-07-10 | 2024-10-08 | 2025-01-08']);
    expect(f.visitDates).toEqual(['2024-01-15', '2024-04-12', '2024-07-10', '2024-10-08']);
  });

  it('a chronic-disease management card is an outpatient paper: its ticked diseases, its register\'s rows visits', () => {
    const f = facts(['某县高血压、糖尿病患者管理卡', '建卡单位：某社区卫生服务中心              建卡日期：2023年3月6日', '姓 名  朱传英      性 别  女',
      '管理病种 ☑高血压 ☑2型糖尿病 □其他', '并发症 □冠状动脉粥样硬化性心脏病 □脑梗死 ☑无', '日期 | 血压 | 空腹血糖 | 医生',
      '2024-12-05 | 146/88 | 7.8 | 卢', '2025-03-04 | 138/84 | 6.9 | 卢', '2025-06-03 | 132/80 | 7.1 | 汪']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION', 'DIABETES']);
    expect(f.visitDates.at(-1)).toBe('2025-06-03');
  });

  it('an ID wrapped at the end of a prose row (身份证号522327195703 / 081242，于…) is joined where the whole number holds', () => {
    const f = facts(['某镇卫生院', '诊断证明', '兹证明 韦朝英 ，女，68岁，身份证号522327195703', '081242，于2025年7月3日在我院门诊就诊，', '经检查诊断为：']);
    expect(f.idNumber).toBe('522327195703081242');
    const wrong = facts(['某镇卫生院', '诊断证明', '兹证明 韦朝英 ，女，68岁，身份证号522327195703', '081243，于2025年7月3日在我院门诊就诊，']);
    expect(wrong.idNumber).toBeNull();
  });

  it('a prescription whose record-number label names an inpatient record too (门诊/住院病历号) is still a prescription', () => {
    const f = facts(['某镇卫生院 处方笺', '姓名: 杨光秀   性别: 女   年龄: 76岁   科别: 内科   日期: 2024-02-27', '门诊/住院病历号: 0013524',
      '临床诊断: 高血压病']);
    expect(f.documentType).toBe('OUTPATIENT_RECORD_ORIGINAL');
    expect(f.visitDates).toEqual(['2024-02-27']);
  });

  it('a discharge certificate\'s table: the row after the wrapped diagnoses (出院时情况 | …) is no diagnosis', () => {
    const f = facts(['某县人民医院', '出 院 证 明', '姓名 | 班春梅 | 性别 | 女', '出院诊断 | 1.社区获得性肺炎', '| 2.慢性肺源性心脏病',
      '出院时情况 | 咳嗽咳痰明显减少，无发热', '出院医嘱 | 1.规律吸入噻托溴铵粉雾剂']);
    expect(f.diagnoses).toEqual(['社区获得性肺炎', '慢性肺源性心脏病']);
  });
});

describe('EMR, LIS and PACS printouts of city hospitals (wording author a37)', () => {
  it('a certificate countersigned by a physician named with her title (科室审核：施蓉（主任医师）) a day later is dated by her', () => {
    const f = facts(['某市精神卫生中心', '病 情 证 明 单', '患者姓名：殷俊杰  性别：男', '诊断为：精神分裂症', '特此证明。',
      '医师签名：庞晓庆   2025年2月26日', '科室审核：施蓉（主任医师）   2025年2月27日', '（门诊部盖章）']);
    expect(f.visitDates).toEqual(['2025-02-27']);
  });

  it('the bureau\'s reviewer is still no physician (医保审核：王芳  2025年3月1日)', () => {
    const f = facts(['某县医院', '诊断证明书', '姓名：李明', '诊断：高血压病', '医师签名：庞晓庆   2025年2月26日', '医保经办审核：王芳   2025年3月1日']);
    expect(f.visitDates).toEqual(['2025-02-26']);
  });

  it('a continuation page of dated entries, the first told 初诊: each entry a visit, the latest the last', () => {
    const f = facts(['某市人民医院 门诊病历（续页）', '姓名：严桂芳  性别：女', '2024-09-03  内分泌科  初诊', '  诊断：血糖升高待查',
      '2024-09-10  内分泌科', '  诊断：2型糖尿病', '2024-10-15  内分泌科', '  诊断：2型糖尿病']);
    expect(f.visitDates).toEqual(['2024-09-03', '2024-09-10', '2024-10-15']);
  });

  it('a department head\'s countersign dated on or after the physician\'s (科主任签字：崔振东  2025.03.19) completes the certificate', () => {
    const head = (...lines: string[]) => facts(['某市人民医院', '门诊慢特病认定表', '姓名：逯建华', '疾病诊断：右肺鳞状细胞癌',
      '认定医师签字：鄂明  2025.03.18', ...lines, '医疗机构意见：同意（盖章）  2025.03.21']).visitDates;
    expect(head('科主任签字：崔振东  2025.03.19')).toEqual(['2025-03-19']);
    expect(head('儿童保健科主任：周雪峰', '二〇二五年三月二十日')).toEqual(['2025-03-20']);
    // (the countersign undated, the office's date below it is not the head's)
    expect(head('科室负责人（签字）：李春梅')).toEqual(['2025-03-18']);
  });
});
