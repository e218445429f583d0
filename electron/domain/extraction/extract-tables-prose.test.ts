import { describe, expect, it } from 'vitest';
import { fieldsToCheck } from './confidence';
import { extractFacts, type ExtractionVocabulary } from './extract-facts';

/** Issue 10: diagnosis tables, banners without labels, stays and leave told in prose (generic rules, each failing before). */

const VOCAB: ExtractionVocabulary = {
  institutions: [],
  catalogue: [
    { key: 'DIABETES', diagnosisTerms: ['糖尿病', 'T2DM'], icd10: ['E11'] },
    { key: 'HYPERTENSION', diagnosisTerms: ['高血压'], icd10: ['I10'] },
    { key: 'CEREBROVASCULAR_DISEASE', diagnosisTerms: ['脑出血', '脑梗死'], icd10: ['I61', 'I63'] },
    { key: 'MALIGNANT_TUMOR_OUTPATIENT', diagnosisTerms: ['肺癌'], icd10: ['C34'] },
  ],
};
const facts = (lines: string[]) => extractFacts(lines.join('\n'), VOCAB);

describe('diagnoses printed as a table', () => {
  it('reads the 诊断名称 column under its header, an abbreviation included, leaving codes and 待查 out', () => {
    const f = facts(['某县人民医院', '疾病诊断证明书', '姓名  性别  年龄', '高娟  女  69岁', '出院诊断：', '序号  诊断名称  ICD-10编码',
      '1  基底节区脑出血  I61.900', '2  T2DM  E11.900', '3  胸痛待查', '医嘱及建议：需长期门诊规律服药治疗。', '医师签字：  谭红梅  日期：2024-04-11']);
    expect([f.diagnoses, f.diseaseKeys]).toEqual([['基底节区脑出血', 'T2DM'], ['CEREBROVASCULAR_DISEASE', 'DIABETES']]);
  });

  it('counts only the 出院诊断 group of a table whose 类别 cell spans its rows (the numbering restarts per group)', () => {
    const f = facts(['范县人民医院', '出院记录（小结）', '姓名：崔强  性别：男', '诊断情况', '类别  序号  诊断名称  ICD-10  转归',
      '1  肺癌  C34.900', '入院诊断', '2  糖尿病？', '1  原发性高血压  I10.x00  好转', '出院诊断  2  前列腺增生  N40.x00  好转',
      '3  颈椎病  M47.802  稳定', '入院情况：  患者因头晕入院。']);
    expect([f.diagnoses, f.diseaseKeys]).toEqual([['原发性高血压', '前列腺增生', '颈椎病'], ['HYPERTENSION']]);
  });

  it('a table without a 序号 column: each row that keeps to the cells is a diagnosis (诊断名称 | 入院病情 | 出院情况)', () => {
    const f = facts(['某县人民医院', '出院记录', '姓名：李强', '诊断名称 | 入院病情 | 出院情况', '2型糖尿病 | 有 | 好转', '高血压病3级 | 有 | 好转',
      '出院医嘱：低盐低脂饮食。']);
    expect([f.diagnoses, f.diseaseKeys]).toEqual([['2型糖尿病', '高血压病3级'], ['DIABETES', 'HYPERTENSION']]);
  });

  it('a TCM front page: 中医 主病 / 西医 主要诊断 cells before a row\'s diagnosis are its place, not the diagnosis', () => {
    const f = facts(['某县中医医院', '住 院 病 案 首 页（中医）', '姓名：韦强', '出院诊断  疾病编码  入院病情  出院情况',
      '中医  主病  中风病-中经络  BNG080  有  好转', '主证  风痰瘀阻证  有  好转', '西医  主要诊断  脑梗死  I63.900  有  好转',
      '其他诊断  原发性高血压  I10.x00  有  未愈']);
    expect([f.diagnoses, f.diseaseKeys]).toEqual([['中风病-中经络', '风痰瘀阻证', '脑梗死', '原发性高血压'], ['CEREBROVASCULAR_DISEASE', 'HYPERTENSION']]);
  });

  it('a column headed 出院诊断 holds the final diagnoses; one headed 入院诊断 does not count in a discharge record', () => {
    const table = (head: string) => facts(['某市第一医院  出院小结', '姓名：东方宝', '入院诊断：2型糖尿病', `序号  ${head}  ICD-10  转归`, '1  原发性高血压  I10.x00  好转', '出院医嘱：', '1.低盐低脂饮食。']);
    expect(table('出院诊断').diseaseKeys).toEqual(['HYPERTENSION']);
    expect(table('入院诊断').diseaseKeys).toEqual([]);
  });
});

describe('names without a 姓名 label', () => {
  it.each([
    ['a minority name joined by · in prose', ['某县人民医院', '诊断证明书', '患者艾力·吐尔逊，男，53岁，身份证号：65290119711104033X。'], '艾力·吐尔逊'],
    ['who the person is before the name (兹有我镇…村民 卢秀芝)', ['某镇卫生院', '疾病证明', '兹有我镇谢屋村村民 卢秀芝，女，73岁，'], '卢秀芝'],
    ['a record that opens its text with the name, sex and age', ['某市医院  肿瘤放疗科', '出院记录', '梁少芳，女，47岁，住院号0627154。'], '梁少芳'],
    ['a certificate that opens with the name and 同志', ['某县人民医院', '诊断证明', '王淑芬同志自2025年3月4日起至2025年3月15日止在我院住院治疗。'], '王淑芬'],
    ['an application form\'s 申请人：', ['门诊慢特病申请表', '申请人：王淑芬  身份证号：'], '王淑芬'],
    ['a header banner: the name in its own cell, sex and age in the next', ['某市中心医院  门诊病历', '夏侯超  男　67岁  门诊号：2025093697'], '夏侯超'],
    ['患者： with the sex in the next cell', ['某市中心医院  门诊病历记录', '患者：夏侯超  男　67岁  门诊号：2025382161'], '夏侯超'],
    ['兹证明患者… in a certificate, a two-character name', ['某县医院', '病情诊断证明书', '兹证明患者孔丽，女，56岁，于2025年01月23日来我院门诊就诊。'], '孔丽'],
  ])('%s', (_name, lines, name) => {
    expect(facts(lines).name).toBe(name);
  });
});

