import type { Doc } from '../case';
import { parts } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';
import { fitting } from './tune5-kit';

/** Pieces the tune6 layouts share: TCM names with their 证, text laid out in columns, dates as compact headers print them. */

/**
 * The TCM disease a western diagnosis is written as, with the 证 (pattern) doctors pair it with. Only 消渴病 and 中风病
 * stand for a catalogue disease alone (diseases.ts); 眩晕病, 胸痹心痛病 and 肾衰病 sit beside the western name that does.
 */
const TCM_NAME: Partial<Record<DiseaseKey, { readonly names: readonly string[]; readonly patterns: readonly string[]; readonly counts: boolean }>> = {
  DIABETES: { names: ['消渴病'], patterns: ['气阴两虚证', '阴虚热盛证', '痰瘀互结证', '脾肾气虚证'], counts: true },
  CEREBROVASCULAR_DISEASE: { names: ['中风病', '中风病-中经络'], patterns: ['风痰阻络证', '气虚血瘀证', '肝阳暴亢证'], counts: true },
  HYPERTENSION: { names: ['眩晕病'], patterns: ['肝阳上亢证', '痰湿中阻证', '肝肾阴虚证'], counts: false },
  CORONARY_HEART_DISEASE: { names: ['胸痹心痛病'], patterns: ['气虚血瘀证', '心血瘀阻证', '痰浊闭阻证'], counts: false },
  POST_ARTERIAL_STENT_ANTICOAGULATION: { names: ['胸痹心痛病'], patterns: ['气虚血瘀证', '气阴两虚证'], counts: false },
  URAEMIA_DIALYSIS: { names: ['肾衰病', '关格病'], patterns: ['脾肾阳虚证', '湿浊内蕴证'], counts: false },
};

/** How the 证 follows the disease name: after a space, in brackets, after a full-width space. */
export type TcmJoin = ' ' | '（）' | '\u3000';

/**
 * The TCM diagnoses of the page's diseases (病名 + 证型), one per disease that has a TCM name, the first
 * disease's first. Keys only on 消渴病 / 中风病.
 */
export function tcmDx(doc: Doc, rng: Rng, join: TcmJoin): Dx[] {
  const out: Dx[] = [];
  const seen = new Set<string>();
  for (const k of doc.dx.keys) {
    const t = TCM_NAME[k];
    if (!t) continue;
    const name = rng.pick(t.names);
    if (seen.has(name)) continue;
    seen.add(name);
    const pattern = rng.pick(t.patterns);
    out.push({ text: join === '（）' ? `${name}（${pattern}）` : `${name}${join}${pattern}`, key: t.counts ? k : null });
  }
  return out;
}

