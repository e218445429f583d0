import type { Doc } from '../case';
import type { Hospital } from '../hospitals';
import { idNumberIn } from '../people';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';

/**
 * Pieces the tune18 layouts share: hospitals of Beijing, Tianjin, Hebei and Shandong the corpus did not have — 三甲 teaching
 * hospitals, district and county hospitals, township 卫生院 — each with its district's or county's address code (a Beijing or
 * Tianjin 三甲 also sees patients from Hebei), what each place calls the outpatient chronic-disease scheme, and a header row of
 * label–value pairs spread across the width the way an EMR strip runs.
 */

type Here = { readonly hospital: Hospital; readonly regions: readonly string[] };
const here = (name: string, address: string, phone: string, regions: readonly string[], en?: string): Here =>
  ({ hospital: { name, address, phone, ...(en ? { en } : {}) }, regions });

/** Hebei counties whose people travel to Beijing and Tianjin for a 三甲 (涿州, 三河, 香河, 固安, 霸州, 黄骅). */
const HEBEI_VISITORS = ['130681', '131082', '131024', '131022', '131081', '130983'];

const CITY: readonly Here[] = [
  here('首都医科大学附属北京朝阳医院', '北京市朝阳区工人体育场南路8号', '010-85231000', ['110105'], 'BEIJING CHAO-YANG HOSPITAL'),
  here('首都医科大学宣武医院', '北京市西城区长椿街45号', '010-83198899', ['110102'], 'XUANWU HOSPITAL CAPITAL MEDICAL UNIVERSITY'),
  here('北京医院', '北京市东城区东单大华路1号', '010-85132266', ['110101'], 'BEIJING HOSPITAL'),
  here('天津医科大学第二医院', '天津市河西区平江道23号', '022-88328617', ['120103']),
  here('天津市人民医院', '天津市红桥区芥园道190号', '022-27557000', ['120106']),
  here('天津市第三中心医院', '天津市河东区津塘路83号', '022-84112114', ['120102'], 'TIANJIN THIRD CENTRAL HOSPITAL'),
  here('沧州市中心医院', '河北省沧州市运河区新华西路16号', '0317-2075655', ['130903', '130921']),
  here('潍坊市人民医院', '山东省潍坊市奎文区广文街151号', '0536-8192114', ['370705', '370783'], "WEIFANG PEOPLE'S HOSPITAL"),
  here('临沂市人民医院', '山东省临沂市兰山区解放路27号', '0539-8078114', ['371302', '371323']),
];

const COUNTY: readonly Here[] = [
  here('北京市房山区良乡医院', '北京市房山区良乡镇拱辰大街45号', '010-69352500', ['110111']),
  here('北京市平谷区医院', '北京市平谷区新平北路59号', '010-69963000', ['110117']),
  here('北京市密云区医院', '北京市密云区阳光街383号', '010-69042214', ['110118']),
  here('天津市宝坻区人民医院', '天津市宝坻区广川路8号', '022-29241500', ['120115']),
  here('天津市武清区人民医院', '天津市武清区杨村街道光明道16号', '022-29341111', ['120114']),
  here('天津市蓟州区人民医院', '天津市蓟州区渔阳镇南环路18号', '022-29142345', ['120119']),
  here('沧县医院', '河北省沧州市沧县新华西路22号', '0317-5511120', ['130921']),
  here('定州市人民医院', '河北省定州市中山东路71号', '0312-2322120', ['130682']),
  here('迁安市人民医院', '河北省唐山市迁安市钢城大街88号', '0315-7622120', ['130283']),
  here('河间市人民医院', '河北省沧州市河间市瀛州路66号', '0317-3622120', ['130984']),
  here('辛集市第一医院', '河北省辛集市兴华路166号', '0311-83222120', ['130181']),
  here('寿光市人民医院', '山东省潍坊市寿光市圣城街1233号', '0536-5222120', ['370783']),
  here('滕州市中心人民医院', '山东省枣庄市滕州市北辛中路181号', '0632-5522120', ['370481']),
  here('莒县人民医院', '山东省日照市莒县振兴西路1号', '0633-6222120', ['371122']),
  here('平度市人民医院', '山东省青岛市平度市扬州路112号', '0532-88322120', ['370283']),
  here('沂水县人民医院', '山东省临沂市沂水县健康路17号', '0539-2222120', ['371323']),
];

