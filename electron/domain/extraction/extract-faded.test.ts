import { describe, expect, it } from 'vitest';
import { facts } from '../../testing/wording-facts';

/**
 * Issue 10: faded, dot-matrix and poorly copied print, where full stops and colons are lost or read as figures.
 * Rules made on the wording cases' tuning part (bench:wording); each failed before its rule.
 */
describe('a list numbered by figures standing apart', () => {
  it('gives each item its own diagnosis (诊断 l 冠心病 稳定型心绞痛 2 高血压病2级 3 糖尿病？)', () => {
    const f = facts(['门诊病历', '姓名 王兰', '诊断 l 脑梗死 恢复期 2 高血压病2级 3 糖尿病？']);
    expect(f.diagnoses).toEqual(['脑梗死恢复期', '高血压病2级']);
    expect(f.diseaseKeys).toEqual(['CEREBROVASCULAR_DISEASE', 'HYPERTENSION']);
  });

  it('takes an item that opens with its own figure (2 2型糖尿病)', () => {
    expect(facts(['急诊病历', '诊断 l 低血糖昏迷 2 2型糖尿病']).diagnoses).toEqual(['低血糖昏迷', '2型糖尿病']);
  });

  it('leaves a lone figure between words as read (年龄 71 岁)', () => {
    const f = facts(['门诊病历', '姓名 王兰 年龄 71 岁', '诊断 高血压病 2级']);
    expect(f.name).toBe('王兰');
    expect(f.diseaseKeys).toEqual(['HYPERTENSION']);
  });
});

describe('a figure after a label is not its colon when it opens a date', () => {
  it('诊疗经过 1月20日… is the course, and the 出院诊断 under it is read', () => {
    const f = facts(['出院记录', '姓名：王兰', '诊疗经过 1月20日局麻下行内瘘成形术 术后好转', '出院诊断 1.脑梗死 2.高血压病']);
    expect(f.diseaseKeys).toEqual(['CEREBROVASCULAR_DISEASE', 'HYPERTENSION']);
  });

  it('a history paragraph ends at a diagnosis label that opens a numbered list without its colon', () => {
    const f = facts(['出院记录', '现病史：患者3年前外院诊断为糖尿病，', '未规律服药。', '出院诊断 1.脑梗死 2.高血压病']);
    expect(f.diseaseKeys).toEqual(['CEREBROVASCULAR_DISEASE', 'HYPERTENSION']);
  });
});

describe('a numbered list ends where the history or the treatment opens, its colon lost', () => {
  it('病史 … under the diagnoses is not one of them', () => {
    const f = facts(['门诊慢特病待遇认定申请表', '申请人姓名 马秀兰', '诊断 1.脑梗死 2.高血压病3级 极高危', '病史 高血压20年 2021年冠脉造影示狭窄70%',
      '医师签字 杨建华 2024年4月10日']);
    expect(f.diseaseKeys).toEqual(['CEREBROVASCULAR_DISEASE', 'HYPERTENSION']);
  });
});

