import { describe, expect, it } from 'vitest';
import { facts } from '../../testing/wording-facts';

/**
 * Issue 10: rules made on the tuning part of wording authors a57 (township and old-fashioned discharge paper) and
 * later; each case below failed before its rule (a case opening with …but guards the rule's edge).
 */
describe('discharge paper told in prose (wording author a57)', () => {
  it('a summary that states its discharge diagnosis in a sentence (出院时诊断为…、…。) gives those diagnoses', () => {
    const f = facts(['某县第二人民医院　内一科', '出院小结',
      '患者吴某，女，59岁，因“口干多饮3年”于2024年3月25日收入我科。入院查尿蛋白（++）。',
      '住院期间予胰岛素降糖、降压治疗，患者血糖血压达标，于4月8日出院。',
      '出院时诊断为2型糖尿病、糖尿病肾病Ⅲ期、高血压病2级。', '出院后继续胰岛素治疗，内分泌科门诊随诊。', '医师：丁建华']);
    expect(f.diseaseKeys).toEqual(['DIABETES', 'HYPERTENSION']);
  });

  it('…but a diagnosis the patient had when admitted (入院时诊断为…) is not the discharge diagnosis', () => {
    const f = facts(['某县第二人民医院　内一科', '出院小结', '患者吴某，女，59岁，于2024年3月25日收入我科。',
      '入院时诊断为冠心病？，住院期间查冠脉CTA未见狭窄。', '于4月8日出院。', '出院时诊断为2型糖尿病。', '医师：丁建华']);
    expect(f.diseaseKeys).toEqual(['DIABETES']);
  });

  it('a notice that names the patient in prose before a bracketed record number (患者 孙凤兰 （住院号 20240047），) names her', () => {
    const f = facts(['某县中医院', '出院通知书', '住院处：', '兹有我科 12 床患者 孙凤兰 （住院号 20240047），',
      '于 2024年1月9日 入住我科，共住院14天，', '兹定于 2024年1月23日 出院，', '诊断：2型糖尿病', '经治医师：胡晓东']);
    expect(f.name).toBe('孙凤兰');
  });
});

