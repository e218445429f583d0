import { describe, expect, it } from 'vitest';
import { facts } from '../../testing/wording-facts';

/**
 * Issue 10: rules made on the tuning part of wording authors a46 (outpatient pages crowded with dates), a47
 * (discharge diagnoses and stays), a48 (pages crowded with people) and a49 (township reports and certificates);
 * each case below failed before its rule.
 */
describe('outpatient pages crowded with dates (wording author a46)', () => {
  it('a record number of eight figures after a letter (门诊号：J24090318) is no date; the signature\'s date is the visit', () => {
    const f = facts(['某市精神卫生中心', '门 诊 病 历        打印日期：2024-09-10', '姓名：吕振江   性别：男   门诊号：J24090318',
      '诊断：精神分裂症（偏执型）', '处理：利培酮片 2mg 口服 bid，2周后复诊', '医师签名：曹永刚          2024年9月3日']);
    expect(f.visitDates).toEqual(['2024-09-03']);
  });

  it('a prescription headed by its kind of drug (麻醉药品、第一类精神药品处方) is an outpatient page, dated by 开具日期', () => {
    const f = facts(['某县人民医院', '麻醉药品、第一类精神药品处方      麻、精一', '科别：肿瘤科门诊  开具日期：2025年01月14日',
      '患者姓名：罗永福  性别：男', '办卡日期：2024-10-08', '临床诊断：右肺鳞癌 骨转移', '医师：钱素梅    审核药师：江雪梅 2025-01-14 14:52']);
    expect([f.documentType, f.visitDates]).toEqual(['OUTPATIENT_RECORD_ORIGINAL', ['2025-01-14']]);
  });

  it('an internet hospital\'s consultation (互联网诊疗电子病历, 问诊记录) is an outpatient page, dated by when it began (问诊开始)', () => {
    const a = facts(['某互联网医院', '互联网诊疗电子病历', '就诊人：邓丽娟  女  32岁', '问诊开始：2024-05-17 19:02  问诊结束：2024-05-17 19:40',
      '现病史：2024-04-10 线下复查血锂浓度 0.68mmol/L', '诊断：双相情感障碍', '处方有效期至：2024-05-20 19:40', '打印时间：2024-06-01 11:32']);
    expect([a.documentType, a.visitDates]).toEqual(['OUTPATIENT_RECORD_ORIGINAL', ['2024-05-17']]);
    const b = facts(['某某在线  问诊记录', '患者：武海军  男  63岁', '问诊开始：2023-09-22 20:11    服务截止：2023-09-24 20:11',
      '初步诊断：1.高血压病2级', '打印时间：2023-10-09 08:40']);
    expect([b.documentType, b.visitDates]).toEqual(['OUTPATIENT_RECORD_ORIGINAL', ['2023-09-22']]);
  });

  it('a disability assessment names its disease as the disability\'s cause (致残原因)', () => {
    const f = facts(['残疾评定表（肢体残疾）', '申请日期：2024-08-30', '姓名：李沐宸  性别：男  出生日期：2019年4月18日',
      '监护人：李红（母亲）', '致残原因：精神发育迟滞伴发精神障碍', '评定结论：肢体残疾 二级', '评定医师签字：邹德华     2024年9月12日']);
    expect(f.diseaseKeys).toEqual(['SEVERE_MENTAL_DISORDER']);
  });
});

