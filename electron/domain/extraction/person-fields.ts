import { checkCharacter } from '../id-number';
import { escapeRegExp, FIGURE } from './normalize-text';
import { CELL_RE, cellStart, cellUnder, sourceOf, type FieldSource, type Row } from './page-lines';

export type Found<T> = { readonly value: T; readonly source: FieldSource };

/** Han characters, the rarer ones of Extension A included (蔺䶮). */
const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff';
/** Labels that may follow a name on the same row (a grid or a run of 标签：值 pairs). */
const NEXT = '性别|性\\s*别|年龄|科室|科别|床号|病区|住院号|门诊号|病案号|病历号|身份证|证件|民族|职业|婚姻|出生|籍贯|住址|电话|ID号|就诊卡|(?:出院|入院|临床|门诊|初步)?诊断[:：]|(?:入院|出院|就诊|报告)(?:日期|时间)'
  // (another person's label, once the engine's spaces are gone: 患儿姓名：孟子涵 监护人：孟庆伟)
  + '|(?:监护人|联系人|代办人|代理人|陪诊人|陪同人|家属|父亲|母亲)[:：]';
/** A front page's sex as its code (1.男 2.女), run into the name before it by the engine (钟发生1.男). */
const CODED_SEX = '\\d[.、．]\\s*[男女]';
// a minority name may be long, its parts joined by · (阿依古丽·买买提) or not (额尔敦毕力格, filling its cell)
// (the age may follow in the same box: 罗玉珍70岁, 李强男56岁; a bilingual form glosses the next label in English: 何凤琴 Sex 性别：女,
// or the name in pinyin: 李安娜 LI ANNA, 李安娜 Li Anna)
const PINYIN = `[A-Z]{2,}(?:\\s+[A-Z]{2,})*(?=\\s|$|${CELL_RE})|[A-Z][a-z]+\\s+[A-Z][a-z]+(?=\\s|$|${CELL_RE})`;
const NAME_VALUE = `((?:[${HAN}]{1,8}[·.．])+[${HAN}]{1,8}|(?:(?!${NEXT})[${HAN}]){6,8}(?=${CELL_RE}|$)|[${HAN}·]{2,5}?)(?=${CELL_RE}|\\s|$|[,，;；:：(（▼▾>›✓✔√]|[A-Z][a-z]{1,10}\\.?\\s*(?:${NEXT})|${PINYIN}|(?<![男女·])\\d{1,3}\\s*岁|[男女]\\d{1,3}\\s*岁|\\d{6,}|${CODED_SEX}|${NEXT})`;
/** The one an assessment or an insurance claim is about: the patient (被评估人, 被评定人, 被保险人). */
const ASSESSED = '被保险人|被评估人|被鉴定人|被评定人';
/** An examination's patient (受检者, 被检者), and every label that may stand before 姓名 for the patient. */
const EXAMINED = '受检者|被检者';
const PATIENT = `患者|病人|病员|患儿|就诊人|问诊人|${EXAMINED}`;
/**
 * 姓名 (not a physician's or the household head's: 医师姓名, 户主姓名 …), or 患者/病人 before it, or as a system prints it
 * (名字：, Name：, PatientName：, pinyin XM：, never Doctor Name：); or a patient label alone (就诊人：…, an internet hospital's
 * 问诊人：…, 患者：…, an assessment's 被评估人：…, a claim's 被保险人  韩淑梅, its name glued to it where the space was one).
 */