describe('primary-care follow-up paper (wording author a58)', () => {
  it('a medicine-collection register (门诊慢特病购药登记表) is an outpatient page: each dated row is a visit', () => {
    const f = facts(['某市某区  门诊慢特病购药登记表', '定点医疗机构：某街道社区卫生服务中心',
      '参保人姓名：曹某珍   身份证号：372501195104060887', '病种：高血压（有合并症）   待遇有效期：2023-07-01至2025-06-30',
      '日期 | 药品名称 | 规格 | 数量 | 金额(元) | 医师', '2024-01-12 | 苯磺酸左旋氨氯地平片 | 2.5mg×28片 | 2盒 | 31.60 | 刘丽',
      '2024-02-26 | 苯磺酸左旋氨氯地平片 | 2.5mg×28片 | 2盒 | 31.60 | 刘丽', '2024-04-10 | 厄贝沙坦片 | 150mg×14片 | 4盒 | 38.80 | 邵华',
      '经办人：孟凡青']);
    expect(f.documentType).toBe('OUTPATIENT_RECORD_ORIGINAL');
    expect(f.visitDates.at(-1)).toBe('2024-04-10');
    expect(f.diseaseKeys).toEqual(['HYPERTENSION']);
  });

  it('…but an application\'s 申请病种 is applied for, not diagnosed', () => {
    const f = facts(['门诊慢特病申请表', '姓名：曹某珍', '申请病种：高血压', '医师签字：刘丽  2024-04-10']);
    expect(f.diseaseKeys).toEqual([]);
  });

  it('a dialysis patient\'s 复诊记录, one row a visit, is an outpatient page dated by its last row', () => {
    const f = facts(['某市第二人民医院  肾内科  门诊慢特病复诊记录', '姓名：姜某红   性别：女   年龄：52岁',
      '诊断：尿毒症 维持性血液透析', '日期 | Hb(g/L) | PTH(pg/ml) | 处理 | 医师', '2023-10-11 | 96 | 486 | 促红素 10000IU qw | 马骏',
      '2023-11-08 | 102 | 452 | 续前 | 马骏', '2023-12-06 | 108 | 398 | 促红素减为 6000IU qw | 王蕾', '下次复诊：2024-01-03']);
    expect(f.documentType).toBe('OUTPATIENT_RECORD_ORIGINAL');
    expect(f.visitDates.at(-1)).toBe('2023-12-06');
  });

  it('a family doctor\'s service record whose table heads 服务项目 | 结果摘要 is no laboratory report', () => {
    const f = facts(['某街道社区卫生服务中心', '家庭医生签约服务记录', '居民姓名：薛某庚   性别：男   年龄：68',
      '签约有效期：2023-01-01 至 2023-12-31', '序号 | 日期 | 服务项目 | 结果摘要 | 服务者', '1 | 2023.03.06 | 糖尿病随访 | 空腹血糖 8.2 | 杜明',
      '2 | 2023.06.20 | 糖尿病随访 | 空腹血糖 7.5 | 杜明', '3 | 2023.09.19 | 糖尿病随访 | 空腹血糖 7.0 | 杜明']);
    expect(f.documentType).toBe('OUTPATIENT_RECORD_ORIGINAL');
    expect(f.reportDate).toBeNull();
    expect(f.visitDates.at(-1)).toBe('2023-09-19');
  });

  it('a TCM page\'s third visit dated by month and day only (11.23 三诊) is its last visit', () => {
    const f = facts(['某县中医院  国医堂  门诊病历', '姓名：范某梅   性别：女   年龄：59岁', '2023.10.12 初诊', '口干多饮半年。',
      '西医诊断：2型糖尿病', '医师：袁志成', '2023.11.9 二诊', '口干减轻。上方加葛根15g 14剂。', '11.23 三诊',
      '诸症减轻，守方14剂。', '医师：袁志成']);
    expect(f.visitDates.at(-1)).toBe('2023-11-23');
  });

  it('a special-drug collection register (特药领药登记) is an outpatient page dated by its last collection', () => {
    const f = facts(['某市人民医院  门诊慢特病特药领药登记', '患者姓名：田某东    性别：男    年龄：57', '病种：慢性髓系白血病（慢性期）',
      '领药日期 | 药品 | 规格/数量 | 领药人 | 与患者关系', '2023-07-03 | 甲磺酸伊马替尼片 | 100mg×60片×2盒 | 田某东 | 本人',
      '2023-08-30 | 甲磺酸伊马替尼片 | 100mg×60片×2盒 | 田某燕 | 女儿', '药师：韩梅    复核：孙强']);
    expect(f.documentType).toBe('OUTPATIENT_RECORD_ORIGINAL');
    expect(f.visitDates.at(-1)).toBe('2023-08-30');
  });

  it('a follow-up list\'s 慢病类型： names the disease followed', () => {
    const f = facts(['某街道社区卫生服务中心', '糖尿病患者随访记录一览（按随访日期倒序）', '姓名：程某国   性别：男', '慢病类型：2型糖尿病',
      '随访日期 | 方式 | 空腹血糖 | 下次随访 | 随访医生', '20241120 | 门诊 | 6.9 | 20250219 | 吴凯', '20240821 | 门诊 | 7.4 | 20241120 | 吴凯']);
    expect(f.diseaseKeys).toEqual(['DIABETES']);
  });

  it('a home visit\'s slip (上门服务记录单) names its 服务对象 and is dated by its 上门日期', () => {
    const f = facts(['某街道社区卫生服务中心', '家庭医生上门服务记录单', '服务对象：胡某顺   男   78岁   身份证号：371581194606092359',
      '家属：李某珍（妻）   电话：0635-2361184', '上门日期：2025年2月26日 14:30', '查体：BP 142/84mmHg',
      '服务医生：姜伟    护士：刘佳', '下次上门时间：2025年3月下旬', '家属签字：李某珍']);
    expect(f.documentType).toBe('OUTPATIENT_RECORD_ORIGINAL');
    expect(f.name).toBe('胡某顺');
    expect(f.visitDates).toEqual(['2025-02-26']);
  });

  it('a child\'s rehabilitation training record is an outpatient page, each dated session a visit', () => {
    const f = facts(['某区妇幼保健计划生育服务中心  儿童康复科', '孤独症儿童康复训练记录', '儿童姓名：马某轩   性别：男   年龄：4岁',
      '诊断：孤独症谱系障碍', '日期 | 训练内容 | 时长 | 表现 | 康复师', '2024-09-03 | ABA回合式教学 | 60min | 配合一般 | 刘艳',
      '2024-10-08 | 阶段评估（CARS 34分）、家长指导 | 90min | 眼神交流增多 | 刘艳', '下次评估 2025-01']);
    expect(f.documentType).toBe('OUTPATIENT_RECORD_ORIGINAL');
    expect(f.visitDates.at(-1)).toBe('2024-10-08');
  });
});

