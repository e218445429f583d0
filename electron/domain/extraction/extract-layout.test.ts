import { describe, expect, it } from 'vitest';
import { extractFacts, type ExtractionVocabulary } from './extract-facts';
import type { OcrLine } from './page-lines';
import { fieldsToCheck } from './confidence';

/** Issue 10: extraction that uses the layout, the date forms of real records, and the diagnoses that count. */

const VOCAB: ExtractionVocabulary = {
  institutions: [],
  catalogue: [
    { key: 'DIABETES', diagnosisTerms: ['糖尿病', 'T2DM', '消渴'], icd10: ['E11'] },
    { key: 'HYPERTENSION', diagnosisTerms: ['高血压', '高血压病'], icd10: ['I10'] },
    { key: 'CEREBROVASCULAR_DISEASE', diagnosisTerms: ['脑梗死', '中风'], icd10: ['I63'] },
    { key: 'HEMOPHILIA', diagnosisTerms: ['血友病'], icd10: ['D66'] },
  ],
};
const ID = '37150219580304008X'; // a valid number ending in X (GB 11643)
const facts = (text: string) => extractFacts(text, VOCAB);

/** A row of boxes as an engine returns it: each cell with its box and confidence. */
const row = (y: number, ...cells: (string | [string, number])[]): OcrLine => {
  let x = 100;
  const boxes = cells.map((c) => {
    const [text, confidence] = typeof c === 'string' ? [c, 0.98] : c;
    const bbox = [x, y, x + 40 * text.length, y + 36] as const;
    x = bbox[2] + 30;
    return { text, confidence, bbox };
  });
  return { text: boxes.map((b) => b.text).join('  '), confidence: Math.min(...boxes.map((b) => b.confidence)), bbox: [100, y, x, y + 36], cells: boxes };
};

describe('labels and values across cells and boxes', () => {
  it('pairs a label with the value in the next cell of a bordered grid, and keeps where it was read', () => {
    const f = extractFacts([{ lines: [
      row(100, '阳谷县人民医院'), row(160, '出院记录'),
      row(240, '姓名', ['周玉兰', 0.91], '性别', '女', '年龄', '67岁'),
      row(300, '身份证号', ...ID.split('')), // one digit per printed box
      row(360, '入院日期', '2024-03-02', '出院日期', '2024-03-15'),
    ] }], VOCAB);
    expect(f).toMatchObject({ name: '周玉兰', idNumber: ID, admissionDate: '2024-03-02', dischargeDate: '2024-03-15', documentType: 'INPATIENT_RECORD_COPY' });
    expect(f.sources?.name).toEqual({ page: 0, bbox: [210, 240, 330, 276], confidence: 0.91 });
    expect(f.sources?.idNumber?.bbox?.[0]).toBeGreaterThan(250); // the digit boxes, not the label
  });

  it('takes the 18 boxed digits whose check digit holds when a box border was read as a digit', () => {
    expect(extractFacts([{ lines: [row(100, '身份证号', '7', ...ID.split(''))] }], VOCAB).idNumber).toBe(ID);
  });

  it.each([
    ['姓名：欧阳娜娜    性别：女    主治医师：李建国', '欧阳娜娜'],
    ['姓 名:司马青云性别:男', '司马青云'],
    ['主治医师：李建国\n患者姓名：诸葛亮', '诸葛亮'],
    ['兹证明 周玉兰（女，67岁）于我院就诊', '周玉兰'],
    ['患者邱桂英，女，72岁，因“多饮多尿10年”入院', '邱桂英'],
    // a compound surname the engine misread by one look-alike character (侯 as 候, 官 as 宫)
    ['姓名：夏候霞  性别：女', '夏侯霞'],
    ['兹证明上宫静（女，82岁）于我院就诊', '上官静'],
    ['姓名：候霞  性别：女', '候霞'],
    // the age read into the name's box (罗玉珍 70岁 女), a dot read for the colon (姓名‧贺红梅)
    ['姓名：罗玉珍 70岁 女  身份证号：371522195501086660', '罗玉珍'],
    ['姓名‧贺红梅  性别　女', '贺红梅'],
  ])('the patient\'s name from %j', (text, name) => {
    expect(facts(text).name).toBe(name);
  });
});

