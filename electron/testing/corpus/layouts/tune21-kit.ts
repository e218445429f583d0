import type { Doc } from '../case';
import type { Hospital } from '../hospitals';
import { handwritten } from '../marks';
import { idNumberIn, personName } from '../people';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';

/**
 * Pieces the tune21 layouts share: Shanghai's suburban district hospitals and 镇 社区卫生服务中心, county hospitals and township
 * 卫生院 of Jiangsu, Henan and Hubei the corpus did not have — each with its county's (or district's) address code, so the
 * patient's ID is a local one, and the hospital a 卫生院 refers its patients up to; a village address with its 组; a relative
 * who signs or comes along; a sheet that draws without recording; an ID number handwritten into eighteen printed boxes.
 */

type Here = { readonly hospital: Hospital; readonly region: string; readonly up: string };
const here = (name: string, address: string, phone: string, region: string, up: string): Here =>
  ({ hospital: { name, address, phone }, region, up });

const GENERAL: readonly Here[] = [
  here('上海市奉贤区中心医院', '上海市奉贤区南桥镇南奉公路6600号', '021-57422120', '310120', '上海交通大学医学院附属第六人民医院'),
  here('上海市金山区亭林医院', '上海市金山区亭林镇寺平南路80号', '021-57232120', '310116', '复旦大学附属中山医院'),
  here('上海市崇明区第三人民医院', '上海市崇明区堡镇堡镇中路333号', '021-59422120', '310151', '上海市第十人民医院'),
  here('上海市青浦区朱家角人民医院', '上海市青浦区朱家角镇新风路21号', '021-59232120', '310118', '复旦大学附属华山医院'),
  here('泗洪县人民医院', '江苏省宿迁市泗洪县青阳街道人民中路98号', '0527-80822120', '321324', '宿迁市第一人民医院'),
  here('宝应县人民医院', '江苏省扬州市宝应县安宜镇叶挺路28号', '0514-88222120', '321023', '苏北人民医院'),
  here('涟水县人民医院', '江苏省淮安市涟水县涟城街道安东北路9号', '0517-82322120', '320826', '淮安市第一人民医院'),
  here('灌南县人民医院', '江苏省连云港市灌南县新安镇人民东路168号', '0518-83222120', '320724', '连云港市第一人民医院'),
  here('太康县人民医院', '河南省周口市太康县城关回族镇建设路58号', '0394-6822120', '411627', '周口市中心医院'),
  here('固始县人民医院', '河南省信阳市固始县蓼城街道红苏大道199号', '0376-4822120', '411525', '信阳市中心医院'),
  here('滑县人民医院', '河南省安阳市滑县道口镇文明路6号', '0372-8122120', '410526', '安阳市人民医院'),
  here('息县人民医院', '河南省信阳市息县谯楼街道息州大道36号', '0376-5222120', '411528', '信阳市中心医院'),
  here('蕲春县人民医院', '湖北省黄冈市蕲春县漕河镇大道街47号', '0713-7222120', '421126', '黄冈市中心医院'),
  here('红安县人民医院', '湖北省黄冈市红安县城关镇陵园大道18号', '0713-5222120', '421122', '黄冈市中心医院'),
  here('松滋市人民医院', '湖北省荆州市松滋市新江口街道民主路12号', '0716-6222120', '421087', '荆州市中心医院'),
  here('郧西县人民医院', '湖北省十堰市郧西县城关镇天河大道3号', '0719-6222120', '420322', '十堰市太和医院'),
];

const TOWNS: readonly Here[] = [
  here('上海市崇明区新河镇社区卫生服务中心', '上海市崇明区新河镇新开河路88号', '021-59312120', '310151', '上海市崇明区第三人民医院'),
  here('上海市金山区朱泾社区卫生服务中心', '上海市金山区朱泾镇罗星路159号', '021-57312120', '310116', '上海市金山区亭林医院'),
  here('上海市奉贤区庄行镇社区卫生服务中心', '上海市奉贤区庄行镇南亭公路5号', '021-57462120', '310120', '上海市奉贤区中心医院'),
  here('上海市青浦区练塘镇社区卫生服务中心', '上海市青浦区练塘镇章练塘路560号', '021-59252120', '310118', '上海市青浦区朱家角人民医院'),
  here('泗洪县双沟镇中心卫生院', '江苏省宿迁市泗洪县双沟镇东风路2号', '0527-86512120', '321324', '泗洪县人民医院'),
  here('宝应县射阳湖镇卫生院', '江苏省扬州市宝应县射阳湖镇驻地', '0514-88512120', '321023', '宝应县人民医院'),
  here('涟水县高沟镇中心卫生院', '江苏省淮安市涟水县高沟镇驻地', '0517-82512120', '320826', '涟水县人民医院'),
  here('灌南县汤沟镇卫生院', '江苏省连云港市灌南县汤沟镇驻地', '0518-83512120', '320724', '灌南县人民医院'),
  here('太康县逊母口镇卫生院', '河南省周口市太康县逊母口镇驻地', '0394-6512120', '411627', '太康县人民医院'),
  here('固始县陈淋子镇中心卫生院', '河南省信阳市固始县陈淋子镇驻地', '0376-4512120', '411525', '固始县人民医院'),
  here('滑县老店镇卫生院', '河南省安阳市滑县老店镇驻地', '0372-8512120', '410526', '滑县人民医院'),
  here('息县包信镇中心卫生院', '河南省信阳市息县包信镇驻地', '0376-5512120', '411528', '息县人民医院'),
  here('蕲春县横车镇卫生院', '湖北省黄冈市蕲春县横车镇驻地', '0713-7512120', '421126', '蕲春县人民医院'),
  here('红安县七里坪镇卫生院', '湖北省黄冈市红安县七里坪镇驻地', '0713-5512120', '421122', '红安县人民医院'),
  here('松滋市街河市镇卫生院', '湖北省荆州市松滋市街河市镇驻地', '0716-6512120', '421087', '松滋市人民医院'),
  here('郧西县上津镇卫生院', '湖北省十堰市郧西县上津镇驻地', '0719-6512120', '420322', '郧西县人民医院'),
];

