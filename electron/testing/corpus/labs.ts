import type { DiseaseKey } from './diseases';
import type { Rng } from './rng';

/** Laboratory panels and imaging findings that fit the patient's disease. */

type Test = {
  readonly name: string;
  readonly abbr: string;
  readonly unit: string;
  readonly lo: number;
  readonly hi: number;
  readonly digits: number;
  /** Where the patient's value tends to fall: 'high', 'low' or around the range. */
  readonly lean?: 'high' | 'low';
};

export type LabRow = { readonly name: string; readonly abbr: string; readonly value: string; readonly flag: '' | '↑' | '↓';
  readonly unit: string; readonly range: string };

const t = (name: string, abbr: string, unit: string, lo: number, hi: number, digits: number, lean?: 'high' | 'low'): Test =>
  ({ name, abbr, unit, lo, hi, digits, ...(lean ? { lean } : {}) });

const PANELS: Record<string, { readonly title: string; readonly tests: readonly Test[] }> = {
  glucose: { title: '糖代谢', tests: [t('葡萄糖', 'GLU', 'mmol/L', 3.9, 6.1, 2, 'high'), t('糖化血红蛋白', 'HbA1c', '%', 4.0, 6.0, 1, 'high'),
    t('果糖胺', 'FMN', 'mmol/L', 1.1, 2.1, 2, 'high'), t('C肽', 'C-P', 'ng/mL', 1.1, 4.4, 2)] },
  lipid: { title: '血脂', tests: [t('总胆固醇', 'TC', 'mmol/L', 2.8, 5.2, 2, 'high'), t('甘油三酯', 'TG', 'mmol/L', 0.56, 1.7, 2, 'high'),
    t('高密度脂蛋白胆固醇', 'HDL-C', 'mmol/L', 1.04, 1.55, 2), t('低密度脂蛋白胆固醇', 'LDL-C', 'mmol/L', 0, 3.37, 2, 'high'),
    t('同型半胱氨酸', 'HCY', 'μmol/L', 0, 15, 1, 'high')] },
  renal: { title: '肾功能', tests: [t('尿素', 'UREA', 'mmol/L', 2.86, 8.2, 2, 'high'), t('肌酐', 'CREA', 'μmol/L', 44, 133, 0, 'high'),
    t('尿酸', 'UA', 'μmol/L', 149, 416, 0, 'high'), t('估算肾小球滤过率', 'eGFR', 'mL/min', 90, 120, 1, 'low'),
    t('钾', 'K', 'mmol/L', 3.5, 5.3, 2, 'high'), t('血磷', 'P', 'mmol/L', 0.87, 1.45, 2, 'high')] },
  blood: { title: '血常规', tests: [t('白细胞计数', 'WBC', '×10^9/L', 3.5, 9.5, 2), t('红细胞计数', 'RBC', '×10^12/L', 3.8, 5.1, 2, 'low'),
    t('血红蛋白', 'HGB', 'g/L', 115, 150, 0, 'low'), t('红细胞压积', 'HCT', '%', 35, 45, 1, 'low'),
    t('血小板计数', 'PLT', '×10^9/L', 125, 350, 0), t('中性粒细胞百分比', 'NEUT%', '%', 40, 75, 1),
    t('淋巴细胞百分比', 'LYMPH%', '%', 20, 50, 1)] },
  leukemia: { title: '血常规', tests: [t('白细胞计数', 'WBC', '×10^9/L', 3.5, 9.5, 2, 'high'), t('血红蛋白', 'HGB', 'g/L', 115, 150, 0, 'low'),
    t('血小板计数', 'PLT', '×10^9/L', 125, 350, 0, 'low'), t('原始细胞百分比', 'BLAST', '%', 0, 1, 1, 'high'),
    t('中性粒细胞绝对值', 'NEUT#', '×10^9/L', 1.8, 6.3, 2, 'low')] },
  coag: { title: '凝血功能', tests: [t('凝血酶原时间', 'PT', 's', 11, 14.5, 1), t('国际标准化比值', 'INR', '', 0.8, 1.2, 2, 'high'),
    t('活化部分凝血活酶时间', 'APTT', 's', 28, 43.5, 1, 'high'), t('纤维蛋白原', 'FIB', 'g/L', 2, 4, 2),
    t('凝血因子Ⅷ活性', 'FⅧ:C', '%', 50, 150, 1, 'low')] },
  liver: { title: '肝功能', tests: [t('丙氨酸氨基转移酶', 'ALT', 'U/L', 9, 50, 0), t('天门冬氨酸氨基转移酶', 'AST', 'U/L', 15, 40, 0),
    t('总蛋白', 'TP', 'g/L', 65, 85, 1), t('白蛋白', 'ALB', 'g/L', 40, 55, 1, 'low'), t('总胆红素', 'TBIL', 'μmol/L', 0, 23, 1)] },
  tumor: { title: '肿瘤标志物', tests: [t('癌胚抗原', 'CEA', 'ng/mL', 0, 5, 2, 'high'), t('甲胎蛋白', 'AFP', 'ng/mL', 0, 7, 2),
    t('糖类抗原199', 'CA199', 'U/mL', 0, 37, 2, 'high'), t('糖类抗原125', 'CA125', 'U/mL', 0, 35, 2),
    t('细胞角蛋白19片段', 'CYFRA21-1', 'ng/mL', 0, 3.3, 2, 'high')] },
  pku: { title: '氨基酸分析', tests: [t('苯丙氨酸', 'Phe', 'μmol/L', 20, 120, 1, 'high'), t('酪氨酸', 'Tyr', 'μmol/L', 30, 120, 1, 'low'),
    t('苯丙氨酸/酪氨酸比值', 'Phe/Tyr', '', 0, 2, 2, 'high')] },
  tacrolimus: { title: '血药浓度', tests: [t('他克莫司', 'FK506', 'ng/mL', 5, 15, 1), t('肌酐', 'CREA', 'μmol/L', 44, 133, 0)] },
};

