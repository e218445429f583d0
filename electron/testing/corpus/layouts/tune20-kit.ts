import type { Doc } from '../case';
import type { DiseaseKey, Dx } from '../diseases';
import type { Hospital } from '../hospitals';
import type { LabRow } from '../labs';
import { idNumberIn, personName } from '../people';
import type { Rng } from '../rng';

/**
 * Pieces the tune20 layouts share: county hospitals of Heilongjiang, Jilin, Liaoning and Inner Mongolia the corpus did not have
 * — among them the 满族 and 朝鲜族 autonomous counties' and Inner Mongolia's 蒙医医院 — each with its county's address code (the
 * patient's ID is a local one), the people of the place and a second name for the letterhead (the Mongolian name in Latin letters,
 * or an English one); patients with Mongolian, Manchu or Korean names; 蒙医 diagnoses; an arterial blood gas; MR studies.
 */

type People = '' | '蒙古族' | '满族' | '朝鲜族';
type Here = { readonly hospital: Hospital; readonly region: string; readonly people: People; readonly second: string };
const here = (name: string, address: string, phone: string, region: string, people: People = '', second = ''): Here =>
  ({ hospital: { name, address, phone }, region, people, second });

const NORTHEAST: readonly Here[] = [
  here('肇东市人民医院', '黑龙江省绥化市肇东市东兴街道正阳大街128号', '0455-7822120', '231282', '', "ZHAODONG PEOPLE'S HOSPITAL"),
  here('五常市人民医院', '黑龙江省哈尔滨市五常市五常镇长山街36号', '0451-53522120', '230184'),
  here('讷河市人民医院', '黑龙江省齐齐哈尔市讷河市雨亭街道通江路17号', '0452-6122120', '230281'),
  here('富锦市人民医院', '黑龙江省佳木斯市富锦市城东街道新开路99号', '0454-2322120', '230882', '', "FUJIN PEOPLE'S HOSPITAL"),
  here('密山市人民医院', '黑龙江省鸡西市密山市中山街道长征路22号', '0467-5222120', '230382'),
  here('依安县人民医院', '黑龙江省齐齐哈尔市依安县依安镇新兴路6号', '0452-5622120', '230223'),
  here('德惠市人民医院', '吉林省长春市德惠市胜利街道人民路1658号', '0431-87222120', '220183', '', "DEHUI PEOPLE'S HOSPITAL"),
  here('扶余市人民医院', '吉林省松原市扶余市三岔河镇建设街12号', '0438-5822120', '220781'),
  here('洮南市医院', '吉林省白城市洮南市团结街道光明路58号', '0436-6222120', '220881'),
  here('珲春市医院', '吉林省延边朝鲜族自治州珲春市新安街道河南路201号', '0433-7522120', '222404', '朝鲜族', 'HUNCHUN HOSPITAL'),
  here('伊通满族自治县第一人民医院', '吉林省四平市伊通满族自治县伊通镇南大街39号', '0434-4222120', '220323', '满族'),
  here('抚松县人民医院', '吉林省白山市抚松县抚松镇东风路18号', '0439-6222120', '220621'),
  here('瓦房店市中心医院', '辽宁省大连市瓦房店市共济街道南共济街11号', '0411-85622120', '210281', '', 'WAFANGDIAN CENTRAL HOSPITAL'),
  here('北票市中心医院', '辽宁省朝阳市北票市城关街道中山路30号', '0421-5822120', '211381'),
  here('黑山县人民医院', '辽宁省锦州市黑山县黑山镇文化路41号', '0416-5522120', '210726'),
  here('开原市中心医院', '辽宁省铁岭市开原市新城街道哈大路86号', '024-73822120', '211282', '', 'KAIYUAN CENTRAL HOSPITAL'),
  here('绥中县医院', '辽宁省葫芦岛市绥中县绥中镇西大街19号', '0429-6822120', '211421'),
  here('岫岩满族自治县中心医院', '辽宁省鞍山市岫岩满族自治县岫岩镇雨亭路7号', '0412-7822120', '210323', '满族'),
  here('宽甸满族自治县中心医院', '辽宁省丹东市宽甸满族自治县宽甸镇中心街15号', '0415-5122120', '210624', '满族'),
];

