import type { Doc } from '../case';
import type { Hospital } from '../hospitals';
import { idNumberIn } from '../people';
import type { Rng } from '../rng';

/**
 * Pieces the blind17 layouts share: hospitals of provinces far from Shandong, each with the address codes of its
 * patients, and a document moved to such a hospital (its patient's 身份证号 registered there).
 */

export type Far = Hospital & { readonly regions: readonly string[] };

const f = (name: string, address: string, phone: string, regions: readonly string[]): Far => ({ name, address, phone, regions });

export const SOUTH_EAST: readonly Far[] = [
  f('龙岩市第一医院', '福建省龙岩市新罗区九一北路105号', '0597-2293120', ['350802', '350821', '350881']),
  f('梅州市人民医院', '广东省梅州市梅江区黄塘路63号', '0753-2202120', ['441402', '441403', '441424']),
  f('赣州市立医院', '江西省赣州市章贡区红旗大道49号', '0797-8220120', ['360702', '360703', '360721']),
  f('泉州市第一医院', '福建省泉州市鲤城区东街250号', '0595-22277120', ['350502', '350503', '350582']),
];

export const SOUTH_WEST: readonly Far[] = [
  f('曲靖市第一人民医院', '云南省曲靖市麒麟区袁家巷1号', '0874-3120120', ['530302', '530322', '530381']),
  f('遵义市第一人民医院', '贵州省遵义市汇川区凤凰路98号', '0851-28922120', ['520302', '520303', '520382']),
  f('喀什地区第一人民医院', '新疆维吾尔自治区喀什市迎宾大道120号', '0998-2960120', ['653101', '653121', '653125']),
  f('南充市中心医院', '四川省南充市顺庆区人民南路97号', '0817-2258120', ['511302', '511303', '511381']),
];

export const CENTRAL: readonly Far[] = [
  f('常德市第一人民医院', '湖南省常德市武陵区人民路818号', '0736-7788120', ['430702', '430703', '430725']),
  f('柳州市工人医院', '广西壮族自治区柳州市柳南区解放南路156号', '0772-3820120', ['450202', '450204', '450222']),
  f('宜昌市中心人民医院', '湖北省宜昌市西陵区夷陵大道183号', '0717-6486120', ['420502', '420503', '420581']),
];

export const NORTH: readonly Far[] = [
  f('齐齐哈尔市第一医院', '黑龙江省齐齐哈尔市龙沙区卜奎北大街30号', '0452-2425120', ['230202', '230203', '230221']),
  f('天水市第一人民医院', '甘肃省天水市秦州区建设路105号', '0938-8211120', ['620502', '620503', '620521']),
  f('包头市中心医院', '内蒙古自治区包头市东河区环城路61号', '0472-6955120', ['150202', '150203', '150221']),
  f('榆林市第一医院', '陕西省榆林市绥德县上马号1号', '0912-5671120', ['610802', '610826', '610881']),
];

/** The document as its far hospital prints it: the patient registered in one of the hospital's counties. */
export function rehome(doc: Doc, rng: Rng): Doc {
  const regions = (doc.hospital as Partial<Far>).regions ?? ['110101'];
  return { ...doc, patient: { ...doc.patient, idNumber: idNumberIn(rng, doc.patient.birth, doc.patient.sex, regions) } };
}
