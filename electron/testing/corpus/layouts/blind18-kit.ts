import type { Doc } from '../case';
import { addDays, formatDate } from '../dates';
import type { Hospital } from '../hospitals';
import { idNumberIn } from '../people';
import type { Rng } from '../rng';
import type { Sheet } from '../sheet';

/**
 * Pieces the blind18 layouts share: county and county-level city hospitals of Qinghai, Shaanxi, Shanxi, Anhui, Hunan and
 * Hubei (each with its county's address code, so the patient's ID is a local one), and an earlier stay the history names
 * with its own dates (never the stay of the page), and a colour fundus photograph for a screening room's report.
 */

type Here = { readonly hospital: Hospital; readonly region: string };
const here = (name: string, address: string, phone: string, region: string): Here => ({ hospital: { name, address, phone }, region });

const PLACES: readonly Here[] = [
  here('大通回族土族自治县人民医院', '青海省西宁市大通县桥头镇园林路10号', '0971-2722120', '630121'),
  here('互助土族自治县人民医院', '青海省海东市互助县威远镇南街28号', '0972-8322120', '630223'),
  here('城固县医院', '陕西省汉中市城固县博望街道东大街99号', '0916-7222120', '610722'),
  here('靖边县人民医院', '陕西省榆林市靖边县张家畔街道长城路6号', '0912-4622120', '610824'),
  here('洪洞县人民医院', '山西省临汾市洪洞县大槐树镇府西路11号', '0357-6222120', '141024'),
  here('平遥县人民医院', '山西省晋中市平遥县古陶镇顺城路32号', '0354-5622120', '140728'),
  here('桐城市人民医院', '安徽省安庆市桐城市龙眠街道盛唐路5号', '0556-6122120', '340881'),
  here('邵东市人民医院', '湖南省邵阳市邵东市宋家塘街道人民路80号', '0739-2622120', '430582'),
  here('天门市第一人民医院', '湖北省天门市竟陵街道东湖路1号', '0728-5222120', '429006'),
];

const CHINESE_MEDICINE: readonly Here[] = [
  here('城固县中医医院', '陕西省汉中市城固县莲花街道文化路3号', '0916-7262120', '610722'),
  here('洪洞县中医医院', '山西省临汾市洪洞县大槐树镇南环路26号', '0357-6262120', '141024'),
  here('桐城市中医医院', '安徽省安庆市桐城市文昌街道和平路17号', '0556-6162120', '340881'),
];

const ALL = [...PLACES, ...CHINESE_MEDICINE];
/** County and county-level city general hospitals of Qinghai, Shaanxi, Shanxi, Anhui, Hunan and Hubei. */
export const GENERAL_B18: readonly Hospital[] = PLACES.map((x) => x.hospital);
/** County 中医医院 of three of them. */
export const TCM_B18: readonly Hospital[] = CHINESE_MEDICINE.map((x) => x.hospital);

/** The patient lives in the hospital's county: the ID's address code is that county's. */
export function localB18(doc: Doc, rng: Rng): Doc {
  const h = ALL.find((x) => x.hospital.name === doc.hospital.name);
  if (!h) return doc;
  const p = doc.patient;
  return { ...doc, patient: { ...p, idNumber: idNumberIn(rng, p.birth, p.sex, [h.region]) } };
}

/** The county or county-level city, short: 大通县, 城固县, 桐城市 (from the address). */
export const countyB18 = (h: Hospital): string => /^.+?(?:省|自治区).+?市(.+?(?:县|市|区))/u.exec(h.address)?.[1] ?? '';

/**
 * An earlier stay the history names, one to three years before the page's: 曾于2023年5月12日至2023年5月20日因“…”在我院住院治疗
 * (dates that are never the page's stay).
 */
export function earlierStay(doc: Doc, rng: Rng, why: string): string {
  const from = addDays(doc.dates.admission, -rng.int(400, 1100));
  const to = addDays(from, rng.int(6, 12));
  return `曾于${formatDate(from, 'cnShort')}至${formatDate(to, 'cnShort')}因“${why}”在我院住院治疗`;
}

/**
 * A colour fundus photograph in its black frame: the orange-red retina, the pale optic disc (at the nasal side: right of centre for
 * a right eye), arcades of vessels from it, the darker macula, and with `lesions` red dots and yellow exudates. Not text.
 */
export function fundus(s: Sheet, cx: number, cy: number, r: number, rightEye: boolean, lesions: number, rng: Rng): void {
  const g = s.g;
  g.fillStyle = '#050505';
  g.fillRect(cx - r - 24, cy - r - 24, 2 * r + 48, 2 * r + 48);
  g.save();
  g.beginPath();
  g.arc(cx, cy, r, 0, Math.PI * 2);
  g.clip();
  const bg = g.createRadialGradient(cx, cy, r * 0.1, cx, cy, r);
  bg.addColorStop(0, '#d8662e');
  bg.addColorStop(0.75, '#b8431f');
  bg.addColorStop(1, '#5a1a0c');
  g.fillStyle = bg;
  g.fillRect(cx - r, cy - r, 2 * r, 2 * r);
  const [dx, dy] = [cx + (rightEye ? 1 : -1) * r * 0.38, cy + rng.range(-0.05, 0.05) * r];
  const mac = g.createRadialGradient(cx, cy, 0, cx, cy, r * 0.22);
  mac.addColorStop(0, 'rgba(90, 25, 10, 0.7)');
  mac.addColorStop(1, 'rgba(90, 25, 10, 0)');
  g.fillStyle = mac;
  g.fillRect(cx - r * 0.3, cy - r * 0.3, r * 0.6, r * 0.6);
  g.lineCap = 'round';
  for (const up of [-1, 1]) {
    for (const [width, color, spread] of [[7, '#7d1a10', 0.62], [5, '#a52a16', 0.5], [4, '#7d1a10', 0.3]] as const) {
      g.strokeStyle = color;
      g.lineWidth = width;
      g.beginPath();
      g.moveTo(dx, dy);
      const side = rightEye ? -1 : 1;
      g.bezierCurveTo(dx + side * r * 0.2, dy + up * r * spread, cx + side * r * 0.5, cy + up * r * (spread + 0.1),
        cx + side * r * 1.05, cy + up * r * rng.range(0.2, 0.5));
      g.stroke();
    }
  }
  const disc = g.createRadialGradient(dx, dy, 0, dx, dy, r * 0.12);
  disc.addColorStop(0, '#fff4c8');
  disc.addColorStop(0.7, '#f2c27a');
  disc.addColorStop(1, 'rgba(216, 102, 46, 0)');
  g.fillStyle = disc;
  g.fillRect(dx - r * 0.15, dy - r * 0.15, r * 0.3, r * 0.3);
  for (let i = 0; i < lesions; i += 1) {
    const [a, d] = [rng.range(0, Math.PI * 2), rng.range(0.1, 0.7) * r];
    g.fillStyle = i % 3 === 2 ? '#f4e08a' : '#5e0b06';
    g.beginPath();
    g.arc(cx + Math.cos(a) * d, cy + Math.sin(a) * d, rng.range(2.5, 6), 0, Math.PI * 2);
    g.fill();
  }
  g.restore();
}
