import type { Doc } from '../case';
import type { Hospital } from '../hospitals';
import { idNumberIn } from '../people';
import type { Rng } from '../rng';

/**
 * Pieces the blind21 layouts share: hospitals far from Shandong (Yunnan, Zhejiang, Shaanxi, Guizhou, Xinjiang,
 * Heilongjiang, Fujian, Inner Mongolia) and a patient whose 身份证号 is registered where the hospital stands.
 */

type Far = Hospital & { readonly region: string };

const h = (name: string, address: string, phone: string, region: string): Far => ({ name, address, phone, region });

export const FAR21: readonly Far[] = [
  h('曲靖市第一人民医院', '云南省曲靖市麒麟区袁家山路1号', '0874-3121120', '530302'),
  h('诸暨市人民医院', '浙江省诸暨市暨阳街道健民路9号', '0575-87022120', '330681'),
  h('榆林市第二医院', '陕西省榆林市榆阳区文化南路55号', '0912-3518120', '610802'),
  h('遵义市播州区人民医院', '贵州省遵义市播州区南白街道桂花路', '0851-27222120', '520304'),
  h('伊宁市人民医院', '新疆伊犁州伊宁市斯大林街88号', '0999-8122120', '654002'),
  h('牡丹江市第二人民医院', '黑龙江省牡丹江市东安区太平路15号', '0453-6922120', '231002'),
  h('南平市第一医院', '福建省南平市延平区中山路317号', '0599-8822120', '350702'),
  h('赤峰市松山区医院', '内蒙古赤峰市松山区临潢大街26号', '0476-8312120', '150404'),
];

/** The document at a far hospital: the patient's ID number registered in that hospital's district. */
export function farDoc(doc: Doc, rng: Rng): Doc {
  const far = FAR21.find((x) => x.name === doc.hospital.name);
  if (!far) return doc;
  const p = doc.patient;
  return { ...doc, patient: { ...p, idNumber: idNumberIn(rng, p.birth, p.sex, [far.region]) } };
}

/** A relative who signs or accompanies (家属): never the patient. */
export function relative(doc: Doc, rng: Rng): { name: string; relation: string } {
  const surname = [...doc.patient.name][0] ?? '王';
  const given = rng.pick(['建国', '丽娟', '海峰', '春梅', '志强', '秀兰', '晓东', '玉芬']);
  const name = surname + given === doc.patient.name ? `${surname}国庆` : surname + given;
  return { name, relation: rng.pick(['之子', '之女', '之孙']) };
}

