import { describe, expect, it } from 'vitest';
import { mapDiagnosis } from './map-diagnoses';
import { extractFacts, type ExtractionVocabulary } from './extract-facts';

/**
 * Issue 10: rules made on the wording cases' tuning part (`electron/testing/wording-cases`, bench:wording);
 * each case below failed before its rule.
 */
const VOCAB: ExtractionVocabulary = {
  institutions: [],
  catalogue: [
    { key: 'MALIGNANT_TUMOR_OUTPATIENT', diagnosisTerms: ['癌'], icd10: ['C'] },
    { key: 'SEVERE_MENTAL_DISORDER', diagnosisTerms: ['精神发育迟滞伴发精神障碍'], icd10: ['F20'] },
    { key: 'CHILD_DISABILITY_REHAB', diagnosisTerms: ['智力障碍'], icd10: ['F70'] },
    { key: 'HYPERTENSION', diagnosisTerms: ['高血压', 'HTN'], icd10: ['I10'] },
    { key: 'DIABETES', diagnosisTerms: ['糖尿病', 'T2DM', 'DM'], icd10: ['E11'] },
    { key: 'CORONARY_HEART_DISEASE', diagnosisTerms: ['冠状动脉粥样硬化性心脏病'], icd10: ['I25'] },
    { key: 'CEREBROVASCULAR_DISEASE', diagnosisTerms: ['脑梗死'], icd10: ['I63'] },
  ],
};
const facts = (lines: string[]) => extractFacts(lines.join('\n'), VOCAB);
const datesOf = (f: ReturnType<typeof facts>) => [f.admissionDate, f.dischargeDate, f.reportDate, ...f.visitDates];

describe('diagnoses as hands and HIS printouts lay them out', () => {
  it('a short diagnosis beside Dx： with more under it, one a row', () => {
    const f = facts(['某县人民医院  门诊病历', '姓名：尚秀荣  女  66岁', 'Dx：HTN 3级', 'T2DM', 'CKD 3期', 'Rx：缬沙坦 80 qd']);
    expect(f.diagnoses).toEqual(['HTN 3级', 'T2DM', 'CKD 3期']);
  });

  it('a numbered row goes on however many cells it has; 西医诊断 under 中医诊断 too', () => {
    const f = facts(['某县人民医院', '出院记录', '姓名：范德禄', '出院诊断：', '1.冠状动脉粥样硬化性心脏病  稳定型心绞痛  PCI术后', '2.2型糖尿病',
      '出院医嘱：1.阿司匹林100mg qd']);
    expect(f.diseaseKeys).toEqual(['CORONARY_HEART_DISEASE', 'DIABETES']);
    const tcm = facts(['某县中医医院', '出院记录', '姓名：房兆田', '出院诊断：中医诊断：中风病-中经络  风痰瘀阻证',
      '西医诊断：1.脑梗死（右侧丘脑）  2.高血压病3级（很高危）  3.空腹血糖受损', '出院医嘱：低盐饮食']);
    expect(tcm.diseaseKeys).toEqual(['CEREBROVASCULAR_DISEASE', 'HYPERTENSION']);
  });

  it('a 临床诊断 in a report\'s header grid of labels over values is the cell under it', () => {
    const f = facts(['某市中医医院检验报告单', '姓名  |  性别  |  年龄  |  科室  |  标本类型  |  临床诊断', '汤正华  |  男  |  58岁  |  血液透析中心  |  血清  |  脑梗死',
      '项目名称  结果  单位  参考区间', '尿素氮  31.2  ↑  mmol/L  2.9-8.2', '报告时间：2025/01/07 09:15']);
    expect([f.diagnoses, f.diseaseKeys]).toEqual([['脑梗死'], ['CEREBROVASCULAR_DISEASE']]);
  });

  it('a report\'s 诊断意见 is its conclusion: the 临床诊断 stands where one is printed', () => {
    const f = facts(['某县中医医院  CT检查报告单', '姓名：高玉珍', '临床诊断：眩晕病；高血压？', '诊断意见：', '1.双侧基底节区多发腔隙性脑梗死', '2.脑萎缩',
      '报告日期：2025-02-12']);
    expect([f.diagnoses, f.diseaseKeys]).toEqual([['眩晕病'], []]);
  });

  it('a suspicion with its reason in brackets (糖尿病？（药物相关）) and a finding ruled out (未见癌) are no diagnoses', () => {
    expect(facts(['某县人民医院  门诊电子病历', '姓名：闫伟民', '诊断：1.肝移植术后  2.糖尿病？（药物相关）']).diseaseKeys).toEqual([]);
    expect(facts(['某县人民医院  病理诊断报告', '姓名：隗秀兰', '病理诊断：', '（胃窦）黏膜慢性萎缩性炎，未见癌']).diseaseKeys).toEqual([]);
  });

  it('初诊： opening a numbered list is the first diagnosis; 初诊 as a visit mark is not a label', () => {
    const f = facts(['某镇卫生院', '门诊病历', '马尕麦  女  63岁', '2024.11.19', '既往：类风湿关节炎。', '初诊：1.类风湿关节炎',
      '2.高血压病2级', '处理：硝苯地平控释片30mg qd']);
    expect(f.diagnoses).toEqual(['类风湿关节炎', '高血压病2级']);
    expect(facts(['某镇卫生院', '门诊病历', '姓名：马尕麦', '初诊：是  复诊：否', '主诉：头晕3天，既往糖尿病。']).diagnoses).toEqual([]);
  });

  it('a term names the disease before a code\'s prefix does (F70.801 with 精神发育迟滞伴发精神障碍)', () => {
    expect(mapDiagnosis('轻度精神发育迟滞伴发精神障碍（F70.801）', VOCAB.catalogue)).toEqual(['SEVERE_MENTAL_DISORDER']);
    expect(mapDiagnosis('F70.801', VOCAB.catalogue)).toEqual(['CHILD_DISABILITY_REHAB']);
  });
});

