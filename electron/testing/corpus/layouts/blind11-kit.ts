import type { Doc } from '../case';
import type { Hospital } from '../hospitals';
import { idNumberIn, personName } from '../people';
import type { Rng } from '../rng';
import type { Sheet } from '../sheet';

/**
 * Pieces the blind11 layouts share: county and city hospitals of the south-west, centre, islands and far west (Yunnan,
 * Guizhou, Hainan, Jiangxi, Hubei, Chongqing, Xinjiang, Qinghai, Shanghai's islands, Guangxi, Fujian, Hunan), each with its
 * county's address code and the peoples who live there; a relative who comes along (a second name); 防伪 guilloche paper.
 */

type Here = { readonly hospital: Hospital; readonly regions: readonly string[]; readonly peoples: readonly string[] };
const here = (name: string, address: string, phone: string, regions: readonly string[], peoples: readonly string[] = []): Here =>
  ({ hospital: { name, address, phone }, regions, peoples });

const PLACES: readonly Here[] = [
  here('弥勒市人民医院', '云南省红河哈尼族彝族自治州弥勒市髯翁东路15号', '0873-6122120', ['532504', '532502'], ['彝族', '哈尼族']),
  here('凯里市第一人民医院', '贵州省黔东南苗族侗族自治州凯里市韶山南路28号', '0855-8222120', ['522601', '522622'], ['苗族', '侗族']),
  here('万宁市人民医院', '海南省万宁市万城镇红专中路66号', '0898-62222120', ['469006'], ['黎族']),
  here('于都县人民医院', '江西省赣州市于都县贡江镇长征大道9号', '0797-6222120', ['360731']),
  here('利川市人民医院', '湖北省恩施土家族苗族自治州利川市胜利街32号', '0718-7222120', ['422802'], ['土家族', '苗族']),
  here('重庆市开州区人民医院', '重庆市开州区汉丰街道安康路8号', '023-52222120', ['500154']),
  here('伊宁县人民医院', '新疆维吾尔自治区伊犁哈萨克自治州伊宁县吉里于孜镇', '0999-4622120', ['654021'], ['回族', '哈萨克族']),
  here('格尔木市人民医院', '青海省海西蒙古族藏族自治州格尔木市昆仑中路19号', '0979-8422120', ['632801'], ['藏族', '回族', '蒙古族']),
  here('上海市崇明区第三人民医院', '上海市崇明区堡镇人民路290号', '021-59422120', ['310151']),
  here('玉林市第一人民医院', '广西壮族自治区玉林市玉州区教育中路495号', '0775-2822120', ['450902', '450921'], ['壮族']),
  here('建瓯市立医院', '福建省南平市建瓯市芝城街道东河路1号', '0599-3622120', ['350783']),
  here('怀化市第二人民医院', '湖南省怀化市鹤城区锦溪南路223号', '0745-2222120', ['431202', '431221'], ['侗族', '苗族']),
  here('大理市第二人民医院', '云南省大理白族自治州大理市下关镇文化路7号', '0872-2122120', ['532901'], ['白族', '彝族']),
  here('铜仁市万山区人民医院', '贵州省铜仁市万山区谢桥街道龙门坳路3号', '0856-3522120', ['520603', '520601'], ['侗族', '土家族']),
];

export const PLACES11: readonly Hospital[] = PLACES.map((x) => x.hospital);

/** The patient lives in the hospital's county: the ID's address code is that county's. */
export function local11(doc: Doc, rng: Rng): Doc {
  const h = PLACES.find((x) => x.hospital.name === doc.hospital.name);
  if (!h) return doc;
  const p = doc.patient;
  return { ...doc, patient: { ...p, idNumber: idNumberIn(rng, p.birth, p.sex, h.regions) } };
}

/** 民族 as a header prints it: now and then one of the region's peoples, mostly 汉族. */
export function people11(doc: Doc, rng: Rng): string {
  const h = PLACES.find((x) => x.hospital.name === doc.hospital.name);
  return h && h.peoples.length > 0 && rng.chance(0.45) ? rng.pick(h.peoples) : '汉族';
}

/** The relative who came along (联系人 / 陪诊): a son or daughter with the patient's surname, or the spouse; never the patient. */
export function relative11(doc: Doc, rng: Rng): { name: string; relation: string; phone: string } {
  const surname = [...doc.patient.name][0] ?? '';
  const spouse = doc.patient.age >= 25 && rng.chance(0.35);
  const child = doc.patient.age < 16 ? rng.pick(['父亲', '母亲']) : rng.pick(['儿子', '女儿']);
  const relation = spouse ? (doc.patient.sex === '男' ? '妻子' : '丈夫') : child;
  const sex = /妻子|女儿|母亲/u.test(relation) ? '女' : '男';
  let name = personName(rng, sex, 0);
  if (!spouse && !/母亲/u.test(relation)) name = surname + [...name].slice(1).join('');
  if (name === doc.patient.name) name = `${surname}${sex === '女' ? '晓梅' : '永福'}`;
  const phone = `1${rng.pick(['37', '39', '58', '87', '80', '33', '99'])}${String(rng.int(0, 99999999)).padStart(8, '0')}`;
  return { name, relation, phone };
}

/**
 * 防伪 paper: a faint guilloche of interlaced sine bands over the whole sheet in pale green or blue, with a
 * tinted rosette in the middle (the security background some hospitals print certificates on). Not text.
 */
export function guilloche(s: Sheet, rng: Rng): void {
  const g = s.g;
  const hue = rng.pick(['rgba(70, 150, 110, 0.16)', 'rgba(70, 110, 170, 0.15)', 'rgba(160, 110, 60, 0.14)']);
  g.save();
  g.strokeStyle = hue;
  g.lineWidth = 1.1;
  const [fa, fb, ph] = [rng.range(0.006, 0.01), rng.range(0.012, 0.02), rng.range(0, 6.28)];
  for (let y0 = -40; y0 < s.height + 40; y0 += 26) {
    g.beginPath();
    for (let x = 0; x <= s.width; x += 6) {
      const y = y0 + 14 * Math.sin(x * fa + y0 * 0.01 + ph) + 6 * Math.sin(x * fb - y0 * 0.02);
      if (x === 0) g.moveTo(x, y);
      else g.lineTo(x, y);
    }
    g.stroke();
  }
  const [cx, cy] = [s.width / 2, s.height * 0.45];
  for (let k = 0; k < 36; k += 1) {
    g.beginPath();
    for (let t = 0; t <= 360; t += 2) {
      const a = (t * Math.PI) / 180;
      const r = 260 + 70 * Math.sin(6 * a + (k * Math.PI) / 18);
      const [x, y] = [cx + r * Math.cos(a + k * 0.05), cy + r * Math.sin(a + k * 0.05)];
      if (t === 0) g.moveTo(x, y);
      else g.lineTo(x, y);
    }
    g.stroke();
  }
  g.restore();
}
