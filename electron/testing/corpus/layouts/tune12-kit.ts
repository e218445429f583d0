import type { Doc } from '../case';
import { addDays, ageOn, parts } from '../dates';
import { SCHEME_NAMES, type DiseaseKey } from '../diseases';
import { COUNTY, COUNTY_MORE, TCM, TOWNSHIP, type Hospital } from '../hospitals';
import { idNumberIn, personName, type Sex } from '../people';
import type { Rng } from '../rng';
import type { Sheet } from '../sheet';

/**
 * Pieces the tune12 layouts share: the Liaocheng county hospitals and township 卫生院 whose paper the certification
 * window sees every day, a child's age in years and months, a child's guardian (a second name and a second valid ID),
 * the scheme's 病种 names, a stained marrow field under the microscope.
 */

const h = (name: string, address: string, phone: string): Hospital => ({ name, address, phone });

/** Township health centres of the seven counties the shared lists leave out. */
const TOWNS: readonly Hospital[] = [
  h('高唐县琉璃寺镇卫生院', '高唐县琉璃寺镇驻地', '0635-3771120'), h('冠县柳林镇中心卫生院', '冠县柳林镇柳林街', '0635-5611120'),
  h('莘县张鲁回族镇卫生院', '莘县张鲁回族镇驻地', '0635-7521120'), h('临清市烟店镇卫生院', '临清市烟店镇驻地', '0635-2721120'),
  h('茌平区乐平铺镇卫生院', '茌平区乐平铺镇驻地', '0635-4511120'), h('阳谷县寿张镇中心卫生院', '阳谷县寿张镇驻地', '0635-6581120'),
  h('东阿县刘集镇卫生院', '东阿县刘集镇驻地', '0635-3511120'),
];

const LIAOCHENG = /^(聊城|阳谷|莘县|东阿|冠县|高唐|临清|茌平)/u;

/** The county-level general hospitals of Liaocheng (not 范县, in Henan; not the 妇幼 or TCM ones). */
export const COUNTY12: readonly Hospital[] = [...COUNTY, ...COUNTY_MORE]
  .filter((x) => LIAOCHENG.test(x.address) && !/妇幼|中医/u.test(x.name));

/** Liaocheng's county TCM hospitals and two more. */
export const TCM12: readonly Hospital[] = [...TCM.filter((x) => !x.name.startsWith('聊城')),
  h('高唐县中医院', '高唐县鱼邱湖街道官道街16号', '0635-3932120'), h('临清市中医院', '临清市新华路96号', '0635-2321120')];

/** Township 卫生院 and community centres of Liaocheng. */
export const TOWN12: readonly Hospital[] = [...TOWNSHIP, ...TOWNS];

/** 4岁3月 (a child's age as paediatric paper prints it); 12岁 from twelve on. */
export function childAge(birth: string, on: string): string {
  const years = ageOn(birth, on);
  const [, bm, bd] = parts(birth);
  const [, m, d] = parts(on);
  const months = (m - bm + 12 - (d < bd ? 1 : 0)) % 12;
  return years >= 12 || months === 0 ? `${years}岁` : `${years}岁${months}月`;
}

export type Guardian = { readonly name: string; readonly relation: '父亲' | '母亲'; readonly id: string; readonly birth: string };

/** A child's parent: the father shares the child's surname; born 22–40 years before the child, registered in the same county. */
export function guardianOf(doc: Doc, rng: Rng): Guardian {
  const relation = rng.chance(0.6) ? '母亲' : '父亲';
  const sex: Sex = relation === '母亲' ? '女' : '男';
  const birth = addDays(doc.patient.birth, -Math.round(rng.range(22, 40) * 365.25));
  const surname = [...doc.patient.name][0] ?? '';
  let name = personName(rng, sex, 0);
  if (relation === '父亲') name = surname + [...name].slice(1).join('');
  if (name === doc.patient.name) name = `${surname}${sex === '女' ? '秀芝' : '德林'}`;
  return { name, relation, birth, id: idNumberIn(rng, birth, sex, [doc.patient.idNumber.slice(0, 6)]) };
}

/** The 病种 in the Liaocheng forms' own words: the scheme's names, three of them spelled out. */
export const SCHEME: Record<DiseaseKey, string> = {
  ...SCHEME_NAMES, CEREBROVASCULAR_DISEASE: '脑血管病（脑梗死、脑出血）',
  POST_ARTERIAL_STENT_ANTICOAGULATION: '动脉血管内支架植入术后抗凝治疗', TRANSPLANT_ANTI_REJECTION: '器官移植抗排异治疗',
};

/**
 * A marrow smear under the microscope (Wright–Giemsa): a round field of pale pink with red cells and a few purple
 * nucleated cells, more of them and larger when `blasts`. Not text.
 */
export function marrowField(s: Sheet, cx: number, cy: number, r: number, blasts: boolean, rng: Rng): void {
  const g = s.g;
  g.save();
  g.beginPath();
  g.arc(cx, cy, r, 0, Math.PI * 2);
  g.fillStyle = '#f1dfe4';
  g.fill();
  g.clip();
  const dot = (x: number, y: number, rr: number, color: string): void => {
    g.beginPath();
    g.arc(x, y, rr, 0, Math.PI * 2);
    g.fillStyle = color;
    g.fill();
  };
  for (let i = 0; i < 70; i += 1) dot(cx + rng.range(-r, r), cy + rng.range(-r, r), rng.range(9, 13), 'rgba(226, 150, 165, 0.75)');
  for (let i = 0; i < (blasts ? 14 : 6); i += 1) {
    const [x, y, rr] = [cx + rng.range(-r * 0.8, r * 0.8), cy + rng.range(-r * 0.8, r * 0.8), rng.range(14, blasts ? 24 : 18)];
    dot(x, y, rr * 1.3, 'rgba(196, 170, 214, 0.9)');
    dot(x + rng.range(-3, 3), y + rng.range(-3, 3), rr, blasts ? '#5b3a8c' : '#6d4a96');
  }
  g.restore();
  g.strokeStyle = '#333';
  g.lineWidth = 2;
  g.beginPath();
  g.arc(cx, cy, r, 0, Math.PI * 2);
  g.stroke();
}

/** A short home address in the hospital's county: 冠县城关镇东关村12号 (fits a grid cell). */
export function villageIn(doc: Doc, rng: Rng): string {
  const county = /^(?:聊城市)?(.*?(?:县|区|市))/u.exec(doc.hospital.address)?.[1] ?? '';
  return `${county}${rng.pick(['城关镇', '新华街道', '古城镇', '城南街道', '东城街道'])}${rng.pick(['东关', '西街', '南苑', '前进', '王庄'])}村${rng.int(1, 120)}号`;
}

/** A 卫生院 or community centre has no specialist wards: its department is 内科 (or 全科). */
export function townWard(doc: Doc, rng: Rng): Doc {
  return /卫生院|服务中心/u.test(doc.hospital.name) ? { ...doc, department: rng.pick(['内科', '内一科', '全科医学科']) } : doc;
}