describe('kinds and dates of forms', () => {
  it('a title spaced over its cells (处  方  笺) names the kind: the 日期 is the visit', () => {
    const f = facts(['某县人民医院', '处  方  笺          精二', '科别：精神科门诊    日期：2025年05月20日', '姓名：何勇  性别：男', '临床诊断：精神分裂症']);
    expect([f.documentType, f.visitDates]).toEqual(['OUTPATIENT_RECORD_ORIGINAL', ['2025-05-20']]);
  });

  it('an application form is dated by its physician, not by the applicant\'s or the collector\'s signature', () => {
    const f = facts(['四川省医疗保障门诊特殊疾病申请表', '参保人：熊伟  性别：男', '临床诊断：精神分裂症（F20.0）', '经治医师：蒋春燕    日期：2025年03月24日',
      '申请人/代办人签字：徐春兰（母）  代办人身份证号：511322196204202863  日期：2025年03月21日']);
    expect([f.documentType, f.visitDates]).toEqual(['DIAGNOSIS_CERTIFICATE', ['2025-03-24']]);
    const form = facts(['某市门诊慢特病病种待遇认定表', '参保人姓名：王小军', '申请人（代办人）签字：王福全    2025年7月1日', '临床诊断：精神分裂症',
      '经治医师：赵海燕    2025年7月3日', '医保经办机构审核意见：同意。', '经办人：刘静    2025年7月10日']);
    expect(form.visitDates).toEqual(['2025-07-03']);
    const picked = facts(['某县人民医院', '诊断证明书', '姓名：董桂芹', '诊断：2型糖尿病', '医师：毛东方', '2025年09月16日',
      '领取人：于正军（夫）  领取日期：2025年09月17日']);
    expect(picked.visitDates).toEqual(['2025-09-16']);
  });
});

describe('the hospital', () => {
  it('is a name opening a cell (after its label), never the tail of a sentence that names another hospital', () => {
    const f = facts(['河南省门诊慢特病待遇申请表', '参保人姓名：祁玉山  性别：男',
      '既往就医情况：2023年8月因急性下壁心肌梗死于商丘市第一人民医院住院治疗', '定点医疗机构：睢县人民医院（盖章）']);
    expect(f.hospital).toBe('睢县人民医院');
    expect(facts(['医疗机构：睢县人民医院  门诊病历', '姓名：祁玉山']).hospital).toBe('睢县人民医院');
    expect(facts(['茌 平 区 博 平 镇 卫 生 院', '出 院 记 录']).hospital).toBe('茌平区博平镇卫生院');
  });
});