const MONGOLIA: readonly Here[] = [
  here('扎鲁特旗人民医院', '内蒙古自治区通辽市扎鲁特旗鲁北镇罕山大街20号', '0475-7122120', '150526', '蒙古族', 'JARUD HOSHUUNY ARDYN EMNELEG'),
  here('阿鲁科尔沁旗医院', '内蒙古自治区赤峰市阿鲁科尔沁旗天山镇罕庙街9号', '0476-4822120', '150421', '蒙古族', 'AR HORCHIN HOSHUUNY EMNELEG'),
  here('准格尔旗人民医院', '内蒙古自治区鄂尔多斯市准格尔旗薛家湾镇迎泽大街5号', '0477-4222120', '150622', '蒙古族',
    'JUUNGAR HOSHUUNY ARDYN EMNELEG'),
  here('扎兰屯市人民医院', '内蒙古自治区呼伦贝尔市扎兰屯市繁荣街道中央路2号', '0470-3222120', '150783', '蒙古族', 'JALANTUN HOTYN ARDYN EMNELEG'),
  here('乌兰浩特市人民医院', '内蒙古自治区兴安盟乌兰浩特市兴安南大街33号', '0482-8222120', '152201', '蒙古族', 'ULAANHOT HOTYN ARDYN EMNELEG'),
  here('科尔沁左翼中旗人民医院', '内蒙古自治区通辽市科尔沁左翼中旗保康镇团结路11号', '0475-3222120', '150521', '蒙古族',
    'HORCHIN ZUUN GARYN DUNDAD HOSHUUNY ARDYN EMNELEG'),
];

const MONGOL_MEDICINE: readonly Here[] = [
  here('库伦旗蒙医医院', '内蒙古自治区通辽市库伦旗库伦镇铁木尔大街8号', '0475-6322120', '150524', '蒙古族', 'HUREE HOSHUUNY MONGOL EMNELEG'),
  here('科尔沁右翼前旗蒙医医院', '内蒙古自治区兴安盟科尔沁右翼前旗科尔沁镇兴安路6号', '0482-8362120', '152221', '蒙古族',
    'HORCHIN BARUUN GARYN UMNUD HOSHUUNY MONGOL EMNELEG'),
];

const ALL: readonly Here[] = [...NORTHEAST, ...MONGOLIA, ...MONGOL_MEDICINE];
const list = (xs: readonly Here[]): Hospital[] => xs.map((x) => x.hospital);
/** County and county-level city hospitals of Heilongjiang, Jilin and Liaoning (two 满族 autonomous counties' among them). */
export const NORTHEAST20: readonly Hospital[] = list(NORTHEAST);
/** Banner and city hospitals of eastern Inner Mongolia (通辽, 赤峰, 兴安盟, 呼伦贝尔, 鄂尔多斯). */
export const MONGOLIA20: readonly Hospital[] = list(MONGOLIA);
/** Banner 蒙医医院 (Mongolian-medicine hospitals). */
export const MONGOL_MEDICINE20: readonly Hospital[] = list(MONGOL_MEDICINE);

const placeOf = (h: Hospital): Here | undefined => ALL.find((x) => x.hospital.name === h.name);

/** The letterhead's second line: the Mongolian name in Latin letters (Inner Mongolia) or an English name; empty when none. */
export const secondName = (h: Hospital): string => placeOf(h)?.second ?? '';

/** The province: 黑龙江, 吉林, 辽宁 or 内蒙古. */
export const province20 = (h: Hospital): string => /^(黑龙江|吉林|辽宁|内蒙古)/u.exec(h.address)?.[1] ?? '黑龙江';

/** The county, banner or county-level city: 扎鲁特旗, 岫岩满族自治县, 肇东市 (from the address). */
export const county20 = (h: Hospital): string =>
  /^(?:.+?(?:省|自治区))(?:.+?(?:市|州|盟))(.+?(?:旗|自治县|县|市))/u.exec(h.address)?.[1] ?? '';

/** Given names a Mongolian family gives, written in characters (two to three), with the surnames Horqin Mongols took. */
const MONGOL_GIVEN = { 男: ['巴特尔', '额尔敦', '朝鲁', '宝音', '那日苏', '阿拉坦', '孟和', '巴雅尔'],
  女: ['其其格', '乌云', '萨仁', '图雅', '斯琴', '娜仁', '高娃', '塔娜'] } as const;
const MONGOL_SURNAME = ['包', '白', '韩', '宝', '吴', '佟', '鲍'];
const MANCHU_SURNAME = ['关', '佟', '那', '富', '赫', '索', '伊'];
const KOREAN = { 男: ['金哲洙', '朴英浩', '崔光日', '李成龙', '郑东哲', '姜明哲', '金永吉'],
  女: ['朴顺姬', '金英子', '崔美玉', '李贞淑', '郑春花', '金善玉', '姜明姬'] } as const;