describe('a seal whose ring the engine read into a field', () => {
  it('the hospital\'s name read into the middle of a name or a date is taken out again (田小 黄梅县人民医院 凤, 2026-04- 龙井市人民医院 08)', () => {
    expect(facts('黄梅县人民医院\n疾 病 证 明\n兹证明 田小 黄梅县人民医院 凤 同志，女，43岁，\n诊断为：2型糖尿病').name).toBe('田小凤');
    const f = facts('龙井市人民医院\n24小时内入出院记录\n姓名：朴成浩  性别：男\n入院时间：2026-04-07 21:30\n出院时间：2026-04- 龙井市人民医院 08 17:00\n出院诊断：1.脑出血');
    expect([f.admissionDate, f.dischargeDate]).toEqual(['2026-04-07', '2026-04-08']);
  });

  it('…in its own box between the two halves of the field', () => {
    const f = extractFacts([{ lines: [row(100, '黄梅县人民医院'), row(160, '疾病证明'), row(220, '兹证明田小', '黄梅县人民医院', '凤同志，女，43岁'),
      row(280, '诊断为：2型糖尿病')] }], VOCAB);
    expect(f.name).toBe('田小凤');
    expect(f.hospital).toBe('黄梅县人民医院');
  });
});

describe('dates in every printed form, and the right one', () => {
  it.each([
    ['就诊日期：2025.3.4\n诊断：2型糖尿病', '门诊病历', { visitDates: ['2025-03-04'] }],
    ['就诊时间：2025/10/21 11:05\n诊断：高血压病', '门诊病历', { visitDates: ['2025-10-21'] }],
    ['送检日期：2025-06-01  采样时间：2025-06-01 08:10\n报告时间：2025-06-03 09:12  打印时间：2025-06-04 10:00', '检验报告单', { reportDate: '2025-06-03' }],
    ['检查日期：2025-04-16\n报告日期：2025年04月18日', '检查报告', { reportDate: '2025-04-18' }],
    ['患者于2024年12月28日因“头晕3天”入院，于2025年01月06日好转出院。\n手术日期：2024-12-30', '出院小结', { admissionDate: '2024-12-28', dischargeDate: '2025-01-06' }],
    ['患者因“口干5年”于2024年12月\n30日入院，于2025年01月07日出院。', '出院记录', { admissionDate: '2024-12-30', dischargeDate: '2025-01-07' }],
    ['兹证明 钱建华 同志，因\n病于2025年1月1日至2025年1月11日在我院心内科住院治疗。', '诊断证明书', { admissionDate: '2025-01-01', dischargeDate: '2025-01-11' }],
    ['住院日期：2024-12-28至2025-01-06', '出院记录', { admissionDate: '2024-12-28', dischargeDate: '2025-01-06' }],
    ['出生日期：1958-03-04\n入院时间：2025-03-04 10:12\n出院时间：2025-03-20', '出院记录', { admissionDate: '2025-03-04', dischargeDate: '2025-03-20' }],
    ['兹证明周玉兰（女）患有血友病A。\n医师签名：王明    二〇二五年四月二日', '诊断证明书', { visitDates: ['2025-04-02'] }],
    ['打印时间：2025-05-09\n诊断：血友病\n医师：王明\n日期：2025年05月08日', '疾病诊断证明书', { visitDates: ['2025-05-08'] }],
    // a fax loses a separator now and then: after a date's label the figures still make the date
    ['诊断：血友病\n医师：王明  签发日期：202409-14', '诊断证明书', { visitDates: ['2024-09-14'] }],
    ['就诊时间：2025.0810 09:30\n诊断：高血压病', '门诊病历', { visitDates: ['2025-08-10'] }],
  ])('%j', (body, title, expected) => {
    expect(facts(`某县人民医院\n${title}\n${body}`)).toMatchObject(expected);
  });
});

