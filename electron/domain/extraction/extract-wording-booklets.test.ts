import { describe, expect, it } from 'vitest';
import { facts } from '../../testing/wording-facts';

/**
 * Issue 10: rules made on the tuning part of wording authors a72 and later; each case below failed before its rule
 * (a case opening with …but guards the rule's edge).
 */
describe('a question mark after words set one space apart (wording author a72)', () => {
  it('questions only the word it ends (慢性肾脏病5期 维持性血液透析 心功能不全？)', () => {
    const f = facts(['冠县人民医院 超声心动图报告', '姓名：褚玉兰  性别：女  年龄：73岁  科别：血液净化中心',
      '申请日期：2024-01-30  检查日期：2024-02-02', '临床诊断：慢性肾脏病5期 维持性血液透析 心功能不全？',
      '超声提示：1.左房左室增大 2.左室收缩功能减低', '检查医师：石岩  报告时间：2024-02-02 11:26']);
    expect(f.diagnoses).toEqual(['慢性肾脏病5期维持性血液透析']);
  });

  it('…but a diagnosis OCR printed a character apart and questioned (糖 尿 病 ？) is still one questioned word', () => {
    const f = facts(['某县人民医院 检验报告单', '姓名：王秀英  性别：女', '临床诊断：2 型 糖 尿 病 ？',
      '检验项目：糖化血红蛋白 7.9%', '报告日期：2024-02-02']);
    expect(f.diseaseKeys).toEqual([]);
  });

  it('a 待排 ending the last of words set apart doubts only that word (肾性贫血 糖尿病肾病待排; wording author a97)', () => {
    const f = facts(['某市人民医院 门诊病历记录', '姓名：贾红梅  性别：女  科室：肾内科  就诊日期：2024/03/28',
      '既往史：高血压病史12年。否认糖尿病史。', '诊断：CKD 4期 高血压肾损害 肾性贫血 糖尿病肾病待排', '医生签名：薛晓光']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION']);
  });

  it('…but a complaint still under study before the question names nothing (头晕待查 高血压？)', () => {
    const f = facts(['某县人民医院 门诊病历', '姓名：王秀英  性别：女  就诊日期：2024-02-02', '初步诊断：头晕待查 高血压？']);
    expect(f.diseaseKeys).toEqual([]);
  });
});

describe('a table the patient kept (wording author a72)', () => {
  it('a home-infusion diary\'s dated rows are no visits: the clinic\'s 审核日期 dates the page', () => {
    const f = facts(['冠县人民医院 血液科门诊', '血友病患者家庭输注记录审核', '姓名：杜海龙  性别：男  年龄：41岁',
      '诊断：血友病A（重型）', '家庭输注日记（患者自填）：', '日期 | 原因 | 药品/批号 | 剂量 | 输注人',
      '11-26 | 预防 | 人凝血因子Ⅷ | 1000IU | 本人', '12-03 | 右踝出血 | 同上 | 1500IU | 妻子 王娟',
      '12-23 | 预防 | 同上 | 1000IU | 本人', '审核日期：2024年12月17日', '评估：本月出血1次（右踝）。',
      '下次领药/复诊：2025年1月14日', '医师：孔令军']);
    expect(f.visitDates).toEqual(['2024-12-17']);
  });

  it('…but advice that mentions a diary heads none: the booklet\'s dated rows below it are still its visits', () => {
    const f = facts(['某镇卫生院 门诊病历', '姓名：杜海龙  性别：男', '2024-11-26 高血压复诊，嘱患者每日测量血压并记录血压日记，2周后复诊',
      '2024-12-10 复诊，血压控制可', '医师：孔令军']);
    expect(f.visitDates).toEqual(['2024-11-26', '2024-12-10']);
  });

  it('…but a booklet\'s dated rows below a line that mentions home readings are still its visits', () => {
    const f = facts(['某镇卫生院 门诊病历', '姓名：杜海龙  性别：男', '主诉：家庭自测血压偏高', '日期 | 血压 | 处理',
      '2024-11-26 | 150/90 | 氨氯地平', '2024-12-23 | 138/84 | 继续', '医师：孔令军']);
    expect(f.visitDates).toEqual(['2024-11-26', '2024-12-23']);
  });
});

describe('a front sheet\'s diagnosis table as the clerk reads it (wording authors a38, a63)', () => {
  it('gives the diagnoses without the column heads, the row labels or the admission condition after each code', () => {
    const f = facts(['住院病案首页', '某县人民医院  病案号：00097432', '姓名 李凤仙 性别 女 年龄 58岁',
      '入院日期 2025-06-11 入院科室 肾内科', '出院日期 2025-06-30 出院科室 肾内科', '出院诊断 ICD编码 入院病情',
      '主要诊断 慢性肾脏病5期 N18.500 有', '其他诊断 尿毒症 Z99.200 有', '肾性贫血 D63.800 入院病情 1', '住院医师 段金花']);
    expect(f.diagnoses).toEqual(['慢性肾脏病5期N18.500', '尿毒症Z99.200', '肾性贫血D63.800']);
    expect(f.diseaseKeys).toEqual(['URAEMIA_DIALYSIS']);
  });

  it('ends the table at the fields a front sheet prints after it (离院方式, 科主任 …)', () => {
    const f = facts(['住 院 病 案 首 页', '姓名  性别  年龄', '司马建平  男  66岁', '出院诊断  疾病编码  入院病情',
      '主要诊断：脑梗死  I63.900  1', '其他诊断：2型糖尿病  E11.900  1', '离院方式  1.医嘱离院  是否有出院31天内再住院计划  1.无',
      '科主任  张卫东  主治医师  刘洋  住院医师  王磊']);
    expect(f.diagnoses).toEqual(['脑梗死', '2型糖尿病']);
  });
});

describe('handwritten outpatient booklets (wording author a74)', () => {
  it('a visit dated by a slashed two-digit year opening its row (24/2/26  儿子陪诊) is a visit; an operation\'s date in prose is not', () => {
    const f = facts(['聊城市人民医院 门诊病历本', '姓名：欧阳建国  男  58岁', '23/11/20', '胸闷偶发。', '2022.6.14 于我院行PCI。',
      'Dx: CHD s/p PCI', '医师 赵立新', '24/1/15', '无胸痛，BP 134/80', '24/2/26  儿子陪诊', 'Dx 同前', '赵立新']);
    expect(f.visitDates.at(-1)).toBe('2024-02-26');
  });

  it('…but a blood pressure (158/96/72) or a dose (1/2/3) is no date', () => {
    const f = facts(['某镇卫生院 门诊病历', '姓名：王秀英', '2024年3月5日', 'BP 158/96/72', '1/2/3片 tid', '医师：赵']);
    expect(f.visitDates).toEqual(['2024-03-05']);
  });

  it('an entry\'s month and day (5.7 复诊) go on from the latest date before them, not from an older one between', () => {
    const f = facts(['冠县人民医院 血液净化中心 门诊病历', '姓名 赵玉兰  女  67岁', '2024年4月2日', '维持性血液透析3年余。',
      '左前臂动静脉内瘘（2021.3.16建立）功能良好。', '诊断：尿毒症', '医师：吕海涛', '5.7 复诊  丈夫王成山代取药', '诊断同上']);
    expect(f.visitDates.at(-1)).toBe('2024-05-07');
  });

  it('a month and day opening an entry before its text (2.21 评估结果：…) under the booklet\'s year heading is a visit', () => {
    const f = facts(['聊城市妇幼保健院 儿童保健科 门诊病历', '姓名：司马子轩  性别：男', '2024年', '1.10 母亲代诉：叫名不应。',
      '初步印象：孤独症谱系障碍？', '2.21 评估结果：ADOS-2达孤独症标准', '诊断：孤独症谱系障碍', '3.20 康复训练4周后复诊',
      '诊断同前', '下次评估：6月中旬   田']);
    expect(f.visitDates.at(-1)).toBe('2024-03-20');
  });

  it('…but a list\'s first item glued to a type (1.2型糖尿病) is no date', () => {
    const f = facts(['某县医院 门诊病历', '姓名：王秀英', '就诊日期：2024年3月5日', '诊断：', '1.2型糖尿病', '2.高血压病', '医师：赵']);
    expect(f.visitDates).toEqual(['2024-03-05']);
    expect(f.diseaseKeys).toEqual(['DIABETES', 'HYPERTENSION']);
  });

  it('an entry\'s 3.26 复诊 alone on its row below advice is that visit, not one the advice books', () => {
    const f = facts(['阳谷县人民医院 神经内科 门诊病历', '姓名 马振华 男 71岁', '2024年3月5日', '诊断：1. 脑梗死恢复期',
      '建议康复科就诊   医师：侯建强', '3.26 复诊', '言语较前清晰，BP 142/84', '诊断同前']);
    expect(f.visitDates.at(-1)).toBe('2024-03-26');
  });

  it('a date alone on its row is that visit\'s, whatever the next row did (2024.5.29 / 复查骨密度：…)', () => {
    const f = facts(['聊城市肿瘤医院 乳腺外科 门诊病历', '韩淑芬  女  53岁', '2024.2.28', '内分泌治疗中，无不适。',
      '诊断：左乳腺癌术后', '医生：霍秀丽', '2024.5.29', '复查骨密度：骨量减少。', '诊断：同前', '下次复查：2024.8月底  霍']);
    expect(f.visitDates.at(-1)).toBe('2024-05-29');
  });

  it('days listed under a year heading (2024年 / 3.5 | 158/92 …) are that year\'s, though the page was opened years before', () => {
    const f = facts(['冠县东古城镇卫生院', '门诊病历（慢病随访）', '姓名：杜金锁   性别：男', '建档日期：2019.3.20   责任医生：孟庆华',
      '诊断：原发性高血压', '2024年', '日期 | 血压 | 用药 | 医生', '3.5 | 158/92 | 硝苯地平 | 孟', '5.8 | 138/82 | 同上 | 孟',
      '12.6 | 136/80 | 同上 | 孟', '下次随访：1.7']);
    expect(f.visitDates).toEqual(['2024-03-05', '2024-05-08', '2024-12-06']);
  });

  it('an entry opening with its date and 出院后复诊 is a visit, not a discharge', () => {
    const f = facts(['聊城市人民医院', '血液科门诊病历', '闫红梅  女  48岁', '诊断：弥漫大B细胞淋巴瘤',
      '2024-02-20 出院后复诊', '乏力，无发热。', '医师：冯秀云']);
    expect(f.visitDates).toEqual(['2024-02-20']);
  });

  it('…but a date in prose before 出院后 is still the discharge (于2024年1月8日出院后规律服药)', () => {
    const f = facts(['某县人民医院 出院记录', '姓名：王秀英', '入院日期：2023年12月28日', '患者于2024年1月8日出院后规律服药。', '医师：赵']);
    expect(f.dischargeDate).toBe('2024-01-08');
  });
});

describe('structured diagnosis tables (wording author a77)', () => {
  it('a questioned item with its code and columns after the question (癫痫所致精神障碍？ F06.801 情况不明 未愈) names nothing', () => {
    const f = facts(['临清市人民医院', '出院记录', '姓名 黄文杰    性别 男', '入院日期 2024.10.07    出院日期 2024.10.15', '出院诊断：',
      '1.脑梗死后遗症                          I69.300    有        未愈',
      '2.精神发育迟滞伴发精神障碍？            F06.801    情况不明  未愈', '医师：许春阳']);
    expect(f.diagnoses).toEqual(['脑梗死后遗症 I69.300']);
    expect(f.diseaseKeys).toEqual(['CEREBROVASCULAR_DISEASE']);
  });

  it('…and so does one whose code and columns stand in cells of their own (腔隙性脑梗死？ | I63.801 | 情况不明)', () => {
    const f = facts(['高唐县人民医院', '出 院 记 录', '姓名：任德福  性别：男', '入院时间：2024-01-22 06:40    出院时间：2024-02-02 10:10',
      '出院诊断：', '主要诊断：急性一氧化碳中毒（重度）           T58.x00   有', '其他诊断：高血压病1级（高危）           I10.x00   有',
      '          腔隙性脑梗死？                     I63.801   情况不明', '医师：万立强']);
    expect(f.diagnoses).toEqual(['急性一氧化碳中毒(重度) T58.x00', '高血压病1级(高危) I10.x00']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION']);
  });

  it('…and so does an item still to be ruled out before its code (原发性肝癌待排 D18.003 有 未愈)', () => {
    const f = facts(['聊城市茌平区人民医院', '出院记录', '姓名：时光明  性别：男', '入院日期：2024年8月26日  出院日期：2024年9月6日',
      '出院诊断：', '1.肝占位性病变：原发性肝癌待排     D18.003    有    未愈', '2.2型糖尿病                 E11.900    有    好转',
      '医师：钟海峰']);
    expect(f.diseaseKeys).toEqual(['DIABETES']);
  });
});

describe('hard diagnosis lists (wording author a80)', () => {
  it('a question with a long note after it (腔隙性脑梗死？（头颅CT示腔隙灶，建议MRI）) names nothing', () => {
    const f = facts(['高唐县人民医院', '出 院 记 录', '姓名 李守业', '出院诊断', '1. 2型糖尿病', '2. 腔隙性脑梗死？（头颅CT示腔隙灶，建议MRI）',
      '医师 苗建华']);
    expect(f.diseaseKeys).toEqual(['DIABETES']);
  });

  it('a disease still doubted in a note on another item (肝右叶再生结节（肝癌待排，定期复查）) is not named', () => {
    const f = facts(['聊城市第三人民医院', '出院记录', '姓名：田守仁', '入院日期：2024年9月2日  出院日期：2024年9月13日', '出院诊断：',
      '1. 肝右叶再生结节（肝癌待排，定期复查）', '2. 2型糖尿病', '医师：常军']);
    expect(f.diseaseKeys).toEqual(['DIABETES']);
  });

  it('…but a disease with a plain note (2型糖尿病（胰岛素治疗）) is named', () => {
    const f = facts(['某县人民医院', '出院记录', '姓名：田守仁', '出院诊断：', '1. 2型糖尿病（胰岛素治疗）', '医师：常军']);
    expect(f.diseaseKeys).toEqual(['DIABETES']);
  });
});

describe('a hand\'s shorthand (wording author a74)', () => {
  it('a two-figure year heading (24年) gives its year to the days listed under it', () => {
    const f = facts(['高唐县人民医院', '内分泌科 门诊病历', '姓名 许长海  男  62岁', '24年', '3.11  T2DM 12年', 'Dx: T2DM',
      '6.12  复查 HbA1c 7.0%', 'Dx 同前', '下次9.10复查肾功   宋文斌']);
    expect(f.visitDates).toEqual(['2024-03-11', '2024-06-12']);
  });

  it('a banner\'s name before the sex and a bare age ending the row (吕长江  男  64) is the patient\'s', () => {
    const f = facts(['聊城市第三人民医院', '门诊病历本', '吕长江  男  64', 'ID: 371502195911021599', '24/3/4  HTN 3级', 'Dr 郝']);
    expect(f.name).toBe('吕长江');
  });

  it('…but a diagnosis before the sex and a number in a register\'s row is no name', () => {
    const f = facts(['某镇卫生院 门诊日志', '日期 | 诊断 | 性别 | 数量', '2024-03-04 | 高血压 | 男 | 64']);
    expect(f.name).toBeNull();
  });
});

describe('certificates for 门诊慢特病 applications (wording authors a74, a75)', () => {
  it('a stay at another hospital told in prose (…入住山东省立医院心外科，…7月20日出院) is the stay the certificate states', () => {
    const f = facts(['聊城市门诊慢特病待遇认定表', '姓名  靳红霞    性别  女',
      '病情摘要：风湿性心脏病20余年。2024年7月2日入住山东省立医院心外科，7月9日行二尖瓣机械瓣置换术，', '7月20日出院。',
      '诊断：1.二尖瓣机械瓣置换术后', '填表医师：吕振东    2024年8月5日']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-07-02', '2024-07-20']);
  });

  it('a head\'s countersign dated on the row below (科主任（签字）：… / 日期：…) dates the certificate, the office seal after it does not', () => {
    const f = facts(['聊城市人民医院', '诊断证明书', '患儿姓名：上官若曦   性别：女', '临床诊断：', '1.脑性瘫痪（痉挛型双瘫）',
      '医师（签字）：葛晓丽', '日期：2024年3月1日', '科主任（签字）：王树林', '日期：2024年3月4日', '医务科（盖章）  2024年3月6日']);
    expect(f.visitDates).toEqual(['2024-03-04']);
  });

  it('a grid\'s head countersign in a cell of its own (科主任 | 李东升 | 2024年4月23日) dates the form, the experts\' row does not', () => {
    const f = facts(['门诊慢特病鉴定表（血友病）', '姓名 | 岳浩然 | 性别 | 男', '诊断 | 1.血友病A（重型）',
      '经治医师 | 阎冬梅 | 2024年4月22日', '科主任 | 李东升 | 2024年4月23日', '专家组 | 同意 | 2024年5月6日']);
    expect(f.visitDates).toEqual(['2024-04-23']);
  });

  it('a township\'s certificate names its resident after her village (兹证明我镇田庄村田凤英（女，81岁）)', () => {
    const f = facts(['高唐县姜店镇卫生院', '证  明', '兹证明我镇田庄村田凤英（女，81岁）患有：', '1.冠心病 心绞痛',
      '特此证明。', '卫生院医师：李桂芝', '2024年9月24日']);
    expect(f.name).toBe('田凤英');
  });
});

describe('a number printed in its parts (the corpus\'s outpatient-sidebar-city layout)', () => {
  it('an ID away from its label, printed as place, birth date and the rest (372522 19561130 2950), is the patient\'s', () => {
    const f = facts(['德州市人民医院  门诊病历', '姓名  主诉', '汤树林', '身份证号', '30mg qd治疗，今来复诊。', '372522 19561130 2950']);
    expect(f.idNumber).toBe('372522195611302950');
  });

  it('…but parts whose check character fails are no number (372522 19561130 2951)', () => {
    const f = facts(['德州市人民医院  门诊病历', '姓名  主诉', '汤树林', '就诊卡号', '372522 19561130 2951']);
    expect(f.idNumber).toBeNull();
  });
});

describe('a list wrapped over three lines, its label beside the middle one (the corpus\'s tune7-report-ecg layout)', () => {
  it('takes the line above the label with the rest (高血压3级， / 临床诊断  2型糖尿病性周围神经病变， / 慢性胃炎)', () => {
    const f = facts(['常规十二导联心电图报告', '姓名  吴霞  心率（HR）  94 bpm', '申请医师  贺超  走纸速度  25 mm/s', '高血压3级，',
      '临床诊断  2型糖尿病性周围神经病变，', '慢性胃炎，颈椎病', '心电图诊断：', '1.窦性心律', '报告日期：2024年06月06日']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION', 'DIABETES']);
  });

  it('…but a long line of prose above a labelled diagnosis stays out of it', () => {
    const f = facts(['某县人民医院 门诊病历', '现病史：患者头晕，既往脑梗死病史，规律服用阿司匹林，',
      '临床诊断  2型糖尿病', '医师：赵']);
    expect(f.diseaseKeys).toEqual(['DIABETES']);
  });
});

describe('discharge records whose discharge date hides (wording author a78)', () => {
  it('a record that prints no discharge date is dated by its physician\'s signature (医师签名：刘振华  2024年3月13日)', () => {
    const f = facts(['聊城市人民医院', '出院记录', '姓名：张桂芬   性别：女', '入院日期：2024年3月4日10时32分',
      '诊疗经过：2024-03-06行冠状动脉造影。', '出院诊断：1.高血压病3级', '出院医嘱：1个月后（2024年4月13日）复查。',
      '医师签名：刘振华                2024年3月13日', '打印时间：2024-03-20 09:14:55']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-03-04', '2024-03-13']);
    // worked out, not printed: the clerk confirms it
    expect(f.sources?.dischargeDate?.confidence).toBeLessThan(0.95);
  });

  it('…but an admission record signed days later states no discharge', () => {
    const f = facts(['某县人民医院', '入院记录', '姓名：张桂芬', '入院日期：2024年3月4日', '初步诊断：1.高血压病3级',
      '医师签名：刘振华                2024年3月6日']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-03-04', null]);
  });

  it('…but a printed discharge date outranks the signature\'s', () => {
    const f = facts(['聊城市人民医院', '出院记录', '姓名：张桂芬', '入院日期：2024年3月4日', '出院日期：2024年3月12日',
      '医师签名：刘振华                2024年3月13日']);
    expect(f.dischargeDate).toBe('2024-03-12');
  });

  it('a discharge told with a note between the date and its word (于2024年2月6日（术后第6天）办理出院) is the discharge', () => {
    const f = facts(['阳谷县中医医院', '出院记录', '姓名：田玉兰     入院日期：2024年1月29日',
      '出院情况：患者切口无渗出，于2024年2月6日（术后第6天）办理出院。', '出院诊断：1.左股骨颈骨折', '医师签名：武建军']);
    expect(f.dischargeDate).toBe('2024-02-06');
  });

  it('a stay told by its length (住院治疗28天) ends that many days after admission; a date in a note and a re-admission the advice books do not', () => {
    const f = facts(['聊城市妇幼保健院', '出院记录', '患儿姓名：上官子轩', '入院日期：2024-05-06',
      '诊疗经过：予A型肉毒毒素注射（5月10日，双侧腓肠肌）等综合康复治疗，住院治疗28天。', '出院诊断：1.脑性瘫痪',
      '出院医嘱：1.家庭康复训练；2.2024年7月1日再次入院康复治疗。', '医师签名：马文静']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-05-06', '2024-06-03']);
  });

  it('…but a date alone in its brackets dates the word before them (患者于今日（2024-01-09）出院)', () => {
    const f = facts(['某县人民医院', '出院记录', '姓名：郜长顺', '入院时间：2023/12/27 08:30', '出院Dx：1. 2型糖尿病',
      '患者于今日（2024-01-09）出院，1-16 门诊复查。', '医师：郑XX']);
    expect(f.dischargeDate).toBe('2024-01-09');
  });

  it('a stay\'s two-figure years after its label (住院时间：24-09-02 至 24-09-13) give both ends', () => {
    const f = facts(['聊城市人民医院', '诊断证明书', '姓名：吕振华', '住院时间：24-09-02 至 24-09-13', '诊断：1.肺部感染',
      '医师签名：谭志刚     开具日期：24-09-13']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-09-02', '2024-09-13']);
  });

  it('…or by the last physician who dated a signature, above an undated one (经治医师：尚立强  2024年3月1日 / 上级医师：孔德顺)', () => {
    const f = facts(['聊城市第四人民医院', '出院记录', '姓名：常军', '入院日期：2024-02-20 15:30', '出院情况：睡眠改善。', '出院诊断：1.癫痫所致精神障碍',
      '经治医师：尚立强        2024年3月1日', '上级医师：孔德顺']);
    expect(f.dischargeDate).toBe('2024-03-01');
  });

  it('a newborn\'s 出生时间 is no discharge, however close its label is to 出院时间', () => {
    const f = facts(['东阿县人民医院 产科', '出院记录', '姓名：申晓丽', '入院日期：2024-03-29 16:40',
      '出院情况：术后第5天，母婴情况良好，于2024年4月4日出院。', '新生儿：申晓丽之子  出生时间：2024-03-30 09:21', '医师签名：钟秀云']);
    expect(f.dischargeDate).toBe('2024-04-04');
  });
});

describe('paper moving between a county\'s hospitals (wording author a81)', () => {
  it('fields set apart by full-width spaces (姓名：孙桂芝　　编号：…) are apart', () => {
    const f = facts(['临清市烟店镇卫生院', '慢性病患者随访服务记录表', '姓名：孙桂芝　　编号：371581-0412-0087', '随访日期 | 2024-01-10']);
    expect(f.name).toBe('孙桂芝');
  });

  it('…but a name a full-width space aligns (姓名：王　芳) is one name', () => {
    const f = facts(['某县人民医院 门诊病历', '姓名：王　芳　性别：女', '就诊日期：2024-01-10']);
    expect(f.name).toBe('王芳');
  });

  it('the certification\'s registration and renewal forms are certificates dated by their physician, not the office', () => {
    for (const title of ['医疗保障门诊慢特病登记表', '门诊慢特病（严重精神障碍）资格续期审核表']) {
      const f = facts(['东阿县人民医院', title, '参保人：李洪亮　性别：男', '诊断：1.冠心病', '认定医师签字：贾平涛', '日期：2024年2月6日',
        '医保办经办人：侯敏　复核：陈立春　2024年2月8日']);
      expect(f.documentType, title).toBe('DIAGNOSIS_CERTIFICATE');
      expect(f.visitDates, title).toEqual(['2024-02-06']);
    }
  });

  it('…but a chronic patient\'s medicine register (门诊慢特病购药登记表) stays an outpatient page', () => {
    const f = facts(['某区  门诊慢特病购药登记表', '参保人姓名：曹某珍', '日期 | 药品名称 | 数量', '2024-01-12 | 氨氯地平片 | 2盒']);
    expect(f.documentType).toBe('OUTPATIENT_RECORD_ORIGINAL');
  });
});
