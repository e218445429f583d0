import type { Doc } from '../case';
import type { Hospital } from '../hospitals';
import { idNumberIn } from '../people';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';

/**
 * Pieces the blind24 layouts share: county and city hospitals of Shanxi, Shaanxi, Inner Mongolia, Ningxia, Qinghai,
 * Xinjiang and Hainan, each with its county's address code (the patient's ID is a local one), and a row of label：value
 * pairs spread over fixed column stops.
 */

type Here = { readonly hospital: Hospital; readonly region: string };
const here = (name: string, address: string, phone: string, region: string): Here => ({ hospital: { name, address, phone }, region });

const WEST: readonly Here[] = [
  here('平遥县人民医院', '山西省晋中市平遥县古陶镇顺城路66号', '0354-5622120', '140728'),
  here('原平市第一人民医院', '山西省忻州市原平市新原大街18号', '0350-8222120', '140981'),
  here('富平县医院', '陕西省渭南市富平县窦村镇中华路9号', '0913-8212120', '610528'),
  here('神木市医院', '陕西省榆林市神木市滨河新区东环路2号', '0912-8322120', '610881'),
  here('宁城县中心医院', '内蒙古自治区赤峰市宁城县天义镇铁东街1号', '0476-4222120', '150429'),
  here('开鲁县医院', '内蒙古自治区通辽市开鲁县开鲁镇新华路36号', '0475-6222120', '150523'),
  here('中宁县人民医院', '宁夏回族自治区中卫市中宁县宁安大街56号', '0955-5022120', '640521'),
  here('民和回族土族自治县人民医院', '青海省海东市民和县川垣大街108号', '0972-8522120', '630222'),
  here('奎屯市人民医院', '新疆维吾尔自治区奎屯市北京西路180号', '0992-3222120', '654003'),
  here('琼海市人民医院', '海南省琼海市嘉积镇爱华东路29号', '0898-62922120', '469002'),
  here('文昌市人民医院', '海南省文昌市文城镇文蔚路10号', '0898-63322120', '469005'),
];

const TCM: readonly Here[] = [
  here('神木市中医医院', '陕西省榆林市神木市麟州街18号', '0912-8382120', '610881'),
  here('平遥县中医医院', '山西省晋中市平遥县古陶镇康宁路5号', '0354-5682120', '140728'),
  here('中宁县中医医院', '宁夏回族自治区中卫市中宁县鸣沙路22号', '0955-5062120', '640521'),
];

/** The general hospitals of the blind24 regions. */
export const WEST24: readonly Hospital[] = WEST.map((x) => x.hospital);
/** Their county TCM hospitals. */
export const TCM24: readonly Hospital[] = TCM.map((x) => x.hospital);

/** The patient lives in the hospital's county: the ID's address code is that county's. */
export function local24(doc: Doc, rng: Rng): Doc {
  const h = [...WEST, ...TCM].find((x) => x.hospital.name === doc.hospital.name);
  if (!h) return doc;
  const p = doc.patient;
  return { ...doc, patient: { ...p, idNumber: idNumberIn(rng, p.birth, p.sex, [h.region]) } };
}

/** The province or region at the head of the address (陕西省, 内蒙古自治区). */
export const region24 = (h: Hospital): string => /^(.+?(?:省|自治区))/u.exec(h.address)?.[1] ?? '';

/**
 * One row of label：value pairs, each starting at its column stop (x positions), recorded as separate cells. A value too wide
 * for its column is cut at the next stop's edge by shrinking the face. Returns the next baseline.
 */
export function pairRow(s: Sheet, stops: readonly number[], right: number, y: number, pairs: readonly (readonly [string, string])[],
  lab: Style, val: Style, lineH: number): number {
  pairs.forEach(([l, v], i) => {
    const x = stops[i] ?? stops[stops.length - 1] ?? 0;
    const room = (stops[i + 1] ?? right) - x - 16;
    let pt = val.pt;
    while (pt > 8 && s.measure(l, lab) + s.measure(v, { ...val, pt }) > room) pt -= 0.5;
    s.pair(x, y, l, v, lab, { ...val, pt });
  });
  return y + lineH;
}
