import type { Doc } from '../case';
import { addDays, formatDate, parts, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import type { Hospital } from '../hospitals';
import { idNumberIn } from '../people';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';
import { px } from './common';
import { homeAddress, localPatient } from './tune2-kit';

/** Pieces the tune3 layouts share: hospitals of still more provinces, dates as forms print them, label-above tables. */

type Far = { readonly hospital: Hospital; readonly regions: readonly string[]; readonly county: string };
const far = (name: string, address: string, phone: string, regions: readonly string[], county: string): Far =>
  ({ hospital: { name, address, phone }, regions, county });

/** County hospitals of provinces the older lists leave out (Yunnan, Guizhou, Shanxi, Inner Mongolia, …), with their counties' address codes. */
const FAR: readonly Far[] = [
  far('会泽县人民医院', '云南省曲靖市会泽县金钟街道钟屏路66号', '0874-5122120', ['530326'], '云南省曲靖市会泽县'),
  far('湄潭县人民医院', '贵州省遵义市湄潭县湄江街道象山路12号', '0851-24222120', ['520328'], '贵州省遵义市湄潭县'),
  far('平遥县人民医院', '山西省晋中市平遥县顺城路36号', '0354-5682120', ['140728'], '山西省晋中市平遥县'),
  far('土默特左旗医院', '内蒙古自治区呼和浩特市土默特左旗察素齐镇府兴街8号', '0471-8122120', ['150121'], '内蒙古自治区呼和浩特市土默特左旗'),
  far('于都县人民医院', '江西省赣州市于都县贡江镇长征大道101号', '0797-6222120', ['360731'], '江西省赣州市于都县'),
  far('诸暨市人民医院', '浙江省绍兴市诸暨市暨阳街道健民路9号', '0575-87022120', ['330681'], '浙江省诸暨市'),
  far('天门市第一人民医院', '湖北省天门市竟陵街道东湖路1号', '0728-5222120', ['429006'], '湖北省天门市'),
  far('望奎县人民医院', '黑龙江省绥化市望奎县惠七路19号', '0455-6722120', ['231221'], '黑龙江省绥化市望奎县'),
  far('富平县医院', '陕西省渭南市富平县窦村路5号', '0913-8212120', ['610528'], '陕西省渭南市富平县'),
  far('安溪县医院', '福建省泉州市安溪县凤城镇河滨路88号', '0595-23222120', ['350524'], '福建省泉州市安溪县'),
  far('伊宁县人民医院', '新疆维吾尔自治区伊犁哈萨克自治州伊宁县团结路2号', '0999-4022120', ['654021'], '新疆伊犁州伊宁县'),
  far('农安县人民医院', '吉林省长春市农安县黄龙路1099号', '0431-83222120', ['220122'], '吉林省长春市农安县'),
];

export const FAR_PROVINCES: readonly Hospital[] = FAR.map((f) => f.hospital);

/** The patient lives in the hospital's county: the ID's address code is that county's (tune2's provinces too). */
export function localTo(doc: Doc, rng: Rng): Doc {
  const f = FAR.find((x) => x.hospital.name === doc.hospital.name);
  if (!f) return localPatient(doc, rng);
  const p = doc.patient;
  return { ...doc, patient: { ...p, idNumber: idNumberIn(rng, p.birth, p.sex, f.regions) } };
}

/** A home address in the hospital's county. */
export function villageOf(doc: Doc, rng: Rng): string {
  const f = FAR.find((x) => x.hospital.name === doc.hospital.name);
  if (!f) return homeAddress(doc, rng);
  return `${f.county}${rng.pick(['城关镇南街村', '东城街道和平社区', '新华乡张家庄村', '西街道办事处', '红星镇大营村', '双桥乡后所村'])}${rng.int(1, 120)}号`;
}

const WEEK = '日一二三四五六';

/** 星期二. */
export function weekday(iso: string): string {
  const [y, m, d] = parts(iso);
  return `星期${WEEK[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? ''}`;
}

/** The ways typed forms print a date, including `2025 年 3 月 4 日` with spaces (a word processor's fill-in). */
export type Tune3Date = DateStyle | 'spaced';
export const dateIn = (iso: string, how: Tune3Date, minutes?: number): string => {
  if (how !== 'spaced') return formatDate(iso, how, minutes);
  const [y, m, d] = parts(iso);
  return `${y} 年 ${m} 月 ${d} 日`;
};

/** 全休14天（2025年3月5日至2025年3月18日）: sick leave that starts the day after `from` (dates that are not the issue date). */
export function sickLeave(rng: Rng, from: string, how: DateStyle): { days: number; text: string } {
  const days = rng.pick([3, 5, 7, 14, 14, 30]);
  const start = addDays(from, 1);
  const end = addDays(start, days - 1);
  const text = rng.pick([
    `建议全休${days}天（${formatDate(start, how)}至${formatDate(end, how)}）`,
    `建议休息${days}天，自${formatDate(start, how)}起至${formatDate(end, how)}止`,
    `需病休${days}天（至${formatDate(end, how)}）`,
  ]);
  return { days, text };
}

export type Col = { readonly label: string; readonly value: string; readonly w: number };

/**
 * A bordered table whose labels sit in a row of their own (shaded) with the values in the row under
 * them: two text rows, labels then values. Returns the bottom edge.
 */
export function labelRowTable(s: Sheet, x: number, y: number, cols: readonly Col[], lab: Style, val: Style,
  o: { labelH?: number; valueH?: number; shade?: string; border?: number } = {}): number {
  const lh = o.labelH ?? px(lab.pt) * 2;
  const vh = o.valueH ?? px(val.pt) * 2.3;
  const border = o.border ?? 1.8;
  let cx = x;
  for (const c of cols) {
    if (o.shade) {
      s.g.fillStyle = o.shade;
      s.g.fillRect(cx, y, c.w, lh);
    }
    s.rect(cx, y, c.w, lh, border);
    s.rect(cx, y + lh, c.w, vh, border);
    s.put(cx + c.w / 2, y + lh / 2 + px(lab.pt) * 0.36, c.label, { ...lab, align: 'center' });
    s.put(cx + c.w / 2, y + lh + vh / 2 + px(val.pt) * 0.36, c.value, { ...val, align: 'center' });
    cx += c.w;
  }
  return y + lh + vh;
}

/** A disease the history names as looked for and not found (排除“冠心病”), never one the page diagnoses nor one `avoid` (the rest of the history) names. */
const EXCLUDED: readonly [DiseaseKey, string, string][] = [
  ['CORONARY_HEART_DISEASE', '冠心病', '冠脉CTA'], ['CEREBROVASCULAR_DISEASE', '脑梗死', '头颅CT'], ['DIABETES', '糖尿病', 'OGTT'],
  ['MALIGNANT_TUMOR_OUTPATIENT', '肺癌', '胸部CT'], ['URAEMIA_DIALYSIS', '肾功能衰竭', '肾功能检查'],
];
export function excluded(rng: Rng, doc: Doc, avoid = ''): string {
  const open = EXCLUDED.filter(([k, name]) => !doc.dx.keys.includes(k) && !avoid.includes(name));
  const [, name, exam] = open.length > 0 ? rng.pick(open) : ['', '甲状腺功能亢进', '甲状腺功能检查'];
  return `${rng.pick(['外院', '基层医院', '当地诊所'])}曾考虑“${name}”，行${exam}后排除`;
}

/** `硝苯地平控释片 30mg qd` split into the drug and how it is taken. */
export function drug(m: string): { name: string; use: string } {
  const [name = m, ...rest] = m.split(' ');
  const use = rest.join(' ').replace(/\bqd\b/, '口服 每日1次').replace(/\bbid\b/, '口服 每日2次').replace(/\btid\b/, '口服 每日3次')
    .replace(/\bqn\b/, '睡前1次').replace(/\bq12h\b/, '每12小时1次');
  return { name, use: use || '遵医嘱' };
}

/** A dark toner edge along the top and left of a photocopy (the lid left open a little), not text. */
export function copierEdges(s: Sheet, rng: Rng): void {
  const g = s.g;
  g.fillStyle = '#efefec';
  g.fillRect(0, 0, s.width, s.height);
  const left = rng.int(14, 34);
  const top = rng.int(10, 26);
  g.fillStyle = '#2b2b2b';
  g.fillRect(0, 0, left, s.height);
  g.fillRect(0, 0, s.width, top);
  for (let i = 0; i < 18; i += 1) s.line(left + i, 0, left + i, s.height, 1, `rgba(40, 40, 40, ${(0.5 * (18 - i)) / 18})`);
  g.fillStyle = 'rgba(30, 30, 30, 0.55)';
  for (let i = 0; i < 260; i += 1) g.fillRect(rng.int(60, s.width - 60), rng.int(60, s.height - 60), rng.int(1, 3), rng.int(1, 3));
}
