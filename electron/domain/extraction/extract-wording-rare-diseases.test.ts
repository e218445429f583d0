import { describe, expect, it } from 'vitest';
import { facts } from '../../testing/wording-facts';

/**
 * Issue 10: rules made on the tuning part of wording author a101 (the rarer catalogue diseases in many words, beside
 * look-alikes); each case below failed before its rule (a case opening with …but guards its edge).
 */
describe('a test that settles what its request only questioned (wording author a101)', () => {
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

  it('…but an imaging conclusion leaves a questioned 临床诊断 as printed (the authors\' convention)', () => {
    const f = facts(['某县人民医院  CT检查报告单', '姓名：龚建军    性别：男    年龄：51岁', '临床诊断：头晕待查',
      '检查所见：左侧基底节区见斑点状低密度影。', '影像诊断：左侧基底节区腔隙性脑梗死。', '报告日期：2024-05-08']);
    expect(f.diseaseKeys).toEqual([]);
  });
});