const NAME_LABEL = new RegExp(`(?:(?<![师生者人员主亲])(?:${PATIENT})?姓\\s*\\|?\\s*名(?:\\s*\\|?\\s*(?:Name|[A-Z][a-z]{1,11}(?=\\s*[:：])))?[:：]?|(?:申请人|参保人|居民|被保险人|被保人)姓\\s*\\|?\\s*名[:：]?|(?<![\u4e00-\u9fa5])(?:${ASSESSED})(?=[${HAN}·]{2,5}(?:${CELL_RE}|$))|(?<![A-Za-z]\\s?)(?:Patient\\s*)?Name\\s*[:：]|(?<![A-Za-z])XM\\s*[:：]|名字\\s*[:：]|(?<![\u4e00-\u9fa5])(?:就诊人|问诊人|${EXAMINED}|病员|患儿|患者|病人|${ASSESSED}|被保人|申请人|参保人|签约居民|签约对象|(?:本次)?服务对象|随访对象|入住人|交款人|医保电子凭证|电子健康卡|电子社保卡)(?:信息(?=\\s*[:：])(?![:：]\\s*(?:${CELL_RE})?\\s*姓\\s*名))?\\s*(?:[:：]|(?=${CELL_RE})))\\s*${CELL_RE}?\\s*${NAME_VALUE}`);
/**
 * A name in prose: two to four characters, or a minority name's parts joined by · (艾力·吐尔逊), or
 * five or six without the · where the sex follows it (敖特根巴雅尔，男).
 */
const DOTTED_NAME = `(?:[${HAN}]{1,8}·)+[${HAN}]{1,8}`;
const PROSE_NAME = `(?:${DOTTED_NAME}|[${HAN}·]{2,4}?|[${HAN}]${CELL_RE}[${HAN}]{1,2}(?=\\s*(?:[，,]|同志))|(?:(?!患者|病人|患儿|兹|我院|本院|证明)[${HAN}]){5,6}(?=[，,]\\s*[男女]))`;
/** Whose kin the patient is, in a carer's certificate (王强（身份证号：…）之母刘桂英). */
const KIN = '子|女|孙|孙女|外孙|外孙女|母|父|妻|夫|祖父|祖母|外祖父|外祖母';
/** Who the person is before the name: 兹有我镇谢屋村村民 卢秀芝, 兹证明我单位职工王芳, 兹证明我镇田庄村田凤英. */
const WHO = `(?:[^，,。|\\s]{0,12}?(?:村民|居民|职工|员工|学生|教师|工人|农民|干部|患者|病人|患儿)|(?:我|本)(?:镇|乡|街道|社区)[${HAN}]{1,6}?村)?`;
/** Sex and age after a name that opens a row: 梁少芳，女，47岁. */
const SEX_AGE = `[，,]\\s*[男女]\\s*[，,]\\s*\\d{1,3}\\s*岁`;
/** A record number in brackets after a name in prose: 患者 孙凤兰 （住院号 20240047）. */
const RECORD_NO = String.raw`[（(]\s*(?:住院|病案|门诊|登记)号\s*[:：]?\s*[\dA-Za-z-]{4,}\s*[）)]`;
/**
 * Prose or a banner: 患者周玉兰，女，67岁 / 兹证明 周玉兰 同志 (a pupil: 李想 同学) / 兹有患者周玉兰（女） / 患者：周玉兰 | 女 74岁 /
 * a record's opening summary: 一般资料：韩梦瑶，女，28岁.
 */
