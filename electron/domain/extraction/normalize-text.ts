/**
 * OCR output of Chinese text puts spaces between characters ("出 院 诊 断") and mixes full- and
 * half-width forms. Facts are read from a normalised copy; the page keeps the recognised text.
 */
import { simplifiedForms } from './traditional-forms';

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
/**
 * A gap between words (4 characters at least, none apart) before a word its question mark or 待排 ends is no OCR gap: the
 * question starts there (慢性肾脏病5期 维持性血液透析 心功能不全？ questions only 心功能不全; 肾性贫血 糖尿病肾病待排 only the last).
 */
const GAP = '[ \\t\\u3000]+(?![ \\t\\u3000])';
const DOUBTED_WORD = `[${CJK}]{2}[^\\s|?？]*(?:[?？]|(?:待排|待查|待除外|不除外)(?=[\\s|,，;；。]|$))`;
const OCR_GAP = `(?:(?<![${CJK}\\d]{4})${GAP}|${GAP}(?!${DOUBTED_WORD}))`;
/** …nor is the gap after a month and day opening a booklet's entry (2.21 评估结果：…), which tells the date from its text. */
const ENTRY_DATE = '(?<!(?:^|\\n)[ \\t]*\\d{1,2}[./]\\d{1,2})';
const CJK_GAP = new RegExp(`(?<=[${CJK}（）：，。、；])${OCR_GAP}|(?<![?？])${ENTRY_DATE}${OCR_GAP}(?=[${CJK}（）：，。、；])`, 'g');

export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/**
 * Drops the spaces OCR puts between Chinese characters; everything else is kept as recognised, and so is a space after a
 * question mark, which ends what it questions (冠心病？ 高脂血症), and one between words before the word it ends.
 */
export function joinCjkSpacing(text: string): string {
  return text.replace(CJK_GAP, '');
}

/**
 * Scripts a bilingual form glosses its Chinese labels in (Uyghur in Arabic letters, Tibetan, Mongolian):
 * the Chinese label decides, so the gloss is dropped (姓名 ئىسمى： → 姓名：).
 */
const GLOSS_SCRIPTS = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff\u0f00-\u0fff\u1800-\u18af]+/g;

/**
 * Look-alikes OCR makes of the words a record turns on, where the misreading means nothing else: 院 after 入/出/住/医
 * (入阮, 某县人民医阮; 阮 alone is a surname), 日期 (日朋, 曰期, 日朗 before its figures), 时间 (时问), 诊断 (诊晰, 沴断 …), 诊 after 就/门/急/随 (就珍).
 */
const CONFUSIONS: readonly [RegExp, string][] = [
  [/(?<=[入出住医])阮/g, '院'], [/日朋|曰期|曰朋|日朗(?=\s*[:：|]?\s*\d)/g, '日期'], [/时问/g, '时间'], [/诊晰|沴断|沴晰|诊所(?=[:：])/g, '诊断'],
  // (not after 复, 初 or 会: 会珍 and 复珍 are given names)
  [/(?<=[就门急])[珍沴]|(?<=随)沴/g, '诊'],
  // the agent's label (代力人 is no word), the orders' (医瞩), the end stage's 末 read as 未 (终未期肾脏病), the TCM chest
  // pain's 痹 read as 癌 (胸癌心痛病 is no disease, and no cancer), leukaemia's 病 as 痛 (白血痛), a PCI's I as l before 术/后
  [/代力人/g, '代办人'], [/医瞩/g, '医嘱'], [/终未期/g, '终末期'], [/胸癌(?=心痛)/g, '胸痹'], [/白血痛/g, '白血病'],
  [/(?<![A-Za-z])PC[l1](?=\s*(?:术|后|治疗))/g, 'PCI'],
  // a date in Chinese numerals with its 〇 read as O and its 年 as 午 (二O二四午七月十日)
  [/(?<=[二〇○零])[Oo](?=[〇○零一二三四五六七八九Oo]{0,2}[年午][一二三四五六七八九十]{1,2}月)/g, '〇'],
  [/(?<=[二][〇○零Oo一二三四五六七八九]{3})午(?=[一二三四五六七八九十]{1,2}月)/g, '年'],
];

