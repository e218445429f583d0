import { describe, expect, it } from 'vitest';
import type { Institution } from '../evidence/institutions';
import { parseDates } from './chinese-dates';
import { extractFacts, type DocumentFacts, type ExtractionVocabulary } from './extract-facts';
import { mapDiagnosis, normalizeDiagnosis } from './map-diagnoses';
import { normalizeOcrText } from './normalize-text';

const HOSPITAL: Institution = {
  code: 'H371500001', nameZh: '聊城市人民医院', aliases: ['聊城市人民医院东昌府院区'], level: 'L3', category: 'GENERAL',
  countsAsGeneral: true, ownership: 'PUBLIC', designated: true,
};
const VOCAB: ExtractionVocabulary = {
  institutions: [HOSPITAL],
  catalogue: [
    { key: 'DIABETES', diagnosisTerms: ['糖尿病', 'T2DM', 'T1DM'], icd10: ['E10', 'E11', 'E14'] },
    { key: 'HYPERTENSION', diagnosisTerms: ['高血压'], icd10: ['I10', 'I11', 'I12', 'I13', 'I15'] },
    { key: 'URAEMIA_DIALYSIS', diagnosisTerms: ['尿毒症', '终末期肾病', '慢性肾脏病5期', 'CKD5'], icd10: ['N18.5', 'N18'] },
  ],
};

// What tesseract.js returns for a rendered 出院记录 (spaces between characters, a mis-read bracket).
const OCR_DISCHARGE = `聊城 市 人 民 医 院
出 院 记 录
姓名 : 张 三 性 别 : 男 年 龄 : 58 岁
身份 证 号 : 371502196604051231
住院 号 : 2024008812
入 院 日 期 : 2024 年 03 月 02 日
出 院 日 期 : 2024 年 03 月 15 日
入 院 诊 断 : 2 型 糖尿 病
出 院 诊断 : 1. 2 型 糖尿 病 伴 多 个 并 发 症
2. 高 血压 病 3 级 (〈 极 高 危 )
诊疗 经 过 : 患者 入 院 后 完善 相关 检查 ， 给 予 降 糖 、 降 压 治疗 。
医师 签名 : 李 四`;

const withoutSources = ({ sources: _, ...facts }: DocumentFacts) => facts;

