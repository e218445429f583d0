import type { Doc } from '../case';
import { remoteHistory, type Dx } from '../diseases';
import type { Hospital } from '../hospitals';
import { idNumberIn } from '../people';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';

/**
 * Shared pieces of the third set of BLIND layouts (split 'blind'), written by another author. They
 * measure the extractor on paper nobody tuning it has seen or heard described: do not read the
 * blind3-*.ts files, nor look at their pages, while working on the extractor.
 */

type Placed = Hospital & { readonly region: string };

const h = (name: string, address: string, phone: string, region: string): Placed => ({ name, address, phone, region });

export const B3_COUNTY: readonly Placed[] = [
  h('郓城县人民医院', '山东省菏泽市郓城县东溪路38号', '0530-6582120', '371725'),
  h('泗水县人民医院', '山东省济宁市泗水县泗河路东段6号', '0537-4221120', '370831'),
  h('肥城市人民医院', '山东省泰安市肥城市新城路108号', '0538-3212120', '370983'),
  h('沛县人民医院', '江苏省徐州市沛县汉源大道12号', '0516-89622120', '320322'),
  h('滑县人民医院', '河南省安阳市滑县道口镇文明路9号', '0372-8122120', '410526'),
  h('岳西县医院', '安徽省安庆市岳西县天堂镇建设路20号', '0556-2172120', '340828'),
  h('仁寿县人民医院', '四川省眉山市仁寿县文林镇书院路17号', '028-36222120', '511421'),
  h('故城县医院', '河北省衡水市故城县郑口镇建设大街56号', '0318-5322120', '131126'),
];

export const B3_TCM: readonly Placed[] = [
  h('曲阜市中医院', '山东省济宁市曲阜市静轩西路46号', '0537-4412120', '370881'),
  h('滕州市中医医院', '山东省枣庄市滕州市北辛中路1299号', '0632-5512120', '370481'),
  h('邳州市中医院', '江苏省徐州市邳州市建设北路88号', '0516-86222120', '320382'),
  h('长垣市中医医院', '河南省新乡市长垣市宏力大道中段', '0373-8812120', '410783'),
  h('阆中市中医医院', '四川省南充市阆中市张飞大道二段', '0817-6222120', '511381'),
];

export const B3_CITY: readonly Placed[] = [
  h('枣庄市立医院', '山东省枣庄市市中区光明路158号', '0632-3222120', '370402'),
  h('青岛市市立医院', '山东省青岛市市南区胶州路1号', '0532-82789120', '370202'),
  h('济宁市第一人民医院', '山东省济宁市任城区健康路6号', '0537-2253120', '370811'),
  h('开封市中心医院', '河南省开封市鼓楼区河道街85号', '0371-23906120', '410204'),
  h('德阳市人民医院', '四川省德阳市旌阳区泰山北路173号', '0838-2418120', '510603'),
];

/** Private (民营) hospitals. */
export const B3_PRIVATE: readonly Placed[] = [
  h('郓城诚信医院', '山东省菏泽市郓城县唐塔路西段', '0530-6218120', '371725'),
  h('临沂沂州医院', '山东省临沂市兰山区沂州路268号', '0539-8058120', '371302'),
  h('曹县博爱医院', '山东省菏泽市曹县青菏路66号', '0530-3395120', '371721'),
  h('邯郸明仁医院', '河北省邯郸市丛台区滏东北大街1号', '0310-3118120', '130403'),
];

export const B3_TOWNSHIP: readonly Placed[] = [
  h('郓城县黄集镇卫生院', '山东省菏泽市郓城县黄集镇驻地', '0530-6751120', '371725'),
  h('汶上县郭楼镇卫生院', '山东省济宁市汶上县郭楼镇驻地', '0537-7581120', '370830'),
  h('单县终兴镇卫生院', '山东省菏泽市单县终兴镇驻地', '0530-4681120', '371722'),
  h('沛县鹿楼镇中心卫生院', '江苏省徐州市沛县鹿楼镇驻地', '0516-89731120', '320322'),
  h('滑县老店镇卫生院', '河南省安阳市滑县老店镇驻地', '0372-8581120', '410526'),
];