const TOWNS: readonly Here[] = [
  here('沧县旧州镇中心卫生院', '河北省沧州市沧县旧州镇驻地', '0317-5321120', ['130921']),
  here('河间市米各庄镇卫生院', '河北省沧州市河间市米各庄镇驻地', '0317-3511120', ['130984']),
  here('定州市清风店镇卫生院', '河北省定州市清风店镇驻地', '0312-2611120', ['130682']),
  here('天津市宝坻区大口屯镇卫生院', '天津市宝坻区大口屯镇驻地', '022-29511120', ['120115']),
  here('天津市蓟州区下营镇卫生院', '天津市蓟州区下营镇驻地', '022-22711120', ['120119']),
  here('北京市平谷区峪口镇社区卫生服务中心', '北京市平谷区峪口镇中心街9号', '010-61901120', ['110117']),
  here('寿光市稻田镇卫生院', '山东省潍坊市寿光市稻田镇驻地', '0536-5711120', ['370783']),
  here('沂水县高桥镇卫生院', '山东省临沂市沂水县高桥镇驻地', '0539-2611120', ['371323']),
  here('莒县浮来山镇卫生院', '山东省日照市莒县浮来山镇驻地', '0633-6711120', ['371122']),
  here('滕州市级索镇中心卫生院', '山东省枣庄市滕州市级索镇驻地', '0632-5611120', ['370481']),
];

const ALL = [...CITY, ...COUNTY, ...TOWNS];
/** 三甲 teaching hospitals of Beijing and Tianjin, and city hospitals of Hebei and Shandong. */
export const CITY18: readonly Hospital[] = CITY.map((x) => x.hospital);
/** District hospitals of Beijing and Tianjin, county and county-level city hospitals of Hebei and Shandong. */
export const COUNTY18: readonly Hospital[] = COUNTY.map((x) => x.hospital);
/** Township 卫生院 and a 社区卫生服务中心 of the four. */
export const TOWN18: readonly Hospital[] = TOWNS.map((x) => x.hospital);

/**
 * The patient lives where the hospital stands (the ID's address code is that district's or county's); a Beijing or Tianjin
 * 三甲's patient now and then comes from a Hebei county nearby.
 */
export function local18(doc: Doc, rng: Rng): Doc {
  const h = ALL.find((x) => x.hospital.name === doc.hospital.name);
  if (!h) return doc;
  const far = /^(北京|天津)/u.test(h.hospital.address) && CITY.includes(h) && rng.chance(0.3);
  const p = doc.patient;
  return { ...doc, patient: { ...p, idNumber: idNumberIn(rng, p.birth, p.sex, far ? HEBEI_VISITORS : h.regions) } };
}

export type Place18 = '北京' | '天津' | '河北' | '山东';
/** Which of the four the hospital stands in. */
export const place18 = (h: Hospital): Place18 => (/^(北京|天津|河北|山东)/u.exec(h.address)?.[1] ?? '山东') as Place18;

/** What each calls the outpatient chronic-disease scheme on its paper. */
export const SCHEME18: Record<Place18, string> = { 北京: '门诊特殊病', 天津: '门诊特定疾病', 河北: '门诊慢特病', 山东: '门诊慢特病' };

/** The district or county: 朝阳区, 宝坻区, 沧县, 寿光市 (from the address, without the province and the prefecture). */
export function county18(h: Hospital): string {
  const rest = h.address.replace(/^(?:北京市|天津市|河北省|山东省)/u, '').replace(/^[^区县]{2,3}市(?=.+?(?:区|县|市))/u, '');
  return /^(.+?(?:区|县|市))/u.exec(rest)?.[1] ?? '';
}

/**
 * Label–value pairs on one row from `x0` to `right`, the space left over shared between them (an EMR's header strip: 姓名：张三
 * 性别：男 … spread to the margins). Each pair is one cell. Returns the gap used.
 */
export function spread(s: Sheet, x0: number, right: number, y: number, cells: readonly (readonly [string, string])[],
  lab: Style, val: Style): number {
  const widths = cells.map(([l, v]) => s.measure(l, lab) + s.measure(v, val));
  const gap = cells.length > 1 ? (right - x0 - widths.reduce((a, b) => a + b, 0)) / (cells.length - 1) : 0;
  if (gap < 20) throw new Error(`header row too wide: ${cells.map(([l, v]) => l + v).join(' ')}`);
  let x = x0;
  cells.forEach(([l, v], i) => {
    s.pair(x, y, l, v, lab, val);
    x += (widths[i] ?? 0) + gap;
  });
  return gap;
}