describe('extractFacts', () => {
  it('reads every field of an OCR-ed discharge record', () => {
    expect(withoutSources(extractFacts(OCR_DISCHARGE, VOCAB))).toEqual({
      documentType: 'INPATIENT_RECORD_COPY',
      name: '张三',
      idNumber: '371502196604051231',
      recordNo: '2024008812',
      hospital: '聊城市人民医院',
      admissionDate: '2024-03-02',
      dischargeDate: '2024-03-15',
      visitDates: [],
      reportDate: null,
      diagnoses: ['2型糖尿病伴多个并发症', '高血压病3级(极高危)'],
      diseaseKeys: ['DIABETES', 'HYPERTENSION'],
      physicianNames: ['李四'],
    });
  });

  it('reads an outpatient record with several visits and an unknown clinic', () => {
    const f = extractFacts(['阳谷县某某诊所', '门诊病历', '姓名：王小明  性别：女', '就诊日期：2025-01-03', '诊断：II型糖尿病',
      '就诊日期：2024.10.5', '诊断：T2DM'].join('\n'), VOCAB);
    expect(f).toMatchObject({
      documentType: 'OUTPATIENT_RECORD_ORIGINAL', name: '王小明', hospital: '阳谷县某某诊所', idNumber: null,
      visitDates: ['2024-10-05', '2025-01-03'], diseaseKeys: ['DIABETES'],
    });
  });

  it('reads a lab report date and prefers an ID number whose check digit is right', () => {
    const f = extractFacts(['聊城市人民医院东昌府院区 检验报告单', '姓名:赵六 门诊号:MZ0098', '条码 371502196604051235',
      '身份证号: 11010519491231002X', '报告日期: 2025/2/20 10:31'].join('\n'), VOCAB);
    expect(f).toMatchObject({ documentType: 'TEST_REPORT', hospital: '聊城市人民医院', recordNo: 'MZ0098', idNumber: '11010519491231002X', reportDate: '2025-02-20' });
  });

  it('repairs letters OCR puts into an ID number', () => {
    expect(extractFacts('身份证号：11O1O519491231OO2X', VOCAB).idNumber).toBe('11010519491231002X');
  });

  it.each([
    ['PaddleOCR, no space after the item number', '出院诊断：1.2型糖尿病伴多个并发症\n2.2型糖尿病肾病', ['2型糖尿病伴多个并发症', '2型糖尿病肾病']],
    ['items on one row', '出院诊断：1、2型糖尿病  2、高血压病2级', ['2型糖尿病', '高血压病2级']],
    ['a decimal inside an item', '出院诊断：1.甲状腺结节3.5cm 2.高血压病', ['甲状腺结节3.5cm', '高血压病']],
    ['an unnumbered diagnosis starting with a digit', '诊断：2型糖尿病，高血压病2级', ['2型糖尿病', '高血压病2级']],
  ])('cuts a diagnosis list into items: %s', (_name, text, diagnoses) => {
    expect(extractFacts(text, VOCAB).diagnoses).toEqual(diagnoses);
  });

  it('takes the 初步诊断, not a diagnosis another hospital gave that the history tells (外院诊断"…", even on a wrapped row)', () => {
    const record = ['阳谷县人民医院门诊病历', '姓名：欧阳秀兰  性别：女  年龄：62岁', '就诊时间：2025/10/21 11:05',
      '现病史：半年前突发左侧肢体无力，于外院诊断"2型糖尿病"，', '诊断"高血压"后未规律服药。', '既往史：曾诊断为2型糖尿病。',
      '初步诊断：1.脑梗死后遗症 2.慢性胃炎', '医师：陈刚'].join('\n');
    const facts = extractFacts(record, VOCAB);
    expect(facts.diagnoses).toEqual(['脑梗死后遗症', '慢性胃炎']);
    expect(facts.diseaseKeys).toEqual([]);
  });
  it('reads diagnoses numbered 一、二、, （一）, ① and a stay told in prose with the hour (于2024年12月28日10时入院)', () => {
    const record = ['茌平区人民医院', '出院小结', '病人姓名：上官秀梅   性别：女', '患者于2024年12月28日10时入院，于2025年1月6日8时30分出院。',
      '入院诊断：一、高血压病', '出院诊断：', '一、2型糖尿病伴糖尿病肾病', '二、高血压病2级', '医师签名：王晓东'].join('\n');
    const facts = extractFacts(record, VOCAB);
    expect([facts.admissionDate, facts.dischargeDate]).toEqual(['2024-12-28', '2025-01-06']);
    expect(facts.diagnoses).toEqual(['2型糖尿病伴糖尿病肾病', '高血压病2级']);
    for (const numbered of ['（一）2型糖尿病 （二）高血压病2级', '①2型糖尿病 ②高血压病2级']) {
      expect(extractFacts(`出院记录\n出院诊断：${numbered}`, VOCAB).diagnoses).toEqual(['2型糖尿病', '高血压病2级']);
    }
  });
  it('knows a pathology report as a test report and takes its 报告日期, not the 送检 or 收到 date', () => {
    const facts = extractFacts('聊城市肿瘤医院\n病理诊断报告\n姓名：周建军 性别：男\n送检日期：2025-04-01 收到日期：2025-04-02 报告日期：2025-04-08', VOCAB);
    expect([facts.documentType, facts.reportDate]).toEqual(['TEST_REPORT', '2025-04-08']);
  });
  it('reads a name spaced out over two boxes (姓名  李  娜), a name glued to the sex (患者：诸葛亮平 男 45岁), and each 复诊 of an outpatient record', () => {
    expect(extractFacts('诊断证明书\n姓名  李  娜   性别  女\n医师：张伟明', VOCAB).name).toBe('李娜');
    expect(extractFacts('门诊病历\n科室：心内科  医师：王建华\n患者：诸葛亮平 男 45岁', VOCAB).name).toBe('诸葛亮平');
    const visits = extractFacts('门诊病历\n姓名:刘洋\n2025-04-02 09:30 复诊\n诊断:高血压\n2025-05-07 10:12 复诊\n打印时间：2025-06-01', VOCAB);
    expect(visits.visitDates).toEqual(['2025-04-02', '2025-05-07']);
    const appointments = extractFacts('门诊病历\n姓名:刘洋\n上次就诊：2025-01-06\n就诊日期：2025-02-03\n医嘱：请于2025-03-03复诊。下次复诊：2025-03-03', VOCAB);
    expect(appointments.visitDates).toEqual(['2025-02-03']);
  });
  it('reads a tall 诊断 cell whose items stand above, beside and below its label', () => {
    const form = ['诊断证明书', '姓名|熊振华|性别|男', '1、多发性腔隙性脑梗塞', '2、高血压病2级 高危', '诊断|3、腰椎间盘突出症', '4、高尿酸血症', '建议门诊规律治疗。'].join('\n');
    expect(extractFacts(form, VOCAB).diagnoses).toEqual(['多发性腔隙性脑梗塞', '高血压病2级高危', '腰椎间盘突出症', '高尿酸血症']);
  });
  it('reads values printed under their labels: a sidebar of stacked pairs, a header row over a value row', () => {
    const sidebar = extractFacts('门诊病历\n姓名\n王芳\n身份证号\n371502198001012312\n就诊日期\n2025-03-04 09:30\n诊断：高血压病', VOCAB);
    expect([sidebar.name, sidebar.idNumber, sidebar.visitDates]).toEqual(['王芳', '371502198001012312', ['2025-03-04']]);
    const header = extractFacts('门诊病历\n姓名  性别  出生日期  就诊时间\n王芳  女  1980-01-01  2025-03-04\n打印时间：2025-05-01', VOCAB);
    expect([header.name, header.visitDates]).toEqual(['王芳', ['2025-03-04']]);
  });
  it('reads 印象, a lead-in wrapped over two rows (…目前诊断 / 为：), 中医 and 西医 columns side by side, and a 住院期间 under its label', () => {
    expect(extractFacts('门诊病历\n印象：  1.2型糖尿病\n2.贫血原因待查\n处理：二甲双胍', VOCAB).diagnoses).toEqual(['2型糖尿病']);
    const cert = extractFacts(['诊断证明书', '科别  住院号  住院期间', '内分泌科  2025517456  2025.06.11—2025.06.19（8天）', '诊断意见：',
      '经查，该患者经治疗病情好转出院，目前诊断', '为：', '①1型糖尿病  E10.900', '②原发性高血压  I10.x00'].join('\n'), VOCAB);
    expect([cert.admissionDate, cert.dischargeDate, cert.diseaseKeys]).toEqual(['2025-06-11', '2025-06-19', ['DIABETES', 'HYPERTENSION']]);
    const tcm = extractFacts('门诊病历\n中医诊断：  西医诊断：\n1.消渴病  1.高血压3级\n2.肺部感染\n治法：益气养阴', VOCAB);
    expect(tcm.diagnoses).toEqual(['消渴病', '高血压3级', '肺部感染']);
  });
  it('returns nulls, not guesses, for a page with no facts', () => {
    expect(extractFacts('', VOCAB)).toEqual({ sources: {},
      documentType: null, name: null, idNumber: null, recordNo: null, hospital: null, admissionDate: null,
      dischargeDate: null, visitDates: [], reportDate: null, diagnoses: [], diseaseKeys: [], physicianNames: [],
    });
  });
});

