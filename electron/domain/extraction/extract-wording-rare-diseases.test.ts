import { describe, expect, it } from 'vitest';
import { facts } from '../../testing/wording-facts';

/**
 * Issue 10: rules made on the tuning part of wording author a101 (the rarer catalogue diseases in many words, beside
 * look-alikes); each case below failed before its rule (a case opening with …but guards its edge).
 */
describe('a test that settles what its request only questioned (wording authors a101, a108, a109)', () => {
  it('a bone marrow\'s 诊断意见 names the leukaemia behind a 全血细胞减少待查', () => {
    const f = facts(['某市人民医院  骨髓细胞学检查报告', '姓名：柯玉珍  性别：女  年龄：59岁  科室：血液科', '临床诊断：全血细胞减少原因待查',
      '标本采集日期：2025-02-10', '原始粒细胞占42%，可见Auer小体。', '诊断意见：急性髓系白血病（AML-M2）骨髓象。', '报告人：石磊',
      '报告日期：2025-02-12']);
    expect(f.diseaseKeys).toEqual(['LEUKEMIA']);
  });

  it('a gene test\'s 结论 does, behind a 白细胞增多待查', () => {
    const f = facts(['某医学检验实验室', 'BCR-ABL1融合基因定量检测报告', '姓名：龚建军    性别：男    年龄：51岁',
      '临床诊断：白细胞增多待查', 'BCR-ABL1(P210)/ABL1 | 41.2% | 阴性', '结论：检出BCR-ABL1融合基因，符合慢性髓系白血病。',
      '报告日期：2024-05-08']);
    expect(f.diseaseKeys).toEqual(['LEUKEMIA']);
  });

  it('its conclusion stands beside a request that printed a symptom only (发热、全血细胞减少待查) or a precursor (高苯丙氨酸血症)', () => {
    const marrow = facts(['某省血液病医院', '骨髓细胞形态学检查报告单', '姓名：蒋国栋  性别：男  年龄：52岁', '临床诊断：发热、贫血待查',
      '原始粒细胞占58%，POX阳性。', '诊断意见：急性髓系白血病骨髓象，请结合免疫分型。', '报告日期：2024-06-11']);
    expect(marrow.diseaseKeys).toEqual(['LEUKEMIA']);
    const gene = facts(['某儿童医院', '遗传病基因检测报告', '受检者：洪一诺  性别：男', '临床诊断：高苯丙氨酸血症',
      '结果：PAH基因复合杂合变异。', '结论：PAH基因致病变异，支持苯丙酮尿症诊断。', '报告日期：2024-07-02']);
    expect(gene.diseaseKeys).toEqual(['PHENYLKETONURIA']);
  });

  it('…but a disease named only as a risk to watch (注意向急性髓系白血病转化) is none', () => {
    const f = facts(['某市立医院  骨髓细胞形态学检查报告', '姓名：丁国富  性别：男', '临床诊断：骨髓增生异常综合征 复查',
      '意见：符合骨髓增生异常综合征骨髓象，原始细胞较前增多，注意向急性髓系白血病转化。', '报告日期：2025-03-05']);
    expect(f.diseaseKeys).toEqual([]);
  });

  it('…but an imaging conclusion leaves a questioned 临床诊断 as printed (the authors\' convention)', () => {
    const f = facts(['某县人民医院  CT检查报告单', '姓名：龚建军    性别：男    年龄：51岁', '临床诊断：头晕待查',
      '检查所见：左侧基底节区见斑点状低密度影。', '影像诊断：左侧基底节区腔隙性脑梗死。', '报告日期：2024-05-08']);
    expect(f.diseaseKeys).toEqual([]);
  });
});

describe('what a senior clerk warns a new one of (wording author a112)', () => {
  it('a 既往诊断 line is history: only this visit\'s 诊断 counts', () => {
    const f = facts(['某县人民医院  门诊病历', '就诊日期：2024年7月9日', '姓名：钱永福', '既往诊断：脑梗死（2019年，已康复）；2型糖尿病',
      '主诉：头晕1周。', '诊断：高血压病2级', '医生：王海']);
    expect(f.diseaseKeys).toEqual(['HYPERTENSION']);
  });

  it('a row of test scores under 评估 (ADOS-2总分18分, 语言DQ 48) is no diagnosis: the 印象 below names it', () => {
    const f = facts(['某县医院  儿童康复科门诊病历', '就诊日期：2025.3.11', '患儿姓名：林一凡', '评估：ADOS-2总分16分；Gesell适应性DQ 60，语言DQ 45。',
      '印象：1.智力障碍（中度）', '处理：康复训练。']);
    expect(f.diseaseKeys).toEqual(['CHILD_DISABILITY_REHAB']);
  });

  it('a molecular diagnosis\'s fusion-gene 结论 settles a 临床诊断 printed with a question mark', () => {
    const f = facts(['某市人民医院  分子诊断报告', '检测项目：BCR-ABL1融合基因（P210/P190）定性检测', '姓名：钱伟国  性别：男',
      '临床诊断：慢性髓性白血病？', '结论：检出BCR-ABL1融合基因（P210型），符合慢性髓性白血病。', '报告日期：2024年8月7日']);
    expect(f.diseaseKeys).toEqual(['LEUKEMIA']);
  });
});

describe('diseases as written, abbreviations and near misses (wording author a126)', () => {
  it('a report titled with its method after it (融合基因检测报告（RT-qPCR）) is a report, and its gene test settles the leukaemia', () => {
    const f = facts(['某大学附属第一医院 血液研究所', '融合基因检测报告（RT-qPCR）', '姓名：钱建平  性别：男  年龄：36岁',
      '临床诊断：AML-M3？  凝血功能异常', '结论：PML-RARA融合基因阳性，支持急性早幼粒细胞白血病（APL）诊断。',
      '检测人：吴倩  审核人：陈文宁  报告日期：2024-03-12']);
    expect([f.documentType, f.reportDate, f.diseaseKeys]).toEqual(['TEST_REPORT', '2024-03-12', ['LEUKEMIA']]);
  });
});

describe('a diagnosis only suspected (wording author a146)', () => {
  it('a nodule only suspected of cancer in brackets (甲状腺右叶结节（可疑乳头状癌）) is no cancer', () => {
    expect(facts(['某市人民医院  甲状腺外科门诊', '姓名：魏丽萍', '就诊时间：2024/11/19 14:05', '诊断：甲状腺右叶结节（可疑乳头状癌）']).diseaseKeys).toEqual([]);
  });
});
