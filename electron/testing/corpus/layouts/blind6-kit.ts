import type { Doc } from '../case';
import type { DiseaseKey, Dx } from '../diseases';
import type { Hospital } from '../hospitals';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';

/** Pieces the blind6 layouts share: more local institutions, ward wording, look-alikes, history lines. */

const h = (name: string, address: string, phone: string, extra: Partial<Hospital> = {}): Hospital => ({ name, address, phone, ...extra });

/** Township centres and street clinics of Liaocheng's counties that other layouts do not print. */
export const TOWNS6: readonly Hospital[] = [
  h('阳谷县寿张镇中心卫生院', '阳谷县寿张镇寿张街中段', '0635-6681120'),
  h('莘县张鲁回族镇卫生院', '莘县张鲁回族镇驻地', '0635-7481031'),
  h('冠县东古城镇卫生院', '冠县东古城镇驻地', '0635-5671120'),
  h('高唐县琉璃寺镇卫生院', '高唐县琉璃寺镇府前街', '0635-3721020'),
  h('东昌府区沙镇卫生院', '聊城市东昌府区沙镇驻地', '0635-8641120'),
  h('临清市烟店镇卫生院', '临清市烟店镇临馆路', '0635-2721120'),
  h('茌平区乐平铺镇卫生院', '茌平区乐平铺镇驻地', '0635-4561120'),
];

/** County and district general hospitals not in the shared lists. */
export const COUNTY6: readonly Hospital[] = [
  h('聊城市茌平区第二人民医院', '聊城市茌平区冯官屯镇驻地', '0635-4721120'),
  h('东阿县第二人民医院', '东阿县刘集镇驻地', '0635-3551120'),
  h('高唐县第二人民医院', '高唐县清平镇驻地', '0635-3811120'),
  h('聊城市经济技术开发区人民医院', '聊城市经开区黄河路99号', '0635-8367120'),
  h('冠县第二人民医院', '冠县柳林镇驻地', '0635-5851120'),
];

/** City hospitals, incl. neighbours patients travel to. */
export const CITY6: readonly Hospital[] = [
  h('聊城市中心医院', '聊城市东昌府区卫育路6号', '0635-8218120', { en: 'LIAOCHENG CENTRAL HOSPITAL' }),
  h('山东第一医科大学第一附属医院', '济南市槐荫区经十路16766号', '0531-89269120', { en: 'SHANDONG PROVINCIAL QIANFOSHAN HOSPITAL' }),
  h('聊城市人民医院脑科医院', '聊城市东昌府区兴华路1号', '0635-8270120'),
  h('齐鲁医院德州医院', '德州市德城区东方红路1166号', '0534-8266120'),
];

export const TCM6: readonly Hospital[] = [
  h('高唐县中医院', '高唐县鱼邱湖街道金城路126号', '0635-3932120'),
  h('临清市中医院', '临清市新华路东段9号', '0635-2330120'),
  h('聊城市东昌府区中医院', '聊城市东昌府区柳园北路55号', '0635-8525120'),
];