/**
 * The patient lives in the hospital's county: the ID's address code is that county's. Where a people lives, about one patient in
 * three bears its kind of name: 包那日苏 / 白其其格 (a Horqin surname and a Mongolian given name), 关淑珍 (a Manchu surname),
 * 朴顺姬 (a Korean name). Physicians' names are left alone (never the patient's).
 */
export function local20(doc: Doc, rng: Rng): Doc {
  const h = placeOf(doc.hospital);
  if (!h) return doc;
  const p = doc.patient;
  const taken = Object.values(doc.doctors);
  let name = p.name;
  if (h.people !== '' && p.age >= 14 && rng.chance(0.35)) {
    if (h.people === '蒙古族') name = rng.pick(MONGOL_SURNAME) + rng.pick(MONGOL_GIVEN[p.sex]);
    else if (h.people === '朝鲜族') name = rng.pick(KOREAN[p.sex]);
    else name = rng.pick(MANCHU_SURNAME) + [...personName(rng, p.sex, 0)].slice(1).join('');
  }
  if (taken.includes(name)) name = p.name;
  return { ...doc, patient: { ...p, name, idNumber: idNumberIn(rng, p.birth, p.sex, [h.region]) } };
}

/** 民族 as the header prints it: the people the name shows, else now and then the county's people, mostly 汉族. */
export function nation20(doc: Doc, rng: Rng): string {
  const n = doc.patient.name;
  if ([...MONGOL_GIVEN.男, ...MONGOL_GIVEN.女].some((g) => n.endsWith(g))) return '蒙古族';
  if (([...KOREAN.男, ...KOREAN.女] as readonly string[]).includes(n)) return '朝鲜族';
  const h = placeOf(doc.hospital);
  if (h?.people === '满族' && MANCHU_SURNAME.includes([...n][0] ?? '')) return '满族';
  return h && h.people !== '' && rng.chance(0.3) ? h.people : '汉族';
}

/** 蒙医 diagnoses a banner 蒙医医院 writes before the western ones (none names a catalogue disease). */
const MONGOL_DX: Partial<Record<DiseaseKey, readonly string[]>> = {
  HYPERTENSION: ['血希拉偏盛症', '赫依血相搏症'], CORONARY_HEART_DISEASE: ['心赫依病', '心刺痛症'],
  CEREBROVASCULAR_DISEASE: ['白脉病', '赫依性白脉病'], DIABETES: ['希拉乌苏偏盛症', '巴达干希拉症'],
};
export function mongolDx(doc: Doc, rng: Rng): Dx[] {
  const own = doc.dx.keys.flatMap((k) => MONGOL_DX[k] ?? []);
  return [{ text: rng.pick(own.length > 0 ? own : ['赫依病', '巴达干病']), key: null }];
}

const round = (v: number, digits: number): string => v.toFixed(digits);

/**
 * An arterial blood gas with electrolytes, as a county ICU's or 急诊科's analyser (GEM Premier / ABL90) reports it: the entered
 * temperature and FiO2, the measured values, the calculated ones worked out from them (HCO3⁻ from pH and pCO2, BE, SO2, AG) —
 * a dialysis patient's metabolic acidosis with high potassium, a diabetic's high glucose, a lung cancer's low oxygen.
 */