const FOR_KEY: Record<DiseaseKey, readonly string[]> = {
  HYPERTENSION: ['lipid', 'renal'], DIABETES: ['glucose', 'lipid'], CORONARY_HEART_DISEASE: ['lipid', 'liver'],
  CEREBROVASCULAR_DISEASE: ['lipid', 'coag'], URAEMIA_DIALYSIS: ['renal', 'blood'], HEMOPHILIA: ['coag', 'blood'],
  MALIGNANT_TUMOR_OUTPATIENT: ['tumor', 'blood'], SEVERE_MENTAL_DISORDER: ['liver', 'blood'], LEUKEMIA: ['leukemia', 'blood'],
  POST_ARTERIAL_STENT_ANTICOAGULATION: ['coag', 'lipid'], TRANSPLANT_ANTI_REJECTION: ['tacrolimus', 'renal'],
  PHENYLKETONURIA: ['pku', 'blood'], CHILD_DISABILITY_REHAB: ['blood', 'liver'],
};

function value(rng: Rng, test: Test): LabRow {
  const span = test.hi - test.lo || 1;
  let v = test.lo + span * rng.range(0.1, 0.9);
  if (test.lean === 'high' && rng.chance(0.75)) v = test.hi + span * rng.range(0.1, test.hi < 10 ? 1.6 : 4);
  if (test.lean === 'low' && rng.chance(0.75)) v = Math.max(test.lo * rng.range(0.08, 0.85), 0.1);
  const value = v.toFixed(test.digits);
  const flag = Number(value) > test.hi ? '↑' : Number(value) < test.lo ? '↓' : '';
  const range = test.lo === 0 ? `<${test.hi}` : `${test.lo.toFixed(test.digits)}-${test.hi.toFixed(test.digits)}`;
  return { name: test.name, abbr: test.abbr, value, flag, unit: test.unit, range };
}

/** One panel for the patient's main disease: its title and rows. */
export function labPanel(rng: Rng, key: DiseaseKey, which = 0): { title: string; rows: LabRow[] } {
  const ids = FOR_KEY[key];
  const panel = PANELS[ids[Math.min(which, ids.length - 1)] ?? 'blood'] ?? { title: '', tests: [] };
  return { title: panel.title, rows: panel.tests.map((test) => value(rng, test)) };
}

export type Imaging = { readonly exam: string; readonly findings: string; readonly impression: string };

const IMAGING: Partial<Record<DiseaseKey, readonly Imaging[]>> = {
  CEREBROVASCULAR_DISEASE: [
    { exam: '头颅MRI平扫+DWI', findings: '左侧基底节区见斑片状长T1长T2信号，DWI呈高信号，双侧脑室旁见多发点状长T2信号，中线结构居中。', impression: '左侧基底节区急性脑梗死；双侧脑室旁缺血灶' },
    { exam: '头颅CT平扫', findings: '右侧丘脑见类圆形高密度影，大小约2.1cm×1.6cm，周围见低密度水肿带，脑室系统未见明显扩张。', impression: '右侧丘脑脑出血' },
  ],
  CORONARY_HEART_DISEASE: [
    { exam: '冠状动脉CTA', findings: '左前降支近中段见混合斑块，管腔狭窄约70%；右冠状动脉中段见钙化斑块，管腔轻度狭窄。', impression: '冠状动脉粥样硬化性心脏病，前降支中度-重度狭窄' },
  ],
  MALIGNANT_TUMOR_OUTPATIENT: [
    { exam: '胸部CT平扫+增强', findings: '右肺上叶见不规则软组织密度影，大小约3.2cm×2.8cm，边缘见分叶及毛刺，增强扫描不均匀强化，纵隔见肿大淋巴结。', impression: '右肺上叶占位，考虑肺癌，伴纵隔淋巴结转移' },
  ],
  URAEMIA_DIALYSIS: [
    { exam: '泌尿系彩超', findings: '双肾体积缩小，左肾约8.1cm×3.9cm，右肾约7.8cm×3.6cm，皮质回声增强，皮髓质分界不清。', impression: '双肾弥漫性病变，符合慢性肾脏病5期改变' },
  ],
  HYPERTENSION: [
    { exam: '心脏彩色多普勒超声', findings: '左室壁增厚，室间隔厚约13mm，左室后壁厚约12mm，二尖瓣口舒张期血流E<A，左室射血分数62%。', impression: '高血压性心脏病改变；左室舒张功能减低' },
  ],
};

export const IMAGING_KEYS = Object.keys(IMAGING) as DiseaseKey[];

export function imaging(rng: Rng, key: DiseaseKey): Imaging | null {
  const options = IMAGING[key];
  return options ? rng.pick(options) : null;
}