describe('discharge diagnoses hard to pick (wording author a47)', () => {
  it('a front sheet\'s two halves of diagnoses, each with its code: a row that holds only the names and codes goes on', () => {
    const f = facts(['某县人民医院', '住院病案首页', '姓名 郭淑珍 性别 2 年龄 78岁', '入院时间 2024年02月17日 23时 入院科别 急诊科',
      '出院时间 2024年02月26日 09时 出院科别 内分泌科', '门(急)诊诊断 急性脑梗死 疾病编码 I63.900',
      '出院诊断 疾病编码 入院病情 出院诊断 疾病编码 入院病情', '主要诊断 低血糖昏迷 E16.201 1 其他诊断 慢性肾脏病3期 N18.301 1',
      '其他诊断 2型糖尿病 E11.900 1 肾性贫血 D63.801 1', '高血压病2级 I10.x03 1 坠积性肺炎 J18.201 4', '病理诊断 — 疾病编码 — 病理号 —',
      '科主任 张立军 主治医师 宋春燕']);
    expect(f.diseaseKeys).toEqual(['DIABETES', 'HYPERTENSION']);
  });

  it('a stay told with two-figure years after 入院：/出院： (入院：24-05-07  出院：24-05-28)', () => {
    const f = facts(['某市妇幼保健院  儿童康复中心', '出院记录', '姓名：张宇航  性别：男  年龄：4岁  住院号：ET240507',
      '入院：24-05-07          出院：24-05-28', '出院诊断：1.孤独症谱系障碍', '医师：于洋']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-05-07', '2024-05-28']);
  });
});

describe('pages crowded with people (wording author a48)', () => {
  it('a certificate for an employee\'s kin (职工 蒋德福（身份证号：…）之妻 周桂英): her name, not his', () => {
    const f = facts(['某市人民医院', '病 情 证 明', '兹证明：职工 蒋德福（身份证号：371502196508031556）之妻 周桂英，女，58岁，',
      '诊断：卵巢恶性肿瘤术后化疗中', '经治医师：石磊', '2023年10月16日']);
    expect([f.name, f.idNumber]).toEqual(['周桂英', null]);
  });

  it('an insurance claim\'s certificate names the patient as the insured (被保险人姓名), beside the policyholder', () => {
    const f = facts(['某县人民医院', '疾病诊断证明书', '（保险理赔专用）', '被保险人姓名：陈德明  性别：男  年龄：63岁',
      '投保人：陈晓燕  与被保险人关系：父女', '出院诊断：', '1.原发性肝癌', '医师签名：蒋文斌', '开具日期：2024年3月11日']);
    expect(f.name).toBe('陈德明');
  });
});

describe('the patient named only where they sign (wording author a48)', () => {
  it('a record that names its patient only in the patient\'s signature (患者签名：巴特尔) takes it, for the clerk to check', () => {
    const f = facts(['某医科大学附属医院', '肿瘤内科 门诊记录', '门诊号：0065731  就诊日期：2024-08-14', '诊断：1.弥漫大B细胞淋巴瘤',
      '陪同家属：其其格（妻）', '医师：赵巍', '患者签名：巴特尔']);
    expect(f.name).toBe('巴特尔');
    expect(f.sources?.name?.confidence).toBeLessThan(0.8);
    // one who signs for the patient is not the patient
    expect(facts(['某医院', '门诊记录', '就诊日期：2024-08-14', '诊断：高血压病', '患者签名：其其格（家属代签）']).name).toBeNull();
  });
});

describe('township reports and certificates (wording author a49)', () => {
  it('a fill-in certificate names the disease in the blank after 因 (因 __高血压病3级、脑出血后遗症__ 于…)', () => {
    const f = facts(['某镇卫生院', '病 情 证 明', '兹证明 ____李春生____ 同志，性别 __男__，年龄 __46__ 岁，',
      '因 __高血压病3级、脑出血后遗症（右侧肢体活动不利）__', '于 _2023_ 年 _12_ 月 _28_ 日至 _2024_ 年 _1_ 月 _9_ 日在我院住院治疗，',
      '建议：__全休壹个月__', '特此证明。', '医师：__马红霞__', '二〇二四年一月十日']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION']);
  });

  it('a certificate that opens with the patient names the disease in quotes after 因, its prose ending in 特此证明', () => {
    const f = facts(['某市中心人民医院', '住 院 证 明', '患者王建军，男，52岁，', '因“脑梗死 高血压病”于2025年2月14日入住我院神经内科，',
      '现仍在住院治疗中。', '特此证明。', '经治医师：韩磊', '2025年2月20日']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION', 'CEREBROVASCULAR_DISEASE']);
  });

  it('a school\'s certificate names the pupil (兹证明  李想  同学，男，14岁)', () => {
    const f = facts(['某市中心医院', '疾病证明书', '兹证明  李想  同学，男，14岁，就读于某中学八年级，', '因“1型糖尿病”于我院内分泌科就诊，',
      '特此证明。', '医师：程海燕', '二〇二四年九月二日']);
    expect(f.name).toBe('李想');
  });

  it('a follow-up form names the patient\'s diseases as 确诊疾病', () => {
    const f = facts(['2型糖尿病患者随访服务记录表', '姓名：田素云', '确诊疾病：2型糖尿病、高血压病', '随访日期 | 2024年1月10日 | 2024年4月8日']);
    expect(f.diseaseKeys).toEqual(['DIABETES', 'HYPERTENSION']);
  });

  it('an ECG report: its reader\'s 医师诊断 is its conclusion, which a printed 临床诊断 outranks; 冠心病？请结合临床 is a question', () => {
    const f = facts(['某镇卫生院', '十二导联心电图报告', '姓名：马占奎  性别：男  年龄：73', '临床诊断：体检', '医师诊断：', '1.窦性心律',
      '2.冠状动脉粥样硬化性心脏病？请结合临床', '报告医师：孙  报告日期：2024年05月27日']);
    expect(f.diseaseKeys).toEqual([]);
    expect(facts(['某镇卫生院', '十二导联心电图报告', '姓名：马占奎', '诊断：冠状动脉粥样硬化性心脏病？请结合临床', '报告日期：2024年05月27日']).diseaseKeys).toEqual([]);
  });

  it('a title spaced out (CT 诊 断 报 告 书) is no diagnosis label: the report\'s 印象 names the disease', () => {
    const f = facts(['某县人民医院', 'CT 诊 断 报 告 书', '检查类型：胸部CT平扫', '姓名：纪建平  性别：男  来源：体检中心', '检查所见：',
      '右肺上叶尖段见不规则软组织肿块。', '印象：', '1.右肺上叶周围型肺癌，伴纵隔淋巴结转移；', '2.双肺少许纤维灶。', '报告日期：2025-06-11']);
    expect(f.diseaseKeys).toEqual(['MALIGNANT_TUMOR_OUTPATIENT']);
  });
});

describe('an applicant who is the patient\'s kin (wording authors a58, a59)', () => {
  it('an applicant marked as the patient\'s son (申请人：李卫东（患者之子）) is not the patient: his name and number are his', () => {
    const f = facts(['莘县人民医院', '病 情 证 明', '申请人：李卫东（患者之子）  申请人身份证号：371522196803210392', '联系电话：15166281730',
      '患者姓名：张玉珍  性别：女  年龄：81岁', '患者身份证号：371522194208140247', '目前诊断：1.胃恶性肿瘤（Ⅳ期，肝转移）',
      '主管医师：郜雪峰', '2024年2月6日']);
    expect([f.name, f.idNumber]).toEqual(['张玉珍', '371522194208140247']);
  });

  it('…but an applicant marked as the patient herself (申请人：张玉珍（本人）) is the patient', () => {
    const f = facts(['门诊慢特病申请表', '申请人：张玉珍（本人）  申请人身份证号：371522194208140247', '申请病种：恶性肿瘤门诊治疗',
      '经办人：刘敏  2024年2月6日']);
    expect([f.name, f.idNumber]).toEqual(['张玉珍', '371522194208140247']);
  });
});

describe('a register\'s column of collectors\' numbers (wording author a58)', () => {
  it('every row under a 领药人身份证号 heading holds the collector\'s number, not the patient\'s', () => {
    const f = facts(['聊城市人民医院  门诊慢特病特药领药登记', '患者姓名：田卫东    性别：男    年龄：57', '病种：慢性髓系白血病（慢性期）',
      '领药日期 | 药品 | 规格/数量 | 领药人 | 与患者关系 | 领药人身份证号',
      '2023-07-03 | 甲磺酸伊马替尼片 | 100mg×60片×2盒 | 田卫东 | 本人 | —',
      '2023-08-01 | 甲磺酸伊马替尼片 | 100mg×60片×2盒 | 田晓燕 | 女儿 | 371502198804150284',
      '2023-08-30 | 甲磺酸伊马替尼片 | 100mg×60片×2盒 | 田晓燕 | 女儿 | 371502198804150284', '药师：韩梅    复核：孙强']);
    expect(f.idNumber).toBeNull();
  });
});
