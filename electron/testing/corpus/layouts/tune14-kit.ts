import type { Doc } from '../case';
import type { DiseaseKey } from '../diseases';
import type { Hospital } from '../hospitals';
import type { LabRow } from '../labs';
import { idNumberIn } from '../people';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';

/**
 * Pieces the tune14 layouts share: county and city hospitals, community health centres and 职业病防治院 of Guangdong,
 * Fujian, Zhejiang and the Northeast (Heilongjiang, Jilin, Liaoning), each with its county's address code (the patient's
 * ID is a local one); the name each province gives the outpatient chronic-disease scheme; text printed at a fixed pitch
 * (a LIS or an emergency system's monospace columns); a five-part blood count (血常规五分类) of 24 items.
 */

type Here = { readonly hospital: Hospital; readonly region: string };
const here = (name: string, address: string, phone: string, region: string, en?: string): Here =>
  ({ hospital: { name, address, phone, ...(en ? { en } : {}) }, region });

const SOUTH: readonly Here[] = [
  here('普宁市人民医院', '广东省揭阳市普宁市流沙东街道广达北路12号', '0663-2222120', '445281', "PUNING PEOPLE'S HOSPITAL"),
  here('罗定市人民医院', '广东省云浮市罗定市罗城街道人民北路18号', '0766-3822120', '445381', "LUODING PEOPLE'S HOSPITAL"),
  here('兴宁市人民医院', '广东省梅州市兴宁市兴城光明路2号', '0753-3322120', '441481'),
  here('陆丰市人民医院', '广东省汕尾市陆丰市东海街道人民路6号', '0660-8822120', '441581', "LUFENG PEOPLE'S HOSPITAL"),
  here('仙游县医院', '福建省莆田市仙游县鲤城街道八二五大街1号', '0594-8222120', '350322'),
  here('长汀县医院', '福建省龙岩市长汀县汀州镇兆征路35号', '0597-6822120', '350821'),
  here('福清市医院', '福建省福州市福清市玉屏街道福唐路88号', '0591-85222120', '350181', 'FUQING HOSPITAL'),
  here('永春县医院', '福建省泉州市永春县桃城镇八二三东路16号', '0595-23822120', '350525'),
  here('苍南县人民医院', '浙江省温州市苍南县灵溪镇玉苍路9号', '0577-64722120', '330327'),
  here('天台县人民医院', '浙江省台州市天台县赤城街道劳动路20号', '0576-83822120', '331023'),
  here('江山市人民医院', '浙江省衢州市江山市虎山街道城北路1号', '0570-4022120', '330881', "JIANGSHAN PEOPLE'S HOSPITAL"),
  here('嵊州市人民医院', '浙江省绍兴市嵊州市剡湖街道三江路88号', '0575-83022120', '330683'),
];

const NORTHEAST: readonly Here[] = [
  here('巴彦县人民医院', '黑龙江省哈尔滨市巴彦县巴彦镇东大街26号', '0451-57622120', '230126'),
  here('海伦市人民医院', '黑龙江省绥化市海伦市海伦镇文化路12号', '0455-5722120', '231283'),
  here('宁安市人民医院', '黑龙江省牡丹江市宁安市宁安镇西大街16号', '0453-7622120', '231084'),
  here('榆树市医院', '吉林省长春市榆树市正阳街道华昌路1号', '0431-83622120', '220182'),
  here('梅河口市中心医院', '吉林省通化市梅河口市新华街道银河大街6号', '0435-4222120', '220581'),
  here('敦化市医院', '吉林省延边朝鲜族自治州敦化市胜利街88号', '0433-6222120', '222403'),
  here('庄河市中心医院', '辽宁省大连市庄河市新华路二段21号', '0411-89722120', '210283'),
  here('新民市人民医院', '辽宁省沈阳市新民市新柳街道辽河大街18号', '024-87822120', '210181'),
  here('海城市中心医院', '辽宁省鞍山市海城市永安路66号', '0412-3222120', '210381'),
  here('昌图县中心医院', '辽宁省铁岭市昌图县昌图镇南大街5号', '024-75822120', '211224'),
];

