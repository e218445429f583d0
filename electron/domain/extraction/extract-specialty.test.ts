import { describe, expect, it } from 'vitest';
import { datesOf, facts } from '../../testing/wording-facts';

// Issue 10: paper from specialty hospitals (the tuning layouts tune23) and the wording authors a133–a141.

describe('the tuning layouts tune23', () => {
  it('a stent implant card (…支架植入证明卡) is a certificate, dated by its 发证日期', () => {
    const f = facts(['某省胸科医院', '冠状动脉支架植入证明卡', '姓名：司马文  性别 / 年龄：男 / 60岁', '住院时间：2025年03月29日—2025年04月09日',
      '手术日期：2025年03月31日', '出院诊断：  1、冠状动脉支架植入术后', '发证日期：2025年04月10日  经治医师：  胡建华']);
    expect([f.documentType, f.visitDates]).toEqual(['DIAGNOSIS_CERTIFICATE', ['2025-04-10']]);
  });

  it('a page whose heading names no kind but which prints 报告日期 is a report, its sessions no visits', () => {
    const f = facts(['某县人民医院血液透析中心', '维持性血液透析月度记录单', '统计周期：2025-01-14 至 2025-02-10',
      '姓名  于振华  性别  男', '血管通路  右前臂动静脉内瘘', '临床诊断  1.慢性肾脏病5期',
      '透析治疗记录', '透析日期  星期  透前体重', '2025-01-15  三  56.4', '2025-01-17  五  57.0',
      '主管医师：  邵明  报告日期：2025年02月10日  打印日期：2025-02-12']);
    expect([f.documentType, f.reportDate, f.visitDates]).toEqual(['TEST_REPORT', '2025-02-10', []]);
  });
});

describe('stays as county and city hospitals tell them (wording author a136)', () => {
  it('prose\'s month-day in figures after a full date (…2024-05-08…收入我科…，05-17出院) is that year\'s', () => {
    const f = facts(['某大学第一附属医院 门诊病历', '就诊日期：2024-06-20 08:47', '姓名：马晓琳  女  26岁',
      '现病史：患者于2024-05-08因“恶心呕吐2天”以糖尿病酮症酸中毒收入我科，予补液、胰岛素治疗，05-17出院，改为胰岛素泵治疗。', '诊断：1型糖尿病']);
    expect([f.admissionDate, f.dischargeDate, f.visitDates]).toEqual(['2024-05-08', '2024-05-17', ['2024-06-20']]);
  });

  it('…but a range of counts in prose (2024-05-08起每日10-12次) is no date', () => {
    const f = facts(['门诊病历', '就诊日期：2024-06-20', '姓名：马晓琳', '现病史：2024-05-08起腹泻，每日10-12次，水样便。', '诊断：急性肠炎']);
    expect(datesOf(f).filter((d) => d !== null)).toEqual(['2024-06-20']);
  });
});

describe('specialty clinics\' outpatient pages (wording author a140)', () => {
  it('a chemotherapy clinic\'s next cycle (下周期日期：…) is no visit; the page\'s own timestamp is', () => {
    const f = facts(['某大学附属肿瘤医院', '大肠外科 化疗门诊', '2024-06-18  10:05', '姓名：周建华  男  58岁', '诊断：乙状结肠腺癌术后  化疗中',
      '已行XELOX方案4周期，第4周期2024-05-27。', '处理：今日行第5周期XELOX', '下周期日期：2024-07-09。', '医师：蔡国响']);
    expect(f.visitDates).toEqual(['2024-06-18']);
  });
});

describe('diagnoses written in English (wording author a141)', () => {
  it('a summary\'s Discharge Dx：, glossing 出院诊断, heads the diagnoses, not the questioned admission ones', () => {
    const f = facts(['出院记录  Discharge Summary', '姓名：潘一鸣', '入院诊断：Schizoaffective disorder? Bipolar disorder?',
      '诊疗经过：予碳酸锂 0.9 g/d，TSH 升高。', '出院诊断 Discharge Dx：', '1. T2DM (E11.9)', '2. HTN grade 1 (I10)', '出院医嘱：门诊每2周复诊']);
    expect(f.diseaseKeys).toEqual(['DIABETES', 'HYPERTENSION']);
  });

  it('a marrow report\'s Conclusion 意见： settles what its 临床诊断 only asked (AML?)', () => {
    const f = facts(['骨髓细胞形态学检查报告  Bone Marrow Morphology Report', '姓名 Name：吴德明   临床诊断：AML?',
      '报告日期 Reported：08-Feb-2024', '骨髓增生明显活跃，原始单核 + 幼稚单核细胞占 68%。', 'Conclusion 意见：符合 AML-M5b（急性单核细胞白血病）']);
    expect(f.diseaseKeys).toEqual(['LEUKEMIA']);
  });

  it.each([
    ['Elevated BP – ?HTN, to confirm by HBPM'], ['Hx of T2DM? – HbA1c 5.6%, not confirmed'], ['Lung nodule — r/o lung ca'],
  ])('a disease English questions or rules out (%s) is none', (dx) => {
    expect(facts(['门诊病历', '姓名：张三', 'Impression：', `1. ${dx}`]).diseaseKeys).toEqual([]);
  });
});
