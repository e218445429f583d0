import type { Doc } from '../case';
import { parts } from '../dates';
import type { Hospital } from '../hospitals';
import { idNumberIn, personName, type Sex } from '../people';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';

/**
 * Shared pieces of the second set of BLIND layouts (split 'blind'). Like blind-kit.ts: these
 * layouts measure the extractor on paper nobody tuning it has seen or heard described, so do not
 * read the blind2-*.ts files, nor look at their pages, while working on the extractor.
 */

type Placed = Hospital & { readonly region: string };

const h = (name: string, address: string, phone: string, region: string): Placed => ({ name, address, phone, region });

export const CHILDREN: readonly Placed[] = [
  h('济南市儿童医院', '济南市槐荫区经十路23976号', '0531-87971120', '370104'),
  h('青岛市妇女儿童医院', '青岛市市北区辽阳西路217号', '0532-68661120', '370203'),
  h('临沂市妇女儿童医院', '临沂市兰山区解放路东段1号', '0539-8115120', '371302'),
  h('潍坊市妇幼保健院', '潍坊市奎文区健康东街407号', '0536-8089120', '370705'),
  h('菏泽市妇幼保健院', '菏泽市牡丹区人民路1166号', '0530-5627120', '371702'),
  h('河南省儿童医院', '郑州市二七区康复前街33号', '0371-85515120', '410103'),
  h('河北省儿童医院', '石家庄市裕华区建华南大街133号', '0311-85911120', '130108'),
];

export const COMMUNITY: readonly Placed[] = [
  h('济南市历下区姚家街道社区卫生服务中心', '济南市历下区姚家东路15号', '0531-88571120', '370102'),
  h('淄博市张店区马尚街道社区卫生服务中心', '淄博市张店区共青团东路198号', '0533-2151120', '370303'),
  h('潍坊市奎文区廿里堡街道社区卫生服务中心', '潍坊市奎文区鸢飞路1266号', '0536-8361120', '370705'),
  h('聊城市东昌府区古楼街道社区卫生服务中心', '聊城市东昌府区楼西大街96号', '0635-8213120', '371502'),
  h('东平县州城街道卫生院', '东平县州城街道驻地', '0538-2861120', '370923'),
  h('阳信县河流镇中心卫生院', '阳信县河流镇驻地', '0543-8561120', '371622'),
  h('巨野县龙堌镇中心卫生院', '巨野县龙堌镇驻地', '0530-8661120', '371724'),
  h('冠县辛集镇卫生院', '冠县辛集镇驻地', '0635-5681120', '371525'),
];

export const TCM_SMALL: readonly Placed[] = [
  h('平阴县中医医院', '平阴县榆山街道翠屏街58号', '0531-87871120', '370124'),
  h('莒县中医医院', '莒县城阳街道振兴东路69号', '0633-6821120', '371122'),
  h('嘉祥县中医院', '嘉祥县呈祥路12号', '0537-6851120', '370829'),
  h('高青县中医院', '高青县田镇街道青城路16号', '0533-6961120', '370322'),
];

/** The area code a hospital of these lists (or blind-kit's) carries. */
const regionOf = (x: Hospital): string | undefined => (x as Partial<Placed>).region;

/** The patient re-issued an ID number from the hospital's own county (a few live elsewhere in the province). */
export function resident(doc: Doc, rng: Rng): Doc {
  const elsewhere = ['370102', '370211', '371502', '370705', '371302', '370883'];
  const region = rng.chance(0.85) ? (regionOf(doc.hospital) ?? rng.pick(elsewhere)) : rng.pick(elsewhere);
  const p = doc.patient;
  return { ...doc, patient: { ...p, idNumber: idNumberIn(rng, p.birth, p.sex, [region]) } };
}

/** Drops what a woman cannot have (the shared comorbidity list names 前列腺增生). */
export function plausible(doc: Doc): Doc {
  if (doc.patient.sex === '男') return doc;
  const keep = (d: { readonly text: string }): boolean => !d.text.includes('前列腺');
  return { ...doc, dx: { ...doc.dx, western: doc.dx.western.filter(keep), admission: doc.dx.admission.filter(keep) } };
}

/** A history's denials never deny a disease the page diagnoses (否认肝炎 beside 慢性乙型病毒性肝炎). */
export function denying(doc: Doc, history: string): string {
  return doc.dx.western.some((d) => d.text.includes('肝炎')) ? history.replace(/肝炎、|、肝炎/gu, '') : history;
}

const COMPOUND = /^(欧阳|司马|上官|诸葛|东方|皇甫|公孙|慕容|令狐|夏侯)/u;
export const surnameOf = (name: string): string => COMPOUND.exec(name)?.[1] ?? [...name][0] ?? '';

/** A relative who shares the patient's surname (a father, a son), never the patient. */
export function kin(rng: Rng, doc: Doc, sex: Sex, not: readonly string[] = []): string {
  const sur = surnameOf(doc.patient.name);
  for (;;) {
    const given = personName(rng, sex, 0).slice(1);
    const name = sur + given;
    if (name !== doc.patient.name && !not.includes(name) && [...name].length <= 4) return name;
  }
}

export const weekday = (iso: string): string => {
  const [y, m, d] = parts(iso);
  return `星期${'日一二三四五六'[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? ''}`;
};

/** 2025-3-4 (no zero padding). */
export const bare = (iso: string): string => parts(iso).join('-');

/** The paper is not white. */
export function paper(s: Sheet, color: string): void {
  s.g.fillStyle = color;
  s.g.fillRect(0, 0, s.width, s.height);
}

/** A mobile number with its middle four digits masked, as online services print it. */
export const maskedMobile = (rng: Rng): string => `1${rng.pick(['35', '37', '39', '56', '59', '86', '88'])}****${String(rng.int(0, 9999)).padStart(4, '0')}`;

/** Draws one cell at (x, y) and returns its width. */
export type Piece = (x: number, y: number) => number;

/** Pieces drawn left to right along one baseline with `gap` px between them. Returns the right edge. */
export function along(x: number, y: number, pieces: readonly Piece[], gap: number): number {
  let cx = x;
  for (const p of pieces) cx += p(cx, y) + gap;
  return cx - gap;
}

/** A label, then the value typed on an underline at least `minW` px long; recorded as one cell. */
export const underlined = (s: Sheet, label: string, value: string, minW: number, lab: Style, val: Style): Piece => (x, y) => {
  const lw = label === '' ? 0 : s.put(x, y, label, lab, false) + 6;
  const vw = s.measure(value, val);
  const lineW = Math.max(minW, vw + 28);
  s.line(x + lw, y + 9, x + lw + lineW, y + 9, 1.1, '#444');
  s.put(x + lw + 14, y, value, val, false);
  s.record(x, y, label + value, x + lw + lineW);
  return lw + lineW;
};

/** Plain text as a piece. */
export const words = (s: Sheet, text: string, style: Style): Piece => (x, y) => s.put(x, y, text, style);