describe('the diagnoses that count', () => {
  it.each([
    ['the discharge diagnosis, not the admission one', '入院诊断：1.高血压病\n出院诊断：1.2型糖尿病\n2.脑梗死\n诊疗经过：…', ['DIABETES', 'CEREBROVASCULAR_DISEASE']],
    ['a discharge record whose 出院诊断 is unreadable never falls back to the admission one', '出院记录\n入院诊断：1.高血压病\n幽院诊析：1.2型糖尿病', []],
    ['an admission record has only its admission diagnosis', '入院记录\n入院诊断：1.脑梗死', ['CEREBROVASCULAR_DISEASE']],
    ['numbering glued to the text', '出院诊断：1.高血压病3级 2.2型糖尿病', ['HYPERTENSION', 'DIABETES']],
    ['numbering with 、 and a two-column row', '出院诊断：1、2型糖尿病 | 出院医嘱：低盐饮食', ['DIABETES']],
    ['a TCM diagnosis the pack maps', '中医诊断：消渴病 气阴两虚证', ['DIABETES']],
    ['中风病', '诊断：中风病（恢复期）', ['CEREBROVASCULAR_DISEASE']],
    ['history, family history and negation never count', '既往史：否认高血压、糖尿病病史。\n家族史：母亲患2型糖尿病。\n诊断：腰椎间盘突出症', []],
    ['numbering that starts again under 中医/西医', '出院诊断:  中医:1.中风病（风痰阻络证）\n2.胸痹心痛病\n西医:1.2型糖尿病\n2.颈椎病\n出院医嘱:', ['CEREBROVASCULAR_DISEASE', 'DIABETES']],
    ['a result table under 临床诊断 is no diagnosis', '临床诊断：高血压病，2型糖尿病\n序号  项目名称  结果  单位\n1  血友病因子筛查  1.2  %', ['HYPERTENSION', 'DIABETES']],
    ['items above and below a label centred in a tall cell', '1、脑梗死\n诊断\n2、高血压病2级\n建议门诊规律治疗', ['CEREBROVASCULAR_DISEASE', 'HYPERTENSION']],
    ['a certificate\'s diagnosis', '诊断：血友病A（重型）\n建议：定期复查', ['HEMOPHILIA']],
    ['西医诊断： ending the label\'s row, its items on the next, up to a TCM heading without a colon',
      '诊断  中医诊断：消渴病 气阴两虚证；西医诊断：\n脑梗死；高血压病\n治则治法  益气养阴', ['DIABETES', 'CEREBROVASCULAR_DISEASE', 'HYPERTENSION']],
    ['a coded table\'s personal history (Z86) is no diagnosis', '出院诊断：\n诊断类别  ICD-10编码  诊断名称\n主要诊断  E11.900  2型糖尿病\n次要诊断  Z86.701  脑梗死个人史\n出院医嘱：随诊',
      ['DIABETES']],
    // a two-column page read across: the sidebar's rows fall between the items
    ['a numbered list with a sidebar\'s row between its items', '临床诊断\n就诊时间\n①高血压病3级\n2024-10-07 09:28:16\n②脑梗死后遗症\n上次就诊\n③类风湿关节炎\n处理意见',
      ['HYPERTENSION', 'CEREBROVASCULAR_DISEASE']],
    ['…but no advice list numbered on after the diagnosis', '诊断：1.高血压病\n医嘱：1.低盐饮食\n2.中风病康复训练', ['HYPERTENSION']],
    ['…nor a list past a heading without a colon', '诊断：1.高血压病\n处理\n2.中风病康复训练', ['HYPERTENSION']],
    ['…and an unnumbered diagnosis under its label stays one before a numbered note', '诊断\n高血压病\n1.低盐饮食', ['HYPERTENSION']],
  ])('%s', (_, text, keys) => {
    expect(facts(`某县人民医院\n病历\n${text}`).diseaseKeys).toEqual(keys);
  });

  it('takes no page footer for a diagnosis', () => {
    expect(facts('出院诊断：2型糖尿病\n第1页 共2页').diagnoses).toEqual(['2型糖尿病']);
  });

  it('keeps the items as written, without their numbers', () => {
    expect(facts('出院诊断：1.高血压病3级（极高危） 2.2型糖尿病伴周围神经病变').diagnoses).toEqual(['高血压病3级(极高危)', '2型糖尿病伴周围神经病变']);
  });
});

