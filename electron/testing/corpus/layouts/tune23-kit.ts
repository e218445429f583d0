import type { Doc } from '../case';
import { addDays } from '../dates';
import type { Hospital } from '../hospitals';
import { idNumberIn, personName, type Sex } from '../people';
import type { Rng } from '../rng';

/**
 * Pieces the tune23 layouts share: specialty hospitals of Henan, Hebei and Shandong the corpus did not have — 肿瘤医院,
 * 精神卫生中心, 血液透析中心, 心血管病医院, hospitals with a 器官移植科, 传染病医院 and 中医院 — each with its county's or city's address
 * code (the patient's ID is a local one), the earlier short chemotherapy stays of a 肿瘤医院 patient, and a psychiatric
 * patient's 监护人 with an ID of their own.
 */

type Here = { readonly hospital: Hospital; readonly region: string };
const here = (name: string, address: string, phone: string, region: string, extra: Partial<Hospital> = {}): Here =>
  ({ hospital: { name, address, phone, ...extra }, region });

const TUMOUR: readonly Here[] = [
  here('安阳市肿瘤医院', '河南省安阳市北关区红旗路1号', '0372-3555120', '410503', { only: ['MALIGNANT_TUMOR_OUTPATIENT'] }),
  here('邢台市肿瘤医院', '河北省邢台市襄都区团结东大街86号', '0319-2022120', '130502', { only: ['MALIGNANT_TUMOR_OUTPATIENT'] }),
  here('临沂市肿瘤医院', '山东省临沂市兰山区金雀山路6号', '0539-8222120', '371302', { only: ['MALIGNANT_TUMOR_OUTPATIENT'] }),
];
const MENTAL: readonly Here[] = [
  here('新乡市第二人民医院', '河南省新乡市牧野区健康路1号', '0373-3022120', '410711',
    { only: ['SEVERE_MENTAL_DISORDER'], en: '新乡市精神卫生中心' }),
  here('沧州市第六人民医院', '河北省沧州市运河区北京路南侧', '0317-2162120', '130903',
    { only: ['SEVERE_MENTAL_DISORDER'], en: '沧州市精神卫生中心' }),
  here('潍坊市精神卫生中心', '山东省潍坊市奎文区东风东街7号', '0536-8222120', '370705', { only: ['SEVERE_MENTAL_DISORDER'] }),
];
const DIALYSIS: readonly Here[] = [
  here('滑县人民医院血液透析中心', '河南省安阳市滑县道口镇文明路26号', '0372-8122120', '410526', { only: ['URAEMIA_DIALYSIS'] }),
  here('武邑县医院血液净化中心', '河北省衡水市武邑县育才街9号', '0318-5722120', '131122', { only: ['URAEMIA_DIALYSIS'] }),
  here('郯城县人民医院血液透析中心', '山东省临沂市郯城县人民路12号', '0539-6222120', '371322', { only: ['URAEMIA_DIALYSIS'] }),
];
const HEART: readonly Here[] = [
  here('河南省胸科医院', '河南省郑州市金水区纬五路1号', '0371-65662120', '410105',
    { only: ['POST_ARTERIAL_STENT_ANTICOAGULATION', 'CORONARY_HEART_DISEASE'] }),
  here('唐山市心血管病医院', '河北省唐山市路北区建华东道17号', '0315-2822120', '130203',
    { only: ['POST_ARTERIAL_STENT_ANTICOAGULATION', 'CORONARY_HEART_DISEASE'] }),
  here('济宁市心血管病医院', '山东省济宁市任城区共青团路35号', '0537-2322120', '370811',
    { only: ['POST_ARTERIAL_STENT_ANTICOAGULATION', 'CORONARY_HEART_DISEASE'] }),
];

const GRAFT: readonly Here[] = [
  here('郑州市第七人民医院', '河南省郑州市管城回族区京广南路17号', '0371-68922120', '410104', { only: ['TRANSPLANT_ANTI_REJECTION'] }),
  here('河北省人民医院', '河北省石家庄市新华区和平西路348号', '0311-85988120', '130105', { only: ['TRANSPLANT_ANTI_REJECTION'] }),
  here('山东省千佛山医院', '山东省济南市历下区经十路16766号', '0531-89269120', '370102', { only: ['TRANSPLANT_ANTI_REJECTION'] }),
];
const CHEST: readonly Here[] = [
  here('新乡市传染病医院', '河南省新乡市红旗区平原路东段116号', '0373-2022120', '410702'),
  here('石家庄市第五医院', '河北省石家庄市长安区谈固东街42号', '0311-85022120', '130102'),
  here('聊城市传染病医院', '山东省聊城市东昌府区兴华东路1号', '0635-8272120', '371502'),
];

const CHINESE: readonly Here[] = [
  here('滑县中医院', '河南省安阳市滑县道口镇健康路9号', '0372-8132120', '410526'),
  here('武邑县中医院', '河北省衡水市武邑县长安路36号', '0318-5762120', '131122'),
  here('郯城县中医医院', '山东省临沂市郯城县郯东路55号', '0539-6232120', '371322'),
];

