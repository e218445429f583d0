import { describe, expect, it } from 'vitest';
import { mapDiagnosis } from './map-diagnoses';
import { facts, VOCAB } from '../../testing/wording-facts';

/**
 * Issue 10: rules made on the wording cases' tuning part (`electron/testing/wording-cases`, bench:wording), authors a1–a15;
 * each case below failed before its rule.
 */

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

  it('a long minority name cut short by its cell is taken whole from the prose that gives it (买买提明·阿不都 → …热合曼)', () => {
    const f = facts(['疏附县人民医院', '出院记录', '姓名：买买提明·阿不都  性别：男  年龄：73岁', '入院日期：2025.01.02    出院日期：2025.01.10',
      '入院情况：患者买买提明·阿不都热合曼，男，73岁，因突发左侧肢体无力入院。', '出院诊断：1.右侧丘脑出血']);
    expect(f.name).toBe('买买提明·阿不都热合曼');
    // a name the prose only begins with is not lengthened by the words after it
    expect(facts(['某县人民医院', '出院记录', '姓名：热依拉·阿不都拉  性别：女', '患者热依拉·阿不都拉今日出院。']).name).toBe('热依拉·阿不都拉');
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