const NAME_PROSE = new RegExp(`(?:(?:兹证明患者|兹有患者|兹证明患儿|兹有患儿|尊敬的|患者|病人|病员|患儿|兹证明|兹有|证明)${WHO}?|(?:^|[，,。\\s|:：]|职工|员工|居民|村民)[${HAN}]{2,4}(?:[（(][^）)]{0,30}[）)])?之(?:${KIN})|(?:^|(?:一般|基本)(?:资料|情况|信息)[:：])(?=${DOTTED_NAME}|[${HAN}·]{2,4}?(?:同志|同学|${SEX_AGE})))\\s*[:：]?\\s*${CELL_RE}?\\s*(${PROSE_NAME})\\s*${CELL_RE}?\\s*(?:[（(][^）)]{1,8}[）)])?(?:[，,（(]\\s*[男女]|同志|同学|女士|先生|[，,]\\s*\\d{1,3}岁|[，,（(]?\\s*性别|[男女](?=\\s*\\d{1,3}\\s*岁|[，,\\s|]|$)|${RECORD_NO})`);
/** A row that ends where prose names the patient, the name cut by the line's end (…兹证明患者敖特根巴). */
const PROSE_LEAD_AT_END = new RegExp(`(?:患者|患儿|病人|兹证明|兹有)[${HAN}]{1,5}$`);
/** …and the next row opens with the rest of the name and the sex (雅尔，男，67岁). */
const NAME_END_AT_START = new RegExp(`^[${HAN}]{0,5}[，,]\\s*[男女]`);
/** A row that ends with a labelled name the line's end may have cut (…床号：透析08  姓名：蔡玉)… */
const LABELLED_AT_END = new RegExp(`姓名[:：]\\s*[${HAN}]{1,3}$`);
/** …and the next row opens with its last character alone before the sex's label (凤  性别：女). */
const NAME_TAIL_AT_START = new RegExp(`^\\s*[${HAN}](?=\\s*${CELL_RE}\\s*性\\s*别)`);
/** A name a form spaces out to fill its cell (姓名  李  娜, 石  建  国, 就诊人：高  阳), or a rule splits (姓名 | 孙 | 海燕): up to four boxes. */
const NAME_SPACED = new RegExp(`(?:(?<![师生者人员主亲])(?:${PATIENT})?姓\\s*名|(?<![\u4e00-\u9fa5])(?:就诊人|问诊人|${EXAMINED}))[:：]?\\s*${CELL_RE}?([${HAN}])${CELL_RE}([${HAN}]{1,2})(?:${CELL_RE}([${HAN}]))?(?:${CELL_RE}([${HAN}]))?(?=${CELL_RE}|$)`);
/**
 * A header banner with no label: the name in a cell of its own (or spaced off), the sex and age next (周玉兰 | 女 67岁,
 * 李建军/男/58岁, or a hand's 吕长江  男  64, a row of its own).
 */
const NAME_BANNER = new RegExp(`(?:^|${CELL_RE})([${HAN}·]{2,4})(?:${CELL_RE}|\\s+|\\s*\\/\\s*)?\\s*[男女]\\s*(?:${CELL_RE}\\s*|\\/\\s*)?\\d{1,3}\\s*(?:岁|[yY](?![A-Za-z])|(?<=^[${HAN}·]{2,4}${CELL_RE}?[男女]${CELL_RE}?\\d{1,3})$)`);
/**
 * A name opening a header row before its 性别 label, where the 姓名 label was covered or cut (侯建英  性别：女  年龄：62岁), or
 * half of it lost (a widely spaced 姓  名 whose 名 the engine missed: 姓 | 苏广才 | 性别 | 男).
 */
const NAME_BEFORE_SEX = new RegExp(`^[\\s|]*(?:[姓名]${CELL_RE}\\s*)?([${HAN}·]{2,4})${CELL_RE}\\s*性\\s*别(?:[:：]|(?<=^[\\s|]*[姓名]${CELL_RE}.*))`);
/** The patient's own signature (患者签名：巴特尔), where nothing else names them; never one who signs for them (…（家属代签）). */
const NAME_SIGNED = new RegExp(`(?:患者|病人|${EXAMINED})(?:本人)?(?:签名|签字)\\s*[:：]\\s*${CELL_RE}?\\s*([${HAN}·]{2,5}?)(?=${CELL_RE}|\\s|$|[（(])(?![^|]*代)`);
/** Words never a name: labels and their values' words, and the next column's heading (姓名  主诉, two columns read across; 患者 | 代办人). */
const NOT_A_NAME = /^(?:性别|年龄|男|女|姓名|患者|本人|项目|代办人|监护人|委托人|代理人|家属|科室|住院|入院|出院|门诊|未知|不详|身份|证件|电话|联系|地址|住址|民族|职业|床号|病区|籍贯|出生|婚姻|主诉|现病史|既往史|病史|诊断|临床诊断|体格检查|就诊)/;