/** What ward and clinic doctors write for each catalogue disease (abbreviations included; each names it to a clerk). */
export const WORDS6: Record<DiseaseKey, readonly string[]> = {
  HYPERTENSION: ['高血压病Ⅲ级（极高危）', '高血压Ⅱ级 高危', '原发性高血压（3级，很高危）', '高血压病 2级', '高血压3级极高危组', '高血压病（1级 低危）'],
  DIABETES: ['2型糖尿病', 'T2DM', '2型糖尿病性周围神经病', '糖尿病2型 伴酮症', '2型糖尿病伴肾病（Ⅳ期）', '2-DM', '糖尿病（2型）血糖控制差'],
  CORONARY_HEART_DISEASE: ['冠心病', '冠状动脉粥样硬化性心脏病 劳力型心绞痛', '冠心病 不稳定型心绞痛 心功能Ⅱ级', '陈旧性心肌梗塞', 'CHD 稳定型心绞痛'],
  CEREBROVASCULAR_DISEASE: ['脑梗塞', '多发腔隙性脑梗死', '脑梗死（右侧放射冠区）', '脑出血后遗症期', '脑梗死恢复期 左侧偏瘫', '陈旧性脑梗死'],
  URAEMIA_DIALYSIS: ['CKD5期 维持性血液透析', '慢性肾衰竭 尿毒症期', '终末期肾病（ESRD） 血透状态', '尿毒症 规律透析', '慢性肾功能不全（尿毒症期）'],
  HEMOPHILIA: ['血友病A', '甲型血友病（重型）', '血友病B（轻型）'],
  MALIGNANT_TUMOR_OUTPATIENT: ['胃窦腺癌术后', '左乳浸润性导管癌术后 内分泌治疗', '乙状结肠癌术后化疗', '右肺鳞癌', '原发性肝癌', '食管癌放疗后', '膀胱尿路上皮癌'],
  SEVERE_MENTAL_DISORDER: ['精神分裂症', '精神分裂症（慢性期）', '双相情感障碍', '偏执性精神障碍', '分裂情感性精神病'],
  LEUKEMIA: ['急性髓系白血病（AML-M2）', '慢性粒细胞白血病 慢性期', '急性淋巴细胞白血病 维持治疗', '慢性淋巴细胞白血病'],
  POST_ARTERIAL_STENT_ANTICOAGULATION: ['冠脉支架植入术后', 'PCI术后', '颈动脉支架植入术后', '冠状动脉介入治疗术后（LAD支架1枚）', '髂动脉支架置入术后'],
  TRANSPLANT_ANTI_REJECTION: ['肾移植术后', '异体肾移植状态', '肝移植术后 抗排斥治疗'],
  PHENYLKETONURIA: ['苯丙酮尿症', 'PKU（苯丙酮尿症）'],
  CHILD_DISABILITY_REHAB: ['脑瘫（痉挛型四肢瘫）', '孤独症', '精神发育迟滞（中度智力障碍）', '脑性瘫痪 运动发育迟缓'],
};

/** Chronic and common diseases outside the catalogue (never counted). */
const OTHER6 = ['高脂血症', '混合型高脂血症', '慢性萎缩性胃炎', '高尿酸血症', '骨质疏松', '颈动脉硬化', '慢性支气管炎', '前列腺增生症',
  '脂肪肝（轻度）', '腰椎退行性变', '慢性浅表性胃炎', '甲状腺功能减退症', '房颤', '慢阻肺', '痛风性关节炎', '乙肝病毒携带'];

/** Look-alikes of catalogue diseases (never counted), with the key they are not. */
const NEAR6: readonly (readonly [string, DiseaseKey])[] = [['空腹血糖受损', 'DIABETES'], ['血压偏高（待观察）', 'HYPERTENSION'],
  ['慢性肾脏病3期', 'URAEMIA_DIALYSIS'], ['颈动脉斑块', 'CEREBROVASCULAR_DISEASE'], ['肺结节', 'MALIGNANT_TUMOR_OUTPATIENT'],
  ['焦虑状态', 'SEVERE_MENTAL_DISORDER'], ['心律失常 室性早搏', 'CORONARY_HEART_DISEASE']];

/** TCM names: 消渴病 and 中风 name catalogue diseases; the others do not. */
const TCM_NAMES6: Partial<Record<DiseaseKey, readonly string[]>> = {
  DIABETES: ['消渴病 气阴两虚证', '消渴 阴虚热盛证', '消渴病（肝肾阴虚证）'],
  CEREBROVASCULAR_DISEASE: ['中风-中经络 气虚血瘀证', '中风病 风痰入络证', '中风后遗症（气虚血瘀）'],
};
const TCM_OTHER6 = ['眩晕 肝阳上亢证', '胸痹 心血瘀阻证', '头痛 痰浊上扰证', '不寐 心肾不交证', '虚劳 脾肾两虚证'];

/**
 * The document with its diagnoses in these words, comorbid diseases from OTHER6, and sometimes a look-alike at the end.
 * `tcm`: also TCM names (the western name of a disease stays). Keys keep the generator's catalogue diseases.
 */
export function reword(doc: Doc, rng: Rng, o: { near?: number; tcm?: boolean } = {}): Doc {
  const western: Dx[] = doc.dx.keys.map((k) => ({ text: rng.pick(WORDS6[k]), key: k }));
  const others = OTHER6.filter((t) => doc.patient.sex === '男' || !t.includes('前列腺'));
  for (const t of rng.sample(others, rng.int(0, 2))) western.push({ text: t, key: null });
  const near = NEAR6.filter(([, k]) => !doc.dx.keys.includes(k));
  if (near.length > 0 && rng.chance(o.near ?? 0.25)) western.push({ text: rng.pick(near)[0], key: null });
  const tcm: Dx[] = [];
  if (o.tcm) {
    for (const k of doc.dx.keys) if (TCM_NAMES6[k]) tcm.push({ text: rng.pick(TCM_NAMES6[k] ?? []), key: k });
    if (tcm.length === 0 || rng.chance(0.3)) tcm.push({ text: rng.pick(TCM_OTHER6), key: null });
  }
  return { ...doc, dx: { ...doc.dx, western, tcm } };
}

