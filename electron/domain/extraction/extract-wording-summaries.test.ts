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