/** A 姓名 label alone in its cell, its value printed under it (a sidebar or a header of label-above-value pairs). */
const NAME_ALONE = new RegExp(`^(?:(?:患者|病人|病员|患儿|就诊人|受检者|申请人|参保人|儿童|居民)?姓\\s*名|${EXAMINED})[:：]?$`);
const CODED_SEX_AFTER = new RegExp(`(?<=[${HAN}]{2})${CODED_SEX}$`);
const NAME_ONLY = new RegExp(`^[${HAN}·]{2,5}$`);

/** A label alone on its row, as a grid read column by column gives it (性别, 年龄). */
const LABEL_ALONE = new RegExp(`^(?:${NEXT})[:：]?$`);

/** How many rows from `r` hold a label alone: a grid read column by column puts its values as many rows below (姓名 / 性别 / 年龄 / 高振山 / 男 / 68岁). */
function labelRun(rows: readonly Row[], r: number): number {
  let k = 1;
  while (rows[r + k]?.cells.length === 1 && LABEL_ALONE.test(rows[r + k]!.cells[0]!.text.trim())) k += 1;
  return k;
}

function nameUnderLabel(rows: readonly Row[]): Found<string> | null {
  for (const [r, row] of rows.entries()) {
    for (const [i, cell] of row.cells.entries()) {
      if (!NAME_ALONE.test(cell.text)) continue;
      const below = rows[r + (row.cells.length === 1 ? labelRun(rows, r) : 1)];
      // a label alone on its row: the name opens the row under it (姓名 / |  施兰芬  |  性别  女 …)
      const first = below?.cells.findIndex((c) => c.text.trim() !== '') ?? -1;
      const at = row.cells.length === 1 ? (first >= 0 ? first : null) : cellUnder(row, i, below);
      const value = at === null ? undefined : below!.cells[at]!.text.trim().replace(CODED_SEX_AFTER, '');
      if (!value || !NAME_ONLY.test(value) || NOT_A_NAME.test(value)) continue;
      const source = sourceOf(below!, cellStart(below!, at!), cellStart(below!, at!) + value.length);
      return { value, source: { ...source, confidence: source.confidence * 0.9 } };
    }
  }
  return null;
}

/** A row that is no name however short: a title or a heading (诊 断 证 明 书, 门诊病历). */
const HEADING_WORDS = /证明|病历|记录|报告|医院|诊断|意见|[表书单]$/;
/** Prose that names the patient next, alone at its row's end (兹证明 / 王 福 生 / 同志（身份证号：…）). */
const PROSE_LEAD_ALONE = /^(?:兹证明|兹有)(?:患者|患儿)?$/;
const NAME_THEN_PROSE = new RegExp(`^([${HAN}]{2,4}?)(?:同志|先生|女士|[，,（(]|性别|$)`);

/**
 * A name read apart from its label, as an engine orders a photo's boxes: on the row above a label alone on its row
 * (李春梅 / 姓名：), or on the row after prose that names the patient next (兹证明 / 王 福 生 / 同志…); marked for checking.
 */
function nameApart(rows: readonly Row[]): Found<string> | null {
  const bare = (row: Row | undefined) => row?.joined.replace(/[\s|]/g, '') ?? '';
  for (const [r, row] of rows.entries()) {
    const above = r > 0 && NAME_ALONE.test(bare(row)) ? bare(rows[r - 1]) : '';
    const after = PROSE_LEAD_ALONE.test(bare(row)) ? NAME_THEN_PROSE.exec(bare(rows[r + 1]))?.[1] ?? '' : '';
    const [value, at] = NAME_ONLY.test(above) ? [above, rows[r - 1]!] : [after, rows[r + 1]];
    if (!at || !NAME_ONLY.test(value) || NOT_A_NAME.test(value) || HEADING_WORDS.test(value)) continue;
    const source = sourceOf(at, 0, at.joined.length);
    return { value, source: { ...source, confidence: source.confidence * 0.8 } };
  }
  return null;
}

/**
 * Compound surnames as the engine misreads them, by one look-alike character (夏候 for 夏侯, 上宫 for
 * 上官): none of the misreadings is a surname, so the name is given back its own.
 */
