import type { Doc } from '../case';
import { addDays, clock, formatDate, parts, type DateStyle } from '../dates';
import type { Dx } from '../diseases';
import type { Hospital } from '../hospitals';
import { handwritten } from '../marks';
import { idNumber, personName } from '../people';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';

/** Pieces the blind5 layouts share (held out: written without looking at the extractor or the tuning layouts). */

const h = (name: string, address: string, phone: string): Hospital => ({ name, address, phone });

/** Provincial and prefecture hospitals Liaocheng patients are referred to. */
export const REFERRAL5: readonly Hospital[] = [
  h('山东第一医科大学附属省立医院', '济南市槐荫区经五纬七路324号', '0531-68777114'),
  h('山东大学齐鲁医院', '济南市历下区文化西路107号', '0531-82169114'),
  h('山东省千佛山医院', '济南市历下区经十路16766号', '0531-89269114'),
  h('济宁医学院附属医院', '济宁市任城区古槐路89号', '0537-2903114'),
  h('德州市第二人民医院', '德州市德城区天衢东路1166号', '0534-2438120'),
  h('聊城市人民医院东昌府院区', '聊城市东昌府区东昌东路67号', '0635-8276120'),
];

/** County hospitals the other lists leave out. */
export const COUNTY5: readonly Hospital[] = [
  h('临清市中医院', '临清市新华路189号', '0635-2321120'), h('高唐县中医院', '高唐县鱼丘湖街道府前街36号', '0635-3931120'),
  h('东昌府区中医院', '聊城市东昌府区古楼街道米市街22号', '0635-8260120'), h('阳谷县第三人民医院', '阳谷县张秋镇驻地', '0635-6471120'),
  h('冠县第二人民医院', '冠县东古城镇驻地', '0635-5682120'), h('茌平区第二人民医院', '茌平区温陈街道振兴路', '0635-4281120'),
];

/** Township health centres of the Liaocheng counties the other lists leave out. */
export const TOWNSHIP5: readonly Hospital[] = [
  h('阳谷县寿张镇卫生院', '阳谷县寿张镇驻地', '0635-6681120'), h('莘县张鲁回族镇卫生院', '莘县张鲁回族镇驻地', '0635-7611120'),
  h('冠县柳林镇中心卫生院', '冠县柳林镇驻地', '0635-5721120'), h('东阿县刘集镇卫生院', '东阿县刘集镇驻地', '0635-3511120'),
  h('高唐县琉璃寺镇卫生院', '高唐县琉璃寺镇驻地', '0635-3751120'), h('临清市烟店镇卫生院', '临清市烟店镇驻地', '0635-2741120'),
  h('茌平区韩屯镇卫生院', '茌平区韩屯镇驻地', '0635-4521120'), h('东昌府区沙镇镇卫生院', '东昌府区沙镇镇驻地', '0635-8691120'),
];

const VILLAGES = ['后李村', '张庄村', '王楼村', '前屯村', '刘官屯村', '小高庄', '西街村', '孟庄村', '马坊村', '北关村'];
const TOWNS: Record<string, string> = {
  阳谷: '阳谷县', 莘县: '莘县', 冠县: '冠县', 东阿: '东阿县', 高唐: '高唐县', 临清: '临清市', 茌平: '茌平区', 东昌府: '东昌府区',
};

/** Where the patient lives: a village of the hospital's county, or of 东昌府区. */
export function home(doc: Doc, rng: Rng): string {
  const key = Object.keys(TOWNS).find((k) => doc.hospital.name.includes(k) || doc.hospital.address.includes(k));
  const county = key ? (TOWNS[key] as string) : rng.pick(Object.values(TOWNS));
  return `${county}${rng.pick(['城关', '古城', '十八里铺', '梁水', '杨屯', '新集'])}${rng.pick(['镇', '乡', '街道'])}${rng.pick(VILLAGES)}`;
}

const WEEK = '日一二三四五六';
const pad = (n: number): string => String(n).padStart(2, '0');

/** dates.ts styles and a few more: 2025-3-4, 2025/3/4, 2025年3月4日（星期二）, 2025年03月04日上午9:12. */
export type F5 = DateStyle | 'hy' | 'sl' | 'week' | 'noon';
export function fmt(iso: string, how: F5, minutes = 9 * 60 + 12): string {
  const [y, m, d] = parts(iso);
  if (how === 'hy') return `${y}-${m}-${d}`;
  if (how === 'sl') return `${y}/${m}/${d}`;
  if (how === 'week') return `${y}年${m}月${d}日（星期${WEEK[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? ''}）`;
  if (how === 'noon') {
    const hr = Math.floor(minutes / 60);
    return `${y}年${pad(m)}月${pad(d)}日${hr < 12 ? '上午' : '下午'}${hr <= 12 ? hr : hr - 12}:${pad(minutes % 60)}`;
  }
  return formatDate(iso, how, minutes);
}

/** A time to the second. */
export const seconds = (iso: string, minutes: number, sep = '-'): string =>
  `${iso.replace(/-/g, sep)} ${clock(minutes)}:${pad((minutes * 23 + 7) % 60)}`;