describe('a coded diagnosis list, one code and name a row', () => {
  it('goes on over every coded row under its label (出院诊断（ICD-10）： / I25.103  … / E11.900  …)', () => {
    const f = facts(['出院小结', '姓名：纪宝山', '出院诊断（ICD-10）：', 'I63.900  脑梗死', 'I50.900x018  心功能不全 NYHA III级 伴双下肢水肿',
      'E11.900  2型糖尿病', 'I10.x05  高血压病3级（很高危）', '出院日期 2025.2.15  医师：于XX']);
    expect(f.diseaseKeys).toEqual(['CEREBROVASCULAR_DISEASE', 'DIABETES', 'HYPERTENSION']);
  });

  it('…with the code glued to its name and faded digits read as letters (IlO原发性高血压 / I25.lO3冠状… / I69.3O3脑梗死后遗症)', () => {
    const f = facts(['慢病门诊复诊记录', '姓名 呼延春生  男  70岁', '诊断（ICD-lO）', 'IlO原发性高血压', 'I25.lO3冠状动脉粥样硬化性心脏病',
      'I69.3O3脑梗死后遗症', 'E78.5高脂血症', '处理 续用原方案 l月后复诊  医师 霍']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE']);
  });
});

describe('a patient\'s name where its label is lost or stands alone', () => {
  it('a traditional 歲 is an age like 岁 (兹证明患者吴秀英 女 66歲)', () => {
    expect(facts(['疾 病 证 明 书', '兹证明患者吴秀英 女 66歲 于2025年1月6日至2025年1月17日在我院住院治疗', '诊断 脑梗死']).name).toBe('吴秀英');
  });

  it('a name opening the header row before its 性别 label, the 姓名 label covered (侯建英  性别：女  年龄：62岁)', () => {
    const f = facts(['民医院检验报告单', '侯建英  性别：女  年龄：62岁  科室：肾内科门诊', '断：2型糖尿病肾病', '报告日期：2025-04-15 11:46']);
    expect(f.name).toBe('侯建英');
  });

  it('a 姓名 label alone on its row, the name opening the ruled row under it', () => {
    const f = facts(['某市精神卫生中心', '诊 断 证 明 书', '姓名', '|  施兰芬  |  性别  女  |  年龄  37岁  |  住院号  J2509021', '诊断：精神分裂症']);
    expect(f.name).toBe('施兰芬');
  });

  it('a sidebar\'s 姓名 read across beside the next column\'s heading, the name under it (姓名  主诉 / 汤树林)', () => {
    expect(facts(['某市人民医院  门诊病历', '姓名  主诉', '汤树林', '发现血压升高10年，头晕3天。', '性别 / 年龄', '现病史', '男 / 67岁']).name).toBe('汤树林');
  });

  it('a long name that prose wrapped onto the next line (…兹证明患者敖特根巴 / 雅尔，男，67岁…)', () => {
    const f = facts(['某旗人民医院', '诊 断 证 明 书', '经我院检查诊治，兹证明患者敖特根巴', '雅尔，男，67岁，于2025年3月28日住院治疗。', '诊断：1.冠状动脉粥样硬化性心脏病']);
    expect(f.name).toBe('敖特根巴雅尔');
    expect(facts(['诊断证明书', '兹证明患者王', '淑琴，女，62岁，患高血压病。']).name).toBe('王淑琴');
    // never the words before the name (我院患者范娟，女), nor a label that ends its row (死亡患者尸检 / 2)
    expect(facts(['诊断证明书', '兹证明我院患者范娟，女，56岁，患高血压病。']).name).toBe('范娟');
    expect(facts(['住院病案首页', '姓名  马金花', '药物过敏  1  死亡患者尸检', '2  血型  1']).name).toBe('马金花');
  });
});

describe('the history ends at the next label', () => {
  it('…a label with a bracketed note before its colon (出院诊断（主要诊断）：)', () => {
    const f = facts(['出 院 小 结', '姓名：包巴特尔', '诊疗经过：予脱水降颅压、控制血压、营养神经治疗。', '复查CT示血肿吸收期。',
      '出院诊断（主要诊断）：脑梗死  I63.9', '出院诊断（其他诊断）：1.高血压病3级（很高危） I10  2.坠积性肺炎 J18.2']);
    expect(f.diseaseKeys).toEqual(['CEREBROVASCULAR_DISEASE', 'HYPERTENSION']);
  });
});

describe('a date the edge of a photo cut in its day', () => {
  it('is not read as the day left (入院日期：2025年02月2 / 出院日期：2025-03-1 at the edge)', () => {
    const f = facts(['出 院 记 录', '姓名：金顺子', '性别：女  年龄：72岁  入院日期：2025年02月2', '职业：农民  出院日期：2025年03月10日',
      '出院诊断：1.脑梗死']);
    expect([f.admissionDate, f.dischargeDate]).toEqual([null, '2025-03-10']);
    expect(facts(['出 院 记 录', '入院日期：2025-03-04 08:30  出院日期：2025-03-1']).dischargeDate).toBeNull();
  });

  it('…while a whole date at the end of its row is read (入院日期：2025.3.4, 出院日期：2025.11.6)', () => {
    const f = facts(['出 院 记 录', '入院日期：2025.3.4', '出院日期：2025.11.6']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2025-03-04', '2025-11-06']);
  });
});

describe('a form typed into its blanks', () => {
  it('reads each value between the underscores of its blank (于 __2O25__ 年 __O2__ 月 __l7__ 日 至 …)', () => {
    const f = facts(['某区人民医院', '疾病证明书', '兹证明 ____邓桂英____ 性别 __女__ 年龄 __7O__ 岁',
      '于 __2O25__ 年 __O2__ 月 __l7__ 日 至 __2O25__ 年 __O3__ 月 __O3__ 日 在我院 __心内__ 科住院治疗',
      '诊断 __l 冠心病 不稳定型心绞痛 2 高血压病3级__', '医嘱 休息二周 门诊随访', '医师签名 __谭__  日期 __2O25.3.S__']);
    expect([f.name, f.admissionDate, f.dischargeDate, f.visitDates]).toEqual(['邓桂英', '2025-02-17', '2025-03-03', ['2025-03-05']]);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION']);
    expect(f.diagnoses).toEqual(['冠心病不稳定型心绞痛', '高血压病3级']);
  });
});

describe('a table whose rules were read as letters', () => {
  it('a row ruled into cells whose rules came out as a capital I is read cell by cell (I 姓名 I 赵桂香 I 性别 I 女 I)', () => {
    const f = facts(['邵东市廉桥镇卫生院急诊病历', 'I 姓名 I 赵桂香 I 性别 I 女 I 年龄 I 74 I', 'I 就诊时间 I 2025-08-03 21:40 I 科别 I 急诊 I',
      '诊断：1.低血糖症  2.2型糖尿病']);
    expect([f.name, f.visitDates, f.diseaseKeys]).toEqual(['赵桂香', ['2025-08-03'], ['DIABETES']]);
    // a grade in Roman figures is no rule
    expect(facts(['某县医院', '门诊病历', '姓名：王芳  性别：女', '诊断：高血压 I 级  冠心病 I 型']).diagnoses.join()).toMatch(/高血压I级/);
  });
});

describe('a time of day read as letters after its date', () => {
  it('…于2O25年6月3日l4时入院 is still an admission, the hour read back to figures', () => {
    const f = facts(['某县人民医院', '出院小结', '姓名 冉光荣  性别 男', '患者因反复胸痛3年 于2O25年6月3日l4时入院',
      '于2O25年6月l7日病情好转出院', '出院诊断：1.冠心病']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2025-06-03', '2025-06-17']);
    expect(facts(['某县人民医院', '出院记录', '姓名：王兰', '2025年3月4日 O8:3O 入院', '出院诊断：高血压病']).admissionDate).toBe('2025-03-04');
  });
});

describe('an ID number printed in groups, its figures read as letters', () => {
  it('a group that opens with two letters before its first figure is read whole (身份证 SOO2 3S l96S O729 Ol39)', () => {
    expect(facts(['某县人民医院', '出院小结', '姓名 冉光荣  性别 男', '身份证 SOO2 3S l96S O729 Ol39']).idNumber).toBe('500235196507290139');
    // a word before the number is not read as figures (身份证号 No.…)
    expect(facts(['某县人民医院', '出院小结', '姓名：王兰', '身份证号 No.500235196507290139']).idNumber).toBe('500235196507290139');
  });
});

describe('a dot-matrix 0 read as another figure (tuning layouts outpatient-dotmatrix-clinic, tune11-report-lab-dotmatrix)', () => {
  it('a year no record bears (2925) is this century\'s, with its second figure a 0, and only a guess', () => {
    const f = facts(['某县中医医院', '检验报告单', '姓名：朱国庆  性别：男  年龄：45岁', '临床诊断：2型糖尿病',
      '送检日期：2025/02/11  报告日期：2925/02/12  检验者：胡福来']);
    expect(f.reportDate).toBe('2025-02-12');
    expect(f.sources?.reportDate?.confidence).toBeLessThan(1);
  });

  it('…while a real year stands as printed', () => {
    const f = facts(['某县中医医院', '检验报告单', '姓名：朱国庆', '送检日期：2025/02/11  报告日期：2025/02/12']);
    expect(f.reportDate).toBe('2025-02-12');
    expect(f.sources?.reportDate?.confidence).toBe(1);
  });
});

describe('a box\'s edge read as a bracket (tuning layout tune6-discharge-tcm-column)', () => {
  it('a lone [ inside the name is dropped', () => {
    expect(facts(['某县中医医院  姓名：陶[国庆', '性别年龄：男57岁', '出院记录']).name).toBe('陶国庆');
  });
});

describe('look-alikes an engine made of the words a record turns on (tuning layouts, read by PaddleOCR)', () => {
  it('医瞩 is the orders\' 医嘱: the follow-up date under it is no visit', () => {
    const f = facts(['某县中医院', '中医门诊病历', '姓名  杜秀英  日期  2025年3月23日', '诊断  冠心病 稳定型心绞痛',
      '医瞩  继续口服阿托伐他汀钙片；2025年3月30日复诊。', '医师签名：程金凤']);
    expect(f.visitDates).toEqual(['2025-03-23']);
  });

  it('终未期 is the end stage\'s 终末期', () => {
    const f = facts(['某区人民医院', '心脏彩色多普勒超声检查报告', '姓名宋强  性别男  年龄79岁',
      '临床诊断终未期肾脏病腹膜透析；贫血（轻度）', '超声提示:', '1.左室壁增厚', '报告时间：2025年05月25日10:21']);
    expect(f.diagnoses[0]).toBe('终末期肾脏病腹膜透析');
  });

  it('胸癌心痛病 is the TCM chest pain 胸痹心痛病, no cancer (a dot-matrix discharge record)', () => {
    const f = facts(['某社区卫生服务中心', '出院记录', '姓名：程翠花', '出院诊断：1.脑梗死', '2.胸癌心痛病（气虚血瘀证）']);
    expect(f.diseaseKeys).toEqual(['CEREBROVASCULAR_DISEASE']);
  });

  it('白血痛 is leukaemia\'s 白血病, and a PCl before 术后 is a PCI (both read so off a photocopy)', () => {
    expect(facts(['某旗人民医院', '门诊病历', '姓名：其木格', '诊断：慢性髓系白血痛慢性期']).diseaseKeys).toEqual(['LEUKEMIA']);
    expect(facts(['某县医院', '门诊病历', '姓名：高建军', '诊断：冠心病PCl术后']).diagnoses).toEqual(['冠心病PCI术后']);
  });

  it('a label\'s colon read as a comma or a stop (姓  名，  宋娟, 门  诊  号.  2025612104) still ends the label (a 中医院 certificate)', () => {
    const f = facts(['某县中医医院', '诊断证明书', '姓  名，  宋娟', '门  诊  号.  2025612104', '中医诊断，  ①中风病-中经络']);
    expect([f.name, f.recordNo, f.diagnoses]).toEqual(['宋娟', '2025612104', ['中风病-中经络']]);
  });

  it('a diagnoses table whose 序号 marks the principal row 主 goes on past a row whose last cell was lost (codes misread 120.000)', () => {
    const f = facts(['某县人民医院', '出院记录', '姓名：段强', '【出院诊断】', '序号  诊断名称  疾病编码  入院病情  转归',
      '主  冠状动脉粥样硬化性心脏病  120.000  1  3', '2  高血压3级（极高危组）  110.x00  2', '3  脂肪肝  K76.000  2  2', '医师签名：段燕']);
    expect(f.diseaseKeys).toEqual(['CORONARY_HEART_DISEASE', 'HYPERTENSION']);
  });

  it('入院日期 read off dot-matrix print as 人助日期 is still the admission', () => {
    const f = facts(['某县人民医院', '出院小结', '姓名：韦桂芝', '人助日期：2025.04.21  出院日期：2025.04.29', '出院诊断：1、2型糖尿病']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2025-04-21', '2025-04-29']);
  });

  it('a dotted leader read before a value (姓  名  ...郑秀兰) is a gap, not part of the name', () => {
    expect(facts(['某旗蒙医中医医院', '疾病诊断证明', '姓  名  ...郑秀兰', '诊断：高血压病']).name).toBe('郑秀兰');
  });

  it('a year in Chinese numerals a seal cut to its last figures (二五年, O二四年) is that year, years after the first visit cited', () => {
    const on = (date: string) => facts(['某县中医医院', '诊断证明书', '姓名：郑秀兰', '初诊日期  2020年12月22日', '诊断：高血压病',
      '经治医师：顾亮', date]).visitDates;
    expect([on('二五年十月十二日'), on('O二四年十二月二十三日')]).toEqual([['2025-10-12'], ['2024-12-23']]);
  });

  it('a Dx whose colon was lost still heads its numbered list', () => {
    const f = facts(['某县第二人民医院  门诊病历 (续页)', '尹宝山男79岁', '2025年9月2日  老年病科复诊',
      'Dx 1、高血压病3级 (很高危)', '2、2型糖尿病', '3、颈椎病', '处理：硝苯地平控释片30mg qd']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION', 'DIABETES']);
  });

  it('a booklet entry\'s date whose first dot was read as a comma (2024,8.21) still opens its entry', () => {
    const f = facts(['某市人民医院  门诊病历 (续页)', '夏侯婷女74岁', '2024.8.5  内分泌科复诊', '诊断同前', '冯国庆',
      '2024,8.21  内分泌科复诊', '主诉：口干、多饮、多尿5年', 'Dx: 1.2型糖尿病性周围神经病变', '冯国庆']);
    expect(f.visitDates.at(-1)).toBe('2024-08-21');
  });
});

describe('a certificate\'s date of issue under its seal (tuning layouts certificate-prose, tune4-cert-hand-filled, scanned)', () => {
  it('a date whose 月 the seal took (2025  年5  18  日) is read, as a guess', () => {
    const f = facts(['某县医院', '诊断书', '兹证明患者  付桂芝  （性别女，年龄54岁）', '于2025年5月16日来我院血液科门诊就诊。',
      '经检查诊断为：', '1、慢性粒细胞白血病', '医师签名：  沈玉柱  （盖章）', '2025  年5  18  日']);
    expect(f.visitDates).toEqual(['2025-05-18']);
    expect(f.sources?.visitDate?.confidence).toBeLessThan(1);
  });

  it('a date with only its day left (月十四日) is the first such day after the record\'s dates, as a guess', () => {
    const f = facts(['某县中医医院', '诊断证明书', '兹证明钱建华同志，男，86岁，',
      '于2025年1月1日至2025年1月11日在我院心内科住院治疗。', '诊断：1.高血压病1级（中危）', '特此证明。', '医师签名：金敏',
      '县中医', '月十四日', '诊断证明专用章']);
    expect(f.visitDates).toEqual(['2025-01-14']);
    expect(f.sources?.visitDate?.confidence).toBeLessThan(1);
  });

  it('…but a date broken over two rows is one date, read as printed', () => {
    const f = facts(['某县中医医院', '诊断证明书', '兹证明钱建华同志，男，86岁，于2025年1月1日至2025年1',
      '月11日在我院心内科住院治疗。', '诊断：1.高血压病1级', '医师签名：金敏  2025年1月14日']);
    expect([f.admissionDate, f.dischargeDate, ...f.visitDates]).toEqual(['2025-01-01', '2025-01-11', '2025-01-14']);
  });
});

describe('a label misread (wording author a90)', () => {
  it('报告日朗 before its figures is the report\'s 报告日期, not the sampling date above it', () => {
    const f = facts(['某市人民医院', '骨髓细胞形态学检查报告', '姓名 申国庆  性别 男', '取材日期 2024-09-09', '意见：',
      '骨髓象符合多发性骨髓瘤。', '检验者：谭丽  审核者：冷学军', '报告日朗 2024-09-12']);
    expect(f.reportDate).toBe('2024-09-12');
  });
});

describe('a township form\'s bare labels (wording author a105)', () => {
  it('入院 24.3.5 and 出院 24.3.13, two-digit years after labels without a colon, are the stay', () => {
    const f = facts(['某镇卫生院', '出院记录', '姓名 孙玉芝   性别 女   年龄 71', '入院 24.3.5      出院 24.3.13      共住院 8 天',
      '出院诊断：1.社区获得性肺炎 2.高血压病2级', '出院医嘱：一周后（3.20）来院复查。']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-03-05', '2024-03-13']);
  });
});

describe('a certificate whose date of issue the seal hid (tune14 A5 certificate)', () => {
  const lines = ['某市医院', '诊断书', '姓名：  鲁建国  性别：  男', '科别：  脑病科  初诊日期：  2020年3月16日', '诊断：', '（1）右侧丘脑出血恢复期',
    '处理意见：', '目前病情稳定，需长期规律服药治疗，定期门诊复查；需病休', '7天（至2025年1月23日）', '医师：  杨金山', '某市医院（盖章）'];
  it('is not dated by the end of its sick leave, nor by the patient\'s first visit years ago: the clerk reads the date', () => {
    expect(facts([...lines, '五年  六日']).visitDates).toEqual([]);
  });

  it('…but is dated where its date is read', () => {
    expect(facts([...lines, '二〇二五年一月十六日']).visitDates).toEqual(['2025-01-16']);
  });
});

describe('a list of choices whose empty boxes the engine lost (layout tune19, follow-up form)', () => {
  it('keeps only the ticked choices (管理病种  高血压  √糖尿病  冠心病  二脑卒中)', () => {
    const f = facts(['糖尿病患者随访服务记录表', '姓名：梁德胜', '管理病种  高血压  √糖尿病  冠心病  二脑卒中', '目前诊断：1、2型糖尿病 2、脂肪肝']);
    expect(f.diseaseKeys).toEqual(['DIABETES']);
  });

  it('…but a diagnosis line with a tick in it is no list of choices (诊断：高血压  √  脑梗死  糖尿病)', () => {
    expect(facts(['门诊病历', '姓名：王兰', '诊断：高血压  √  脑梗死  糖尿病']).diseaseKeys)
      .toEqual(['HYPERTENSION', 'CEREBROVASCULAR_DISEASE', 'DIABETES']);
  });
});

describe('a name read apart from its label (wording author a131)', () => {
  it('on the row above a label alone (李春梅 / 姓名：), or after prose that names the patient next (兹证明 / 王 福 生 / 同志…)', () => {
    expect(facts(['某县人民医院', '诊 断 证 明 书', '李春梅', '姓名：', '性别：女    年龄：52岁', '诊断：慢性肾脏病5期']).name).toBe('李春梅');
    expect(facts(['某医院', '诊断证明书', '刘 沐 阳', '患儿姓名', '性别：女   年龄：4岁']).name).toBe('刘沐阳');
    expect(facts(['某县中医医院', '疾病诊断证明书', '兹证明', '王 福 生', '同志（身份证号：14082419490305272X）', '诊断：脑梗死后遗症']).name)
      .toBe('王福生');
  });

  it('…but a title above a label alone is no name (门诊病历 / 姓名：)', () => {
    expect(facts(['某县人民医院', '门诊病历', '姓名：', '性别：女', '诊断：高血压']).name).toBeNull();
  });
});