const COMPOUND_SURNAME_MISREAD: Readonly<Record<string, string>> = {
  夏候: '夏侯', 上宫: '上官', 司徙: '司徒', 诸曷: '诸葛', 欧汤: '欧阳', 皇浦: '皇甫', 今狐: '令狐', 瑞木: '端木', 尉达: '尉迟', 公荪: '公孙',
};

function withCompoundSurname(found: Found<string> | null): Found<string> | null {
  const fixed = found && found.value.length >= 3 ? COMPOUND_SURNAME_MISREAD[found.value.slice(0, 2)] : undefined;
  return fixed ? { value: fixed + found!.value.slice(2), source: found!.source } : found;
}

/**
 * A long minority name a fixed-width cell cut short (买买提明·阿不都) is given whole where the prose writes it out
 * before the sex or the age (患者买买提明·阿不都热合曼，男，73岁), marked for checking.
 */
function wholeName(found: Found<string> | null, rows: readonly Row[]): Found<string> | null {
  if (!found?.value.includes('·')) return found;
  const longer = new RegExp(`${escapeRegExp(found.value)}([${HAN}]{1,6})(?=[，,]\\s*(?:[男女]|\\d{1,3}\\s*岁))`);
  const rest = rows.map((row) => longer.exec(row.joined)?.[1]).find((m) => m !== undefined);
  return rest ? { value: found.value + rest, source: { ...found.source, confidence: found.source.confidence * 0.9 } } : found;
}

/**
 * A sentence's patient and why they came (患者张美丽因“…”于…住院), read only where nothing else names them (a stamp over the
 * header's name); words that open such a sentence (患者自述因…, 患者近日因…, 患者无明显诱因…) are no name.
 */
const NAME_CAUSE = new RegExp(`(?:患者|患儿|病人)\\s*((?![自今近本此既多再反无昨前上去数半约遂现目当经由入出住术病年一二两三四五六七八九十])[${HAN}]{2,4}?)(?=因(?!此))`);

export function patientName(rows: readonly Row[]): Found<string> | null {
  const last: readonly Tier[] = [[NAME_SIGNED, 0.7, Infinity], [NAME_CAUSE, 0.6, Infinity]];
  return wholeName(withCompoundSurname(nameBeside(rows) ?? nameUnderLabel(rows) ?? nameApart(rows) ?? nameBeside(rows, last)), rows);
}

/** Someone marked in brackets as the patient's kin or agent (李卫东（患者之子）, 王丽（女儿）), never the patient (本人). */
// (a bare 女 is the sex: 王芳（女）)
const KIN_MARK = `\\s*[（(]\\s*(?:系|为)?(?:患者|病人|患儿)?(?:[之的](?:${KIN})|儿子|女儿|孙子|孙女|外孙女?|母亲|父亲|妻子|丈夫|配偶|爱人|儿媳|女婿|家属|亲属|代办人?|监护人)\\s*[）)]`;
/**
 * A role whose bearer the page marks as the patient's kin (申请人：李卫东（患者之子）, 申请人（监护人）：苗晓丽): neither the name nor that role's
 * number is the patient's. (After a patient's label the mark says whose kin the patient is: 就诊人：王秀兰（母亲）.)
 */
const KIN_ROLE = new RegExp(`(申请人|参保人|办理人)(?:[:：\\s|]*[${HAN}]{2,4})?${KIN_MARK}`);
const KIN_ROLE_AT = new RegExp(`^\\s*${KIN_ROLE.source}`);

/** A form's block about someone else, opening its row (代办人信息：姓名  刘淑琴 …). */
const OTHERS_BLOCK = /^[\s|]*(?:代办人|监护人|委托人|代理人|联系人|家属)(?:信息|情况)?[:：|]/;

/** The ways a name stands beside its label or in prose, each with how far it is trusted and how many rows down it is looked for. */
type Tier = readonly [RegExp, number, number];
const BESIDE: readonly Tier[] = [[NAME_LABEL, 1, Infinity], [NAME_SPACED, 0.9, Infinity], [NAME_PROSE, 0.85, Infinity], [NAME_BANNER, 0.8, 8], [NAME_BEFORE_SEX, 0.8, 4]];