const SHORT: Partial<Record<DiseaseKey, string>> = { HYPERTENSION: '高血压', DIABETES: '糖尿病', CORONARY_HEART_DISEASE: '冠心病',
  CEREBROVASCULAR_DISEASE: '脑梗死' };

const absent = (doc: Doc): string[] => Object.entries(SHORT).filter(([k]) => !doc.dx.keys.includes(k as DiseaseKey)).map(([, n]) => n);

/** A suspected catalogue disease the patient is not diagnosed with (…？, …待排, …可能): never counted. */
export function suspect(doc: Doc, rng: Rng): string {
  const n = rng.pick(absent(doc).length > 0 ? absent(doc) : ['肺癌']);
  return rng.pick([`${n}？`, `${n}待排`, `${n}可能性大？`, `疑似${n}`]);
}

/** Denials in clinic wording: 否认糖尿病、冠心病病史 / 无高血压史 / 糖尿病史（-）. */
export function deny(doc: Doc, rng: Rng, avoid = ''): string {
  const some = rng.sample(absent(doc).filter((n) => !avoid.includes(n)), rng.int(1, 2));
  if (some.length === 0) return '否认肝炎、结核等传染病史';
  return rng.pick([`否认${some.join('、')}病史`, `无${some.join('、')}史`, `${some.map((n) => `${n}史（-）`).join('，')}`,
    `否认${some.join('、')}等慢性病史，否认药物过敏史`]);
}

/** A relative's disease: never the patient's. */
export function relatives(doc: Doc, rng: Rng): string {
  const n = rng.pick(['高血压', '糖尿病', '冠心病', '脑出血', '肺癌']);
  return rng.pick([`父亲患${n}`, `母亲有${n}病史`, `其兄因${n}去世`, `父母均患${n}`, '家族中无类似疾病，父母体健']);
}

/** A past illness named in the history and not diagnosed now (有“脑梗死”病史5年，已治愈), or nothing. */
export function pastOnly(doc: Doc, rng: Rng): string {
  const a = absent(doc).filter((n) => n !== '高血压' && n !== '糖尿病');
  if (a.length === 0) return `${rng.int(5, 20)}年前行胆囊切除术`;
  return `${rng.int(3, 12)}年前曾诊断“${rng.pick(a)}”，经治疗已痊愈，未遗留后遗症`;
}

/** ID print styles: plain, 6-8-4 groups, 3-3-4-4-4 groups. */
export function idText(id: string, how: 'plain' | 'group' | 'quad'): string {
  if (how === 'plain') return id;
  if (how === 'group') return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
  return [id.slice(0, 3), id.slice(3, 6), id.slice(6, 10), id.slice(10, 14), id.slice(14)].join(' ');
}

/** A labelled paragraph: the label in `b`, the text running on after it and wrapping at `w`. Returns the next baseline. */
export function section(s: Sheet, x: number, y: number, w: number, label: string, text: string, f: Style, b: Style, lh: number): number {
  const lw = s.put(x, y, label, b);
  return s.para(x, y, w, text, f, lh, lw);
}

/** A 11-digit mobile number, partly masked as HIS printouts do. */
export const phone = (rng: Rng): string => `1${rng.pick(['35', '39', '58', '86', '52', '77'])}****${String(rng.int(0, 9999)).padStart(4, '0')}`;

/** Villages of Liaocheng counties, for addresses. */
export function village(doc: Doc, rng: Rng): string {
  const county = doc.hospital.address.match(/^(聊城市)?([^市县区]{1,3}[县区市])/u)?.[2] ?? rng.pick(['阳谷县', '莘县', '东阿县', '冠县']);
  return `${county}${rng.pick(['十五里园镇', '郭店屯镇', '梁水镇', '贾镇', '古楼街道', '斗虎屯镇', '侯营镇'])}${rng.pick(['前', '后', '东', '西', '小', '大'])}${rng.pick(['王', '李', '刘', '张', '杨'])}${rng.pick(['庄', '村', '屯', '集'])}`;
}