describe('outpatient and emergency records printed by hospital systems (wording author a62)', () => {
  it.each([['急诊留观病历'], ['急诊留观记录']])('an emergency observation record (%s) is an outpatient page dated by its observation', (title) => {
    const f = facts(['某市人民医院', title, '留观号：LG240518006   床号：留观6床', '姓名：崔某芬  性别：女  年龄：79岁',
      '留观起止时间：2024-05-18 10:20 至 2024-05-18 18:45', '主诉：胸闷、憋喘加重2天。', '留观诊断：1.高血压病3级（极高危）',
      '离观医嘱：带药回家，3天后心内科门诊复诊', '值班医师：马永涛']);
    expect(f.documentType).toBe('OUTPATIENT_RECORD_ORIGINAL');
    expect(f.visitDates.at(-1)).toBe('2024-05-18');
  });

  it('a prescription headed with its class in brackets (精神药品处方（精二）) is an outpatient page dated when written', () => {
    const f = facts(['某市精神卫生中心', '精神药品处方（精二）', 'NO.00382716', '姓名：钱某刚  性别：男  年龄：39岁', '开具日期：2025.06.19',
      '临床诊断：精神分裂症；失眠', 'Rp', '1 阿立哌唑片 5mg×20片 ×3盒  Sig：10mg po qd', '医师：葛敏   审核：张璐',
      '复诊：4周后（2025.07.17）']);
    expect(f.documentType).toBe('OUTPATIENT_RECORD_ORIGINAL');
    expect(f.visitDates).toEqual(['2025-06-19']);
  });
});

describe('certificates in prose (wording author a59)', () => {
  it.each([['兹证明 王  芳 ，女，45岁，身份证号：371402197911032267，', '王芳'], ['兹证明 孙  强 同志，男，42岁，', '孙强']])(
    'a two-character name spaced wide in prose (%s) is the patient\'s', (line, name) => {
      const f = facts(['某市人民医院', '疾病证明书', '科室：内分泌代谢科门诊', line, '因“口干、多饮1月”来我院就诊。', '诊断：1.2型糖尿病',
        '医生签名：武建新', '开具日期：2025年3月3日']);
      expect(f.name).toBe(name);
    });
});

