import { describe, expect, it } from 'vitest';
import { mapDiagnosis, restoreTerms } from '../domain/extraction/map-diagnoses';
import { loadPolicyPacks, SOURCE_PACKS_DIR } from './pack-loader';

/** The Liaocheng catalogue's diagnosis terms against wordings records use: extraction maps a record's diagnoses through them. */
const catalogue = loadPolicyPacks(SOURCE_PACKS_DIR).get('cn.sd.liaocheng.csd')!.catalogue;

describe('Liaocheng catalogue terms', () => {
  it.each([
    ['维持性血液透析状态', 'URAEMIA_DIALYSIS'], ['维持性腹膜透析', 'URAEMIA_DIALYSIS'], ['慢性肾脏病5期（血液透析）', 'URAEMIA_DIALYSIS'],
    ['冠状动脉粥样硬化', 'CORONARY_HEART_DISEASE'], ['陈旧性心肌梗死', 'CORONARY_HEART_DISEASE'],
    ['急性冠脉综合征', 'CORONARY_HEART_DISEASE'], ['急性冠状动脉综合征', 'CORONARY_HEART_DISEASE'],
    ['主动脉瓣机械瓣置换术后', 'POST_ARTERIAL_STENT_ANTICOAGULATION'], ['支架内再狭窄（药物涂层球囊治疗后）', 'POST_ARTERIAL_STENT_ANTICOAGULATION'],
    ['主动脉瓣重度狭窄 TAVR术后', 'POST_ARTERIAL_STENT_ANTICOAGULATION'], ['经导管主动脉瓣植入术后', 'POST_ARTERIAL_STENT_ANTICOAGULATION'],
    ['HTN 3级（极高危）', 'HYPERTENSION'], ['CHD 不稳定型心绞痛', 'CORONARY_HEART_DISEASE'], ['AML（M2）', 'LEUKEMIA'], ['CML 慢性期', 'LEUKEMIA'],
    ['NSCLC（右肺腺癌 ⅣA期）', 'MALIGNANT_TUMOR_OUTPATIENT'], ['SCLC 广泛期', 'MALIGNANT_TUMOR_OUTPATIENT'],
    ['多发腔隙性脑梗', 'CEREBROVASCULAR_DISEASE'], ['脑出血恢复期', 'CEREBROVASCULAR_DISEASE'],
    ['Ⅱ型糖尿病', 'DIABETES'], ['高血压病Ⅲ级', 'HYPERTENSION'], ['甲型血友病', 'HEMOPHILIA'], ['肾移植状态', 'TRANSPLANT_ANTI_REJECTION'],
  ])('%s → %s', (text, key) => {
    expect(mapDiagnosis(text, catalogue)).toContain(key);
  });

  // wordings of records written from clinical usage, not from the corpus: each mapped to nothing before
  it.each([
    ['弥漫大B细胞淋巴瘤', 'MALIGNANT_TUMOR_OUTPATIENT'], ['恶性黑色素瘤', 'MALIGNANT_TUMOR_OUTPATIENT'], ['胶质母细胞瘤', 'MALIGNANT_TUMOR_OUTPATIENT'],
    ['慢粒', 'LEUKEMIA'], ['ALL B细胞型', 'LEUKEMIA'], ['慢性肾脏病V期', 'URAEMIA_DIALYSIS'], ['慢性肾脏病5D期', 'URAEMIA_DIALYSIS'],
    ['终末期肾衰竭', 'URAEMIA_DIALYSIS'], ['肾衰竭 维持性血透', 'URAEMIA_DIALYSIS'], ['肝移植术后抗排斥治疗', 'TRANSPLANT_ANTI_REJECTION'],
    ['冠脉支架术后', 'POST_ARTERIAL_STENT_ANTICOAGULATION'], ['经皮冠状动脉介入治疗术后', 'POST_ARTERIAL_STENT_ANTICOAGULATION'],
    ['双相情感性障碍', 'SEVERE_MENTAL_DISORDER'], ['癫痫性精神障碍', 'SEVERE_MENTAL_DISORDER'], ['2-DM', 'DIABETES'],
    ['（移植肾穿刺）符合急性T细胞介导性排斥反应', 'TRANSPLANT_ANTI_REJECTION'], ['冠状动脉性心脏病', 'CORONARY_HEART_DISEASE'], ['陈旧性心肌梗塞', 'CORONARY_HEART_DISEASE'], ['急性非ST段抬高型心梗', 'CORONARY_HEART_DISEASE'],
    ['脑血栓形成', 'CEREBROVASCULAR_DISEASE'], ['腔梗', 'CEREBROVASCULAR_DISEASE'], ['脑干梗死', 'CEREBROVASCULAR_DISEASE'],
    ['基底节区出血', 'CEREBROVASCULAR_DISEASE'], ['精神发育迟滞（轻度）伴发精神障碍（F70.1）', 'SEVERE_MENTAL_DISORDER'], ['前降支植入支架1枚', 'POST_ARTERIAL_STENT_ANTICOAGULATION'],
    ['双耳感音神经性聋（极重度）', 'CHILD_DISABILITY_REHAB'], ['右耳人工耳蜗植入术后', 'CHILD_DISABILITY_REHAB'], ['全面发育迟缓', 'CHILD_DISABILITY_REHAB'],
    ['右肺Ca', 'MALIGNANT_TUMOR_OUTPATIENT'], ['胃Ca术后', 'MALIGNANT_TUMOR_OUTPATIENT'], ['OMI', 'CORONARY_HEART_DISEASE'],
    ['急性前壁STEMI', 'CORONARY_HEART_DISEASE'], ['NSTEMI', 'CORONARY_HEART_DISEASE'], ['CAD 三支病变', 'CORONARY_HEART_DISEASE'], ['高心病', 'HYPERTENSION'],
    ['遗传性凝血因子Ⅷ缺乏症', 'HEMOPHILIA'], ['持久的妄想性障碍', 'SEVERE_MENTAL_DISORDER'], ['EH 3级', 'HYPERTENSION'], ['脑溢血后遗症', 'CEREBROVASCULAR_DISEASE'],
    ['轻度精神发育迟滞伴精神病性症状', 'SEVERE_MENTAL_DISORDER'], ['精神发育迟滞（中度）伴精神障碍', 'SEVERE_MENTAL_DISORDER'], ['精神发育迟滞所致精神障碍', 'SEVERE_MENTAL_DISORDER'], ['精神发育迟滞伴发的精神障碍', 'SEVERE_MENTAL_DISORDER'],
    ['CI（左侧基底节区）', 'CEREBROVASCULAR_DISEASE'], ['s/p PCI（LAD）', 'POST_ARTERIAL_STENT_ANTICOAGULATION'], ['智力发育障碍（中度）', 'CHILD_DISABILITY_REHAB'],
    ['经皮冠状动脉介入治疗后（2023年）', 'POST_ARTERIAL_STENT_ANTICOAGULATION'], ['PCI后', 'POST_ARTERIAL_STENT_ANTICOAGULATION'],
    // an aortic root replacement with its valve, an aortic stent-graft (wording author a87)
    ['Bentall术后（机械瓣带瓣管道）', 'POST_ARTERIAL_STENT_ANTICOAGULATION'], ['胸主动脉腔内隔绝术（TEVAR）后', 'POST_ARTERIAL_STENT_ANTICOAGULATION'],
    ['TEVAR术后', 'POST_ARTERIAL_STENT_ANTICOAGULATION'],
    // an aortic endograft told by its Chinese name (wording author a113)
    ['主动脉夹层（Stanford B型）  胸主动脉腔内修复术后', 'POST_ARTERIAL_STENT_ANTICOAGULATION'],
    // an aneurysm coiled with a stent left in the artery (wording author a111); a coil alone leaves none
    ['前交通动脉瘤支架辅助弹簧圈栓塞术后', 'POST_ARTERIAL_STENT_ANTICOAGULATION'],
    // a mental retardation with a behaviour disorder (wording authors a18, a112)
    ['轻度精神发育迟滞伴精神行为障碍', 'SEVERE_MENTAL_DISORDER'], ['中度精神发育迟滞伴显著行为障碍（F71.1）', 'SEVERE_MENTAL_DISORDER'],
    // a township doctor's bare HT under 印象 (wording author a97)
    ['HT', 'HYPERTENSION'], ['HT 2级', 'HYPERTENSION'],
    // a clinical diagnosis in English (a third-party laboratory's or imaging centre's form)
    ['Hemophilia A', 'HEMOPHILIA'], ['Cerebral infarction', 'CEREBROVASCULAR_DISEASE'], ['Lung adenocarcinoma', 'MALIGNANT_TUMOR_OUTPATIENT'],
    ['Coronary artery disease', 'CORONARY_HEART_DISEASE'], ['Type 2 diabetes mellitus', 'DIABETES'], ['Essential hypertension', 'HYPERTENSION'],
  ])('%s → %s', (text, key) => {
    expect(mapDiagnosis(text, catalogue)).toEqual([key]);
  });

  it('…but HT after or before the thyroid disease it abbreviates (Hashimoto\'s) names no hypertension', () => {
    expect(mapDiagnosis('桥本甲状腺炎（HT）', catalogue)).toEqual([]);
    expect(mapDiagnosis('HT（桥本甲状腺炎）', catalogue)).toEqual([]);
    expect(mapDiagnosis('桥本甲状腺炎（HT） 高血压病2级', catalogue)).toEqual(['HYPERTENSION']);
  });

  it('…but an aneurysm coiled without a stent (弹簧圈栓塞术后) names no arterial stent', () => {
    expect(mapDiagnosis('后交通动脉瘤弹簧圈栓塞术后', catalogue)).toEqual([]);
  });

  it('a gestational hypertension is no hypertension; moyamoya and a bleed into the ventricles are cerebrovascular; a mechanical valve replaced is the anticoagulation item (a149, a150)', () => {
    expect(mapDiagnosis('妊娠期高血压', catalogue)).toEqual([]);
    expect(mapDiagnosis('烟雾病（双侧，Suzuki Ⅳ期）', catalogue)).toEqual(['CEREBROVASCULAR_DISEASE']);
    expect(mapDiagnosis('脑室出血（烟雾病所致）', catalogue)).toEqual(['CEREBROVASCULAR_DISEASE']);
    expect(mapDiagnosis('二尖瓣机械瓣置换术+三尖瓣成形术', catalogue)).toEqual(['POST_ARTERIAL_STENT_ANTICOAGULATION']);
  });

  it('a stage 5 CKD marked 非透析 (dialysis only planned) is no uraemia on dialysis; one on dialysis is', () => {
    expect(mapDiagnosis('慢性肾脏病5期（非透析）', catalogue)).toEqual([]);
    expect(mapDiagnosis('CKD5期(非透析)', catalogue)).toEqual([]);
    expect(mapDiagnosis('慢性肾脏病5期', catalogue)).toEqual(['URAEMIA_DIALYSIS']);
  });

  it('a mild hyperphenylalaninaemia the screening centre calls no PKU (非苯丙酮尿症型) names none; a classic one does', () => {
    expect(mapDiagnosis('轻度高苯丙氨酸血症（非苯丙酮尿症型）', catalogue)).toEqual([]);
    expect(mapDiagnosis('经典型苯丙酮尿症', catalogue)).toEqual(['PHENYLKETONURIA']);
  });

  it('a cath lab\'s conclusion naming the stent it just placed (RCA支架植入术（PCI）) is the stent entry; a bile duct\'s is not', () => {
    expect(mapDiagnosis('RCA支架植入术（PCI）', catalogue)).toEqual(['POST_ARTERIAL_STENT_ANTICOAGULATION']);
    expect(mapDiagnosis('胆总管塑料支架置入术', catalogue)).toEqual([]);
  });

  it('a disease outside the catalogue maps to nothing', () => {
    expect(mapDiagnosis('心房颤动', catalogue)).toEqual([]);
  });

  it.each([['癌胚抗原升高'], ['CA125升高'], ['CA19-9轻度升高'], ['低Ca血症'], ['类白血病反应'], ['糖尿病前期'], ['胆道支架置入术后'], ['冠状动脉旁路移植术后'], ['输尿管支架置入术后'], ['食管支架植入术后'], ['肺动脉高压'], ['软骨母细胞瘤'], ['短暂性脑缺血发作'],
    ['自体造血干细胞移植术后'], ['自体造血干细胞移植术后  Z94.801'], ['自体外周血造血干细胞移植术后'], ['自体骨髓移植术后'], ['妊娠期糖尿病（GDM A1级）'], ['脑瘫高危儿'], ['血友病A携带者'], ['血管性血友病（1型）'], ['血管性血友病'], ['血管性血友病（1型）  D68.000'], ['D68.000'], ['左髂静脉支架植入术后'], ['胆总管支架植入术后 Z96.800'], ['十二指肠支架置入术后'],
    ['ERCP+EST+胆道塑料支架置入术后'], ['胆管金属支架置入术后'], ['Pulmonary hypertension'], ['Diabetes insipidus'], ['Prediabetes'],
    ['Gestational diabetes mellitus'], ['Haemophilia carrier'], ['Heatstroke'], ['白大衣高血压'], ['白大衣性高血压（动态血压正常）']])('%s is none of the catalogue\'s diseases', (text) => {
    expect(mapDiagnosis(text, catalogue)).toEqual([]);
  });

  it('CLL/SLL, one disease under two names, is the leukaemia entry alone; a small lymphocytic lymphoma alone is a tumour (a106)', () => {
    expect(mapDiagnosis('慢性淋巴细胞白血病/小淋巴细胞淋巴瘤（CLL/SLL）', catalogue)).toEqual(['LEUKEMIA']);
    expect(mapDiagnosis('小淋巴细胞淋巴瘤', catalogue)).toEqual(['MALIGNANT_TUMOR_OUTPATIENT']);
  });

  it('a term the pack says names something else is taken out, the rest of the diagnosis still read', () => {
    expect(mapDiagnosis('结肠癌术后 癌胚抗原升高', catalogue)).toEqual(['MALIGNANT_TUMOR_OUTPATIENT']);
  });

  it('a remark in brackets that rules a disease out does not name it; the diagnosis outside the brackets is still read', () => {
    expect(mapDiagnosis('胸闷（冠状动脉造影未见异常，冠心病已排除）', catalogue)).toEqual([]);
    expect(mapDiagnosis('头晕(已除外脑梗死)', catalogue)).toEqual([]);
    expect(mapDiagnosis('2型糖尿病（排除1型糖尿病）', catalogue)).toEqual(['DIABETES']);
    expect(mapDiagnosis('高血压病3级（很高危）', catalogue)).toEqual(['HYPERTENSION']);
  });

  it('a risk graded 中风险 (M-CHAT中风险, 卒中风险评估：中风险) names no stroke', () => {
    expect(mapDiagnosis('个人-社交DQ 72；M-CHAT中风险', catalogue)).toEqual([]);
    expect(mapDiagnosis('中风后遗症', catalogue)).toEqual(['CEREBROVASCULAR_DISEASE']);
  });

  it('an abbreviation in Latin letters counts only as a word of its own', () => {
    expect(mapDiagnosis('AML（M2）', catalogue)).toEqual(['LEUKEMIA']);
    expect(mapDiagnosis('SMALL VESSEL DISEASE', catalogue)).toEqual([]);
    expect(mapDiagnosis('CKD 5期', catalogue)).toEqual(['URAEMIA_DIALYSIS']);
  });

  // what OCR makes of a term on a fax or a poor copy: restored only where the reading was doubtful (issue 10, R13)
  it.each([
    ['1、高血振病1级', '1、高血压病1级', 'HYPERTENSION'], ['离血压病', '高血压病', 'HYPERTENSION'], ['1型精尿病', '1型糖尿病', 'DIABETES'],
    ['2型糖尿列', '2型糖尿病', 'DIABETES'], ['缺面性心机病', '缺血性心肌病', 'CORONARY_HEART_DISEASE'],
    ['急性非ST段抬高型心肌机死', '急性非ST段抬高型心肌梗死', 'CORONARY_HEART_DISEASE'], ['血发病A（重型）', '血友病A（重型）', 'HEMOPHILIA'],
    ['期出血后遗症', '脑出血后遗症', 'CEREBROVASCULAR_DISEASE'],
  ])('%s is read as %s', (read, restored, key) => {
    expect(restoreTerms(read, catalogue)).toBe(restored);
    expect(mapDiagnosis(restoreTerms(read, catalogue), catalogue)).toContain(key);
  });

  it.each([
    ['肺心病'], ['风心病'], ['先心病'], ['高心病'], ['高血脂'], ['高血糖'], ['低血压'], ['胃出血'], ['肺梗死'], ['肺栓塞'], ['下肢深静脉血栓'],
    ['尿崩症'], ['良性肿瘤'], ['种植术后'], ['心血管病'], ['慢性肾脏病4期'], ['脑梗塞'], ['骨质疏松症'], ['慢性胃炎'],
    // three characters are too few to tell a misread from another word: 白血症 is 低蛋白血症's, 骨髓涂片 no 骨髓瘤
    ['低蛋白血症'], ['低蛋自血症'], ['骨髓涂片'], ['气血瘀阻'], ['糖尿列'],
  ])('%s is a word of its own, not a misread term', (text) => {
    expect(restoreTerms(text, catalogue)).toBe(text);
  });

  // a photo that cut the page's right edge leaves a diagnosis short of its last character (issue 10)
  it.each([['2型糖尿', 'DIABETES'], ['（苯丙酮尿', 'PHENYLKETONURIA'], ['血友', 'HEMOPHILIA'], ['冠心', 'CORONARY_HEART_DISEASE']])('%s, cut short, is %s', (text, key) => {
    expect(mapDiagnosis(text, catalogue)).toEqual([key]);
  });

  it.each([['高血'], ['慢性肾脏病'], ['冠状动脉'], ['癫痫所致精'], ['肾性贫']])('%s is too short of a term to name it', (text) => {
    expect(mapDiagnosis(text, catalogue)).toEqual([]);
  });

  // a village clinic's shorthand for hypertension (Dx：HP 3级  DM) is HP; a stomach's Helicobacter pylori is HP too, but told
  // by its finding (HP(+), HP阳性, HP感染) (issue 10, wording a138)
  it.each([['HP 3级', ['HYPERTENSION']], ['上感  HP', ['HYPERTENSION']], ['慢性胃炎 HP(+)', []], ['慢性浅表性胃炎，HP阳性', []],
    ['Hp感染', []], ['HP阴性', []], ['幽门螺杆菌（HP）感染', []]])('%s → %j', (text, keys) => {
    expect(mapDiagnosis(text, catalogue)).toEqual(keys);
  });

  // city and teaching hospitals' English (issue 10, wording author a141)
  it.each([['CKD stage 5D, on maintenance hemodialysis (N18.0)', ['URAEMIA_DIALYSIS']], ['Bipolar I disorder, current episode manic', ['SEVERE_MENTAL_DISORDER']],
    ['s/p MVR (mechanical), AF, on warfarin', ['POST_ARTERIAL_STENT_ANTICOAGULATION']], ['White-coat hypertension — no antihypertensive needed', []],
    ['癫痫所致精神病性障碍', ['SEVERE_MENTAL_DISORDER']]])('%s → %j', (text, keys) => {
    expect(mapDiagnosis(text, catalogue)).toEqual(keys);
  });

  // Z95 holds every cardiac implant: only a stent's or a valve's (Z95.2–Z95.5, Z95.8–9) is the stent entry; a bypass (Z95.1, a CHD
  // case of its own, AMB-03) or a pacemaker (Z95.0) is not
  it.each([['冠状动脉旁路移植术后 Z95.101', []], ['心脏起搏器植入状态 Z95.001', []], ['冠状动脉支架植入后状态 Z95.501', ['POST_ARTERIAL_STENT_ANTICOAGULATION']],
    ['某植入状态 Z95.5', ['POST_ARTERIAL_STENT_ANTICOAGULATION']]])('%s → %j by its code', (text, keys) => {
    expect(mapDiagnosis(text, catalogue)).toEqual(keys);
  });
});