describe('an ID number that does not check out', () => {
  it('is not taken: what was printed is kept beside the page for the clerk to check', () => {
    const f = facts('身份证号：371502195803040021');
    expect([f.idNumber, f.sources?.idNumber?.read, (f.sources?.idNumber?.confidence ?? 1) <= 0.3]).toEqual([null, '371502195803040021', true]);
    expect(fieldsToCheck(f)).toEqual(['idNumber']);
  });

  it('is not replaced by the guardian\'s valid number printed below it', () => {
    expect(facts('身份证号：371502195803040021\n监护人身份证号：371502198001010026').idNumber).toBe(null);
  });

  it('whose check character can only be an X misread as a figure is given with the X, below the bar for checking', () => {
    const f = facts('身份证号：371526194410314985');
    expect([f.idNumber, (f.sources?.idNumber?.confidence ?? 1) <= 0.5]).toEqual(['37152619441031498X', true]);
  });
});

describe('a diagnosis the OCR was unsure of', () => {
  const page = (confidence: number) => [{ lines: [
    row(100, '出院记录'), row(160, '姓名', '周玉兰', '性别', '女'), row(220, ['出院诊断：1.高血振病3级', confidence]),
  ] }];

  it('is restored to the catalogue term it is one character from, and marked for the clerk to check', () => {
    const f = extractFacts(page(0.84), VOCAB);
    expect([f.diagnoses, f.diseaseKeys]).toEqual([['高血压病3级'], ['HYPERTENSION']]);
    expect(f.sources?.diagnoses?.confidence).toBeLessThan(0.85);
  });

  it('is left as read where the reading was sure: a clearly printed word means what it says', () => {
    expect(extractFacts(page(0.99), VOCAB).diseaseKeys).toEqual([]);
  });
});

describe('what a scan loses (tuning layouts tune7-discharge-running-header, tune3-outpatient-grey-banner, read by PaddleOCR)', () => {
  /** A row of boxes each at its own left edge. */
  const placed = (y: number, ...cells: [number, string][]): OcrLine => {
    const boxes = cells.map(([x, text]) => ({ text, confidence: 0.95, bbox: [x, y, x + 36 * text.length, y + 36] as const }));
    return { text: boxes.map((b) => b.text).join('  '), confidence: 0.95, bbox: [100, y, 1200, y + 36], cells: boxes };
  };

  it('a 入院诊断 | 出院诊断 table whose first row lost its lone 1 still gives that row\'s 出院诊断', () => {
    const f = extractFacts([{ lines: [
      placed(100, [100, '某县人民医院']), placed(160, [100, '出院记录']), placed(220, [100, '姓名：姚秀英']),
      placed(280, [100, '诊断情况：']),
      placed(340, [100, '序号'], [200, '入院诊断'], [560, '出院诊断'], [1000, '转归']),
      placed(400, [200, '高血压病'], [560, '高血压3级'], [1000, '好转']),
      placed(460, [100, '2'], [200, '肺癌？'], [560, '2型糖尿病性视网膜病变'], [1000, '好转']),
      placed(520, [100, '诊疗经过：']),
    ] }], VOCAB);
    expect(f.diagnoses).toEqual(['高血压3级', '2型糖尿病性视网膜病变']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION', 'DIABETES']);
  });

  it('a banner\'s edge read as a lone 【 before the label leaves the label a label (a history\'s 考虑“…” is none)', () => {
    const f = extractFacts([{ lines: [
      placed(100, [100, '某市中心医院  门诊病历记录']), placed(160, [100, '患者：朱素芬  女74岁']),
      placed(190, [100, '现病史：当地诊所曾考虑“肾功能衰竭”，行肾功能检查后排除。']), placed(220, [90, '【诊断：（1）2型糖尿病']), placed(280, [120, '(2)高血压病']), placed(340, [100, '处方：']),
    ] }], VOCAB);
    expect(f.diseaseKeys).toEqual(['DIABETES', 'HYPERTENSION']);
  });
});