function nameBeside(rows: readonly Row[], tiers: readonly Tier[] = BESIDE): Found<string> | null {
  for (const [re, trust, top] of tiers) {
    for (const [r, row] of rows.slice(0, top).entries()) {
      if (OTHERS_BLOCK.test(row.joined)) continue;
      // prose that wrapped the name onto the next line (…兹证明患者敖特根巴 / 雅尔，男，67岁…) is read as one line
      const next = rows[r + 1]?.joined ?? '';
      const wrapped = re === NAME_PROSE && PROSE_LEAD_AT_END.test(row.joined) && NAME_END_AT_START.test(next) ? next
        // …and a labelled name cut after its first characters (姓名：蔡玉 / 凤  性别：女) is read whole
        : re === NAME_LABEL && LABELLED_AT_END.test(row.joined) ? (NAME_TAIL_AT_START.exec(next)?.[0].trim() ?? '') : '';
      const m = re.exec(row.joined + wrapped);
      // a minority name joins its parts with ·; one at either end is a speck the engine read (岳涛·男87岁); a name spaced
      // wide in prose (兹证明 王  芳 ，女) is one word
      const value = m ? m.slice(1).filter((g) => g !== undefined).join('').replace(/[.．]/g, '·').replace(/^·+|·+$|\|/g, '') : undefined;
      if (!m || !value || NOT_A_NAME.test(value) || KIN_ROLE_AT.test(row.joined.slice(m.index))) continue;
      const at = m.index + m[0].lastIndexOf(m[1]!);
      const source = sourceOf(row, at, m.index + m[0].length);
      return { value, source: { ...source, confidence: source.confidence * trust } };
    }
  }
  return null;
}

/** A printed ID's figures as OCR reads them: a dot-matrix date's letters, and Q, ! and a small x besides. */
const OCR_DIGIT: Readonly<Record<string, string>> = { ...FIGURE, Q: '0', '!': '1', x: 'X' };
/** Whose number it is when not the patient's: a guardian's, a relative's, the agent's (监护人身份证号：…), the drugs' collector's, the card holder's. */
const SOMEONE_ELSE = '户主|投保人|监护人|家属|家长|联系人|代办人|经办人|代理人|委托人|陪诊人|陪同人|陪护人|父亲|母亲|配偶|爱人|丈夫|妻子|'
  + '代取药人|取药人|代诊人|代配药人|领药人|领取人|持卡人|'
  + '儿子|女儿|其子|其女|其夫|其妻|之子|之女|孙子|孙女|儿媳|女婿';
const ID_LABEL = new RegExp(`(?<!${SOMEONE_ELSE})(?:(?:公民)?身份(?:证)?(?:号码|证号|号)?|证件号(?:码)?|身份证)`);
/**
 * Another person's number: after their role, or after their role and name (代办人  刘志强  身份证号  …, 代办人：女儿 孔XX  身份证号：…),
 * the role perhaps explained in brackets (父亲（参保代办人）：佟伟  身份证号：…), or their signature (家属签字：李志刚（子）  身份证号：…).
 */
// (their name may stand between, never the patient's own label: 联系人：王丽（女儿）  患者身份证号：…; the number may be a dot-matrix print's)
const OTHERS_ID = new RegExp(`(?:${SOMEONE_ELSE})(?:[（(][^）)\\d]{1,8}[）)])?(?:信息|情况|签字|签名)?[:：\\s|]*(?:姓名)?(?:[:：\\s|]*(?:(?!患者|病人|本人|参保)[^\\d|:：]){1,12}?[\\s|]*)?`
  + `(?:的)?(?:公民)?(?:身份证?|证件)[^\\d${Object.keys(OCR_DIGIT).join('')}]{0,6}[\\dXx${Object.keys(OCR_DIGIT).join('')}]`, 'g');