export function bloodGas(doc: Doc, rng: Rng): { entered: readonly [string, string][]; measured: LabRow[]; calculated: LabRow[] } {
  const k = doc.dx.keys;
  const renal = k.includes('URAEMIA_DIALYSIS');
  const lung = k.includes('MALIGNANT_TUMOR_OUTPATIENT');
  const sugar = k.includes('DIABETES');
  const fio2 = rng.pick([21, 21, 29, 33, 37]);
  let hco3 = rng.range(22, 27);
  let pco2 = rng.range(35, 44);
  let po2 = fio2 > 21 ? rng.range(85, 128) : rng.range(78, 98);
  if (renal || (sugar && rng.chance(0.25))) {
    hco3 = rng.range(13, 19);
    pco2 = 1.5 * hco3 + 8 + rng.range(-2, 2);
  }
  if (lung) {
    po2 = rng.range(54, 76);
    pco2 = rng.range(30, 36);
  }
  const ph = 6.1 + Math.log10(hco3 / (0.0307 * pco2));
  const be = 0.93 * (hco3 - 24.4 + 14.8 * (ph - 7.4));
  const so2 = 100 / (1 + 23400 / (po2 ** 3 + 150 * po2));
  const [na, cl] = [rng.range(134, 145), rng.range(97, 107)];
  const hct = renal ? rng.range(24, 32) : rng.range(33, 46);
  const row = (name: string, abbr: string, v: number, digits: number, unit: string, lo: number, hi: number, range?: string): LabRow => {
    const value = round(v, digits);
    const flag = Number(value) > hi ? '↑' : Number(value) < lo ? '↓' : '';
    return { name, abbr, value, flag, unit, range: range ?? `${lo}-${hi}` };
  };
  const measured = [
    row('酸碱度', 'pH', ph, 3, '', 7.35, 7.45, '7.35-7.45'), row('二氧化碳分压', 'pCO2', pco2, 1, 'mmHg', 35, 45),
    row('氧分压', 'pO2', po2, 1, 'mmHg', 80, 100), row('钠离子', 'Na+', na, 1, 'mmol/L', 135, 145),
    row('钾离子', 'K+', renal ? rng.range(5.1, 6.6) : rng.range(3.4, 4.9), 2, 'mmol/L', 3.5, 5.5),
    row('氯离子', 'Cl-', cl, 1, 'mmol/L', 98, 107),
    row('钙离子', 'Ca++', renal ? rng.range(0.96, 1.12) : rng.range(1.1, 1.3), 2, 'mmol/L', 1.15, 1.29),
    row('葡萄糖', 'Glu', sugar ? rng.range(8.6, 21.5) : rng.range(4.4, 7.2), 1, 'mmol/L', 3.9, 6.1),
    row('乳酸', 'Lac', rng.chance(0.25) ? rng.range(1.7, 3.4) : rng.range(0.6, 1.5), 1, 'mmol/L', 0.5, 1.6),
    row('红细胞压积', 'Hct', hct, 0, '%', 37, 50),
  ];
  const calculated = [
    row('总血红蛋白', 'tHb', hct * 3.4, 0, 'g/L', 120, 160), row('实际碳酸氢根', 'HCO3-act', hco3, 1, 'mmol/L', 21, 28),
    row('标准碳酸氢根', 'HCO3-std', hco3 + 0.2 * (40 - pco2) / 4, 1, 'mmol/L', 22, 26),
    row('剩余碱', 'BE(B)', be, 1, 'mmol/L', -3, 3, '-3.0~+3.0'), row('血氧饱和度', 'SO2', so2, 1, '%', 95, 98),
    row('阴离子间隙', 'AG', na - cl - hco3, 1, 'mmol/L', 8, 16), row('氧合指数', 'pO2/FiO2', po2 / (fio2 / 100), 0, 'mmHg', 300, 9999, '>300'),
  ];
  const entered: [string, string][] = [['体温', `${(rng.int(362, 378) / 10).toFixed(1)}℃`], ['吸氧浓度', `FiO2 ${fio2}%`],
    ['采血部位', rng.pick(['左桡动脉', '右桡动脉', '右股动脉'])], ['采样方式', rng.pick(['动脉穿刺', '动脉置管'])]];
  return { entered, measured, calculated };
}

/** An MR study: the item as booked, the sequences, findings, numbered impression, and whether it is of the head (key images). */
export type Mr = { readonly item: string; readonly seq: string; readonly seen: string; readonly verdict: readonly string[];
  readonly head: boolean };

const ACUTE: Mr = { item: '头颅MRI平扫+DWI+SWI', head: true, seq: 'T1WI、T2WI、T2-FLAIR、DWI（b=1000）、ADC、SWI，层厚5mm',
  seen: '右侧脑桥及左侧半卵圆中心见斑片状稍长T1稍长T2信号，FLAIR呈高信号，DWI呈明显高信号，ADC值减低；SWI示双侧基底节区散在点状低信号。'
    + '双侧侧脑室旁白质见斑片状长T2信号，FLAIR呈高信号。脑室系统无扩张，脑沟不宽，中线结构居中。',
  verdict: ['右侧脑桥及左侧半卵圆中心急性脑梗死', '双侧基底节区微出血灶', '脑白质高信号（Fazekas 2级）'] };
const OLD: Mr = { item: '头颅MRI平扫', head: true, seq: 'T1WI、T2WI、T2-FLAIR、DWI，矢状位T1WI',
  seen: '双侧基底节区及放射冠见多发斑点状长T1长T2信号，FLAIR呈低信号伴周围高信号环，DWI未见弥散受限；左侧颞顶叶见片状长T1长T2信号软化灶，'
    + '邻近脑沟增宽。脑室系统稍扩大，中线结构居中。',
  verdict: ['双侧基底节区及放射冠多发腔隙性脑梗死（陈旧性）', '左侧颞顶叶陈旧性脑梗死软化灶', '脑萎缩'] };