describe('reports and specialist paper (wording authors a60, a65)', () => {
  it('a CT report headed 诊 断 报 告 书 that labels the ID 公民身份号码： is a report dated by its 报告日期', () => {
    const f = facts(['某医科大学第一附属医院  放射科', 'CT 诊 断 报 告 书', '姓名：韦某福  性别：男  年龄：58岁  影像号：1290563',
      '公民身份号码：45010319650508017X', '临床诊断：原发性肝癌TACE术后', '申请日期：2023年8月18日   检查日期：2023年8月21日',
      '诊断意见：', '1. 肝右叶肝癌TACE术后。', '报告医师：蒙丽娟   审核医师：黄志勇', '报告日期：2023年8月21日']);
    expect(f.documentType).toBe('TEST_REPORT');
    expect(f.reportDate).toBe('2023-08-21');
  });

  it('a day-chemotherapy centre\'s 化疗周期记录单 is an outpatient page dated by its last cycle', () => {
    const f = facts(['某省肿瘤医院 日间化疗中心', '化疗周期记录单', '姓名：潘某强   性别：男   年龄：62岁', '诊断：结肠癌术后',
      '周期 | 日期 | 体重kg | 医师', 'C1 | 2024.03.11 | 68.0 | 陈', 'C2 | 2024.04.01 | 67.5 | 陈', 'C3 | 2024.05.14 | 66.2 | 许',
      '下周期预约：2024.06.04']);
    expect(f.documentType).toBe('OUTPATIENT_RECORD_ORIGINAL');
    expect(f.visitDates.at(-1)).toBe('2024-05-14');
  });
});


describe('a discharge diagnosis carried onto a follow-up form (wording author a59)', () => {
  it('a diagnosis of two long names on the label\'s row goes on in the short row under it (Killip Ⅰ级 PCI术后（…）)', () => {
    const f = facts(['某市人民医院胸痛中心', 'STEMI患者出院后随访记录表', '姓名：孟庆华  性别：男', '住院时间：2025-01-02 至 2025-01-12',
      '出院诊断：冠状动脉粥样硬化性心脏病 急性下壁ST段抬高型心肌梗死', 'Killip Ⅰ级 PCI术后（右冠状动脉植入支架2枚）',
      '随访日期：2025-01-26    随访方式：门诊', '症状：无胸痛，活动后轻度乏力。']);
    expect(f.diagnoses).toEqual(['冠状动脉粥样硬化性心脏病急性下壁ST段抬高型心肌梗死', 'Killip Ⅰ级PCI术后(右冠状动脉植入支架2枚)']);
  });
});