/** How an ID is printed: plainly, grouped 6-8-4, or grouped by fours from the left. */
export type IdPrint = 'plain' | 'six' | 'four';
export function idText(id: string, how: IdPrint): string {
  if (how === 'six') return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
  if (how === 'four') return (id.match(/.{1,4}/g) ?? [id]).join(' ');
  return id;
}

/** Masked the ways LIS terminals hide an ID (the page then states no ID). */
export function masked(id: string, rng: Rng): string {
  return rng.pick([`${id.slice(0, 4)}**********${id.slice(14)}`, `${id.slice(0, 6)}****${id.slice(10, 14)}****`, `${id.slice(0, 3)}***********${id.slice(14)}`]);
}

const CLOSE = '，。、；：）」”？！';

/** Wraps text into lines of at most `width` px, never inside a `keep` string, a number or a word, never opening with closing punctuation. */
export function lines5(s: Sheet, text: string, width: number, style: Style, keep: readonly string[] = [], indent = 0): string[] {
  const ks = keep.filter((k) => k.length > 0).sort((a, b) => b.length - a.length);
  const re = /^(?:\d+(?:[.:/-]\d+)*(?:[年月日号岁天次]|mmHg|mmol\/L|cm|mm|mg|g|%)?|[A-Za-z]+)/u;
  const atoms: string[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    let a = ks.find((k) => rest.startsWith(k)) ?? re.exec(rest)?.[0] ?? String.fromCodePoint(rest.codePointAt(0) ?? 32);
    i += a.length;
    while (i < text.length && CLOSE.includes(text[i] ?? '')) {
      a += text[i];
      i += 1;
    }
    atoms.push(a);
  }
  const out: string[] = [];
  let line = '';
  for (const a of atoms) {
    const avail = width - (out.length === 0 ? indent : 0);
    if (line !== '' && s.measure(line + a, style) > avail) {
      out.push(line);
      line = a.trimStart();
    } else line += a;
  }
  if (line !== '') out.push(line);
  return out;
}

/** Draws wrapped text; returns the next baseline. */
export function flow(s: Sheet, x: number, y: number, width: number, text: string, style: Style, lh: number,
  keep: readonly string[] = [], indent = 0): number {
  const ls = lines5(s, text, width, style, keep, indent);
  ls.forEach((l, k) => s.put(x + (k === 0 ? indent : 0), y + k * lh, l, style));
  return y + ls.length * lh;
}

/** Cells spread over [x0, x1] on one baseline, the gaps between them equal. */
export function spread(s: Sheet, x0: number, x1: number, y: number, cells: readonly string[], style: Style): void {
  const ws = cells.map((c) => s.measure(c, style));
  const gap = cells.length > 1 ? (x1 - x0 - ws.reduce((a, b) => a + b, 0)) / (cells.length - 1) : 0;
  let x = x0;
  cells.forEach((c, i) => {
    s.put(x, y, c, style);
    x += (ws[i] ?? 0) + gap;
  });
}

/** Cells laid out left to right from fixed tab stops, each pushed right past the one before if it runs long. */
export function tabs(s: Sheet, y: number, stops: readonly number[], cells: readonly string[], style: Style, gap = 28): void {
  let end = 0;
  cells.forEach((c, i) => {
    const x = Math.max(stops[i] ?? end + gap, end + gap);
    end = x + s.put(x, y, c, style);
  });
}

/** A value written into a blank by hand over a ruled line; returns where the line ends. */
export function blank(s: Sheet, x: number, y: number, w: number, value: string, pt: number, rng: Rng, ink = '#444'): number {
  s.line(x, y + 8, x + w, y + 8, 1.2, ink);
  if (value !== '') handwritten(s, x + 10, y - 2, value, pt, rng);
  return x + w;
}

/** The sign-off date of a record: the day itself or a day or two later (when the notes were finished). */
export const signedOn = (iso: string, rng: Rng): string => addDays(iso, rng.chance(0.6) ? 0 : rng.int(1, 2));

/**
 * The document made plausible for the patient: haemophilia in a man (a woman's page is given to a man of the same
 * age), no prostate for a woman, no breast or cervix cancer for a man (a lung one instead).
 */
export function sane(doc: Doc, rng: Rng): Doc {
  let patient = doc.patient;
  if (doc.dx.keys.includes('HEMOPHILIA') && patient.sex === '女') {
    const doctors = Object.values(doc.doctors);
    let name = personName(rng, '男', 0.05);
    while (doctors.includes(name)) name = personName(rng, '男', 0.05);
    patient = { ...patient, sex: '男', name, idNumber: idNumber(rng, patient.birth, '男') };
  }
  const wrong = patient.sex === '男' ? /乳腺|宫颈/u : /前列腺/u;
  const fix = (items: readonly Dx[]): Dx[] =>
    items.flatMap((d) => (!wrong.test(d.text) ? [d] : d.key ? [{ ...d, text: '右肺腺癌' }] : []));
  return { ...doc, patient, dx: { ...doc.dx, western: fix(doc.dx.western), admission: fix(doc.dx.admission) } };
}