/** Letters a dot-matrix print's figures come out as (O for 0, l for 1, S for 5, B for 8, Z for 2). */
export const FIGURE: Readonly<Record<string, string>> = { O: '0', o: '0', D: '0', l: '1', I: '1', i: '1', S: '5', B: '8', Z: '2' };
const F = '[0-9OoDlIiSBZ]';
const FUZZY_DATE = new RegExp(
  `(?<![A-Za-z0-9])(${F}(?:\\s*${F}){3})\\s*(年|午|-|\\.|/)\\s*(${F}(?:\\s*${F})?)\\s*(月|-|\\.|/)\\s*(${F}(?:\\s*${F})?)`
  + `(?:\\s*(日|曰|目(?![${CJK}])))?(?![A-Za-z0-9])`, 'g');
/** A two-digit year's date before a time (24-O9-l6 lO:3O). */
const FUZZY_SHORT = new RegExp(`(?<![A-Za-z0-9])(${F}{2})-(${F}{2})-(${F}{2})(?=\\s+${F}{1,2}:${F}{2}(?![A-Za-z0-9]))`, 'g');
const figures = (s: string): string => s.replace(/\s/g, '').replace(/[A-Za-z]/g, (c) => FIGURE[c] ?? c);
/** A time of day right after a date, its figures read as letters (…6月3日l4时, …2025-03-04 O8:3O). */
const FUZZY_TIME = new RegExp(`(?<=\\d\\s*(?:日|号)?\\s+|\\d(?:日|号))(${F}{1,2})(?:(\\s*[时点])|\\s*([:：])\\s*(${F}{2}))(?![A-Za-z0-9])`, 'g');

/**
 * A date whose figures came out as letters or apart (2O25 - O3 - lS, 2 O 2 3 年 O 4 月 l l 日), or its 年 as 午 and its 日 as
 * 曰 or 目 (2024午11月2O曰), read back to figures
 * where it makes a year of this or the last century, a month and a day; anything else is left as read.
 */
function figuresOfDates(text: string): string {
  const valid = (month: string, day: string) => Number(month) >= 1 && Number(month) <= 12 && Number(day) >= 1 && Number(day) <= 31;
  return text.replace(FUZZY_DATE, (whole, y: string, s1: string, m: string, s2: string, d: string, s3: string | undefined) => {
    const [year, month, day] = [figures(y), figures(m), figures(d)];
    // (年 read as 午 and 日 as 曰 or 目 only in a date written out in 年 月 日)
    const written = s2 === '月';
    const ok = /^(?:19|20)\d\d$/.test(year) && valid(month, day) && (written || (s1 !== '午' && s3 === undefined));
    return ok ? `${year}${written ? '年' : s1}${month}${s2}${day}${s3 ? '日' : ''}` : whole;
  }).replace(FUZZY_SHORT, (whole, y: string, m: string, d: string) => {
    const [year, month, day] = [figures(y), figures(m), figures(d)];
    return /^\d\d$/.test(year) && valid(month, day) ? `${year}-${month}-${day}` : whole;
  }).replace(FUZZY_TIME, (whole, h: string, mark: string | undefined, colon: string | undefined, m: string | undefined) => {
    const [hour, minute] = [figures(h), m === undefined ? '00' : figures(m)];
    const time = /^\d{1,2}$/.test(hour) && Number(hour) <= 24 && /^[0-5]\d$/.test(minute);
    return !time || !/[A-Za-z]/.test(whole) ? whole : mark !== undefined ? `${hour}${mark}` : `${hour}${colon}${minute}`;
  });
}