/** Diseases a county TCM hospital admits and names in TCM terms. */
export const TCM_KEYS: readonly DiseaseKey[] = ['DIABETES', 'CEREBROVASCULAR_DISEASE', 'HYPERTENSION', 'CORONARY_HEART_DISEASE', 'DIABETES',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/** The ward of a patient under sixty when the generator drew 老年病科 for him. */
const YOUNG_WARD: Partial<Record<DiseaseKey, string>> = { HYPERTENSION: '心内科', DIABETES: '内分泌科', CORONARY_HEART_DISEASE: '心内科' };

/** tune5's `fitting` (no comorbidity the patient could not have), and no 老年病科 for the young. */
export function suited(doc: Doc): Doc {
  const d = fitting(doc);
  return d.patient.age >= 60 || !/老年/u.test(d.department) ? d : { ...d, department: YOUNG_WARD[d.primary] ?? '全科医学科' };
}

/** Tumours the complaint (咳嗽、痰中带血) and the bronchoscopy fit: the lung's. */
const LUNG = ['右肺腺癌', '右肺中分化腺癌', '右肺鳞状细胞癌', '右肺上叶腺癌'];

/** The document with a tumour named as a lung cancer (the generator's complaint and procedure are a lung cancer's). */
export function lungTumour(doc: Doc, rng: Rng): Doc {
  if (doc.primary !== 'MALIGNANT_TUMOR_OUTPATIENT') return doc;
  const western = doc.dx.western.map((d) => (d.key === 'MALIGNANT_TUMOR_OUTPATIENT' && !/肺/u.test(d.text) ? { ...d, text: rng.pick(LUNG) } : d));
  return { ...doc, dx: { ...doc.dx, western } };
}

/** The acute names a chronic follow-up writes as the settled ones (an old infarct, a stroke's sequelae); no infection. */
const stable = (t: string): string => t.replace(/^急性非ST段抬高型心肌梗死$/u, '陈旧性心肌梗死').replace('不稳定型', '稳定型')
  .replace(/^蛛网膜下腔出血$/u, '脑梗死后遗症').replace(/^脑梗死$/u, '脑梗死恢复期');

/** The document as a chronic follow-up or an application names its diseases. */
export function settled(doc: Doc): Doc {
  const western = doc.dx.western.filter((d) => !/感染/u.test(d.text)).map((d) => ({ ...d, text: stable(d.text) }));
  return { ...doc, dx: { ...doc.dx, western } };
}

/** A procedure or an examination done during a stay for the disease (the generator's, or one that fits better than a gastroscopy). */
const EXAM: Partial<Record<DiseaseKey, string>> = {
  HYPERTENSION: '24小时动态血压监测', DIABETES: '眼底照相及肌电图检查', HEMOPHILIA: '右膝关节彩超检查', SEVERE_MENTAL_DISORDER: '头颅MRI检查',
  TRANSPLANT_ANTI_REJECTION: '移植肾彩超检查', PHENYLKETONURIA: '头颅MRI检查', CHILD_DISABILITY_REHAB: '头颅MRI及脑电图检查',
};
export const examOf = (doc: Doc): string => EXAM[doc.primary] ?? doc.procedure;

/** The document's imaging impression agrees with its diagnoses (no 脑出血 on the film of a 脑梗死). */
export function agreeing(doc: Doc): boolean {
  const seen = doc.imaging?.impression ?? '';
  if (seen === '') return false;
  const said = doc.dx.western.map((d) => d.text).join('');
  if (doc.primary === 'MALIGNANT_TUMOR_OUTPATIENT') return /右肺/u.test(said);
  if (doc.primary !== 'CEREBROVASCULAR_DISEASE') return true;
  return /出血/u.test(seen) ? /出血/u.test(said) : /梗/u.test(said);
}

const DATES = String.raw`\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日|\d{2,4}[-./]\d{1,2}[-./]\d{1,2}|\d{17}[\dX]`;
const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `text` cut into lines of at most `width` px (the first `indent` px shorter), never inside a date, an ID number,
 * a number with its unit or any of `keep`. Nothing is drawn.
 */
export function wrap(s: Sheet, text: string, width: number, style: Style, o: { indent?: number; keep?: readonly string[] } = {}): string[] {
  const keep = (o.keep ?? []).filter((k) => k !== '').map(escape);
  // A list number glued to a date (3.2025年4月2日) is a token of its own, so the date stays whole.
  const re = new RegExp(`(?:\\d{1,2}[.、](?=\\d{4}[年.\\-/])|${[...keep, DATES].join('|')}|\\d+(?:[.:/-]\\d+)*(?:[年月日号岁天次]|mmHg|mmol/L|cm|mm|%|℃)?|[A-Za-z]+|.)[，。、；：）」”]?`, 'gu');
  const lines: string[] = [];
  let line = '';
  let room = width - (o.indent ?? 0);
  for (const t of text.match(re) ?? []) {
    if (line !== '' && s.measure(line + t, style) > room) {
      lines.push(line);
      line = '';
      room = width;
    }
    // A kept name wider than the whole line is broken where it must be.
    for (const ch of s.measure(t, style) > room ? [...t] : [t]) {
      if (line !== '' && s.measure(line + ch, style) > room) {
        lines.push(line);
        line = '';
        room = width;
      }
      line += ch;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** `wrap`'s lines drawn from `y` (the first indented), `lh` apart. Returns the next baseline. */
export function para(s: Sheet, x: number, y: number, width: number, text: string, style: Style, lh: number,
  o: { indent?: number; keep?: readonly string[] } = {}): number {
  const lines = wrap(s, text, width, style, o);
  lines.forEach((t, i) => s.put(x + (i === 0 ? o.indent ?? 0 : 0), y + i * lh, t, style));
  return y + lines.length * lh;
}

/** A line of a column layout: its text, style, how far it is indented and whether it is a heading. */
export type Flow = { readonly text: string; readonly style: Style; readonly indent?: number; readonly head?: boolean };

/**
 * Lines in two columns at `left` and `right`: the first `split` lines down the first, the rest down the second, on
 * the same baselines. Returns the baseline under the longer column.
 */
export function twoColumns(s: Sheet, lines: readonly Flow[], split: number, left: number, right: number, top: number, lh: number): number {
  lines.forEach((l, i) => {
    const second = i >= split;
    s.put((second ? right : left) + (l.indent ?? 0), top + (second ? i - split : i) * lh, l.text, l.style);
  });
  return top + Math.max(split, lines.length - split) * lh;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** 25-03-04: the year in two digits, the way compact HIS headers print it. */
export const shortYear = (iso: string): string => {
  const [y, m, d] = parts(iso);
  return `${String(y).slice(2)}-${pad(m)}-${pad(d)}`;
};

/** 3月4日: the month and day alone (the second date of a range in the same year). */
export const monthDay = (iso: string): string => {
  const [, m, d] = parts(iso);
  return `${m}月${d}日`;
};

/** 2024年10月: a month without its day (an earlier stay told from memory). */
export const yearMonth = (iso: string): string => {
  const [y, m] = parts(iso);
  return `${y}年${m}月`;
};

/** Ruled lines across the page, `step` px apart (a booklet's or a letter pad's ruling; not text). */
export function ruling(s: Sheet, x0: number, x1: number, y0: number, y1: number, step: number, color: string): void {
  for (let y = y0; y <= y1; y += step) s.line(x0, y, x1, y, 1, color);
}
