import type { Doc } from '../case';
import type { Hospital } from '../hospitals';
import { idNumberIn } from '../people';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';

/**
 * Pieces the blind19 layouts share: county and city hospitals of provinces far from Shandong (Yunnan, Guizhou, Jiangxi,
 * Shanxi, Inner Mongolia, Heilongjiang, Zhejiang, Fujian, Chongqing, Shaanxi) with their address codes, so the patient's
 * ID is a local one; and a 三线表 (a table ruled only above, below its head and at its foot).
 */

type Here = { readonly hospital: Hospital; readonly region: string };
const here = (name: string, address: string, phone: string, region: string): Here => ({ hospital: { name, address, phone }, region });

const PLACES: readonly Here[] = [
  here('弥勒市人民医院', '云南省红河州弥勒市髯翁南路122号', '0873-6122120', '532504'),
  here('仁怀市人民医院', '贵州省遵义市仁怀市中华北路27号', '0851-22222120', '520382'),
  here('于都县人民医院', '江西省赣州市于都县贡江镇长征大道西路8号', '0797-6222120', '360731'),
  here('洪洞县人民医院', '山西省临汾市洪洞县大槐树镇莲花路61号', '0357-6222120', '141024'),
  here('扎兰屯市人民医院', '内蒙古自治区呼伦贝尔市扎兰屯市布特哈大街17号', '0470-3222120', '150783'),
  here('肇东市人民医院', '黑龙江省绥化市肇东市正阳四道街93号', '0455-7792120', '231282'),
  here('诸暨市人民医院', '浙江省绍兴市诸暨市暨阳街道浣江路9号', '0575-87022120', '330681'),
  here('安溪县医院', '福建省泉州市安溪县凤城镇河滨北路356号', '0595-23222120', '350524'),
  here('重庆市开州区人民医院', '重庆市开州区汉丰街道安康路8号', '023-52222120', '500154'),
  here('榆林市第二医院', '陕西省榆林市榆阳区文化北路2号', '0912-3222120', '610802'),
  here('于都县中医院', '江西省赣州市于都县贡江镇红军大道12号', '0797-6262120', '360731'),
  here('诸暨市中医医院', '浙江省绍兴市诸暨市暨阳街道东二路126号', '0575-87262120', '330681'),
];

/** The general hospitals (no 中医院). */
export const FAR19: readonly Hospital[] = PLACES.filter((x) => !x.hospital.name.includes('中医')).map((x) => x.hospital);
/** All of them, the two county TCM hospitals too. */
export const ALL19: readonly Hospital[] = PLACES.map((x) => x.hospital);

/** The patient lives in the hospital's county: the ID's address code is that county's. */
export function local19(doc: Doc, rng: Rng): Doc {
  const h = PLACES.find((x) => x.hospital.name === doc.hospital.name);
  if (!h) return doc;
  const p = doc.patient;
  return { ...doc, patient: { ...p, idNumber: idNumberIn(rng, p.birth, p.sex, [h.region]) } };
}

/** A mobile number (digits that are neither an ID nor a date). */
export const mobile = (rng: Rng): string => `1${rng.pick(['3', '5', '8', '9'])}${String(rng.int(0, 999_999_999)).padStart(9, '0')}`;

/** One column of a 三线表: its head, width (px) and alignment. */
export type Col = { readonly head: string; readonly w: number; readonly center?: boolean };

/**
 * A 三线表: a heavy rule, the heads, a thin rule, the rows `lh` apart, a heavy rule. No vertical lines. Returns the
 * y under the last rule.
 */
export function threeLine(s: Sheet, x: number, y: number, cols: readonly Col[], rows: readonly (readonly string[])[], head: Style,
  body: Style, lh: number): number {
  const w = cols.reduce((a, c) => a + c.w, 0);
  s.line(x, y, x + w, y, 3);
  const cells = (cy: number, texts: readonly string[], st: Style): void => {
    let cx = x;
    cols.forEach((c, i) => {
      const t = texts[i] ?? '';
      if (c.center) s.put(cx + c.w / 2, cy, t, { ...st, align: 'center' });
      else s.put(cx + 8, cy, t, st);
      cx += c.w;
    });
  };
  cells(y + lh * 0.72, cols.map((c) => c.head), head);
  s.line(x, y + lh, x + w, y + lh, 1.4);
  rows.forEach((r, i) => cells(y + lh * (1.72 + i), r, body));
  const bottom = y + lh * (1.25 + rows.length);
  s.line(x, bottom, x + w, bottom, 3);
  return bottom;
}
