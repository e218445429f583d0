import { describe, expect, it } from 'vitest';
import { facts } from '../../testing/wording-facts';

/**
 * Issue 10: rules made on the tuning part of wording authors a43 (insurance application forms and certificates from
 * many provinces), a44 (diagnoses as busy physicians write them), a45 (specialist hospitals, rarer catalogue
 * diseases) and a103 (phones and the internet), and on the tuning layouts tune12; each case below failed before its rule.
 */
describe('forms a hospital fills for the insurance (wording author a43)', () => {
  it('a disability assessment form (残疾人残疾评定表) is a certificate, dated by its assessor\'s signature', () => {
    const f = facts(['残疾人残疾评定表（肢体）', '评定机构：某市人民医院（康复医学科）', '姓名 孟梓轩 性别 男 出生日期 2018年5月16日',
      '主要诊断：脑性瘫痪（痉挛型双下肢瘫）', '评定结论：肢体残疾 三级', '评定医师签字：申晓萌 2024年8月12日', '县级残联审核意见：    年  月  日']);
    expect(f.documentType).toBe('DIAGNOSIS_CERTIFICATE');
    expect(f.visitDates).toEqual(['2024-08-12']);
  });

  it('a carer\'s certificate names the patient as the carer\'s kin (王强（身份证号：…）之母刘桂英): her name, not his number', () => {
    const f = facts(['某市人民医院', '病情证明（陪护用）', '兹证明：王强（身份证号：371502197508110312）之母刘桂英，78岁，',
      '因“突发头痛3小时”于2025年3月2日急诊收入我院神经外科，', '诊断：1.脑出血', '主管医师：邹建峰', '2025年3月10日']);
    expect([f.name, f.idNumber]).toEqual(['刘桂英', null]);
  });

  it('a follow-up form\'s visits across one row, one space apart, over the row of how each was made (随访方式)', () => {
    const f = facts(['高血压患者随访服务记录表', '姓名：马秀英', '诊断：原发性高血压', '随访日期 2024-01-15 2024-04-12 2024-07-10',
      '随访方式 门诊 家庭 门诊', '下次随访日期 2024-04-12 2024-07-10 2024-10-10']);
    expect(f.visitDates.at(-1)).toBe('2024-07-10');
  });
});

describe('diagnoses as busy physicians write them (wording author a44)', () => {
  it('status post written apart before its abbreviation (s/p PCI（RCA）) stays one diagnosis', () => {
    const f = facts(['某县人民医院门诊病历', '姓名：张德胜', '日期：2024.5.7', '诊断：CHD；OMI(下壁)；s/p PCI（RCA）；HTN 3级 很高危；HLP']);
    expect(f.diagnoses).toContain('s/p PCI(RCA)');
  });

  it('a diagnosis printed only as its ICD-10 codes (诊断(ICD-10)：I10.x00；E11.900) is mapped by them', () => {
    const f = facts(['某社区卫生服务中心', '门诊电子病历', '姓名：邢淑珍', '就诊日期：2024年11月26日', '诊断(ICD-10)：I10.x00；E11.900；M81.000',
      '医师：王燕（全科）']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION', 'DIABETES']);
  });
});

describe('a register of visits with a 诊断 column (wording authors a43, a44)', () => {
  it('headed by the visit\'s date, not a 序号: each row\'s diagnosis is the cell under 诊断, a wrapped cell\'s rest on the row below', () => {
    const f = facts(['某县中医院  慢病门诊复诊记录', '姓名：尹长河  性别：男', '日期 | 血压(mmHg) | 主诉/查体 | 诊断 | 处理 | 医师',
      '2024-08-05 | 152/90 | 头晕 | 眩晕病 肝阳上亢证；高血压病2级； | 天麻钩藤饮加减7剂 | 孟', '| | | 脑梗死后遗症 | 氨氯地平5mg qd |',
      '2024-10-08 | 136/80 | 偶有头晕 | 高血压病2级；2型糖尿病 | 上方加酸枣仁30g | 孟', '医师签名：孟庆和']);
    expect([...f.diseaseKeys].sort()).toEqual(['CEREBROVASCULAR_DISEASE', 'DIABETES', 'HYPERTENSION']);
    // (a page that labels its own diagnosis is read from the label, the register of earlier visits beside it not: the
    // corpus layout tune4-outpatient-visit-history, measured by bench:extract)
    expect(f.visitDates.at(-1)).toBe('2024-10-08');
  });
});

describe('specialist hospitals (wording author a45)', () => {
  it('an assessment\'s report (孤独症诊断观察量表（ADOS-2）评估报告) is a report; its 评估结论 names the disease where no 临床诊断 is printed', () => {
    const f = facts(['某医科大学附属儿童医院  儿童保健科', '孤独症诊断观察量表（ADOS-2）评估报告', '儿童姓名：邵宇航  性别：男',
      '评估日期：2025-03-20  评估模块：模块1', '评估结论：结合DSM-5标准，符合孤独症谱系障碍诊断，严重程度二级。', '评估师：葛晓丹', '报告日期：2025-03-24']);
    expect([f.documentType, f.reportDate, f.visitDates]).toEqual(['TEST_REPORT', '2025-03-24', []]);
    expect(f.diagnoses.join('')).toContain('孤独症谱系障碍');
  });
});

describe('certificates told in a sentence, and a form\'s 诊断信息 block (tuning layouts tune12)', () => {
  it('a full stop ends the last numbered diagnosis: the doubt before the advice stays a doubt', () => {
    const f = facts(['某县人民医院', '诊断证明书', '患者韩秀兰，女，68岁，于2025年3月2日来我院门诊就诊。经检查，诊断为：',
      '1、2型糖尿病；2、慢性胃炎；3、脑梗死待排。建议休息一周，定期复查。', '特此证明。', '医师：孔立  2025年3月4日']);
    expect(f.diseaseKeys).toEqual(['DIABETES']);
  });

  it('…and a question mark before the full stop too, the advice wrapping onto the next row', () => {
    const f = facts(['某镇卫生院', '诊 断 证 明', '患者柏文杰，男，55岁，于2025年3月1日来我院门诊就诊。经检查，诊断为：',
      '1、原发性高血压2级；2、颈椎病；3、糖尿病？。建议休息三周，定期复查，不适', '随诊。', '医师：孔立  日期：2025.3.4']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION']);
  });

  it('a form\'s 疾病诊断 cell under its heading 诊断信息 holds the diagnosis, the heading none', () => {
    const f = facts(['某市人民医院', '特殊病种诊断证明书', '二、诊断信息', '疾病诊断  慢性髓系白血病（慢性期）；贫血',
      '确诊日期  2023-04-02  确诊医院  某市人民医院', '申请病种  白血病', '诊断医师  汪立  开具日期  2025-06-01']);
    expect(f.diseaseKeys).toEqual(['LEUKEMIA']);
    expect(f.diagnoses).toEqual(['慢性髓系白血病(慢性期)', '贫血']);
  });
});

describe('paper from phones and the internet (wording author a103)', () => {
  it('an internet hospital\'s consultation names its patient 问诊人, before the sex and age', () => {
    const f = facts(['某市人民医院 互联网医院', '图文问诊', '问诊人：冉秀芝  女  71岁', '问诊医生：乔林  内分泌科',
      '提交时间：2025-01-06 20:11', '门诊病历', '就诊日期：2025-01-06', '诊断：2型糖尿病']);
    expect(f.name).toBe('冉秀芝');
    expect(f.visitDates).toEqual(['2025-01-06']);
  });
});