/** Maternal and children's hospitals. */
export const B3_CHILD: readonly Placed[] = [
  h('枣庄市妇幼保健院', '山东省枣庄市市中区青檀北路17号', '0632-3012120', '370402'),
  h('泰安市妇幼保健院', '山东省泰安市泰山区擂鼓石大街386号', '0538-6228120', '370902'),
  h('德州市妇女儿童医院', '山东省德州市德城区东方红路1166号', '0534-2687120', '371402'),
  h('商丘市妇幼保健院', '河南省商丘市梁园区神火大道108号', '0370-3266120', '411402'),
  h('邢台市儿童医院', '河北省邢台市襄都区新华南路226号', '0319-2222120', '130502'),
];

const regionOf = (x: Hospital): string | undefined => (x as Partial<Placed>).region;

/** Most patients live in the hospital's own county: their ID number is re-issued there. */
export function local(doc: Doc, rng: Rng): Doc {
  const region = regionOf(doc.hospital);
  if (!region || rng.chance(0.12)) return doc;
  const p = doc.patient;
  return { ...doc, patient: { ...p, idNumber: idNumberIn(rng, p.birth, p.sex, [region]) } };
}

/** The county part of the hospital's address (山东省菏泽市郓城县). */
export function countyOf(doc: Doc): string {
  const a = doc.hospital.address;
  return /^(.*(?:县|区))/u.exec(a)?.[1] ?? /^(.*市)/u.exec(a)?.[1] ?? '';
}

/** A home address in the hospital's county. */
export function homeIn(doc: Doc, rng: Rng): string {
  const place = rng.pick(['城关镇西关村', '城南街道幸福社区', '张集镇李楼村', '东关街道建设路', '杨庄乡后杨庄村', '马头镇南街村']);
  return `${countyOf(doc)}${place}${rng.int(1, 120)}号`;
}

