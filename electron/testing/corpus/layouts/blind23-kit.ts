import type { Doc } from '../case';
import type { Hospital } from '../hospitals';
import { idNumberIn, personName } from '../people';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';

/**
 * Pieces the blind23 layouts share: county and county-level-city hospitals of Fujian, Zhejiang, Yunnan, Guizhou, Shaanxi,
 * Jiangxi, Chongqing and Shanxi, each with its county's address code (so the patient's ID is a local one); a relative who
 * comes along (a second name on the page); a label over a ruled value line.
 */

type Here = { readonly hospital: Hospital; readonly region: string };
const here = (name: string, address: string, phone: string, region: string): Here => ({ hospital: { name, address, phone }, region });

const PLACES: readonly Here[] = [
  here('南安市医院', '福建省泉州市南安市溪美街道成功街118号', '0595-86382120', '350583'),
  here('安溪县医院', '福建省泉州市安溪县凤城镇河滨北路9号', '0595-23222120', '350524'),
  here('诸暨市人民医院', '浙江省绍兴市诸暨市暨阳街道大桥路9号', '0575-87022120', '330681'),
  here('苍南县人民医院', '浙江省温州市苍南县灵溪镇玉苍路2288号', '0577-64722120', '330327'),
  here('宣威市人民医院', '云南省曲靖市宣威市宛水街道建设路66号', '0874-7122120', '530381'),
  here('弥勒市人民医院', '云南省红河州弥勒市髯翁西路18号', '0873-6122120', '532504'),
  here('湄潭县人民医院', '贵州省遵义市湄潭县湄江街道象山路1号', '0851-24222120', '520328'),
  here('威宁彝族回族苗族自治县人民医院', '贵州省毕节市威宁县草海镇建设东路5号', '0857-6222120', '520526'),
  here('蒲城县医院', '陕西省渭南市蒲城县城关镇正大街88号', '0913-7222120', '610526'),
  here('城固县医院', '陕西省汉中市城固县博望街道东大街26号', '0916-7222120', '610722'),
  here('于都县人民医院', '江西省赣州市于都县贡江镇长征大道9号', '0797-6222120', '360731'),
  here('鄱阳县人民医院', '江西省上饶市鄱阳县鄱阳镇芝山路38号', '0793-6222120', '361128'),
  here('重庆市开州区人民医院', '重庆市开州区汉丰街道安康路8号', '023-52222120', '500154'),
  here('垫江县人民医院', '重庆市垫江县桂溪街道南阳路38号', '023-74622120', '500231'),
  here('洪洞县人民医院', '山西省临汾市洪洞县大槐树镇莲花路6号', '0357-6222120', '141024'),
  here('永济市人民医院', '山西省运城市永济市城西街道舜都大道88号', '0359-8022120', '140881'),
];

export const PLACES23: readonly Hospital[] = PLACES.map((x) => x.hospital);

/** Those of the southern provinces (Fujian, Zhejiang, Yunnan, Guizhou, Jiangxi, Chongqing). */
export const SOUTH23: readonly Hospital[] = PLACES23.filter((x) => !/^(陕西|山西)/u.test(x.address));

/** Those of the northern provinces (Shaanxi, Shanxi) and Chongqing. */
export const NORTH23: readonly Hospital[] = PLACES23.filter((x) => /^(陕西|山西|重庆)/u.test(x.address));

/** The province (or municipality) the hospital's address names. */
export const province23 = (h: Hospital): string => /^(福建|浙江|云南|贵州|陕西|江西|重庆|山西)/u.exec(h.address)?.[1] ?? '';

/** The document with the patient's ID drawn from the hospital's own county. */
export function native23(doc: Doc, rng: Rng): Doc {
  const region = PLACES.find((x) => x.hospital.name === doc.hospital.name)?.region;
  if (!region) return doc;
  const p = doc.patient;
  return { ...doc, patient: { ...p, idNumber: idNumberIn(rng, p.birth, p.sex, [region]) } };
}

/** A relative who comes along (联系人 / 陪诊人): a name that is not the patient's or a doctor's, and the relation. */
export function companion23(doc: Doc, rng: Rng): { name: string; relation: string } {
  const taken = [doc.patient.name, ...Object.values(doc.doctors)];
  const surname = [...doc.patient.name][0] ?? '王';
  for (;;) {
    const relation = rng.pick(doc.patient.age < 18 ? ['父亲', '母亲'] : ['配偶', '儿子', '女儿', '儿媳', '女婿']);
    const female = ['母亲', '女儿', '儿媳'].includes(relation) || (relation === '配偶' && doc.patient.sex === '男');
    let name = personName(rng, female ? '女' : '男', 0);
    if (['父亲', '儿子'].includes(relation)) name = surname + [...name].slice(1).join('');
    if (!taken.includes(name)) return { name, relation };
  }
}

/** `label` then its value over a thin rule `w` px wide (the value recorded with its label as one cell). Returns the right edge. */
export function ruled23(s: Sheet, x: number, y: number, label: string, value: string, w: number, lab: Style, val: Style): number {
  const lw = s.measure(label, lab);
  s.pair(x, y, label, value, lab, val);
  s.line(x + lw, y + 8, x + w - 14, y + 8, 1, '#777');
  return x + w;
}