const hospitals = (xs: readonly Here[]): readonly Hospital[] => xs.map((x) => x.hospital);
export const TUMOUR23 = hospitals(TUMOUR);
export const MENTAL23 = hospitals(MENTAL);
export const DIALYSIS23 = hospitals(DIALYSIS);
export const HEART23 = hospitals(HEART);
/** Provincial / city hospitals with a 器官移植科 that follows its transplant patients. */
export const GRAFT23 = hospitals(GRAFT);
/** City 传染病医院 / 结核病 hospitals (any disease: a tuberculosis patient has the catalogue's chronic diseases too). */
export const CHEST23 = hospitals(CHEST);
/** County 中医院 of the same counties as the dialysis centres. */
export const TCM23 = hospitals(CHINESE);
const ALL = [...TUMOUR, ...MENTAL, ...DIALYSIS, ...HEART, ...GRAFT, ...CHEST, ...CHINESE];

/** The patient lives where the hospital stands: the ID's address code is its county's or city district's. */
export function local23(doc: Doc, rng: Rng): Doc {
  const h = ALL.find((x) => x.hospital.name === doc.hospital.name);
  if (!h) return doc;
  const p = doc.patient;
  return { ...doc, patient: { ...p, idNumber: idNumberIn(rng, p.birth, p.sex, [h.region]) } };
}

/** One earlier 化疗 stay: its cycle number and dates (ISO). */
export type Cycle = { readonly n: number; readonly from: string; readonly to: string; readonly regimen: string };

/**
 * The chemotherapy stays of this course, this stay the last: every 21 days (now and then 28) a stay of 2–5 days, the
 * regimen the same each time. This stay is `doc.dates.admission`–`doc.dates.discharge`.
 */
export function cycles(doc: Doc, rng: Rng, regimen: string): Cycle[] {
  const n = rng.int(3, 6);
  const out: Cycle[] = [{ n, from: doc.dates.admission, to: doc.dates.discharge, regimen }];
  let from = doc.dates.admission;
  for (let k = n - 1; k >= 1; k -= 1) {
    from = addDays(from, -rng.pick([21, 21, 22, 28]));
    out.unshift({ n: k, from, to: addDays(from, rng.int(2, 5)), regimen });
  }
  return out;
}

/** A chemotherapy regimen for the tumour the diagnosis names. */
export function regimenOf(dx: string, rng: Rng): string {
  if (/肺/u.test(dx)) return rng.pick(['培美曲塞+卡铂', '紫杉醇+顺铂', '多西他赛+顺铂']);
  if (/乳/u.test(dx)) return rng.pick(['EC方案', 'TC方案', 'TH方案']);
  if (/胃|结肠|直肠|食管/u.test(dx)) return rng.pick(['XELOX方案', 'FOLFOX方案', 'SOX方案']);
  if (/淋巴瘤/u.test(dx)) return 'R-CHOP方案';
  if (/骨髓瘤/u.test(dx)) return 'VRd方案';
  return rng.pick(['GP方案', 'TP方案']);
}

export type Guardian23 = { readonly name: string; readonly relation: string; readonly id: string; readonly phone: string };

/** A psychiatric patient's 监护人 (spouse, parent, sibling or grown child), registered in the same county, never the patient. */
export function guardian23(doc: Doc, rng: Rng): Guardian23 {
  const p = doc.patient;
  const relation = p.age < 40 ? rng.pick(['父亲', '母亲', '哥哥', '姐姐']) : rng.pick(['配偶', '儿子', '女儿', '弟弟']);
  const sex: Sex = /父|哥|儿子|弟/u.test(relation) ? '男' : /母|姐|女儿/u.test(relation) ? '女' : p.sex === '男' ? '女' : '男';
  const years = /父|母/u.test(relation) ? rng.range(22, 34) : /儿|女儿/u.test(relation) ? -rng.range(22, 30) : rng.range(-6, 6);
  const birth = addDays(p.birth, -Math.round(years * 365.25));
  const surname = [...p.name][0] ?? '';
  let name = personName(rng, sex, 0);
  if (/父|哥|弟|儿子/u.test(relation)) name = surname + [...name].slice(1).join('');
  if (name === p.name || Object.values(doc.doctors).includes(name)) name = `${surname}${sex === '女' ? '桂兰' : '振海'}`;
  const phone = `1${rng.pick(['35', '38', '52', '58', '87'])}${String(rng.int(0, 99999999)).padStart(8, '0')}`;
  return { name, relation, id: idNumberIn(rng, birth, sex, [p.idNumber.slice(0, 6)]), phone };
}

/** A 心血管病医院 implants coronary stents: a valve or leg-artery stent is written as a coronary one. */
export function coronary(doc: Doc, rng: Rng): Doc {
  const text = (t: string): string => (/冠状动脉|PCI/u.test(t) ? t : rng.pick(['冠状动脉支架植入术后', 'PCI术后', '冠状动脉支架置入术后']));
  const western = doc.dx.western.map((d) => (d.key === 'POST_ARTERIAL_STENT_ANTICOAGULATION' ? { ...d, text: text(d.text) } : d));
  return { ...doc, dx: { ...doc.dx, western } };
}