const COMMUNITY: readonly Here[] = [
  here('嵊州市剡湖街道社区卫生服务中心', '浙江省绍兴市嵊州市剡湖街道北直街12号', '0575-83102120', '330683'),
  here('苍南县灵溪镇社区卫生服务中心', '浙江省温州市苍南县灵溪镇春晖路30号', '0577-64702120', '330327'),
  here('福清市音西街道社区卫生服务中心', '福建省福州市福清市音西街道清荣大道8号', '0591-85302120', '350181'),
  here('普宁市流沙西街道社区卫生服务中心', '广东省揭阳市普宁市流沙西街道环城南路66号', '0663-2302120', '445281'),
  here('兴宁市福兴街道社区卫生服务中心', '广东省梅州市兴宁市福兴街道兴华路3号', '0753-3302120', '441481'),
  here('庄河市城关街道社区卫生服务中心', '辽宁省大连市庄河市城关街道黄海大街60号', '0411-89702120', '210283'),
  here('宁安市宁安镇社区卫生服务中心', '黑龙江省牡丹江市宁安市宁安镇东大街8号', '0453-7602120', '231084'),
  here('梅河口市新华街道社区卫生服务中心', '吉林省通化市梅河口市新华街道和平路22号', '0435-4202120', '220581'),
];

const CLINICS: readonly Here[] = [
  here('佛山市职业病防治院', '广东省佛山市禅城区城门头西路18号', '0757-82622120', '440604'),
  here('江门市职业病防治院', '广东省江门市蓬江区建设二路27号', '0750-3322120', '440703'),
  here('泉州市职业病防治院', '福建省泉州市鲤城区温陵南路58号', '0595-22522120', '350502'),
  here('宁波市职业病防治院', '浙江省宁波市海曙区西河街9号', '0574-87322120', '330203'),
  here('鞍山市职业病防治院', '辽宁省鞍山市铁东区园林路16号', '0412-5522120', '210302'),
  here('齐齐哈尔市职业病防治院', '黑龙江省齐齐哈尔市龙沙区卜奎大街78号', '0452-2422120', '230202'),
];

const hospitals = (xs: readonly Here[]): Hospital[] => xs.map((x) => x.hospital);
/** County and city general hospitals of Guangdong, Fujian and Zhejiang. */
export const SOUTH14: readonly Hospital[] = hospitals(SOUTH);
/** County and city general hospitals of Heilongjiang, Jilin and Liaoning. */
export const NORTHEAST14: readonly Hospital[] = hospitals(NORTHEAST);
/** 社区卫生服务中心 of those provinces. */
export const COMMUNITY14: readonly Hospital[] = hospitals(COMMUNITY);
/** City 职业病防治院 (their 门诊部 runs internal-medicine and chronic-disease clinics too). */
export const CLINIC14: readonly Hospital[] = hospitals(CLINICS);

/** The patient lives in the hospital's county: the ID's address code is that county's. */
export function local14(doc: Doc, rng: Rng): Doc {
  const h = [...SOUTH, ...NORTHEAST, ...COMMUNITY, ...CLINICS].find((x) => x.hospital.name === doc.hospital.name);
  if (!h) return doc;
  const p = doc.patient;
  return { ...doc, patient: { ...p, idNumber: idNumberIn(rng, p.birth, p.sex, [h.region]) } };
}

/** The province in the hospital's address (广东省, 黑龙江省). */
export const provinceOf = (h: Hospital): string => /^(.+?省)/u.exec(h.address)?.[1] ?? '';

/** The 健康档案编号 a community centre keeps: the county code, street, committee and a serial (17 digits, never an ID). */
export function recordOf(doc: Doc, rng: Rng): string {
  const region = doc.patient.idNumber.slice(0, 6);
  const n = (lo: number, hi: number, w: number): string => String(rng.int(lo, hi)).padStart(w, '0');
  return `${region}${n(1, 12, 3)}${n(1, 30, 3)}${n(1, 99999, 5)}`;
}