/** The number of the one whose kin the patient is, in brackets after their name (王强（身份证号：…）之母刘桂英). */
const KINS_ID = new RegExp(`[（(][^）)\\d]{0,10}\\d{17}[\\dXx]\\s*[）)]\\s*之(?:${KIN})`, 'g');
/** A column headed by another person's number (母亲身份证号 over the mother's value). */
const OTHERS_ID_CELL = new RegExp(`^(?:${SOMEONE_ELSE})(?:的)?(?:公民)?(?:身份证号?|证件号码?)[:：]?$`);

/** The cells of a row that stand under a header naming another person's number. */
function othersColumns(header: Row, row: Row): number[] {
  return header.cells.flatMap((c, i) => (OTHERS_ID_CELL.test(c.text) ? [cellUnder(header, i, row)] : []))
    .filter((at): at is number => at !== null);
}

const valid = (id: string) => /^\d{17}[\dX]$/.test(id) && checkCharacter(id.slice(0, 17)) === id[17];

const LETTERS_TO_FIGURE = new RegExp(`^[${Object.keys(OCR_DIGIT).join('')}]{0,3}\\d`);

/**
 * Digits (and a final X) after a position, across cells, spaces and the one-digit boxes of a printed
 * grid. A box border read as a digit makes the run longer than 18: the 18 in a row whose check digit
 * holds are taken (GB 11643), else the first 18.
 */
function digitsFrom(text: string, from: number): { id: string; end: number } | null {
  let run = '';
  let i = from;
  for (; i < text.length && run.length < 22; i += 1) {
    const c = text[i]!;
    if (/\d/.test(c)) run += c;
    // a letter opens the number only where its group goes on to a figure (SOO2 3S …), never a word's (No.)
    else if (OCR_DIGIT[c] && (run.length > 0 || LETTERS_TO_FIGURE.test(text.slice(i + 1)))) run += OCR_DIGIT[c];
    else if ((c === 'X' || c === 'x' || c === '×') && run.length >= 17) run += 'X';
    else if (/[\s|:：\-—_.·]/.test(c)) continue;
    else if (run.length > 0) break;
    else if (i - from > 3) return null;
  }
  if (run.length < 18) return null;
  const windows = Array.from({ length: run.length - 17 }, (_, k) => run.slice(k, k + 18)).filter((w) => !w.slice(0, 17).includes('X'));
  const id = windows.find(valid) ?? windows[0];
  return id ? { id, end: i } : null;
}

/** A number with no label: 18 figures, or printed in its parts (372522 19561130 2950: the place, the birth date, the rest). */
const UNLABELLED_ID = /(?<![\dA-Za-z])(?:\d{17}|\d{6} \d{8} \d{3})[\dXx](?![\dA-Za-z])/g;