/** The text as a regular expression that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export function normalizeOcrText(text: string): string {
  return CONFUSIONS.reduce((t, [re, word]) => t.replace(re, word), figuresOfDates(normalized(text))).replace(COMMA_COLON, '$1:');
}

const SPACED_NUMBER = /(?<=^|[\u4e00-\u9fa5?？)）] )([1-9]|1\d|[lI])(?= (?:[\u4e00-\u9fa5]|\d{1,2}[\u4e00-\u9fa5]))/g;

/**
 * A list numbered by figures standing apart (诊断 l 冠心病 稳定型心绞痛 2 高血压病2级 3 糖尿病？, a faded print that lost its
 * full stops) is given its markers back before the spaces between Chinese characters go: 1, 2, 3 … in order, two at
 * least (a lone figure, 年龄 71 岁, is left as read).
 */
function spacedNumbering(line: string): string {
  const marks: number[] = [];
  for (const m of line.matchAll(SPACED_NUMBER)) {
    if ((/[lI]/.test(m[1]!) ? 1 : Number(m[1])) === marks.length + 1) marks.push(m.index);
  }
  if (marks.length < 2) return line;
  return marks.reduceRight((l, at, k) => `${l.slice(0, at)}${k + 1}.${l.slice(at).replace(/^\d+|^[lI]/, '')}`, line);
}

/** A capital I standing alone between words, not a grade or type in Roman figures (高血压 I 级). */
const LONE_I = /(?<=^|\s)I(?=\s|$)(?!\s*[级期型度])/g;

/**
 * A table's vertical rules read as a capital I (I 姓名 I 赵桂香 I 性别 I 女 I) are given back as the rule 丨, where a line
 * has two at least and Chinese besides: one alone may be a list's first number (I 冠心病 2 高血压病).
 */
export function rulesReadAsI(line: string): string {
  return /[\u4e00-\u9fa5]/.test(line) && (line.match(LONE_I) ?? []).length >= 2 ? line.replace(LONE_I, '丨') : line;
}

/**
 * A box's edge read as a lone bracket inside a word or opening a row (姓名：陶[国庆, 【诊断：（1）冠心病) is no bracket,
 * where its row has none to pair it with (葡萄糖[GLU] and 【姓名】 keep theirs).
 */
const LONE: readonly (readonly [string, RegExp, RegExp])[] = [
  ['[]', /(?<=^\s*|[\u4e00-\u9fa5])\[(?=[\u4e00-\u9fa5])/g, /(?<=[\u4e00-\u9fa5])\](?=[\u4e00-\u9fa5])/g],
  ['【】', /(?<=^\s*|[\u4e00-\u9fa5])【(?=[\u4e00-\u9fa5])/g, /(?<=[\u4e00-\u9fa5])】(?=[\u4e00-\u9fa5])/g],
];
function loneBrackets(line: string): string {
  return LONE.reduce((l, [pair, open, close]) => {
    const [opens, closes] = [...pair].map((c) => l.split(c).length - 1) as [number, number];
    return opens === closes ? l : l.replace(opens > closes ? open : close, '');
  }, line);
}

/**
 * A field's label opening its cell with its colon read as a comma or a stop (姓名,宋娟 once the gaps are joined; 姓|名,|宋娟
 * where the label was spaced over its cells).
 */
const COLON_LABELS = ['姓名', '性别', '年龄', '民族', '门诊号', '住院号', '病历号', '病案号', '身份证号', '入院日期', '出院日期', '就诊日期',
  '报告日期', '入院时间', '出院时间', '就诊时间', '报告时间', '初诊日期', '开具日期', '出具日期', '中医诊断', '西医诊断', '临床诊断', '门诊诊断', '出院诊断', '初步诊断'];
const COMMA_COLON = new RegExp(`(?<=^|[\\s|])(${COLON_LABELS.map((w) => [...w].join('[\\s|]*')).join('|')})[,.;、](?=[\\s|]*(?:[\\u4e00-\\u9fa5\\d①(]|$))`, 'gm');