/** What each province calls the outpatient chronic-disease scheme on its forms. */
export function schemeOf(h: Hospital): string {
  const p = provinceOf(h);
  if (p === '广东省') return '门诊特定病种';
  if (p === '福建省') return '门诊特殊病种';
  if (p === '浙江省') return '规定病种';
  return p === '黑龙江省' ? '门诊慢性病' : '门诊慢特病';
}

const wide = (ch: string): boolean => /[^\x20-\x7e]/u.test(ch);

/**
 * Text at a fixed pitch, the way a LIS or an emergency system's report prints its columns: every character in a cell of
 * `pitch` px (a CJK character in two). Recorded as one cell. Returns its width.
 */
export function mono(s: Sheet, x: number, y: number, text: string, style: Style, pitch: number): number {
  let cx = x;
  for (const ch of text) {
    const cell = wide(ch) ? 2 * pitch : pitch;
    if (ch !== ' ') s.put(cx + cell / 2, y, ch, { ...style, align: 'center' }, false);
    cx += cell;
  }
  s.record(x, y, text, cx);
  return cx - x;
}

type Count = readonly [name: string, abbr: string, unit: string, lo: number, hi: number, digits: number];
const COUNT: readonly Count[] = [
  ['白细胞计数', 'WBC', '10^9/L', 3.5, 9.5, 2], ['中性粒细胞百分比', 'NEUT%', '%', 40, 75, 1], ['淋巴细胞百分比', 'LYMPH%', '%', 20, 50, 1],
  ['单核细胞百分比', 'MONO%', '%', 3, 10, 1], ['嗜酸性粒细胞百分比', 'EO%', '%', 0.4, 8, 1], ['嗜碱性粒细胞百分比', 'BASO%', '%', 0, 1, 1],
  ['中性粒细胞绝对值', 'NEUT#', '10^9/L', 1.8, 6.3, 2], ['淋巴细胞绝对值', 'LYMPH#', '10^9/L', 1.1, 3.2, 2],
  ['单核细胞绝对值', 'MONO#', '10^9/L', 0.1, 0.6, 2], ['嗜酸性粒细胞绝对值', 'EO#', '10^9/L', 0.02, 0.52, 2],
  ['嗜碱性粒细胞绝对值', 'BASO#', '10^9/L', 0, 0.06, 2], ['红细胞计数', 'RBC', '10^12/L', 3.8, 5.1, 2], ['血红蛋白', 'HGB', 'g/L', 115, 150, 0],
  ['红细胞压积', 'HCT', '%', 35, 45, 1], ['平均红细胞体积', 'MCV', 'fL', 82, 100, 1], ['平均红细胞血红蛋白量', 'MCH', 'pg', 27, 34, 1],
  ['平均红细胞血红蛋白浓度', 'MCHC', 'g/L', 316, 354, 0], ['红细胞分布宽度CV', 'RDW-CV', '%', 11.5, 14.5, 1],
  ['红细胞分布宽度SD', 'RDW-SD', 'fL', 37, 54, 1], ['血小板计数', 'PLT', '10^9/L', 125, 350, 0], ['平均血小板体积', 'MPV', 'fL', 7.4, 12.5, 1],
  ['血小板分布宽度', 'PDW', 'fL', 9, 17, 1], ['血小板压积', 'PCT', '%', 0.11, 0.28, 2], ['大型血小板比率', 'P-LCR', '%', 13, 43, 1],
];

/** Men's ranges for the red cells (the women's are the table's). */
const MALE: Record<string, readonly [number, number]> = { RBC: [4.3, 5.8], HGB: [130, 175], HCT: [40, 50] };