/** The 身份证号: after its label first (a grid of one digit per box included), else any number whose check digit holds (GB 11643). */
export function idNumber(rows: readonly Row[]): Found<string | null> | null {
  const candidates: (Found<string> & { labelled: boolean })[] = [];
  const kinRole = rows.map((row) => KIN_ROLE.exec(row.joined)?.[1]).find((role) => role !== undefined);
  let header: Row | null = null;
  const kinsLabel = kinRole ? new RegExp(`${kinRole}[^\\d|]{0,4}?(?:${ID_LABEL.source})`, 'g') : null;
  for (const [r, row] of rows.entries()) {
    const others = [...row.joined.matchAll(OTHERS_ID), ...row.joined.matchAll(KINS_ID), ...(kinsLabel ? row.joined.matchAll(kinsLabel) : [])]
      .map((m) => [m.index, m.index + m[0].length] as const);
    const theirs = (at: number) => others.some(([a, b]) => at >= a && at < b);
    const label = ID_LABEL.exec(row.joined);
    if (label && !theirs(label.index)) {
      const start = label.index + label[0].length;
      const d = digitsFrom(row.joined, start);
      const wrapped = d ? null : wrappedId(row.joined.slice(start), rows[r + 1]?.joined ?? '');
      if (d) candidates.push({ value: d.id, source: sourceOf(row, start, d.end), labelled: true });
      else if (wrapped) candidates.push({ value: wrapped, source: sourceOf(row, start, row.joined.length), labelled: true });
      else {
        // the number printed under its label
        const i = row.cells.findIndex((c) => ID_LABEL.test(c.text) && /[:：]?$/.test(c.text) && !/\d/.test(c.text));
        const below = rows[r + 1];
        const at = i < 0 ? null : cellUnder(row, i, below);
        const under = at === null ? null : digitsFrom(below!.cells[at]!.text, 0);
        if (under) candidates.push({ value: under.id, source: sourceOf(below!, cellStart(below!, at!), cellStart(below!, at!) + under.end), labelled: true });
      }
    }
    // a table's column headed by another person's number, down the rows of that table
    if (row.cells.some((c) => OTHERS_ID_CELL.test(c.text))) header = row;
    else if (header && row.cells.length < header.cells.length - 1) header = null;
    const columns = header && header !== row ? othersColumns(header, row) : [];
    for (const m of row.joined.matchAll(UNLABELLED_ID)) {
      if (theirs(m.index) || columns.some((c) => m.index >= cellStart(row, c) && m.index < cellStart(row, c) + row.cells[c]!.text.length)) continue;
      candidates.push({ value: m[0].replace(/\s/g, '').toUpperCase(), source: sourceOf(row, m.index, m.index + m[0].length), labelled: false });
    }
  }
  const best = candidates.find((c) => c.labelled && valid(c.value)) ?? candidates.find((c) => valid(c.value)) ?? candidates.find((c) => c.labelled);
  if (!best) return null;
  if (valid(best.value)) return best;
  // the check character X misread as a figure (dot-matrix print, a seal): where only X makes the number hold, the
  // number is given with the X, still below the bar for the clerk to check; any other failing number is no ID (a misprint,
  // a misread figure): it is kept as read, for the clerk to see beside the page, and never taken
  const withX = `${best.value.slice(0, 17)}X`;
  if (/^\d{17}\d$/.test(best.value) && valid(withX)) return { value: withX, source: { ...best.source, confidence: Math.min(REPAIRED_X, best.source.confidence) } };
  return { value: null, source: { ...best.source, confidence: Math.min(0.3, best.source.confidence), read: best.value } };
}

/**
 * A number prose wrapped after its label (身份证号522327195703 / 081242，于…): the figures ending the row and the
 * ones opening the next, taken only where together they are a number that holds.
 */
function wrappedId(tail: string, next: string): string | null {
  const head = /^[\s:：]*(\d{6,17})\s*$/.exec(tail)?.[1];
  if (!head) return null;
  const rest = new RegExp(`^\\s*(\\d{${17 - head.length}}[\\dXx])(?![\\dA-Za-z])`).exec(next)?.[1];
  const id = rest ? `${head}${rest}`.toUpperCase() : null;
  return id && valid(id) ? id : null;
}

/** How sure a number is whose last figure was taken for a misread X: below the bar, so the clerk checks it. */
const REPAIRED_X = 0.5;

export function recordNo(rows: readonly Row[]): string | null {
  for (const row of rows) {
    const m = /(?:住院号|门诊号|病案号|病历号|登记号|就诊卡号|ID号)[:：]?\s*\|?\s*([A-Za-z0-9-]{3,20})/.exec(row.joined);
    if (m) return m[1]!;
  }
  return null;
}

const SIGNER = new RegExp(`(?:医师签名|医生签名|医师签字|经治医师|主治医师|住院医师|接诊医师|报告医师|审核医师|检验者|审核者|医师|医生)[:：]?\\s*${CELL_RE}?\\s*([${HAN}·]{2,4})(?![${HAN}])`, 'g');

/** Physicians who signed the record: they may not certify their own patient (R21). */
export function physicianNames(rows: readonly Row[]): string[] {
  return [...new Set(rows.flatMap((r) => [...r.joined.matchAll(SIGNER)].map((m) => m[1]!)))]
    .filter((n) => !/^(?:签名|签字|盖章|意见|建议)/.test(n));
}