export const mobile = (rng: Rng): string =>
  `1${rng.pick(['38', '39', '58', '59', '36', '86', '51', '77'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;

/** A date (with its time, if any), an ID number or a number with its unit: never split over two lines. */
const TOKENS = [
  String.raw`\d{4}[年.\-/]\d{1,2}[月.\-/]\d{1,2}日?(?:\s?\d{1,2}(?::\d{2}){1,2}|\d{1,2}时\d{1,2}分)?`,
  String.raw`[〇○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日`,
  String.raw`\d{17}[\dX]`,
  String.raw`\d+(?:[.:/~-]\d+)*(?:[年月日号岁天次周分]|mmHg|mmol\/L|μmol\/L|ng\/mL|ms|mV|mg|g|U|cm|mm|%|℃)?`,
  String.raw`[A-Za-z]+`, '.',
].join('|');
const TOKENS_RE = new RegExp(`(?:${TOKENS})[，。、；：）”]?`, 'gu');

/** `text` broken into lines no wider than `width` (the first line `indent` narrower). */
export function wrap(s: Sheet, text: string, width: number, style: Style, indent = 0): string[] {
  const out: string[] = [];
  let line = '';
  for (const t of text.match(TOKENS_RE) ?? []) {
    const room = out.length === 0 ? width - indent : width;
    if (line !== '' && s.measure(line + t, style) > room) {
      out.push(line);
      line = t;
    } else line += t;
  }
  if (line !== '') out.push(line);
  return out;
}

/** Draws wrapped text; returns the baseline after the last line. */
export function writeText(s: Sheet, x: number, y: number, width: number, text: string, style: Style, lh: number, indent = 0): number {
  const lines = wrap(s, text, width, style, indent);
  lines.forEach((l, i) => s.put(x + (i === 0 ? indent : 0), y + i * lh, l, style));
  return y + Math.max(1, lines.length) * lh;
}

export type WrapCell = { readonly w: number; readonly text: string; readonly style?: Style; readonly align?: 'left' | 'center' };

/**
 * A bordered table row whose cells wrap their text, top-aligned (every cell's first line on one
 * baseline). Returns the bottom edge.
 */
export function wrapRow(s: Sheet, x: number, y: number, cells: readonly WrapCell[], style: Style, lh: number,
  o: { pad?: number; border?: number; shade?: string; minH?: number } = {}): number {
  const pad = o.pad ?? 14;
  const em = (style.pt * 200) / 72;
  const lines = cells.map((c) => (c.text === '' ? [] : wrap(s, c.text, c.w - 2 * pad, c.style ?? style)));
  const n = Math.max(1, ...lines.map((l) => l.length));
  const h = Math.max(o.minH ?? 0, (n - 1) * lh + em + 2 * pad + 6);
  let cx = x;
  cells.forEach((c, i) => {
    if (o.shade) {
      s.g.fillStyle = o.shade;
      s.g.fillRect(cx, y, c.w, h);
    }
    s.rect(cx, y, c.w, h, o.border ?? 1.5);
    const base = y + pad + em * 0.86;
    (lines[i] ?? []).forEach((l, k) => {
      const st = c.style ?? style;
      if (c.align === 'center') s.put(cx + c.w / 2, base + k * lh, l, { ...st, align: 'center' });
      else s.put(cx + pad, base + k * lh, l, st);
    });
    cx += c.w;
  });
  return y + h;
}

const FEMALE_ONLY = /乳腺|宫颈/u;
const MALE_CANCERS = ['右肺腺癌', '胃癌术后化疗', '结肠恶性肿瘤', '食管鳞状细胞癌', '直肠癌术后'];

/**
 * A man's page never names a woman's cancer, nor a woman's 前列腺增生, nor a young patient's a disease of the old
 * (慢性淋巴细胞白血病): the generator draws them for anyone.
 */
export function sexFit(doc: Doc, rng: Rng): Doc {
  const male = doc.patient.sex === '男';
  const young = doc.patient.age < 35;
  const fit = (items: readonly Dx[]): Dx[] => items
    .filter((d) => male || !d.text.includes('前列腺'))
    .map((d) => (male && FEMALE_ONLY.test(d.text) ? { ...d, text: rng.pick(MALE_CANCERS) } : d))
    .map((d) => (young && d.text.includes('慢性淋巴') ? { ...d, text: '急性淋巴细胞白血病' } : d));
  return { ...doc, dx: { ...doc.dx, western: fit(doc.dx.western), admission: fit(doc.dx.admission) } };
}

/**
 * A two-cell bordered row: `label` in the left cell, and on the right the paragraphs, each starting a
 * new line, wrapped; the label on the first line's baseline. Returns the bottom edge.
 */
export function labelled(s: Sheet, x: number, y: number, labelW: number, w: number, label: string, paragraphs: readonly string[],
  body: Style, lab: Style, lh: number, o: { pad?: number; border?: number; minH?: number } = {}): number {
  const pad = o.pad ?? 14;
  const em = (body.pt * 200) / 72;
  const lines = paragraphs.flatMap((p) => wrap(s, p, w - labelW - 2 * pad, body));
  const h = Math.max(o.minH ?? 0, (lines.length - 1) * lh + em + 2 * pad + 6);
  s.rect(x, y, labelW, h, o.border ?? 1.5);
  s.rect(x + labelW, y, w - labelW, h, o.border ?? 1.5);
  const base = y + pad + em * 0.86 + Math.max(0, ((o.minH ?? 0) - ((lines.length - 1) * lh + em + 2 * pad + 6)) / 2);
  s.put(x + labelW / 2, base, label, { ...lab, align: 'center' });
  lines.forEach((l, i) => s.put(x + labelW + pad, base + i * lh, l, body));
  return y + h;
}

/** 既往史 without the diagnosed diseases' own history: a past illness the diagnoses leave out, and denials that spare it. */
export function pastOnly(doc: Doc, rng: Rng): string {
  const past = remoteHistory(rng, doc.dx.keys);
  const op = rng.chance(0.4) ? `；${rng.int(3, 20)}年前行${rng.pick(['阑尾切除术', '胆囊切除术', '右侧腹股沟疝修补术'])}` : '';
  const text = `${past ? `${past.remote}；${past.negated}` : doc.history.negated}${op}`;
  // Never deny what the page diagnoses (否认肝炎 beside 慢性乙型病毒性肝炎).
  return doc.dx.western.some((d) => d.text.includes('肝炎')) ? text.replace(/、肝炎|肝炎、/u, '') : text;
}

const FREQ: Record<string, string> = { qd: '每日一次', bid: '每日两次', tid: '每日三次', qn: '每晚一次', q12h: '每12小时一次', d1: '第1天' };

/** 硝苯地平控释片 30mg qd → 硝苯地平控释片 30mg 口服 每日一次 (the route from the form, the frequency spelled out). */
export function usage(medicine: string): string {
  const m = /^(.*) (qd|bid|tid|qn|q12h|d1)$/u.exec(medicine);
  if (!m) return medicine;
  const route = /注射/u.test(m[1] ?? '') ? (/胰岛素|促红素/u.test(m[1] ?? '') ? '皮下注射' : '静脉滴注') : '口服';
  return `${m[1] ?? ''} ${route} ${FREQ[m[2] ?? ''] ?? ''}`;
}