describe('bilingual and hand-wrapped labels', () => {
  it('a label glossed in Uyghur or Tibetan script keeps its Chinese meaning', () => {
    const f = facts(['阿克苏地区第一人民医院', '诊断证明书  دىئاگنوز ئىسپاتى', '姓名 ئىسمى：热依拉·阿不都拉  性别 جىنسى：女',
      '诊断 دىئاگنوز：', '1.2型糖尿病']);
    expect([f.name, f.diseaseKeys]).toEqual(['热依拉·阿不都拉', ['DIABETES']]);
    expect(facts(['日喀则市人民医院', '出院证明书', '姓名 མིང་།：尼玛    性别 ཕོ་མོ།：女']).name).toBe('尼玛');
  });

  it('a label wrapped at the end of its row dates the value that opens the next (…出院 / 日期 2025年2月19号)', () => {
    const f = facts(['某镇中心卫生院', '出院记录', '姓名 杨满秀  性别 女', '入院日期 2025年2月10号      出院', '日期 2025年2月19号', '出院诊断：高血压病2级']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2025-02-10', '2025-02-19']);
  });
});

describe('busy pages (wording author a4)', () => {
  it('an outpatient record\'s history tells earlier stays: they are not its own', () => {
    const f = facts(['某县人民医院  门诊病历', '姓名：苗凤兰  就诊日期：2025年11月26日',
      '现病史：患者于2024年9月3日因胸闷在我院心内科住院治疗，于2024年9月10日出院。', '诊断：冠状动脉粥样硬化性心脏病']);
    expect([f.admissionDate, f.dischargeDate, f.visitDates]).toEqual([null, null, ['2025-11-26']]);
  });

  it('a course record\'s last entry opens with its date and 出院记录 heading', () => {
    const f = facts(['某县人民医院  病程记录', '姓名：范晓东  入院日期：2025-08-11', '2025-08-15 09:30  日常病程记录', '血糖波动于6.2-12.5mmol/L。',
      '2025-08-19 08:50  出院记录（病程）', '患者今日出院。']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2025-08-11', '2025-08-19']);
  });

  it('a history paragraph wrapped onto rows below still is history (…，诊断冠心病，未植入支架。)', () => {
    const f = facts(['某县中医院  中医门诊病历', '姓名：苗凤兰', '现病史：患者8年前确诊2型糖尿病。2024年9月行', '冠脉造影示前降支狭窄50%，诊断冠心病，未植入支架。',
      '西医诊断：1.2型糖尿病']);
    expect(f.diagnoses).toEqual(['2型糖尿病']);
  });

  it('the last stay a history names (末次出院…) and the bureau\'s reviewers\' date (审核人：… 日期：…) are not the page\'s', () => {
    const visit = facts(['某县人民医院  门诊病历', '姓名：杨志刚  就诊时间：2025年09月03日 14:10', '现病史：…因停药复发两次住院治疗，末次出院2022年12月20日。',
      '诊断：精神分裂症（偏执型）']);
    expect([visit.dischargeDate, visit.visitDates]).toEqual([null, ['2025-09-03']]);
    const form = facts(['某市门诊慢特病病种认定申请表', '申请人：李洪涛', '诊断：慢性髓系白血病 慢性期', '诊断医师：鲍丽  签字日期：2025年07月02日',
      '医保经办机构审核：同意纳入。', '审核人：郝玉珍  复核人：王斌  日期：2025年07月08日']);
    expect(form.visitDates).toEqual(['2025-07-02']);
  });

  it('a benefit\'s start date on an application form is not its date of issue', () => {
    const f = facts(['某市门诊慢特病待遇认定表', '姓名：朱德福', '临床诊断：前列腺恶性肿瘤', '认定医师签字：牛建国', '日期：2025年03月03日',
      '医保经办机构意见：同意，待遇享受起始日期2025年03月01日  经办人：韩冬  2025年03月10日']);
    expect(f.visitDates).toEqual(['2025-03-03']);
  });
});

describe('log tables, agents and emergency visits (wording authors a6, a7)', () => {
  it('a log table\'s heading row (… | 初/复诊 | 诊断 | 处理) reads its diagnosis from the cell under 诊断', () => {
    const f = facts(['某镇中心卫生院', '门 诊 日 志（按患者查询）', '序号  就诊日期  姓名  性别  年龄  初/复诊  诊断  处理',
      '1  2025-08-19 08:12  包乌云  女  57  复诊  2型糖尿病；高血压病2级  二甲双胍0.5g tid', '打印日期：2025-09-02']);
    expect([f.name, f.diagnoses, f.visitDates[0]]).toEqual(['包乌云', ['2型糖尿病', '高血压病2级'], '2025-08-19']);
  });

  it('the agent\'s 身份证号 (代办人 … 身份证号) is not the applicant\'s; the bureau\'s 经办人 date is not the form\'s', () => {
    const f = facts(['某省门诊慢特病待遇认定申请表', '申请人姓名  孙桂芝  性别  女', '身份证号  230321**********24',
      '代办人  刘志强  身份证号  230321198506170718  与申请人关系  女婿', '申请人（代办人）签字：刘志强  申请日期：2025年5月8日',
      '医师意见：该患者诊断为：1.原发性高血压3级', '诊断医师签字：王丽娟  2025年5月12日', '医保经办机构意见：  经办人：  日期：2025年5月20日']);
    expect([f.name, f.idNumber, f.visitDates]).toEqual(['孙桂芝', null, ['2025-05-12']]);
  });

  it('a stay whose dates leave out the year crosses the year end before the signature\'s date', () => {
    const f = facts(['某县人民医院', '出 院 记 录', '姓名：白音仓', '患者因“喘憋加重5天”于12月28日10时由门诊收入院。',
      '出院诊断：1.2型糖尿病', '住院11天，病情好转，于1月8日出院。', '医师签名：韩玉杰  2025年1月8日']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-12-28', '2025-01-08']);
  });

  it('a labelled name runs to its cell\'s end however long (额尔敦毕力格)', () => {
    expect(facts(['某镇卫生院', '门诊病历', '姓名：额尔敦毕力格  性别：男  年龄：66岁  民族：蒙古族']).name).toBe('额尔敦毕力格');
    expect(facts(['某镇卫生院', '门诊病历', '姓名：王秀英性别女  年龄：66岁']).name).toBe('王秀英');
  });

  it('an emergency visit\'s 离院时间 is not a stay', () => {
    const f = facts(['某县人民医院急诊病历', '姓名：彭亚妹  性别：女', '挂号时间：2025-09-14 23:41  就诊时间：2025-09-14 23:48',
      '诊断：1.高血压急症  2.高血压病3级', '离院时间：2025-09-15 03:10  去向：回家']);
    expect([f.admissionDate, f.dischargeDate, f.visitDates[0]]).toEqual([null, null, '2025-09-14']);
  });

  it('a report\'s 临床诊断 stands even when it is only a question (头晕待查): its conclusion is not counted', () => {
    const f = facts(['某县人民医院  CT检查报告单', '姓名：吕春梅  性别：女', '临床诊断：头晕待查', '检查时间：2025-10-20 21:30',
      '诊断意见：', '1.双侧基底节区腔隙性脑梗死。', '报告时间：2025-10-21 08:10']);
    expect([f.diagnoses, f.reportDate]).toEqual([[], '2025-10-21']);
  });
});

describe('first pages, escorts and hospital offices (wording author a5)', () => {
  it('a first page\'s diagnosis grid in two columns (出院诊断 | 疾病编码 | 入院病情 twice) reads both columns', () => {
    const f = facts(['某县人民医院', '住 院 病 案 首 页', '姓名  冉光明  性别  1  1.男 2.女', '门（急）诊诊断  糖尿病足？  疾病编码  ',
      '出院诊断  疾病编码  入院病情  出院诊断  疾病编码  入院病情',
      '主要诊断：2型糖尿病性周围神经病  E11.400  1  其他诊断：冠状动脉粥样硬化性心脏病  I25.103  1',
      '其他诊断：高血压病2级  I10.x00x003  1', '入院病情：1.有 2.临床未确定 3.情况不明 4.无']);
    expect(f.diagnoses).toEqual(['2型糖尿病性周围神经病', '冠状动脉粥样硬化性心脏病', '高血压病2级']);
  });

  it('an escort\'s 身份证号 (陪诊人身份证号) is not the patient\'s', () => {
    const f = facts(['某县人民医院', '急 诊 病 历', '姓名：谭永贵  性别：男  年龄：69岁', '陪诊人：谭红军（儿子）  陪诊人身份证号：500235199003146612']);
    expect(f.idNumber).toBeNull();
  });

  it('a discharge record that says 今日出院 is dated by its own record time', () => {
    const f = facts(['某县中医院', '出院记录', '姓名：秦淑芬', '患者因"胸闷痛5年"于2025年4月1日10时30分步行入院。', '住院共11天，病情好转，今日出院。',
      '出院诊断：1.2型糖尿病', '医师签名：马小川  记录时间：2025年4月12日 10:20']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2025-04-01', '2025-04-12']);
  });
});

describe('tick boxes, bracketed labels and report conclusions (wording author a9)', () => {
  it('a category ticked (☑高血压) may count, one left unticked (□糖尿病) never does', () => {
    const f = facts(['某街道卫生院', '门诊病历（慢性病随访）', '姓名：司马建国    性别：☑男 □女', '诊断类别：☑高血压  □糖尿病  □冠心病  ☑脑血管病',
      '诊断：1.原发性高血压2级  2.脑梗死后遗症']);
    expect([...f.diseaseKeys].sort()).toEqual(['CEREBROVASCULAR_DISEASE', 'HYPERTENSION']);
  });

  it('labels in lenticular brackets (【姓名】纳秀琴  【入院日期】…) are labels', () => {
    const f = facts(['某医科大学总医院', '出院记录', '【姓名】纳秀琴  【性别】女  【年龄】56岁',
      '【入院日期】2025年01月20日  【出院日期】2025年01月24日', '【出院诊断】1.乙状结肠腺癌术后']);
    expect([f.name, f.admissionDate, f.dischargeDate, f.diseaseKeys]).toEqual(['纳秀琴', '2025-01-20', '2025-01-24', ['MALIGNANT_TUMOR_OUTPATIENT']]);
  });

  it('a report\'s 结论 is its conclusion where its 临床诊断 is left blank', () => {
    const f = facts(['某市人民医院', '动态血压监测报告', '姓名  杨淑珍  性别  女', '临床诊断', '开始时间  2025-02-17 09:00    结束时间  2025-02-18 09:05',
      '结论：', '1.全天血压升高，符合高血压', '2.血压昼夜节律消失（非杓型）', '报告医师：冶建华    报告日期：2025-02-19']);
    expect([f.diseaseKeys, f.reportDate]).toEqual([['HYPERTENSION'], '2025-02-19']);
  });

  it('the date a log was copied out (摘抄日期) is not a visit', () => {
    const f = facts(['某镇中心卫生院', '门 诊 日 志', '姓名：贺兰英', '2025年1月22日  高血压病复诊，取药', '（以上摘抄内容与原始门诊日志相符）',
      '某镇中心卫生院（盖章）    摘抄日期：2025年3月6日']);
    expect(f.visitDates).toEqual(['2025-01-22']);
  });
});

describe('pages that list several visits or stays (wording author a8)', () => {
  it('a follow-up book\'s rows under 随访日期 are visits; its 管理病种 are the diseases it follows', () => {
    const f = facts(['某镇卫生院', '慢性病随访记录本（高血压  糖尿病）', '姓名：胡守仁  性别：男',
      '管理病种：原发性高血压、2型糖尿病    建档日期：2021年6月3日', '随访日期  血压(mmHg)  空腹血糖(mmol/L)  用药情况  随访医生',
      '2025-02-17  146/88  7.8  氨氯地平5mg qd  汪', '2025-04-16  138/84  7.1  同前  汪', '2025-06-18  152/92  8.4  加用缬沙坦80mg qd  汪',
      '下次随访日期：2025-07-18']);
    expect([f.visitDates, [...f.diseaseKeys].sort()]).toEqual([['2025-02-17', '2025-04-16', '2025-06-18'], ['DIABETES', 'HYPERTENSION']]);
  });

  it('a register of visits gives every row\'s diagnoses under its 诊断 heading', () => {
    const f = facts(['某县人民医院  门诊就诊记录（个人）', '姓名：张翠兰  性别：女', '就诊日期  科室  医生  诊断  处理',
      '2025-01-10  心内科  孟庆  高血压病2级  氨氯地平', '2025-02-11  心内科  孟庆  高血压病2级；血糖升高待查  氨氯地平，查OGTT',
      '2025-03-12  心内科  孟庆  高血压病2级；2型糖尿病  氨氯地平，二甲双胍', '打印时间：2025-03-20 10:02']);
    expect([f.diagnoses, f.visitDates.at(-1)]).toEqual([['高血压病2级', '2型糖尿病'], '2025-03-12']);
  });

  it('a table of stays counts the row marked 本次, else the last one ended', () => {
    const rows = ['次数  入院日期  出院日期  治疗方案', '第1次  2025-01-08  2025-01-15  第1周期', '第2次  2025-02-05  2025-02-11  第2周期'];
    const marked = facts(['某县人民医院', '出院记录', '姓名：汪德林', ...rows, '第3次（本次）  2025-03-04  2025-03-09  第3周期',
      '第4次（预约）  2025-04-01  —  第4周期', '出院诊断：1.右肺腺癌']);
    expect([marked.admissionDate, marked.dischargeDate]).toEqual(['2025-03-04', '2025-03-09']);
    const unmarked = facts(['某县人民医院', '出院记录', '姓名：汪德林', ...rows, '出院诊断：1.右肺腺癌']);
    expect([unmarked.admissionDate, unmarked.dischargeDate]).toEqual(['2025-02-05', '2025-02-11']);
  });

  it('a transfer to another ward told on the discharge\'s row is not the admission', () => {
    const f = facts(['某市人民医院', '出 院 记 录', '姓名：公孙丽', '住院经过：患者于2024年3月1日因“右侧肢体无力2天”入住我院神经内科，',
      '于2024年3月3日转入康复医学科继续治疗，经治疗后于2024年3月7日好转出院，共住院', '6天。', '出院诊断：①脑梗死']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-03-01', '2024-03-07']);
  });

  it('a follow-up book\'s year-less entries take the year its cover prints; the entry marked 本次就诊 is the visit, a booked one is not', () => {
    const f = facts(['某医共体  某镇分院', '门诊慢特病复诊记录本（2025年）', '姓名：杨春生  性别：男', '诊断：1.高血压病3级',
      '3月5日  BP 158/92，调整剂量。  签名：柏', '4月8日  BP 150/90，继续原方案。  签名：柏', '5月9日  【本次就诊】BP 146/88，嘱低钾饮食。  签名：柏',
      '6月9日  （预约）']);
    expect(f.visitDates).toEqual(['2025-05-09']);
  });

  it('a transfer to another hospital ends this hospital\'s stay (于3月6日转往…医院)', () => {
    const f = facts(['某县人民医院', '转 院 证 明', '患者姓名：魏子豪  性别：男', '该患者因“发热1周”于3月2日入住我院血液科，',
      '诊断为：急性髓系白血病。因我院无条件行诱导化疗，于3月6日', '转往某医科大学第一附属医院血液科继续治疗。', '开具日期：2025年3月6日']);
    expect([f.admissionDate, f.dischargeDate, f.visitDates]).toEqual(['2025-03-02', '2025-03-06', ['2025-03-06']]);
  });

  it('a discharge record\'s 病理报告日期 is no report date of its own', () => {
    const f = facts(['某县人民医院', '出 院 记 录', '姓名：熊桂兰        入院日期：2025年6月3日', '性别：女        出院日期：2025年6月17日',
      '住院号：0023417        病理报告日期：2025年6月11日', '出院诊断：1.乙状结肠癌术后']);
    expect([f.dischargeDate, f.reportDate]).toEqual(['2025-06-17', null]);
  });
});

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
    expect(yearEnd.visitDates).toEqual(['2025-01-09']); // the entry told as 复诊, in the year after the booklet's opening
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