describe('stays and leave told in prose', () => {
  it('入住我院 is an admission', () => {
    const f = facts(['于都县人民医院', '病情诊断证明书', '住院患者阚凤英，女，57岁，于2025年6月25日入住我院内分泌代谢科（住院号：', '2025085119），2025年7月7日好转出院。']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2025-06-25', '2025-07-07']);
  });

  it('a stay whose range wraps onto the next row, and whose 住院治疗 wraps too', () => {
    const wrapped = facts(['湄潭县人民医院', '诊 断 证 明', '我院住院患者林涛，因“乏力1月”于2025年01月08日', '至2025年01月14日在我院血液净化中心住院治疗，共6天。']);
    expect([wrapped.admissionDate, wrapped.dischargeDate]).toEqual(['2025-01-08', '2025-01-14']);
    const verbWrapped = facts(['天门市第一人民医院', '诊 断 证 明', '兹证明患者葛娟，于2025年6月8日至2025年6月17日在我院内分泌', '代谢科住院治疗，共9天。']);
    expect([verbWrapped.admissionDate, verbWrapped.dischargeDate]).toEqual(['2025-06-08', '2025-06-17']);
    const toWrapped = facts(['阳谷县第二人民医院', '疾病诊断证明书', '兹有患者张德胜，男，因“口干1月”于2025年6月22日至', '2025年7月4日在我院内分泌科住院治疗，共12天。']);
    expect([toWrapped.admissionDate, toWrapped.dischargeDate]).toEqual(['2025-06-22', '2025-07-04']);
  });

  it('a certificate\'s leave and a check-up still to come are not its date of issue or a visit', () => {
    const cert = facts(['安溪县医院', '病情诊断证明书', '兹证明患者孔丽，女，56岁。经检查诊断为：2型糖尿病。', '出具日期：2025-01-25',
      '建议休息7天，自2025年01月26日起至2025年02月01日止。']);
    expect(cert.visitDates).toEqual(['2025-01-25']);
    const outpatient = facts(['某县医院', '门诊病历', '姓名：孔丽', '2025年01月23日', '诊断：2型糖尿病', '请规律服药，2025年02月20日来院复查。']);
    expect(outpatient.visitDates).toEqual(['2025-01-23']);
  });
});

describe('label variants', () => {
  it.each([
    ['病员姓名', ['某卫生院', '门诊病历', '病员姓名：邱桂兰  性别：女']],
    ['患儿姓名', ['某县妇幼保健院', '门诊病历', '患儿姓名：邱桂兰  性别：女']],
  ])('%s names the patient', (_label, lines) => {
    expect(facts(lines).name).toBe('邱桂兰');
  });

  it.each(['住院起止日期', '入出院日期', '在院时间'])('%s: a stay as a range', (label) => {
    const f = facts(['某县人民医院', '疾病诊断证明书', '姓名：邱桂兰', `${label}：2025年3月4日至2025年3月15日`]);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2025-03-04', '2025-03-15']);
  });
});

describe('diagnosis label variants', () => {
  it.each(['疾病名称：', '病名：', '诊断结果：'])('%s heads the diagnoses', (label) => {
    const f = facts(['某县人民医院', '疾病诊断证明书', '姓名：邱桂兰', `${label}1.2型糖尿病 2.原发性高血压`, '建议：长期服药。']);
    expect(f.diseaseKeys).toEqual(['DIABETES', 'HYPERTENSION']);
  });

  it('主要诊断：, 其他诊断：, 并发症：, 合并症： rows go on with the 出院诊断 above them', () => {
    const f = facts(['某县人民医院', '出院记录', '姓名：李强', '出院诊断：', '主要诊断：2型糖尿病', '并发症：糖尿病肾病', '合并症：冠心病', '出院医嘱：低盐饮食']);
    expect(f.diagnoses).toEqual(['2型糖尿病', '糖尿病肾病', '冠心病']);
  });

  it('a pathology report\'s 病理诊断 outranks the 临床诊断 its request gave', () => {
    const f = facts(['某县人民医院', '病理诊断报告书', '姓名：李强', '临床诊断：胃窦占位', '病理诊断：', '（胃窦）中分化腺癌。', '报告日期：2025-06-03']);
    expect(f.diagnoses).toEqual(['(胃窦)中分化腺癌']);
  });

  it('an unnumbered run is split at its spaces, but not before a stage or a grade (高血压 3级, 糖尿病 2型)', () => {
    const f = facts(['某县人民医院', '诊断证明书', '姓名：邱桂兰', '诊断：高血压 3级  脑梗死', '日期：2025-06-03']);
    expect(f.diagnoses).toEqual(['高血压3级', '脑梗死']);
  });

  it('a diagnosis a row under the label goes on past one with a bracketed note (…置换术后（2024-10-12，St.Jude 27mm）)', () => {
    const f = facts(['某医院', '诊 断 证 明 书', '姓名：荆秀梅', '诊断：风湿性心脏病', '      二尖瓣重度狭窄伴中度关闭不全',
      '      冠状动脉支架植入术后（2024-10-12，药物洗脱支架2枚）', '      高血压', '说明：术后需长期抗凝。', '日期：2024年10月25日']);
    expect(f.diagnoses).toEqual(['风湿性心脏病', '二尖瓣重度狭窄伴中度关闭不全', '冠状动脉支架植入术后(2024-10-12,药物洗脱支架2枚)', '高血压']);
  });
});

describe('forms filled in by hand or printed in boxes', () => {
  it('a date written into 年 月 日 blanks, a stay range in blanks, and the name in a blank after 兹证明患者 (诊断书)', () => {
    const f = facts(['安溪县医院', '诊 断 书', '兹证明患者  付桂芝  （性别  女  ，年龄  54  岁）', '于  2025  年  11  月  6  日  至  2025  年  11  月  15  日',
      '在我院  老年病科  住院治疗，共  9  天。', '经检查诊断为：', '1、2型糖尿病', '医师签名：  沈玉柱  （盖章）', '2025  年  11  月  18  日']);
    expect(f).toMatchObject({ documentType: 'DIAGNOSIS_CERTIFICATE', name: '付桂芝', admissionDate: '2025-11-06', dischargeDate: '2025-11-15', visitDates: ['2025-11-18'] });
  });

  it.each([
    ['就诊人：', ['某县人民医院  门诊就诊记录', '就诊人：杨倩  就诊科室：心外科']],
    ['就诊人 in a grid without a colon', ['湘潭县人民医院', '电子诊断证明书', '就诊人  杨倩  性别  女']],
    ['尊敬的…女士', ['某县人民医院  门诊就诊记录', '尊敬的杨倩女士：您好！']],
  ])('%s names the patient', (_name, lines) => {
    expect(facts(lines).name).toBe('杨倩');
  });

  it('a 出院证明书 is a certificate: its date of issue is the date it attests', () => {
    const f = facts(['某县人民医院', '出院证明书', '姓名：杨倩', '住院期间：2025-03-04 至 2025-03-15', '出院诊断：2型糖尿病', '2025年3月16日']);
    expect(f).toMatchObject({ documentType: 'DIAGNOSIS_CERTIFICATE', admissionDate: '2025-03-04', dischargeDate: '2025-03-15', visitDates: ['2025-03-16'] });
  });
});

describe('a name spaced out over its boxes', () => {
  it.each([
    ['three characters, the first in the label\'s box', '姓　　名：石  建  国  性别：男', '石建国'],
    ['two characters, each in a box of its own', '姓名  李  娜  性别  女', '李娜'],
  ])('%s', (_name, line, name) => {
    expect(facts(['邯郸市第一医院', '医疗诊断证明书', line]).name).toBe(name);
  });
});

describe('front pages, prescriptions, letters and bilingual forms (tune5)', () => {
  it('a 病案首页 counts its 主要诊断 and 其他诊断 rows under 出院诊断, never the 门（急）诊诊断 above them', () => {
    const f = facts(['某县人民医院', '住 院 病 案 首 页', '姓名曹玉珍  性别  2  1.男 2.女', '门（急）诊诊断高血压病  疾病编码I10.x00',
      '出院诊断  疾病编码  入院病情', '主要诊断：脑梗死  I63.900  1', '其他诊断：脂肪肝  K76.000  1', '入院病情：1.有，2.临床未确定，3.情况不明，4.无']);
    expect([f.diagnoses, f.diseaseKeys]).toEqual([['脑梗死', '脂肪肝'], ['CEREBROVASCULAR_DISEASE']]);
  });

  it('a 处方笺 is an outpatient record: its 日期 is the visit, never the next dispensing date', () => {
    const f = facts(['某社区卫生服务中心', '处 方 笺', '科别：脑病科  门诊号：2024075590  日期：2024.04.20', '姓名：孔长顺  性别：男',
      '临床诊断：  1.脑梗死 2.2型糖尿病', '下次取药日期：2024.06.15']);
    expect([f.documentType, f.visitDates]).toEqual(['OUTPATIENT_RECORD_ORIGINAL', ['2024-04-20']]);
  });

  it('a label glossed in English (打印时间 Printed：) keeps its Chinese meaning', () => {
    const f = facts(['某市人民医院', '诊断证明书', 'MEDICAL CERTIFICATE', '姓名  贺超', '诊断  Diagnosis', '1、2型糖尿病', '日期  2025年10月10日', 'Date of Issue',
      '本证明须加盖医院诊断证明专用章方有效。  打印时间 Printed：2025-10-12 10:28']);
    expect(f.visitDates).toEqual(['2025-10-10']);
  });

  it.each([['证  明'], ['情况证明']])('a letter headed %s is a certificate dated below its signature; the last visit it names is not the date', (title) => {
    const f = facts(['某县医院', title, '某市医疗保障局：', '兹有我院患者曾凤英，身份证号：371503195404265480，在我院长期门诊随诊，末次就诊日期为2025年9月4日。诊断：',
      '1.脑梗死；2.2型糖尿病。', '本证明有效期至2025年12月4日。', '特此证明。', '某县医院医务部', '二〇二五年九月五日']);
    expect([f.documentType, f.visitDates]).toEqual(['DIAGNOSIS_CERTIFICATE', ['2025-09-05']]);
  });
});

describe('booklets, TCM blocks, year-less ranges and application forms (tune6)', () => {
  it('a booklet page: the unlabelled banner names the patient, 建档日期 is not a visit, each dated entry (科室 复诊) is one, Dx heads the diagnoses', () => {
    const f = facts(['某市人民医院  门 诊 病 历（续页）', '夏侯婷　女　74岁', '建档日期：2023-06-10', '2024.8.5  内分泌科  复诊', '诊断同前',
      '2024.8.21  内分泌科  复诊', '既往史：否认脑梗死、高血压病史。', 'Dx：  1.2型糖尿病性周围神经病变', '处理：二甲双胍']);
    expect([f.name, f.visitDates, f.diseaseKeys]).toEqual(['夏侯婷', ['2024-08-05', '2024-08-21'], ['DIABETES']]);
  });

  it('under 中医诊断： a short row without a label is one more diagnosis of the block, and 西医诊断 follows', () => {
    const f = facts(['某县中医医院', '出院记录', '姓名：陶国庆', '出院诊断：', '中医诊断：  中风病-中经络　气虚血瘀证', '眩晕病　肝肾阴虚证',
      '西医诊断：  ①脑梗死后遗症期', '②原发性高血压病', '出院医嘱：', '1.调畅情志']);
    expect(f.diseaseKeys).toEqual(['CEREBROVASCULAR_DISEASE', 'HYPERTENSION']);
  });

  it('a label on a row of its own takes the unnumbered diagnosis below it; a range\'s end without its year takes the start\'s', () => {
    const f = facts(['某县人民医院', '疾病诊断证明', '证明编号：（2024）第0212号  2024.05.08', '姓　名  毛树林  性　别  男',
      '该患者于2024年4月26日至5月8日在我院住院治疗，共12天。', '诊　　断：', '脑梗死', '意　　见：  需长期门诊规律服药治疗。']);
    expect([f.admissionDate, f.dischargeDate, f.visitDates, f.diseaseKeys]).toEqual(['2024-04-26', '2024-05-08', ['2024-05-08'], ['CEREBROVASCULAR_DISEASE']]);
    expect(facts(['某县人民医院', '诊断证明书', '于2024年12月28日至1月6日住院治疗']).dischargeDate).toBe('2025-01-06');
  });

  it('a 鉴定表 is a certificate naming its 申请人姓名; an e-record\'s 问诊时间 is its visit', () => {
    const f = facts(['门诊慢性病、特殊疾病鉴定表', '申请人姓名  邵倩  性别 / 年龄  女 / 47岁', '临床诊断：原发性高血压病', '医师签名：王明  2024年11月14日']);
    expect([f.documentType, f.name, f.visitDates, f.reportDate]).toEqual(['DIAGNOSIS_CERTIFICATE', '邵倩', ['2024-11-14'], null]);
    expect(facts(['某互联网医院', '门诊病历', '申请时间：2024-12-08 21:05:11', '问诊时间：2024-12-09 08:31:02']).visitDates).toEqual(['2024-12-09']);
  });
});

describe('wrapped lists, compact headers and transfers', () => {
  it('a diagnosis list that ends its row on a separator goes on in the next', () => {
    const f = facts(['某市人民医院', '检验报告单', '姓名：王芳', '临床诊断：2型糖尿病；糖尿病视网膜病变；', '高血压病3级（很高危）', '报告日期：2025-03-04']);
    expect(f.diseaseKeys).toEqual(['DIABETES', 'HYPERTENSION']);
  });

  it('a compact header\'s two-digit year before a time is a date; a township stay told before the transfer is not this stay', () => {
    const f = facts(['某县医院', '出院记录', '姓名：梁振华', '入院：25-05-12 14:37  出院：25-05-28 08:10  住院16天',
      '患者于2025年5月7日至2025年5月12日在某镇卫生院住院治疗，为进一步诊治于2025年5月12日转入我院。']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2025-05-12', '2025-05-28']);
  });

  it.each([['于2024年8月7日由门诊收入院'], ['于2024年8月7日转入我院']])('%s is the admission', (prose) => {
    expect(facts(['某县医院', '出院记录', `患者因“头晕3天”${prose}。`, '于2024年8月19日好转出院。']).admissionDate).toBe('2024-08-07');
  });
});

describe('stay ranges as forms print them', () => {
  it.each([['住院日期：自2025年3月4日至2025年3月15日'], ['入出院日期：2025-03-04/2025-03-15'], ['住院时间：2025.03.04——2025.03.15']])('%s', (line) => {
    expect(facts(['某县医院', '诊断证明书', '姓名：王芳', line, '2025年3月16日'])).toMatchObject({ admissionDate: '2025-03-04', dischargeDate: '2025-03-15', visitDates: ['2025-03-16'] });
  });
});

describe('more label forms', () => {
  it('姓名 glossed in English, 挂号时间 as the visit, and a certificate\'s 经…诊断为 in prose', () => {
    const f = facts(['某县医院', '诊断证明书', '姓名 Name：王芳  性别：女', '挂号时间：2025-03-04 08:12', '兹证明该患者经我院门诊检查诊断为2型糖尿病，需长期服药。', '2025年3月5日']);
    expect([f.name, f.diseaseKeys]).toEqual(['王芳', ['DIABETES']]);
    expect(facts(['某县医院', '门诊病历', '姓名：王芳', '挂号时间：2025-03-04 08:12', '诊断：高血压']).visitDates).toEqual(['2025-03-04']); // alone, the booking dates the visit
  });

  it('a diagnosis told as history elsewhere (于外院诊断为"…") still does not count', () => {
    expect(facts(['某县医院', '门诊病历', '姓名：王芳', '现病史：患者3年前于外院诊断为"脑梗死"。', '诊断：2型糖尿病']).diseaseKeys).toEqual(['DIABETES']);
  });
});

describe('a certificate\'s date of issue', () => {
  it('a labelled 填表日期 at the top wins over a bare date that prose leaves further down', () => {
    const f = facts(['某县医院', '诊断证明书', '填表日期：2025-03-05', '姓名：王芳', '诊断：2型糖尿病', '患者2025年3月1日空腹血糖9.1mmol/L，需长期服药。']);
    expect(f.visitDates).toEqual(['2025-03-05']);
  });
});

describe('the visit beside its booking', () => {
  it('门诊日期 is the visit; 挂号时间 days before it (an appointment) is not', () => {
    expect(facts(['某市医院  门诊病历', '姓名：王芳', '门诊日期：2025-01-17', '挂号时间：2025-01-14 18:58', '诊断：脑梗死']).visitDates).toEqual(['2025-01-17']);
  });
});

describe('a label spaced over two boxes', () => {
  it('姓 | 名 | 孟广才 names the patient', () => {
    expect(extractFacts([{ lines: [{ text: '姓 名 孟广才', confidence: 0.95, bbox: null, cells: ['姓', '名', '孟广才', '性别男'].map((t) => ({ text: t, confidence: 0.95, bbox: null })) }] }], VOCAB).name).toBe('孟广才');
  });
});

describe('specks around a name', () => {
  it.each([['患者：岳涛·男87岁', '岳涛'], ['姓名：阿依古丽·买买提  性别：女', '阿依古丽·买买提']])('%s', (line, name) => {
    expect(facts(['某市医院  门诊病历', line]).name).toBe(name);
  });
});

describe('tune7: side-by-side diagnosis columns, a wrapped cell, prose certificates, follow-up forms', () => {
  it('序号 | 入院诊断 | 出院诊断 | 转归: only the 出院 column counts', () => {
    const f = facts(['某县医院', '出院记录', '姓名：姚秀英', '序号  入院诊断  出院诊断  转归', '1  肺癌？  高血压3级  好转', '2  脑梗死  2型糖尿病  好转', '诊疗经过：']);
    expect([...f.diseaseKeys].sort()).toEqual(['DIABETES', 'HYPERTENSION']);
  });

  it('a 临床诊断 cell whose list wraps above and below its centred label', () => {
    const f = facts(['某市医院', '心电图报告', '姓名  熊国庆', '申请医师  聂刚  走纸速度  25 mm/s', '脑梗死，', '临床诊断', '高血压病3级（很高危）', '心电图诊断：窦性心律']);
    expect([...f.diseaseKeys].sort()).toEqual(['CEREBROVASCULAR_DISEASE', 'HYPERTENSION']);
  });

  it('兹有患儿… 经我院诊断患有… names the child and the disease of that sentence only', () => {
    const f = facts(['某康复中心', '医疗诊断证明', '兹有患儿许娟，女，3岁，身份证号：371526202110186557。', '该患儿经我院诊断患有脑梗死，经规范治疗后病情稳定。既往有高血压。',
      '日期：二〇二四年十二月十四日']);
    expect([f.name, f.diseaseKeys]).toEqual(['许娟', ['CEREBROVASCULAR_DISEASE']]);
  });

  it('随访日期 is the visit of a follow-up form; 下次随访日期 and the readings table are not', () => {
    const f = facts(['某社区卫生服务中心', '高血压患者随访服务记录表', '姓名  令狐燕', '随访日期  2024-12-09  随访方式  门诊', '日期  血压', '2024-10-06  140/90',
      '目前诊断：  1.高血压3级', '下次随访日期  2025-01-08']);
    expect(f.visitDates).toEqual(['2024-12-09']);
  });
});

describe('tune8: stays told in sentences, a certificate that 确诊 in prose', () => {
  it.each([
    [['患者于2024年12月29日因“发现血压升高10年，头晕、头痛3天”入院。', '治疗。患者症状较前好转，于2025年01月10日病情好转出院，共住院12天。'], ['2024-12-29', '2025-01-10']],
    [['住院经过：  患者于2024年6月13日因“口干、多饮、多尿5年，加重伴乏力1月”入', '住我院内分泌科，经治疗后于2024年6月19日症状缓解出院。'], ['2024-06-13', '2024-06-19']],
    [['因“右侧肢体无力2天”于2025年6月11日入住我院神经内科，入院后完善检查，病情好转，', '于2025年6月26日办理出院，共住院15天。'], ['2025-06-11', '2025-06-26']],
    [['患者于2025年1月2日以“头晕3天，加重1天”收入院。', '于2025年1月9日出院。'], ['2025-01-02', '2025-01-09']],
    [['患者于2025-01-02 10:30:25入院，2025-01-09 09:12:00出院。'], ['2025-01-02', '2025-01-09']],
  ])('%j', (prose, [admission, discharge]) => {
    const f = facts(['某县人民医院', '出院记录', '姓名：翟志强  性别：男', ...prose, '出院诊断：', '一、高血压病']);
    expect([f.admissionDate, f.dischargeDate]).toEqual([admission, discharge]);
  });

  it.each([
    '患者于2025年1月2日门诊以“高血压病，头晕”收入我科。', '患者于2025年1月2日收住我科。', '患者于2025年1月2日入住神经内科。',
    '患者于2025年1月2日经门诊拟“脑梗死”收入院。', '2025年1月2日因“头晕3天”来我院住院治疗。', '入院日期（时间）：2025-01-02',
    '入院日期/时间：2025-01-02 10:00', '收治日期：2025-01-02',
  ])('%s is the admission; a ward transfer is not', (line) => {
    const f = facts(['某县人民医院', '出院记录', '姓名：王五', line, '2025年1月5日转入康复医学科。', '出院日期：2025-01-09', '出院诊断：高血压病']);
    expect(f.admissionDate).toBe('2025-01-02');
  });

  it('来院时间 is an emergency visit; 打印时间 is not', () => {
    expect(facts(['某县医院', '急诊病历', '姓名：王五', '来院时间：2025-03-04 22:10', '打印时间：2025-03-05']).visitDates).toEqual(['2025-03-04']);
  });

  it('the date beside the reporting physician is the report, not the examination', () => {
    const f = facts(['某县医院', '检查报告单', '姓名：王五', '检查时间：2025-03-03 10:00', '报告医师：李四  2025-03-04 11:00', '审核医师：赵六  2025-03-05']);
    expect(f.reportDate).toBe('2025-03-04');
  });

  it('a date before 出院诊断 is not the discharge', () => {
    const f = facts(['某县人民医院', '出院记录', '姓名：翟志强', '入院日期：2025-01-02  出院日期：2025-01-09', '打印：2025-01-12  出院诊断：高血压病']);
    expect(f.dischargeDate).toBe('2025-01-09');
  });

  it.each([
    [['入院诊断：1.2型糖尿病 2.高血压病', '出院诊断：同入院诊断']],
    [['入院诊断：', '1.2型糖尿病', '2.高血压病', '出院诊断：同入院', '出院医嘱：按时服药']],
  ])('出院诊断：同入院诊断 takes the admission diagnoses (%j)', (rows) => {
    const f = facts(['某县人民医院', '出院记录', '姓名：张三', ...rows]);
    expect([...f.diseaseKeys].sort()).toEqual(['DIABETES', 'HYPERTENSION']);
  });

  it('兹证明…患有… names the disease of that sentence, not the history after it', () => {
    const f = facts(['某县人民医院', '诊断证明书', '兹证明 王五 同志，男，62岁，患有高血压病3级。', '既往患有脑梗死。', '特此证明', '2025年3月4日']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION']);
  });

  it('经我院确诊为： heads the numbered list below it', () => {
    const f = facts(['某县人民医院', '病休证明', '兹证明陆磊，男，54岁，在我院住院及门诊治疗，经', '我院确诊为：', '1.脑梗死', '2.2型糖尿病',
      '目前仍需长期服药，建议全休三个月。', '二〇二五年七月三十一日']);
    expect([...f.diseaseKeys].sort()).toEqual(['CEREBROVASCULAR_DISEASE', 'DIABETES']);
  });
});

describe('labels spaced out, and a label alone over an unnumbered list', () => {
  it('诊  断： printed with its characters spaced apart is one label', () => {
    const f = facts(['某县医院', '门诊病历', '姓  名：王五', '诊  断：高血压病；脑梗死后遗症', '处  理：']);
    expect([f.name, f.diseaseKeys]).toEqual(['王五', ['HYPERTENSION', 'CEREBROVASCULAR_DISEASE']]);
  });

  it.each([
    [['诊断意见：', '高血压病3级', '2型糖尿病', '建议：长期服药']],
    [['诊断：', '高血压病', '2型糖尿病', '硝苯地平控释片 30mg qd', '脑梗死待查']],
  ])('the rows of an unnumbered list under a label alone are its items, not the prescription after it (%j)', (rows) => {
    const f = facts(['某县医院', '门诊病历', '姓名：王五', ...rows]);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION', 'DIABETES']);
  });

  it('an English gloss after the label is not part of the diagnosis', () => {
    expect(facts(['某县医院', '门诊病历', '姓名：王五', '诊断(Diagnosis)：高血压病']).diagnoses).toEqual(['高血压病']);
  });
});

describe('tune9: grids with spaced labels, hinted heads, reports and advice', () => {
  it('a grid whose spaced heads (入院日期（时间）) stand over their values, and 诊  断 spaced without a colon', () => {
    const f = facts(['某县医院', '疾病诊断证明书', '姓  名  性  别  年  龄', '王五  男  54岁', '身份证号  入院日期（时间）  出院日期（时间）  住院天数',
      '371581196912210674  2024-11-01 17:26  2024-11-08 09:16  7天', '诊  断  脑梗死', '开具日期：2024年11月10日']);
    expect([f.admissionDate, f.dischargeDate, f.diseaseKeys]).toEqual(['2024-11-01', '2024-11-08', ['CEREBROVASCULAR_DISEASE']]);
  });

  it('…于2024年7月15日在我院门诊就诊，患有… names the certificate\'s disease', () => {
    const f = facts(['某县医院', '诊断证明书', '兹证明上官静（女，82岁）于', '2024年7月15日在我院门诊就诊，患有高血压病2级 高危，', '需长期服药。', '日期：2024年7月15日']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION']);
  });

  it.each(['印象：', '影像诊断：'])('a report counts its 临床诊断, not the imaging conclusion under %s', (head) => {
    const f = facts(['某县医院', 'CT检查报告单', '姓名：钱立新', '临床诊断：  2型糖尿病；原发性高血压', '影像所见：', '基底节区见低密度影。', head, '1.腔隙性脑梗死']);
    expect(f.diseaseKeys).toEqual(['DIABETES', 'HYPERTENSION']);
  });

  it('a check-up the advice books (医嘱：…，2025年3月28日复诊) is not the visit', () => {
    const f = facts(['某县医院', '门诊病历', '姓名：贺翠花', '日期/时间：2025年02月28日 15:00:00', '诊断：2型糖尿病', '医嘱：  规律服药，监测血糖，2025年3月28日复诊。',
      '打印时间：2025年03月20日']);
    expect(f.visitDates).toEqual(['2025-02-28']);
  });

  it('a certificate\'s 患有 wrapped between two rows of prose still names its diseases', () => {
    const f = facts(['某县医院', '诊断证明书', '兹证明张翠花同志，女，58岁，身份证号：37152219661220562X，患', '有2型糖尿病性周围神经病变、慢性支气管炎，于2025年02月20日来我院就',
      '诊，建议休息14天。', '特此证明。', '医师签名：  沈刚', '日期：  2025  年  2  月  25  日']);
    expect([f.diagnoses, f.diseaseKeys]).toEqual([['2型糖尿病性周围神经病变', '慢性支气管炎'], ['DIABETES']]);
  });

  it.each([
    [['兹证明患者冯翠花，女，45岁，身份证号码410901197911104120，经我', '院全科医学科诊断患有高血压病2级 高危、慢性支气管炎，需长期门诊规律']],
    [['兹证明东方金凤同志，女，53岁，身份证号：', '371523197205316665，患有高血压病2级 高危、慢性支气管炎，于']],
  ])('…and where the words the 患有 needs before it stand on the row above (%j)', (prose) => {
    const f = facts(['某县医院', '诊断证明书', ...prose, '2025年9月11日来我院就诊。', '日期：2025年9月11日']);
    expect([f.diagnoses, f.diseaseKeys]).toEqual([['高血压病2级高危', '慢性支气管炎'], ['HYPERTENSION']]);
  });

  it('…and where the advice wraps onto the row the booked date stands on', () => {
    const f = facts(['某县中医院', '中医门诊病历', '姓名  性别  年龄  科室  日期', '杜秀英  女  64岁  心内科  2025年3月23日', '诊断  冠心病',
      '医嘱  继续口服单硝酸异山梨酯缓释片 40mg qd；清淡饮食，', '调畅情志；2025年3月30日复诊。', '医师签名：  程金凤']);
    expect(f.visitDates).toEqual(['2025-03-23']);
  });
});

describe('a date of issue under the seal, as a grey copy reads it', () => {
  const cert = (dateLine: string) => facts(['某县医院', '诊断证明书', '兹证明王五，男，62岁，于2024年11月1日至2024年11月8日在我院住院治疗。',
    '诊断：2型糖尿病', '医师签名：李四', dateLine]);

  it.each([
    ['开具日期：  二四年十一月十日', '2024-11-10'],
    ['四年  三月五日', '2024-03-05'],
    ['O二四年十一月十日', '2024-11-10'],
    ['日期：  年11月14日', '2024-11-14'],
    ['落款日期：二二四年十一月十日', '2024-11-10'], // 〇 lost inside the year
    ['Q二四年十一月十日', '2024-11-10'], // 〇 read as Q, the first 二 lost
  ])('takes a year cut short by the seal (%s) from the record\'s other dates, and marks it for checking', (line, want) => {
    const f = cert(line);
    expect(f.visitDates).toEqual([want]);
    expect(fieldsToCheck(f)).toContain('visitDate');
  });

  it.each([['二O二四年十一月十日', '2024-11-10'], ['二〇二四年十一月十二白', '2024-11-12'], ['出具日期：2024  11月28日', '2024-11-28']])(
    'reads %s (〇 as O, 日 as 白, 年 lost between boxes) without guessing', (line, want) => {
      const f = cert(line);
      expect(f.visitDates).toEqual([want]);
      expect(fieldsToCheck(f)).not.toContain('visitDate');
    });

  it('guesses no year on a record without another full date, and the year after the last only across the year end', () => {
    expect(facts(['某县医院', '诊断证明书', '诊断：2型糖尿病', '日期：  年11月14日']).visitDates).toEqual([]);
    expect(facts(['某县医院', '诊断证明书', '于2024年12月20日至2024年12月30日住院', '诊断：2型糖尿病', '日期：  年1月3日']).visitDates).toEqual(['2025-01-03']);
  });
});

describe('tune10: a discharge slip and a dialysis session record', () => {
  it('a 出院通知书 attests a stay, not a visit: the ward\'s date beside the signatures is no visit', () => {
    const f = facts(['某镇卫生院  No.6859991', '出 院 通 知 书', '姓名  贺红梅  性别  女', '入院日期  2024.4.10  出院日期  2024.4.26  共住院  16天',
      '出院诊断  ①脑出血后遗症', '经治医师  陶明  科主任  黎刚  2024年04月26日']);
    expect([f.documentType, f.admissionDate, f.dischargeDate, f.visitDates]).toEqual(['INPATIENT_RECORD_COPY', '2024-04-10', '2024-04-26', []]);
  });

  it('a dialysis record\'s 透析日期 is the visit; the first session, the last three and the next are not', () => {
    const f = facts(['某市中心医院血液透析室', '血液透析治疗记录单', '姓名  程静  性别  女', '身份证号  370102194904170265  透析日期  2024年11月17日  星期日',
      '诊断  终末期肾病 维持性血液透析', '首次透析  2023年09月02日  透析次数  第181次', '前三次透析情况', '日期  透前体重 kg',
      '2024年11月09日  56.1', '2024年11月15日  55.9', '下次透析：2024年11月20日（星期三）', '打印：2024-11-17 11:51']);
    expect([f.documentType, f.visitDates]).toEqual(['OUTPATIENT_RECORD_ORIGINAL', ['2024-11-17']]);
  });
});

describe('tune11: stays told with their length in brackets, and with weekdays', () => {
  it('住院6天（2025.8.2-2025.8.8） is the stay', () => {
    const f = facts(['某县医院', '诊断证明书', '兹证明患者房兰英因“胸闷2年”在我院心内科住院治疗，', '住院6天（2025.8.2-2025.8.8），经治疗病情好转出院。', '出院诊断：', '1.冠心病', '2025年08月08日']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2025-08-02', '2025-08-08']);
  });

  it('a weekday between the date and the verb (于2025年3月14日（星期五）入住我院…) leaves the stay told', () => {
    const f = facts(['某县医院', '住院病情证明', '患者邱爱华，因“口干、多饮5年”于', '2025年3月14日（星期五）入住我院内分泌代谢科。3月15日转入ICU，经治疗于',
      '2025年3月28日（星期五）病情平稳出院，共住院14天。', '出院诊断：2型糖尿病', '2025年3月28日']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2025-03-14', '2025-03-28']);
  });
});

describe('tune11: suspicions, ranked table rows, a run of diagnoses parted by 、', () => {
  it.each(['腔隙性脑梗死待排', '脑梗死可能', '脑梗死不除外', '冠心病？）', '肺癌个人史'])('a suspected diagnosis or a personal history (%s) does not count', (dx) => {
    expect(facts(['某县医院', '诊断证明书', '出院诊断：', '1.2型糖尿病', `2.${dx}`, '医师签名：李四']).diseaseKeys).toEqual(['DIABETES']);
  });

  it('a 次要诊断 row of a ranked table counts like a 主要诊断 row', () => {
    const f = facts(['某县医院', '出院小结', '出院诊断：', '诊断类别  ICD-10编码  诊断名称', '主要诊断  I10.x00  高血压病2级（高危）',
      '次要诊断  I69.300  脑梗死后遗症', '出院医嘱：  继续口服药物。']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION', 'CEREBROVASCULAR_DISEASE']);
  });

  it('a 临床诊断 run parted by 、 (a suspicion among them) keeps the others, and 、 inside brackets parts nothing', () => {
    const f = facts(['某县医院', 'CT检查报告单', '姓名：王五', '临床诊断：  脑梗死（左侧基底节区、放射冠）、高血压病3级（极高危）、冠心病？', '检查所见：  未见异常。']);
    expect([f.diagnoses, f.diseaseKeys]).toEqual([['脑梗死(左侧基底节区、放射冠)', '高血压病3级(极高危)'], ['CEREBROVASCULAR_DISEASE', 'HYPERTENSION']]);
  });
});

describe('tune11: a course record', () => {
  it('dates the stay by its first note and the note headed 出院前病程记录', () => {
    const f = facts(['某市人民医院', '病 程 记 录', '姓名：崔燕  科室：内分泌代谢科', '首次病程记录  2024-07-05 15:25',
      '患者崔燕，女，73岁，因“口干、多饮5年”于2024-07-05 14:15入院。', '主治医师首次查房记录  2024-07-06 09:04', '今日主治医师查房。',
      '出院前病程记录  2024-07-16 09:31', '患者住院11天，患者要求今日出院，予办理。', '出院诊断：  ①T2DM（血糖控制不佳）']);
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2024-07-05', '2024-07-16']);
    expect(facts(['病程记录', '首次病程记录  2025-11-16 10:12', '于2025-11-16 09:00入院。', '出院小结  2025-11-30 10:53', '准予今日出院。']).dischargeDate)
      .toBe('2025-11-30');
  });
});

describe('whose number, which kind of page, and what is only suspected', () => {
  it('a guardian\'s 身份证号 is not the patient\'s', () => {
    const f = facts(['某市妇幼保健院', '出院记录', '患儿姓名：刘子涵  性别：男', '监护人：陈丽娟（母亲）  监护人身份证号：430602199504172049']);
    expect(f.idNumber).toBeNull();
  });

  it('a township 门诊日志 is an outpatient record: its 日期 is the visit', () => {
    const f = facts(['某镇卫生院  门诊日志', '日期：2024年12月3日  姓名：董春生  性别：男', '诊断：1.高血压病2级']);
    expect(f.visitDates).toEqual(['2024-12-03']);
  });

  it('an imaging conclusion that only considers a disease likely (考虑…可能性大) names none', () => {
    const f = facts(['某县人民医院  CT诊断报告书', '姓名：金福贵', '诊断意见：', '1.右肺上叶占位，考虑周围型肺癌可能性大，建议穿刺活检；', '2.肺气肿。']);
    expect(f.diseaseKeys).toEqual([]);
  });
});