const ALL: readonly Here[] = [...GENERAL, ...TOWNS];
const placeOf = (h: Hospital): Here | undefined => ALL.find((x) => x.hospital.name === h.name);

/** Shanghai suburban district hospitals and county hospitals of Jiangsu, Henan and Hubei. */
export const GENERAL21: readonly Hospital[] = GENERAL.map((x) => x.hospital);
/** Shanghai 镇 社区卫生服务中心 and township 卫生院 of Jiangsu, Henan and Hubei. */
export const TOWN21: readonly Hospital[] = TOWNS.map((x) => x.hospital);

/** The patient lives in the hospital's county or district: the ID's address code is that one's. */
export function local21(doc: Doc, rng: Rng): Doc {
  const h = placeOf(doc.hospital);
  if (!h) return doc;
  const p = doc.patient;
  return { ...doc, patient: { ...p, idNumber: idNumberIn(rng, p.birth, p.sex, [h.region]) } };
}

/** The hospital a patient is referred up to: a 卫生院's county hospital, a county hospital's city one. */
export const upTo = (h: Hospital): string => placeOf(h)?.up ?? '上级医院';

/** 上海 / 江苏 / 河南 / 湖北. */
export const place21 = (h: Hospital): string => /^(上海|江苏|河南|湖北)/u.exec(h.address)?.[1] ?? '河南';

/** The county, county-level city or Shanghai district: 泗洪县, 松滋市, 崇明区. */
export const county21 = (h: Hospital): string =>
  /^(?:上海市|.+?省.+?市)(.+?(?:县|区|市))/u.exec(h.address)?.[1] ?? '';

/** The town the hospital stands in, from its address after the county (双沟镇, 新河镇, 城关回族镇); '' when it names none. */
export function town21(h: Hospital): string {
  const county = county21(h);
  const rest = county === '' ? h.address : h.address.slice(h.address.indexOf(county) + county.length);
  return /^([^路道号]+?镇)/u.exec(rest)?.[1] ?? '';
}

const VILLAGES = ['王庄', '李湾', '张楼', '刘集', '陈岗', '新庄', '前营', '后湖', '杨桥', '周店', '西河', '东岳'];

/** Where the patient lives: 泗洪县双沟镇王庄村三组12号 (in Shanghai 崇明区新河镇井亭村218号); the village alone for the prose. */
export function villageOf(doc: Doc, rng: Rng): { address: string; village: string } {
  const h = doc.hospital;
  const town = town21(h) || rng.pick(['城关镇', '城郊乡', '新城街道']);
  const village = `${rng.pick(VILLAGES)}村`;
  const group = place21(h) === '上海' ? '' : `${'一二三四五六七八九'[rng.int(0, 8)] ?? '一'}组`;
  return { address: `${county21(h)}${town}${village}${group}${rng.int(1, 260)}号`, village };
}

/** A grown child or the spouse of the patient, with the relation as forms write it (子 / 女 / 配偶): never the patient. */
export function relative21(doc: Doc, rng: Rng): { name: string; relation: string } {
  const p = doc.patient;
  const surname = [...p.name][0] ?? '王';
  const child = p.age >= 55 && rng.chance(0.65);
  const sex = child ? (rng.chance(0.5) ? '男' : '女') : p.sex === '男' ? '女' : '男';
  let name = personName(rng, sex, 0);
  if (child && sex === '男') name = surname + [...name].slice(1).join('');
  if (name === p.name || Object.values(doc.doctors).includes(name)) name = `${surname}${sex === '男' ? '建军' : '红霞'}`;
  return { name, relation: child ? (sex === '男' ? '子' : '女') : '配偶' };
}

/** The sheet as a pen or a stamp sees it: draws, records nothing (the caller records the whole once). */
export const unrecorded = (s: Sheet): Sheet => Object.assign(Object.create(s) as Sheet, { record: (): void => undefined });

/**
 * An ID number written by hand one character to a printed box (the boxes in the form's ink, each character in ballpoint,
 * a little off centre); recorded once as the whole number. Returns the width.
 */
export function handBoxes(s: Sheet, x: number, baseline: number, id: string, box: number, points: number, ink: string, rng: Rng): number {
  const quiet = unrecorded(s);
  const top = baseline - box * 0.8;
  [...id].forEach((ch, i) => {
    s.rect(x + i * box, top, box, box, 1.4, ink);
    handwritten(quiet, x + i * box + box * rng.range(0.18, 0.3), baseline - box * rng.range(0.06, 0.14), ch, points, rng);
  });
  s.record(x, baseline, id, x + id.length * box);
  return id.length * box;
}

/** The form's pre-printed ink: black, a blue, a green or a brown (the colour a print shop ran the booklet or pad in). */
export const formInk = (rng: Rng): string => rng.pick(['#1b1b1b', '#1f3f8f', '#1f6a3a', '#6b3a1f']);

/** A label style in the form's ink. */
export const inked = (style: Style, ink: string): Style => ({ ...style, color: ink });