describe('diagnosis mapping (the pack synonyms)', () => {
  it('a code takes the most specific entry: C91 is leukaemia, not also the general C of malignant tumours', () => {
    const vocab = [{ key: 'MALIGNANT_TUMOR_OUTPATIENT', diagnosisTerms: ['恶性肿瘤', '癌'], icd10: ['C'] }, { key: 'LEUKEMIA', diagnosisTerms: ['白血病'], icd10: ['C91', 'C92'] }];
    expect(mapDiagnosis('急性淋巴细胞白血病  C91.000', vocab)).toEqual(['LEUKEMIA']);
    expect(mapDiagnosis('右肺腺癌  C34.100', vocab)).toEqual(['MALIGNANT_TUMOR_OUTPATIENT']);
  });

  it.each([
    ['2型糖尿病', ['DIABETES']], ['II型糖尿病', ['DIABETES']], ['Ⅱ型糖尿病性肾病', ['DIABETES']], ['T2DM', ['DIABETES']],
    ['E11.900 2型糖尿病不伴并发症', ['DIABETES']], ['高血压病3级', ['HYPERTENSION']], ['尿毒症', ['URAEMIA_DIALYSIS']],
    ['终末期肾病 规律血液透析', ['URAEMIA_DIALYSIS']], ['慢性肾脏病5期', ['URAEMIA_DIALYSIS']], ['左桡骨远端骨折', []],
    ['HIV感染', []],
  ])('%s → %j', (dx, keys) => {
    expect(mapDiagnosis(dx, VOCAB.catalogue)).toEqual(keys);
  });
  it('normalises roman numerals only where they name a type, stage or grade', () => {
    expect(normalizeDiagnosis('Ⅱ型 糖尿病（伴 并发症）')).toBe('2型糖尿病伴并发症');
    expect(normalizeDiagnosis('HIV 感染')).toBe('HIV感染');
  });
});