/** Which way the disease pushes the measured counts (a leukaemia's blasts, a dialysis patient's anaemia, chemotherapy's low whites). */
const LEAN: Partial<Record<DiseaseKey, Record<string, 'high' | 'low'>>> = {
  LEUKEMIA: { WBC: 'high', 'LYMPH%': 'high', RBC: 'low', PLT: 'low' },
  URAEMIA_DIALYSIS: { RBC: 'low', 'RDW-CV': 'high' },
  MALIGNANT_TUMOR_OUTPATIENT: { WBC: 'low', RBC: 'low', PLT: 'low' },
  HEMOPHILIA: { RBC: 'low', MCV: 'low', MCHC: 'low' },
  SEVERE_MENTAL_DISORDER: { WBC: 'low', 'LYMPH%': 'high' },
};

/** Counts that follow from the others, in the order they are worked out (the differential's absolutes, MCH, HGB, HCT, PCT). */
const DERIVED: Record<string, (v: Record<string, number>) => number> = {
  'NEUT%': (v) => 100 - (v['LYMPH%'] ?? 0) - (v['MONO%'] ?? 0) - (v['EO%'] ?? 0) - (v['BASO%'] ?? 0),
  'NEUT#': (v) => ((v.WBC ?? 0) * (v['NEUT%'] ?? 0)) / 100, 'LYMPH#': (v) => ((v.WBC ?? 0) * (v['LYMPH%'] ?? 0)) / 100,
  'MONO#': (v) => ((v.WBC ?? 0) * (v['MONO%'] ?? 0)) / 100, 'EO#': (v) => ((v.WBC ?? 0) * (v['EO%'] ?? 0)) / 100,
  'BASO#': (v) => ((v.WBC ?? 0) * (v['BASO%'] ?? 0)) / 100, MCH: (v) => ((v.MCV ?? 0) * (v.MCHC ?? 0)) / 1000,
  HGB: (v) => (v.RBC ?? 0) * (v.MCH ?? 0), HCT: (v) => ((v.RBC ?? 0) * (v.MCV ?? 0)) / 10,
  PCT: (v) => ((v.PLT ?? 0) * (v.MPV ?? 0)) / 10000,
};

/** The 24 counts of a five-part analyser (Mindray / Sysmex) for the patient, consistent with one another, ↑ / ↓ against the sex's range. */
export function bloodCount(rng: Rng, key: DiseaseKey, sex: '男' | '女'): LabRow[] {
  const lean = LEAN[key] ?? {};
  const range = (abbr: string, lo: number, hi: number): readonly [number, number] => (sex === '男' ? MALE[abbr] ?? [lo, hi] : [lo, hi]);
  const v: Record<string, number> = {};
  // The measured counts first (the percentages of the minor cells kept small), then the computed ones.
  for (const [, abbr, , lo0, hi0] of COUNT) {
    if (DERIVED[abbr]) continue;
    const [lo, hi] = range(abbr, lo0, hi0);
    const span = hi - lo || 1;
    let x = lo + span * rng.range(0.12, /^(MONO|EO|BASO)%$/u.test(abbr) ? 0.5 : 0.88);
    if (lean[abbr] === 'high' && rng.chance(0.8)) x = hi + span * rng.range(0.1, abbr === 'WBC' ? 4 : 0.6);
    if (lean[abbr] === 'low' && rng.chance(0.8)) x = lo * (/^MC/u.test(abbr) ? rng.range(0.75, 0.93) : rng.range(0.45, 0.9));
    v[abbr] = x;
  }
  for (const [abbr, f] of Object.entries(DERIVED)) v[abbr] = Math.max(f(v), 0);
  return COUNT.map(([name, abbr, unit, lo0, hi0, digits]) => {
    const [lo, hi] = range(abbr, lo0, hi0);
    const value = (v[abbr] ?? 0).toFixed(digits);
    const flag = Number(value) > hi ? '↑' : Number(value) < lo ? '↓' : '';
    return { name, abbr, value, flag, unit, range: `${lo.toFixed(digits)}--${hi.toFixed(digits)}` };
  });
}