function normalized(text: string): string {
  return toHalfWidth(joinCjkSpacing(simplifiedForms(text).replace(GLOSS_SCRIPTS, ' ').split('\n').map((l) => spacedNumbering(rulesReadAsI(loneBrackets(l)))).join('\n')))
    .replace(/[ \t]+/g, ' ')
    // a table's rule read as text: 丨 between cells, 一一一 along a border (兹证明一一王淑琴一一同志)
    .replace(/丨|一{3,}|(?<=[\u4e00-\u9fa5])一{2}(?=[\u4e00-\u9fa5])/g, ' ')
    // the middle dots of minority names and the specks OCR reads as one (‧ • ・) are one dot
    .replace(/[\u2027\u2022\u30fb\u2219]/g, '·')
    // a label in lenticular or square brackets is a label (【姓名】纳秀琴 → 姓名:纳秀琴)
    .replace(/[【〖[]([\u4e00-\u9fa5]{2,8})[】〗\]](?=\s*\S)/g, '$1:')
    // an English summary's Discharge Dx： is its Discharge Diagnosis：, glossing a Chinese label or standing alone
    .replace(/(?<![A-Za-z])(Discharge|Admission|Admitting|Final)\s+D[xX](?=\s*[:：]|\s*$)/gim, '$1 Diagnosis')
    // a clerk's Dx (出院dx：, or before its numbered list: Dx 1、高血压病) is a 诊断 label
    .replace(/(出院|入院|门诊|初步)?(?<![A-Za-z])[Dd][Xx](?=\s*[:：])/g, '$1诊断')
    .replace(/(?<![A-Za-z])[Dd][Xx](?=\s+[1l][.、．])/g, '诊断:')
    // …and so is a hand's 诊: opening its row (诊: 高血压病2级)
    .replace(/^(\s*)诊(?=\s*[:：])/gm, '$1诊断')
    // a booklet entry's date with its first dot read as a comma (2024,8.21  内分泌科复诊)
    .replace(/(?<!\d)((?:19|20)\d\d),(?=\d{1,2}\.\d{1,2}(?![\d.]))/g, '$1.')
    .replace(/〈|《/g, '(')
    .replace(/〉|》/g, ')')
    .replace(/\(+/g, '(').replace(/\)+/g, ')')
    // a form's dotted leader between a label and its value (性  别  ...........  女, 姓  名  ...郑秀兰) is a gap
    .replace(/(?:[.·…]\s?){3,}|^[.·…]{2,}/gm, ' ')
    // a colon read twice (姓名::, 出院日期：：), or as two semicolons (姓名;;), is one colon
    .replace(/:{2,}|;{2}(?!;)/g, ':')
    // …and one read as a comma or a stop after a field's label opening its cell (姓  名，  宋娟, 门诊号.  2025612104)
    .replace(COMMA_COLON, '$1:')
    .replace(/ *: */g, ':')
    // a day in Chinese numerals whose 二 or 三 was read as a figure (二〇二五年六月2十七日)
    .replace(/(?<=年[一二三四五六七八九十]{1,3}月)([123])(?=十[一二三四五六七八九]?日)/g, (d) => '一二三'[Number(d) - 1]!)
    // a speck between a spaced label's characters read as a quote mark (姓“名  苏广才)
    .replace(/姓 ?["“”'‘’`] ?名/g, '姓名')
    // a seal's character read into a date between its month and 月 (2024年9四月3日, the seal's red over a form's 月)
    .replace(/(\d{4} ?年 ?\d{1,2}) ?(?![年月日号])[\u4e00-\u9fa5](?= ?月 ?\d{1,2} ?[日号])/g, '$1')
    // a date's dashes read as 一 (2024一03一11)
    .replace(/(?<!\d)(\d{4})一(\d{1,2})一(\d{1,2})(?!\d)/g, '$1-$2-$3')
    // …and a range's dash between two dates (2024年5月6日一2024年6月14日, 2024年5月6日一6月14日)
    .replace(/(?<=\d[日号]|\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}) ?一 ?(?=\d{4} ?[年.\-/]|\d{1,2} ?月|\d{1,2}[.\-/]\d{1,2}(?!\d))/g, '至')
    .split('\n')
    .map((l) => l.trim())
    .join('\n');
}
