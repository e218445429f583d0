import { describe, expect, it } from 'vitest';
import { mapDiagnosis } from '../domain/extraction/map-diagnoses';
import { loadPolicyPacks, SOURCE_PACKS_DIR } from './pack-loader';

/** The Liaocheng catalogue's diagnosis terms against wordings records use: extraction maps a record's diagnoses through them. */
const catalogue = loadPolicyPacks(SOURCE_PACKS_DIR).get('cn.sd.liaocheng.csd')!.catalogue;

describe('Liaocheng catalogue terms', () => {
  it.each([
    ['维持性血液透析状态', 'URAEMIA_DIALYSIS'], ['维持性腹膜透析', 'URAEMIA_DIALYSIS'], ['慢性肾脏病5期（血液透析）', 'URAEMIA_DIALYSIS'],
    ['冠状动脉粥样硬化', 'CORONARY_HEART_DISEASE'], ['陈旧性心肌梗死', 'CORONARY_HEART_DISEASE'],
    ['急性冠脉综合征', 'CORONARY_HEART_DISEASE'], ['急性冠状动脉综合征', 'CORONARY_HEART_DISEASE'],
    ['主动脉瓣机械瓣置换术后', 'POST_ARTERIAL_STENT_ANTICOAGULATION'],
    ['HTN 3级（极高危）', 'HYPERTENSION'], ['CHD 不稳定型心绞痛', 'CORONARY_HEART_DISEASE'], ['AML（M2）', 'LEUKEMIA'], ['CML 慢性期', 'LEUKEMIA'],
    ['NSCLC（右肺腺癌 ⅣA期）', 'MALIGNANT_TUMOR_OUTPATIENT'], ['SCLC 广泛期', 'MALIGNANT_TUMOR_OUTPATIENT'],
    ['多发腔隙性脑梗', 'CEREBROVASCULAR_DISEASE'], ['脑出血恢复期', 'CEREBROVASCULAR_DISEASE'],
    ['Ⅱ型糖尿病', 'DIABETES'], ['高血压病Ⅲ级', 'HYPERTENSION'], ['甲型血友病', 'HEMOPHILIA'], ['肾移植状态', 'TRANSPLANT_ANTI_REJECTION'],
  ])('%s → %s', (text, key) => {
    expect(mapDiagnosis(text, catalogue)).toContain(key);
  });

  it('a disease outside the catalogue maps to nothing', () => {
    expect(mapDiagnosis('心房颤动', catalogue)).toEqual([]);
  });
});
