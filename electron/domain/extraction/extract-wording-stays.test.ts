import { describe, expect, it } from 'vitest';
import { facts } from '../../testing/wording-facts';

/**
 * Issue 10: rules made on the tuning part of wording authors a66–a69 (outpatient paper from other provinces, stays told
 * in unusual ways, tumour patients' paper, heart and brain); each case below failed before its rule unless it opens with
 * "…but".
 */
describe('stays told in unusual ways (wording author a67)', () => {
  it('a certificate\'s list of stays (第1次 …—… / 第3次 2024.02.05—2024.03.18) states the last one as its stay', () => {
    const f = facts(['某市精神卫生中心', '疾病诊断证明书', '患者：闫秀云  女  39岁', '住院经过：患者先后3次在我院住院治疗：', '第1次 2019.03.02—2019.04.20',
      '第2次 2021.08.10—2021.10.01', '第3次 2024.02.05—2024.03.18', '诊断：精神分裂症（偏执型）', '主治医师：郑家豪  2024年4月3日']);
    expect([f.admissionDate, f.dischargeDate, f.visitDates]).toEqual(['2024-02-05', '2024-03-18', ['2024-04-03']]);
  });

  it('a day surgery\'s discharge told on the next row with its hour (…入院，当日…术， / …于当日17时出院) ends the stay that day', () => {
    const f = facts(['某市人民医院', '诊 断 证 明 书', '姓名：韩立新  性别：男', '该患者于2024年5月20日在我院日间手术中心入院，当日在腰麻下行左侧腹股沟斜疝无张力修补术，',
      '术后恢复良好，于当日17时出院。', '诊断：1.左侧腹股沟斜疝', '医师：袁志刚', '2024年5月22日']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-05-20', '2024-05-20']);
  });

  it('a rehabilitation stay\'s label (住院康复时间：…至…) names both ends', () => {
    const f = facts(['某市妇幼保健院', '诊断证明书', '患儿：马梓萱  性别：女  出生日期：2020年5月6日', '住院康复时间：2024年3月4日至2024年5月31日（儿童康复科）',
      '诊断：孤独症谱系障碍', '医师：侯雪梅   2024年6月3日']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-03-04', '2024-05-31']);
  });

  it('a grid\'s physician label in a cell of its own (经治医师 | 常晓燕 | 日期 | …) dates the certificate, not the office\'s seal below', () => {
    const f = facts(['某市人民医院', '住院诊断证明', '姓名 | 秦浩然 | 性别 | 男', '入院日期 | 2024年3月27日 | 出院日期 | 2024年5月8日',
      '出院诊断 | 双相情感障碍', '经治医师 | 常晓燕 | 日期 | 2024年5月10日', '医务科 | （盖章） | 日期 | 2024年5月13日']);
    expect(f.visitDates).toEqual(['2024-05-10']);
  });
});

describe('names, negations and referral dates (wording authors a60, a62, a65)', () => {
  it('a patient\'s block labelled 就诊人信息： names the patient in its first cell', () => {
    const f = facts(['某互联网医院', '复诊病历', '就诊人信息：吴海涛 | 男 | 45岁', '接诊时间：2023-09-14T14:02:51+08:00', '诊断：1.肾移植术后状态']);
    expect(f.name).toBe('吴海涛');
  });

  it('…but a block heading with its 姓名 after it (参保人信息：姓名  孙长海) or one alone in its column is not the name', () => {
    expect(facts(['门诊慢特病病种待遇认定申请表', '代办人信息：姓名  刘淑琴  身份证号  230125195708043822',
      '参保人信息：姓名  孙长海  性别  男']).name).toBe('孙长海');
    expect(facts(['门诊慢特病认定审批表', '申请人信息                         |  医疗机构诊断意见',
      '姓名：敖其尔                       |  诊断：1.高血压病3级']).name).toBe('敖其尔');
  });

  it('a conclusion that the tested one does not have it (本人不患苯丙酮尿症) names no disease', () => {
    const f = facts(['某医院  医学遗传中心', '单基因病携带者检测报告', '受检者姓名：谷明月  性别：女', '临床诊断：生育咨询（先证者苯丙酮尿症）',
      '结论：受检者为PAH基因致病变异杂合携带者，本人不患苯丙酮尿症；', '报告日期：2023-06-28']);
    expect(f.diseaseKeys).toEqual([]);
  });

  it('a referral slip\'s 转诊日期 below the treatment\'s dates in prose dates it', () => {
    const f = facts(['某肿瘤防治中心 双向转诊单（下转）', '患者姓名：冯泽宇   性别：男', '初步诊断：鼻咽非角化性未分化型癌（T3N2M0 III期）同期放化疗后',
      '治疗经过：2024-02-19至2024-04-03行IMRT 70Gy/33F，疗效评价CR。', '转诊医师：蓝海   联系电话：020-87343088', '转诊日期：2024年5月9日']);
    expect(f.visitDates).toEqual(['2024-05-09']);
  });
});

describe('a disability assessment\'s conclusion book (wording author a65)', () => {
  it('残疾人评定结论书 is a certificate naming its patient as 被评定人, dated by 评定日期', () => {
    const f = facts(['某市残疾人评定指定医院', '残疾人评定结论书（听力）', '被评定人：宋一诺   性别：女   出生日期：2021年9月9日',
      '监护人：宋文博（父）   身份证号：371502199003111992', '评定结论：听力残疾 一级（双侧极重度感音神经性聋）', '评定医师：曲文涛   复核医师：石磊',
      '评定日期：2024年11月20日']);
    expect([f.documentType, f.name, f.visitDates]).toEqual(['DIAGNOSIS_CERTIFICATE', '宋一诺', ['2024-11-20']]);
  });
});

describe('a front sheet\'s diagnoses printed without a colon (wording author a63)', () => {
  it('主要诊断 and 其他诊断 opening their rows, the name run into the label once spaces are joined, are diagnoses', () => {
    const f = facts(['某市人民医院', '住 院 病 案 首 页', '姓名 袁学礼  性别 1', '入院时间 2024年10月28日 23时  入院科别 心内科CCU',
      '出院时间 2024年11月05日 09时  出院科别 心内科一病区', '主要诊断 急性下壁ST段抬高型心肌梗死 I21.101 入院病情 1',
      '其他诊断 高血压病2级 I10.x03 1', '离院方式 1']);
    expect([...f.diseaseKeys].sort()).toEqual(['CORONARY_HEART_DISEASE', 'HYPERTENSION']);
  });
});

describe('an outpatient page dated only under its signature (wording author a54)', () => {
  it('the date under the physician\'s signature (医师签章：杜永刚 / 二〇二五年三月五日) dates the visit, not the findings\' date above', () => {
    const f = facts(['某市人民医院', '神经内科门诊病历', '姓名：彭秀琴   性别：女', '主诉：左侧肢体活动不利半年，复诊。', '2025-03-02头颅CT（本院）：右侧基底节区软化灶。',
      '诊断：1.脑梗死后遗症', '医师签章：杜永刚', '二〇二五年三月五日']);
    expect(f.visitDates).toEqual(['2025-03-05']);
  });

  it('…but a prescription\'s 开具日期 dates it, not the collection\'s date under the physician\'s row', () => {
    const f = facts(['某市精神卫生中心', '普通处方  门诊', '科别：精神科门诊 门诊号：M24091206 开具日期：2024-09-12', '姓名：隋明亮 性别：男',
      '临床诊断：精神分裂症（偏执型）', '医师：郑丽萍 审核药师：曲晓 调配：王芳', '金额：186.40元 取药日期：2024-09-13']);
    expect(f.visitDates).toContain('2024-09-12');
  });
});

describe('a clinical diagnosis in English (wording authors a55, a56)', () => {
  it('words in Latin letters are one diagnosis (Cerebral infarction；HTN), kept though in mixed case (Hemophilia A)', () => {
    expect(facts(['某医学影像诊断中心', 'MRI 检查报告', 'Name 姓名：崔秀英', 'Clinical Dx 临床诊断：Cerebral infarction；HTN',
      '报告日期：2024-06-23']).diagnoses).toEqual(['Cerebral infarction', 'HTN']);
    expect(facts(['某医学检验中心', '临床检验报告', '姓名：田浩宇', '临床诊断：Hemophilia A', '报告时间：2024/6/4 16:38']).diagnoses).toEqual(['Hemophilia A']);
  });
});

describe('children\'s and women\'s hospitals (wording author a70)', () => {
  it('a report\'s 报告日期 in its own cell after the reviewer\'s (审核人：邢永红   报告日期：…) is the report\'s, not a clerk\'s endorsement', () => {
    const f = facts(['某市新生儿疾病筛查中心', '新生儿疾病筛查召回复查报告', '新生儿姓名：张沐晨   性别：男   出生日期：2024-08-01',
      '出生医院：某妇幼保健院   初筛采血日期：2024-08-04', '复查采血日期：2024-08-16   接收日期：2024-08-17', '临床诊断：新生儿筛查苯丙氨酸初筛阳性召回',
      '报告人：崔静   审核人：邢永红   报告日期：2024-08-19']);
    expect(f.reportDate).toBe('2024-08-19');
  });

  it('an antenatal record is dated by 本次检查日期, not by the last period, the due date or the next 产检', () => {
    const f = facts(['某市妇幼保健院  产科门诊', '产前检查记录', '姓名：令狐婧   年龄：28岁', '末次月经：2024-01-20    预产期：2024-10-27',
      '本次检查日期：2024-07-09    孕周：24+3周', '诊断：1.孕2产0 孕24+3周  2.糖尿病合并妊娠（1型糖尿病）', '处理：每2周产检一次，下次产检2024-07-23。',
      '医师：闫红霞']);
    expect(f.visitDates).toEqual(['2024-07-09']);
  });
});

describe('another paper cited for a fact (wording author a112)', () => {
  it('a discharge record cited in brackets (（据…医院2022年8月29日出院记录）) dates no stay of this certificate', () => {
    const f = facts(['某县人民医院', '疾病诊断证明书', '姓名：韦德明    性别：男', '兹证明该患者2022年8月在某医科大学附属医院行肾移植术。',
      '（据某医科大学附属医院2022年8月29日出院记录）', '诊断：同种异体肾移植术后', '医师：黄志', '日期：2024年5月16日']);
    expect([f.admissionDate, f.dischargeDate, f.visitDates]).toEqual([null, null, ['2024-05-16']]);
  });
});

describe('a long prescription\'s refills (wording author a113)', () => {
  it('the last and the next refill (上次续方日期：…, 下次续方不早于：…) are no visit: the 开具日期 is', () => {
    const f = facts(['某市人民医院  门诊慢特病长期处方', '姓名：宋海涛   性别：男', '临床诊断：肾移植状态', 'Rp:', '他克莫司胶囊  1mg×50粒×4盒',
      '医师：闫丽   开具日期：2024-10-22', '本次为第2次续方，上次续方日期：2024-07-30；下次续方不早于：2025-01-07']);
    expect(f.visitDates).toEqual(['2024-10-22']);
  });
});

describe('a big hospital\'s stay restated at home (wording author a123)', () => {
  it('a discharge date cited in brackets from another paper (（据该院出院记录，出院日期2024-09-27）) dates no stay here', () => {
    const f = facts(['某县人民医院', '诊断证明书', '姓名：孟庆海  性别：男  年龄：61岁', '患者于2024年9月在天津某医院住院，行冠状动脉造影，',
      '植入药物支架1枚（据该院出院记录，出院日期2024-09-27）。', '诊断：1.冠状动脉粥样硬化性心脏病 PCI术后', '医师：刘玉霞   2024年10月15日']);
    expect([f.admissionDate, f.dischargeDate, f.visitDates]).toEqual([null, null, ['2024-10-15']]);
  });

  it('a discharge told of a stay in another hospital (…于北京某医院住院，…于2024年12月6日出院) dates no stay here', () => {
    const f = facts(['故城县医院', '诊 断 证 明 书', '姓名：杨桂荣   性别：女', '病情摘要：患者2024年11月因“突发剧烈头痛”于首都医科大学附属北京天坛医院住院，',
      '诊断为“蛛网膜下腔出血”，行“颅内动脉瘤弹簧圈栓塞术”，术后恢复可，', '于2024年12月6日出院。现遗留头晕。', '诊断：蛛网膜下腔出血恢复期',
      '医师签字：韩立军', '2025年1月14日']);
    expect([f.admissionDate, f.dischargeDate, f.visitDates]).toEqual([null, null, ['2025-01-14']]);
  });

  it('…but a stay in the hospital that prints the page is its own (…在故城县医院住院…出院)', () => {
    const f = facts(['故城县医院', '诊断证明书', '姓名：杨桂荣   性别：女', '兹证明患者于2024年11月20日在故城县医院神经内科住院，',
      '经治疗于2024年12月6日出院。', '诊断：脑梗死', '医师签字：韩立军', '2025年1月14日']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-11-20', '2024-12-06']);
  });
});

describe('a stay that ends in death (wording author a147)', () => {
  it('a 死亡记录 is a record of the stay, which its 死亡时间 ends, across the year\'s end too', () => {
    const f = facts(['某县人民医院', '死亡记录', '姓名：王秀兰  性别：女  年龄：83岁  住院号：GG2412318', '入院时间：2024年12月31日22时10分',
      '死亡时间：2025年01月01日01时40分', '死亡诊断：1.大面积脑梗死 2.高血压病3级']);
    expect([f.documentType, f.admissionDate, f.dischargeDate]).toEqual(['INPATIENT_RECORD_COPY', '2024-12-31', '2025-01-01']);
  });

  it('…but a ward\'s 转出日期 (moved to another ward) ends no stay', () => {
    const f = facts(['某县人民医院', '出院记录', '姓名：李红', '入院日期：2024-03-01  转出日期：2024-03-05', '出院日期：2024-03-12', '出院诊断：脑梗死']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-03-01', '2024-03-12']);
  });
});

describe('a discharge diagnosis in numbered parts (wording author a150)', () => {
  it('goes on past 二、其他诊断： with its own numbering', () => {
    const f = facts(['某县人民医院', '出院记录', '姓名：谢德胜', '入院日期：2024-01-09  出院日期：2024-01-20', '出院诊断：一、主要诊断：1.社区获得性肺炎（重症）',
      '二、其他诊断：1.2型糖尿病 2.高血压病2级（高危） 3.陈旧性脑梗死', '出院医嘱：1.门冬胰岛素30 早16u 晚12u']);
    expect(f.diseaseKeys).toEqual(['DIABETES', 'HYPERTENSION', 'CEREBROVASCULAR_DISEASE']);
  });
});

describe('a certificate pad\'s stay line (corpus layout tune25)', () => {
  it('住院：于 2025.9.1 至 2025年9月10日, its dates in cells of their own, is the stay', () => {
    const f = facts(['某县人民医院', '疾 病 诊 断 证 明 书', '姓名  方洪亮  性别  男', '诊断：  1.冠状动脉粥样硬化性心脏病',
      '住院：于  2025.9.1  至  2025年9月10日', '医师  日期  2025.9.13']);
    expect([f.admissionDate, f.dischargeDate, f.visitDates]).toEqual(['2025-09-01', '2025-09-10', ['2025-09-13']]);
  });
});

describe('a date struck and written again (corpus layout tune27)', () => {
  it('the one initialled as the correction (更正阚, 改龚) is the date of issue, not the struck one before it', () => {
    const f = facts(['某县人民医院', '诊 断 证 明 书', '姓名  蒋玉兰  性别  女', '诊断：弥漫大B细胞淋巴瘤', '医师签名：  阚金山',
      '开具日期：  2025年4月5日  2025年4月6日  更正阚']);
    expect(f.visitDates).toEqual(['2025-04-06']);
    expect(facts(['某县人民医院', '诊断证明书', '姓名：李宝山', '诊断：2型糖尿病', '开具日期：  2024年06月28日  2024年6月30日  改龚']).visitDates)
      .toEqual(['2024-06-30']);
    // (as an engine reads it: the struck date in its label's box, the correction run into the new one)
    expect(facts(['某县人民医院', '诊断证明书', '姓名：蒋玉兰', '诊断：淋巴瘤', '开具日期：2025年4月5日  2025年4月6日更正阙']).visitDates)
      .toEqual(['2025-04-06']);
  });

  it('a signature across the date that turns its year\'s 2 into another figure (5024年) leaves the year a guess of this century', () => {
    expect(facts(['某县人民医院', '住院证明', '兹证明患者牛玉珍，女，55岁', '开具日期：5024年10月28日']).visitDates).toEqual(['2024-10-28']);
  });
});

describe('a hand\'s dates whose dots the engine lost (corpus layout tune25 through the OCR)', () => {
  it('are read where only one date fits after a date\'s label or a stay\'s 于/至 (于20259.1, 日期_2025.9.13, 日期2024828)', () => {
    const f = facts(['某县人民医院', '疾病诊断证明书', '姓名  方洪亮', '诊断：冠心病', '住院：于20259.1  至2025年9月10日', '医师  日期_2025.9.13']);
    expect([f.admissionDate, f.dischargeDate, f.visitDates]).toEqual(['2025-09-01', '2025-09-10', ['2025-09-13']]);
    expect(facts(['某县人民医院', '疾病诊断证明书', '姓名  方洪亮', '诊断：冠心病', '医师  日期2024828']).visitDates).toEqual(['2024-08-28']);
  });

  it('…but not where two dates fit (日期2024111), nor after a number\'s label (门诊号2024828)', () => {
    expect(facts(['某县人民医院', '疾病诊断证明书', '姓名  方洪亮', '诊断：冠心病', '门诊号2024828', '医师  日期2024111']).visitDates).toEqual([]);
  });
});
