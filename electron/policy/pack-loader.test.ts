import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../contract/app-error';
import { findInstitution } from '../domain/evidence/institutions';
import { mapDiagnosis } from '../domain/extraction/map-diagnoses';
import { processingPath } from '../domain/policy-pack';
import { loadPolicyPacks, parsePolicyPack, SOURCE_PACKS_DIR } from './pack-loader';

const packs = loadPolicyPacks(SOURCE_PACKS_DIR);

/** The code and problem list of a refused pack. */
function refusal(json: unknown): { code: string; problems: string } {
  try {
    parsePolicyPack(json, 'x.json');
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, problems: String(e.params['problems']) };
    throw e;
  }
  throw new Error('pack was accepted');
}
const liaocheng = packs.get('cn.sd.liaocheng.csd')!;
const mongolia = packs.get('cn.nm.employee.csd')!;

describe('policy packs as data', () => {
  it('Liaocheng: the nine instant diseases of 000 §8(2) (R26)', () => {
    expect(liaocheng.catalogue.filter((e) => e.instant).map((e) => e.key)).toEqual([
      'MALIGNANT_TUMOR_OUTPATIENT', 'LEUKEMIA', 'URAEMIA_DIALYSIS', 'TRANSPLANT_ANTI_REJECTION', 'HEMOPHILIA',
      'POST_ARTERIAL_STENT_ANTICOAGULATION', 'PHENYLKETONURIA', 'SEVERE_MENTAL_DISORDER', 'CHILD_DISABILITY_REHAB',
    ]);
  });

  it('Liaocheng: the four re-review diseases of 000 §8(3), with CHD/CVD intervention exempt (R30, AMB-02)', () => {
    expect(liaocheng.catalogue.filter((e) => e.reReview === 'FULL_MONTHLY').map((e) => e.key)).toEqual(['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE']);
    const chd = liaocheng.catalogue.find((e) => e.key === 'CORONARY_HEART_DISEASE')!;
    expect([processingPath(chd, null), processingPath(chd, 'POST_PCI_STENT'), processingPath(chd, 'POST_CABG')]).toEqual(['MONTHLY_REREVIEW', 'MONTHLY', 'MONTHLY']);
    const dm = liaocheng.catalogue.find((e) => e.key === 'DIABETES')!;
    expect(dm.reReviewExemptModes).toEqual([]);
  });

  it('Liaocheng: deductibles and ratios of 000 §6 and §16', () => {
    expect(liaocheng.benefits).toMatchObject({
      deductible: { A: 0, B: { EMPLOYEE: 600, RESIDENT: 500 } },
      baseRatio: { EMPLOYEE_ACTIVE: 0.85, EMPLOYEE_RETIRED: 0.9, RESIDENT: 0.65 },
    });
    expect(liaocheng.benefits!.ratioOverrides.find((o) => o.mode === 'HEMODIALYSIS')).toMatchObject({ EMPLOYEE_ACTIVE: 0.95, EMPLOYEE_RETIRED: 0.95, RESIDENT: 0.8 });
  });

  it('Inner Mongolia: all 12 rows of the 002 annex, employee only, nothing invented', () => {
    const rows = mongolia.catalogue.flatMap((e) => (e.modes.length > 1 ? e.modes.map((m) => `${e.nameZh}/${m.nameZh}`) : [e.nameZh]));
    expect(rows).toEqual([
      '恶性肿瘤放化疗', '慢性肾功能衰竭/血液透析', '慢性肾功能衰竭/腹膜透析', '器官移植抗排异治疗', '重症精神症', '肺动脉高压',
      '帕金森病', '系统性红斑狼疮', '再生障碍性贫血', '血友病', '病毒性肝炎（干扰素治疗）', '肝硬化失代偿期',
    ]);
    expect(new Set(mongolia.catalogue.map((e) => e.group)).size).toBe(11);
    expect(mongolia.schemes).toEqual(['EMPLOYEE']);
    expect(mongolia.catalogue.every((e) => e.instant === null && e.diseaseClass === null && e.code === null)).toBe(true);
    expect(mongolia.benefits).toBeNull();
  });

  it('refuses a pack with an empty catalogue, listing the problem in Chinese', () => {
    expect(refusal({ ...liaocheng, catalogue: [] })).toMatchObject({ code: 'POLICY_PACK_INVALID', problems: expect.stringContaining('病种目录为空') as string });
  });

  it('refuses duplicate keys and exempt modes that do not exist', () => {
    const [first] = liaocheng.catalogue;
    expect(refusal({ ...liaocheng, catalogue: [first, first] }).problems).toContain('病种键重复');
    expect(refusal({ ...liaocheng, catalogue: [{ ...first, reReviewExemptModes: ['NOPE'] }] }).problems).toContain('免复核方式 NOPE');
  });

  it('refuses a file that is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'packs-'));
    try {
      writeFileSync(join(dir, 'bad.json'), '{ not json');
      expect(() => loadPolicyPacks(dir)).toThrow(expect.objectContaining({ code: 'POLICY_PACK_INVALID' }));
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

describe('shipped packs: diagnosis vocabulary (R13) and hospital directory', () => {
  it.each([
    ['cn.sd.liaocheng.csd', '2型糖尿病', 'DIABETES'], ['cn.sd.liaocheng.csd', 'II型糖尿病', 'DIABETES'],
    ['cn.sd.liaocheng.csd', 'T2DM', 'DIABETES'], ['cn.sd.liaocheng.csd', '高血压病3级', 'HYPERTENSION'],
    ['cn.sd.liaocheng.csd', '尿毒症', 'URAEMIA_DIALYSIS'], ['cn.sd.liaocheng.csd', '终末期肾病', 'URAEMIA_DIALYSIS'],
    ['cn.nm.employee.csd', '慢性肾衰竭', 'CHRONIC_RENAL_FAILURE'], ['cn.nm.employee.csd', '帕金森病', 'PARKINSONS_DISEASE'],
  ])('%s maps %s to %s', (packId, dx, key) => {
    const pack = packs.get(packId);
    expect(pack && mapDiagnosis(dx, pack.catalogue)).toContain(key);
  });
  it('lists the receiving hospitals of the Liaocheng pack with level and ownership', () => {
    expect(findInstitution(liaocheng.institutions, '聊城市人民医院 出院记录')).toMatchObject({ level: 'L3', ownership: 'PUBLIC' });
  });
});

describe('shipped packs: specialty map (R18)', () => {
  it.each([['cn.sd.liaocheng.csd', 'DIABETES', ['ENDOCRINOLOGY']], ['cn.nm.employee.csd', 'CHRONIC_RENAL_FAILURE', ['NEPHROLOGY']]])(
    '%s maps every catalogue disease to a specialty (%s → %j)', (packId, disease, specialties) => {
      const pack = packs.get(packId)!;
      expect(pack.catalogue.filter((e) => !pack.panel.diseaseSpecialties[e.key])).toEqual([]);
      expect(pack.panel.diseaseSpecialties[disease]).toEqual(specialties);
    });
  it('refuses a pack whose map names a specialty it does not define', () => {
    const json = structuredClone(JSON.parse(JSON.stringify(liaocheng))) as { panel: { diseaseSpecialties: Record<string, string[]> } };
    json.panel.diseaseSpecialties['DIABETES'] = ['ASTROLOGY'];
    expect(() => parsePolicyPack(json, 'test')).toThrow(AppError);
  });
});
