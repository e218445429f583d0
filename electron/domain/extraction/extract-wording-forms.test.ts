import { describe, expect, it } from 'vitest';
import { facts } from '../../testing/wording-facts';

/**
 * Issue 10: rules made on the tuning part of wording authors a43 (insurance application forms and certificates from
 * many provinces), a44 (diagnoses as busy physicians write them) and a45 (specialist hospitals, rarer catalogue
 * diseases); each case below failed before its rule.
 */
describe('forms a hospital fills for the insurance (wording author a43)', () => {
  it('a disability assessment form (残疾人残疾评定表) is a certificate, dated by its assessor\'s signature', () => {
    const f = facts(['残疾人残疾评定表（肢体）', '评定机构：某市人民医院（康复医学科）', '姓名 孟梓轩 性别 男 出生日期 2018年5月16日',
      '主要诊断：脑性瘫痪（痉挛型双下肢瘫）', '评定结论：肢体残疾 三级', '评定医师签字：申晓萌 2024年8月12日', '县级残联审核意见：    年  月  日']);
    expect(f.documentType).toBe('DIAGNOSIS_CERTIFICATE');
    expect(f.visitDates).toEqual(['2024-08-12']);
  });
});