describe('parseDates / normalizeOcrText', () => {
  it('reads the printed date forms and rejects impossible dates', () => {
    expect(parseDates('2024年3月2日 2024-03-02 2024.3.2 2024/03/02 20240302 2023-02-29 2024-13-01')).toEqual(
      ['2024-03-02', '2024-03-02', '2024-03-02', '2024-03-02', '2024-03-02']);
  });
  it('reads a date through the lettering of a seal stamped over its blanks', () => {
    expect(parseDates('2025 年公章1  月  21日')).toEqual(['2025-01-21']);
  });
  it('puts back the look-alikes OCR makes of the words a record turns on, where the misreading means nothing else', () => {
    expect(normalizeOcrText('于2025年7月21日入阮，出院日朋：2025.12.09，影像诊晰：腔梗，某县人民医阮')).toBe('于2025年7月21日入院,出院日期:2025.12.09,影像诊断:腔梗,某县人民医院');
    expect(normalizeOcrText('阮氏兰 珍断')).toBe('阮氏兰珍断'); // a surname, and no confusion of two look-alikes
  });
  it('reads a dot-matrix date or time back where figures came out as letters or apart (2O25 - O3 - lS, 2 O 2 3 年 O 4 月 l l 日, 24-O9-l6 lO:3O)', () => {
    expect(normalizeOcrText('入院日期 2O25 - O3 - O4 O9:l2  出院日期 2O25 - O3 - lS')).toBe('入院日期2025-03-04 09:12出院日期2025-03-15');
    expect(parseDates(normalizeOcrText('医师：黄志明 2 O 2 3 年 O 4 月 l l 日'))).toEqual(['2023-04-11']);
    expect(normalizeOcrText('住院号 2O25OOl387  BOZ-lS-ll')).toBe('住院号2O25OOl387 BOZ-lS-ll'); // no year: left as read
    expect(normalizeOcrText('入院时间 24-O9-l6 lO:3O  门珍随访  就珍 2O25.l2.7 2l:l3')).toBe('入院时间24-09-16 10:30门诊随访就诊2025.12.7 21:13');
  });
  it('joins spaced Chinese characters and converts full-width forms', () => {
    expect(normalizeOcrText('出 院 诊 断 ： 2 型 糖 尿 病\n住院号：ＡＢ１２３')).toBe('出院诊断:2型糖尿病\n住院号:AB123');
  });
});