describe('a certification form\'s opinion (wording author a59)', () => {
  it('鉴定意见： alone on its row heads the numbered diagnoses under it', () => {
    const f = facts(['某市职工基本医疗保险门诊慢特病鉴定表', '姓 名：周海涛   性 别：男', '申请病种：器官移植术后抗排异治疗',
      '主要病史及检查：2022年11月因“尿毒症”于某医院行同种异体肾移植术。', '医疗机构鉴定意见：', '1.同种异体肾移植术后状态（移植肾功能正常）',
      '2.高血压病2级', '经治医师：魏长河    二〇二五年六月三日']);
    expect(f.diagnoses).toEqual(['同种异体肾移植术后状态(移植肾功能正常)', '高血压病2级']);
  });

  it('…but an opinion on its label\'s row is a verdict, not a diagnosis (认定意见：高血压 符合；冠心病 不符合。)', () => {
    const f = facts(['门诊慢特病认定申请表（医师意见页）', '姓名：欧阳春花   性别：女', '申请病种：1.高血压  2.冠心病',
      '诊断：1.高血压病1级（中危）', '      2.胸痛查因', '认定意见：高血压 符合；冠心病 不符合。', '认定医师签名：刘建新    日期：2024-12-27']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION']);
  });
});

describe('third-party laboratories\' reports (wording author a60)', () => {
  it('a note on how a stated diagnosis was found (苯丙酮尿症（新生儿筛查阳性，…）) leaves it a diagnosis, kept whole', () => {
    const f = facts(['某医学检验所', '遗传病基因检测报告', '姓名：王一诺  性别：女  年龄：4月',
      '临床诊断：苯丙酮尿症（新生儿筛查阳性，Phe 1126 μmol/L）', '报告日期：2024.3.19']);
    expect(f.diagnoses).toEqual(['苯丙酮尿症(新生儿筛查阳性,Phe 1126 μmol/L)']);
  });

  it('…but a screening\'s positive alone (新生儿筛查苯丙氨酸阳性) is a suspicion', () => {
    const f = facts(['某医学检验所', '遗传病基因检测报告', '姓名：王一诺  性别：女', '临床诊断：新生儿筛查苯丙氨酸阳性', '报告日期：2024.3.19']);
    expect(f.diagnoses).toEqual([]);
  });

  it('a report\'s long title (流式细胞术白血病/淋巴瘤免疫分型报告) heads a report: a 临床诊断 of "/" leaves its conclusion', () => {
    const f = facts(['某医学检验实验室', '流式细胞术白血病/淋巴瘤免疫分型报告', '姓名：曾子轩  性别：男  年龄：9岁', '标本类型：骨髓   临床诊断：/',
      '结论：符合急性B淋巴细胞白血病（B-ALL，Common-B）免疫表型。', '审核时间：2024-11-20 16:40   报告时间：2024-11-20 16:42']);
    expect([f.documentType, f.diagnoses]).toEqual(['TEST_REPORT', ['符合急性B淋巴细胞白血病(B-ALL,Common-B)免疫表型']]);
  });

  it('the disease of the proband a carrier is tested for (生育咨询（先证者苯丙酮尿症）) is not hers', () => {
    const f = facts(['某医院  医学遗传中心', '单基因病携带者检测报告', '受检者姓名：谷明月  性别：女', '临床诊断：生育咨询（先证者苯丙酮尿症）',
      '报告日期：2023-06-28']);
    expect(f.diseaseKeys).toEqual([]);
  });
});

describe('heart and brain reports (wording author a69)', () => {
  it('a catheter lab\'s 术前诊断 is outranked by the report\'s conclusion, as an admission diagnosis is', () => {
    const f = facts(['某市人民医院 心导管室', '冠状动脉造影及介入治疗报告', '姓名：上官明  性别：男', '手术日期：2024-07-09', '术前诊断：不稳定型心绞痛',
      '结论：1.冠状动脉粥样硬化性心脏病 三支病变 2.前降支PCI术（植入支架1枚）', '报告时间：2024-07-09 11:42']);
    expect(f.diagnoses).toEqual(['冠状动脉粥样硬化性心脏病三支病变', '前降支PCI术(植入支架1枚)']);
  });

  it('…but a 术前诊断 with nothing after it is still the page\'s diagnosis', () => {
    const f = facts(['某市人民医院 心导管室', '冠状动脉造影报告', '姓名：上官明  性别：男', '术前诊断：冠状动脉粥样硬化性心脏病', '报告时间：2024-07-09 11:42']);
    expect(f.diseaseKeys).toEqual(['CORONARY_HEART_DISEASE']);
  });
});

describe('emergency observation and ruled-out diagnoses (wording authors a61, a62)', () => {
  it('a discharge list\'s item ruled out (2.脑梗死已排除) names no disease', () => {
    const f = facts(['某医院', '出院记录', '姓名：隋丽娜  性别：女', '入院日期：2023年6月29日  出院日期：2023年7月3日',
      '出院诊断：1.前庭神经炎（左） 2.脑梗死已排除 3.颈椎病', '经治医师：于洋']);
    expect(f.diseaseKeys).toEqual([]);
  });

  it('an observation room\'s record (急诊观察室病历) is an outpatient page: 入观时间 and its closing 离观记录 date the visit, no stay', () => {
    const f = facts(['某市人民医院', '急诊观察室病历', '姓名：龚德胜 性别：男', '入观时间：2023-10-07 21:15', '初步诊断：上消化道出血',
      '2023-10-08 06:30 病程：未再呕血，血压112/68mmHg。', '2023-10-08 09:40 离观记录：病情稳定，转消化内科住院行胃镜治疗。',
      '离观诊断：1.食管胃底静脉曲张破裂出血', '医师：覃海燕']);
    expect([f.documentType, f.admissionDate, f.visitDates]).toEqual(['OUTPATIENT_RECORD_ORIGINAL', null, ['2023-10-07', '2023-10-08']]);
  });

  it('…but an observation\'s span (留观时间：…—…) still dates its visit, unlike a query\'s window', () => {
    const f = facts(['某市人民医院', '急诊留观记录', '留观时间：2025-03-02 08:10 — 2025-03-02 20:30', '姓名：杨光明  性别：男',
      '诊断：1.腹膜透析相关性腹膜炎', '复诊预约：2025-03-05 09:00 腹透门诊', '医师：罗丹   打印：2025-03-02 20:41']);
    expect(f.visitDates).toEqual(['2025-03-02']);
  });
});

describe('the first page of a discharge record scanned on its own (wording authors a61, a92)', () => {
  it('states only the admission diagnoses, and says so (第1页 共2页, 出院诊断见第2页): those are its diagnoses', () => {
    const f = facts(['某县人民医院', '出院记录', '姓名：冯德海    性别：男    年龄：70岁', '入院日期：2024年03月02日    出院日期：2024年03月12日',
      '入院诊断：1.脑梗死', '          2.高血压病2级', '诊疗经过：入院后予抗血小板、调脂治疗，', '第1页 共2页    （出院诊断、出院医嘱见第2页）']);
    expect([...f.diseaseKeys].sort()).toEqual(['CEREBROVASCULAR_DISEASE', 'HYPERTENSION']);
  });

  it('…but a discharge record that does not say it goes on never falls back to its admission diagnoses', () => {
    const f = facts(['某县人民医院', '出院记录', '姓名：冯德海    性别：男    年龄：70岁', '入院日期：2024年03月02日    出院日期：2024年03月12日',
      '入院诊断：1.脑梗死', '          2.高血压病2级', '诊疗经过：入院后予抗血小板、调脂治疗，', '医师签名：韩梅']);
    expect(f.diseaseKeys).toEqual([]);
  });
});

describe('a disability assessment\'s conclusion (wording author a65)', () => {
  it('names the disability where nothing else is labelled a diagnosis (评定结论：听力残疾 一级（…）)', () => {
    const f = facts(['某市残疾人评定指定医院', '残疾人评定结论书（听力）', '被评定人：杭一鸣   性别：男   年龄：4岁',
      '听力检查：ABR 双耳 >95dBnHL 未引出', '评定结论：听力残疾 一级（双侧极重度感音神经性聋）', '评定医师：曲涛', '评定日期：2024年10月8日']);
    expect(f.diseaseKeys).toEqual(['CHILD_DISABILITY_REHAB']);
  });

  it('…but under a labelled 临床诊断 it adds nothing (an adult\'s limb disability from a stroke)', () => {
    const f = facts(['残疾人残疾评定表', '姓名 郝建国 性别 男 年龄 58', '临床诊断：脑梗死后遗症期（右侧偏瘫）', '评定结论：肢体残疾三级',
      '评定医生：杜青', '评定日期：2023年9月1日']);
    expect(f.diseaseKeys).toEqual(['CEREBROVASCULAR_DISEASE']);
  });
});

describe('a laboratory\'s row of dates under a row of their labels (wording author a60)', () => {
  it('pairs each date with its label in order (采样时间 接收时间 报告时间 / three dates): the third is the report\'s', () => {
    const f = facts(['某医学检验实验室', '检 验 报 告', '姓名：庞秀兰  性别：女  年龄：52岁', '临床诊断：糖尿病？', '采样时间 接收时间 报告时间',
      '2024-05-13 07:32 2024-05-13 13:05 2024-05-14 10:18', '空腹血糖 7.41 ↑ mmol/L 3.9-6.1', '打印时间：2024-05-15 09:47']);
    expect(f.reportDate).toBe('2024-05-14');
  });
});