const BLEED: Mr = { item: '头颅MRI平扫+SWI', head: true, seq: 'T1WI、T2WI、T2-FLAIR、DWI、SWI，层厚5mm',
  seen: '左侧基底节区见类圆形短T1长T2信号，大小约2.6cm×1.9cm，周边见环形低信号含铁血黄素环，SWI呈明显低信号，周围见片状水肿信号。'
    + '左侧侧脑室受压变窄，中线结构居中。',
  verdict: ['左侧基底节区脑出血（亚急性期）', '双侧侧脑室旁白质缺血性改变'] };
const SCREEN: Mr = { item: '头颅MRI平扫+增强', head: true, seq: 'T1WI、T2WI、FLAIR、DWI，静脉注射钆喷酸葡胺15ml后行T1WI三方位增强',
  seen: '脑实质内未见异常信号影，增强扫描脑实质及脑膜未见异常强化灶。双侧额叶皮层下见少许斑点状长T2信号。脑室系统无扩张，中线结构居中。',
  verdict: ['颅内未见明确转移征象', '双侧额叶皮层下少许缺血灶'] };
const PLAIN: Mr = { item: '头颅MRI平扫', head: true, seq: 'T1WI、T2WI、T2-FLAIR、DWI，层厚5mm',
  seen: '脑实质内未见明确异常信号，灰白质分界清晰。透明隔间腔形成，脑室系统形态大小正常，脑沟、脑池不宽，中线结构居中。',
  verdict: ['颅脑MRI平扫未见明显异常', '透明隔间腔（正常变异）'] };
const WHITE: Mr = { item: '头颅MRI平扫', head: true, seq: 'T1WI、T2WI、T2-FLAIR、DWI，矢状位T1WI',
  seen: '双侧侧脑室旁及半卵圆中心白质见散在斑点状稍长T1稍长T2信号，FLAIR呈高信号，DWI未见弥散受限。双侧基底节区见点状血管周围间隙。'
    + '脑室系统无扩大，脑沟稍增宽，中线结构居中。',
  verdict: ['双侧侧脑室旁及半卵圆中心白质缺血性改变（Fazekas 1级）', '轻度脑萎缩'] };
const CHILD: Mr = { item: '头颅MRI平扫', head: true, seq: 'T1WI、T2WI、T2-FLAIR、DWI，镇静后扫描',
  seen: '双侧侧脑室体旁及三角区旁白质见对称性片状长T2信号，FLAIR呈高信号，邻近白质容积减少，侧脑室三角区轻度扩大、边缘不规则；胼胝体体部及压部变薄。',
  verdict: ['双侧脑室周围白质软化（PVL）', '胼胝体发育菲薄'] };
const KNEE: Mr = { item: '右膝关节MRI平扫', head: false, seq: '矢状位、冠状位PDWI-FS，矢状位T1WI，横断位T2WI-FS',
  seen: '右膝关节腔及髌上囊内见较多长T1长T2信号积液，滑膜明显增厚，内见多发斑片状低信号（含铁血黄素沉积）；股骨及胫骨关节面软骨变薄、'
    + '毛糙，软骨下见小囊状长T2信号；内、外侧半月板形态尚可。',
  verdict: ['右膝关节血友病性关节病改变', '关节腔积液，滑膜增厚伴含铁血黄素沉积'] };

/** The study a patient's disease sends to the MR room: an infarct's DWI, a bleed's SWI, a cancer's metastasis screen, a knee. */
export function mrOf(doc: Doc): Mr {
  const said = doc.dx.western.map((d) => d.text).join('');
  switch (doc.primary) {
    case 'CEREBROVASCULAR_DISEASE': return /出血/u.test(said) ? BLEED : /后遗症|恢复期|陈旧/u.test(said) ? OLD : ACUTE;
    case 'MALIGNANT_TUMOR_OUTPATIENT': return SCREEN;
    case 'SEVERE_MENTAL_DISORDER': return PLAIN;
    case 'CHILD_DISABILITY_REHAB': return /瘫/u.test(said) ? CHILD : PLAIN;
    case 'HEMOPHILIA': return KNEE;
    default: return doc.dx.keys.includes('CEREBROVASCULAR_DISEASE') ? OLD : WHITE;
  }
}
