import { dayFirst } from './english-dates';
import { findDates } from './chinese-dates';
import { labelAbove, labelBelow, labelInOrder, labelTail, plainLabel, VALUE_CELL } from './date-labels';
import { type FieldSource, type Row, sourceOf } from './page-lines';
import { CLAUSE_END, citesAnotherPaper, stayElsewhere } from './stay-place';

/**
 * What a date on a record attests, read from the words around it: the label before it
 * (入院日期：…, 报告时间 …) or, in prose, the verb after it (…于2024年12月28日入院).
 * 送检/采样/打印/出生/手术 dates stand near the wanted ones and are named so that they are never taken.
 */
export type DateRole = 'ADMISSION' | 'DISCHARGE' | 'STAY' | 'VISIT' | 'REPORT' | 'REVIEWED' | 'EXAM' | 'ISSUE' | 'ENDORSED' | 'OTHER'
  | 'EARLIER_ADMISSION' | 'EARLIER_DISCHARGE' | 'HISTORY_ADMISSION' | 'UNLABELLED';

/** Dates of another paper or another time than this paper's own (a certificate is never dated by them). */
export const NOT_OWN: ReadonlySet<DateRole> = new Set(['OTHER', 'ENDORSED', 'EARLIER_ADMISSION', 'EARLIER_DISCHARGE', 'HISTORY_ADMISSION']);

/** Dates of other events than the paper's own: birth, the sample's way through the lab, printing, surgery, onset … */
const NOT_THIS_PAPER = ['出生', '生日', '送检', '送验', '采样', '采集', '取样', '标本', '接收', '收样', '签收', '领取', '打印', '起始', '生效', '享受',
  '手术', '发病', '起病', '筛查', '末次月经', '预产期', '采血', '确诊', '复印', '摘抄', '抄录', '申请', '预约', '入科', '转科', '建档', '档案建立', '建卡', '办卡', '签约', '参保', '入保', '冰冻', '核验', '受理', '公示', '原[^|:：，。]{0,5}认定', '首次(?:[^|:：，。]{0,5}认定)?', '补打', '补印', '重打',
  // the office that seals a certificate dates its seal (盖章日期：…), not the certificate
  '盖章', '用印'].join('|');

/** An emergency observation's times (入观时间, 离观时间, 留观时间). */
const OBSERVED = /(?:入观|离观|留观|观察)(?:日期|时间)/;

const BEFORE: readonly [RegExp, DateRole][] = [
  // the applicant's, the agent's or the one collecting it signs with a date of their own (申请人/代办人签字：… 日期：…)
  [/^[\s|]*(?:申请人|代办人|代理人|领取人|患者家属|患者|家属|监护人)[^|]{0,12}(?:签字|签名)(?![\s\S]*(?:医师|医生|盖章|公章))/, 'OTHER'],
  // the bureau's or another body's clerks date their review (经办人：…  2025年7月10日, 审核人：…  复核人：…  日期：…,
  // 医保经办机构意见：…, 县级残联审核意见：…): a certificate's date only where nothing else dates it
  [/(?:^|\|)[\s|]*(?:医保)?(?:经办人|经办机构|审核人|复核人)|(?:残联|民政|医保局|医保中心)[^|]{0,10}(?:审核|审批|意见)/, 'ENDORSED'],
  [new RegExp(String.raw`(?:${NOT_THIS_PAPER})[^|:：]{0,4}[:：]?\s*\|?\s*$`), 'OTHER'],
  // the last of several stays an outpatient page tells (…共住院3次，末次为2024年1月5日—2月3日于我院住院): an earlier one, not another
  // visit (a bare 上次住院：… the authors read apart: a stay just ended to some, history to others)
  [/住院[^。；;|]{0,10}[，,]\s*(?:末次|最近一次)(?:日期|时间)?(?:为|是|于)?[:：]?\s*\|?\s*$/, 'EARLIER_ADMISSION'],
  // another visit than this one: the last one, or one still to come (请于…复诊, 下次复诊：…, an admission slip's 拟入院日期：…,
  // a chemotherapy clinic's 下周期日期：…)
  [/(?:上次|末次|前次|下次|再次|预约|拟|计划|预计|下一?周期|上一?周期)(?:就诊|复诊|门诊|随访|服务|取药|配药|开药|续方|入院|出院|住院|产检|化疗|治疗)?(?:日期|时间)?(?:为|是|不早于|不晚于)?[:：]?\s*[（(]?\s*\|?\s*$|(?:请于|定于|建议于?|需于)\s*$/, 'OTHER'],
  // an admission or a discharge still to come (拟于2024年4月8日入院, 计划于…出院)
  [/(?:拟|计划|预计|择期)于?\s*$/, 'OTHER'],
  // a certificate's list of stays, each its range (第3次 2024.02.05—2024.03.18): the last one ended is the page's
  [/第[\d一二三四五六七八九十]{1,2}次(?:住院)?[:：]?\s*\|?\s*$/, 'STAY'],
  // sick leave and validity: 需病休7天（至…）, 建议休息7天，自…起至…, 有效期至…
  [/(?:休息|病休|全休|休假|休养|有效期|有效至)[^|。；;:：]{0,10}$/, 'OTHER'],
  // (…where the line wrapped after 需病休: 7天（至2025年1月23日）)
  [/(?<!院|住|在)\d{1,3}\s*[天周]\s*[（(]\s*(?:至|到)\s*$/, 'OTHER'],
  [/(?:住院|在院|入\s*[/、]?\s*出院|出\s*[/、]?\s*入院)(?:康复|治疗)?(?:起止|起讫)?(?:日期|时间|期间)[:：]?\s*\|?\s*(?:(?:自|从|由)\s*\|?\s*)?[（(]?\s*$/, 'STAY'],
  // 本次住院自2025-05-06至2025-05-19, or a certificate pad's line 住院：于 2025.9.1 至 2025.9.10
  [/住院\s*(?:自|从)\s*$|(?:^|\|)\s*住院\s*[:：]\s*\|?\s*(?:于|自|从)?\s*\|?\s*$/, 'STAY'],
  // the length of the stay, its dates in brackets: 住院13天（2025.3.4-2025.3.17）
  [/(?:住院|在院)(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*天\s*[（(]\s*$/, 'STAY'],
  // (a home sickbed's stay opens and closes by its labels: 建床日期：…  撤床日期：…)
  // (other vendors' words: 入住日期, and a form short of room: 入日:2024-03-01 出日:2024-03-14)
  [/(?:入院|收治|收住)(?:日期|时间)?[于在]?[:：]?\s*\|?\s*(?:自|从)?\s*$|(?:建床|入住)(?:日期|时间)[:：]?\s*\|?\s*$|(?<![\u4e00-\u9fa5])入日[:：]?\s*$/, 'ADMISSION'],
  // (…and a transfer's record by when the patient left: 转院时间：…; a ward's 离院日期, not an emergency's 离院时间)
  [/出院(?:日期|时间)?于?[:：]?\s*\|?\s*$|(?:撤床|转院|死亡)(?:日期|时间)[:：]?\s*\|?\s*$|离院日期[:：]?\s*\|?\s*$|(?<![\u4e00-\u9fa5])出日[:：]?\s*$/, 'DISCHARGE'],
  // a course record's last note is headed by its date and time: 出院记录  2024-07-16 09:31, 出院前病程记录  …
  [/出院前?(?:病程)?(?:记录|小结)[:：]?\s*\|?\s*$/, 'DISCHARGE'],
  // (a TCM page's later visits dated in brackets: 二诊（9月10日）：…)
  [/(?:初|[二三四五六七八九十])诊\s*[（(]\s*$/, 'VISIT'],
  // (an internet hospital's consultation by when it began: 问诊开始：2024-05-17 19:02; a TCM page's 二诊 2024年5月20日, 三诊 …)
  // (an antenatal visit: 本次检查日期：…, 产检日期：…)
  // (a page of numbered visits: 就诊记录1  2024-06-12 … 就诊记录2  2024-07-10)
  [/(?:就诊|门诊|初诊|复诊|[二三四五六七八九十]诊|接诊|看诊|问诊|开方|处方|随访|来诊|来院|到院|诊疗|产检|本次检查)(?:日期|时间|开始(?:时间)?|记录\s*[（(]?\d{1,2}[)）]?)?[:：]?\s*\|?\s*$|(?<![\u4e00-\u9fa5])诊日[:：]?\s*$/, 'VISIT'],
  // an emergency observation's start and end (入观时间：…, 离观时间：…) are its visit, not a stay's
  [new RegExp(`${OBSERVED.source}[:：]?\\s*\\|?\\s*$`), 'VISIT'],
  // a certified patient's yearly review is a visit (本次评估日期：…)
  [/评估(?:日期|时间)[:：]?\s*\|?\s*$/, 'VISIT'],
  // a family doctor's visit (服务日期：…, 服务方式：门诊), at home too (上门日期：…)
  [/(?:服务|上门)(?:日期|时间)[:：]?\s*\|?\s*$/, 'VISIT'],
  // a session of outpatient treatment: 透析日期, 化疗日期 (首次透析 alone, without 日期, is not this one)
  [/(?:透析|化疗|放疗|治疗)(?:日期|时间)[:：]?\s*\|?\s*$/, 'VISIT'],
  // (a slip's corner may leave out 时间: 采样 03-04 06:50  接收 03-04 07:42  报告 03-04 10:15)
  [/(?:报告|发报告)(?:日期|时间)?[:：]?\s*\|?\s*$/, 'REPORT'],
  // the date the reporting physician signed beside the name (报告医师：李四  2025-03-04 11:00)
  [/报告(?:医师|医生|者|人)[:：]?\s*\|?\s*[\u4e00-\u9fa5·]{2,5}\s*\|?\s*$/, 'REPORT'],
  [/(?:审核|复核)(?:医师|医生|者|人)[:：]?\s*\|?\s*[\u4e00-\u9fa5·]{2,5}\s*\|?\s*$/, 'REVIEWED'],
  // 审核/发布 time, a check-up's 总检日期: the report's date only where no 报告日期 is printed
  [/(?:审核|发布|总检|主检)(?:日期|时间)[:：]?\s*\|?\s*$/, 'REVIEWED'],
  [/(?:检查|检验|化验)(?:日期|时间)[:：]?\s*\|?\s*$/, 'EXAM'],
  [/(?:开具|出具|签发|证明|填表|诊断)?(?:日期|时间)[:：]?\s*\|?\s*$/, 'ISSUE'],
];
/** A time of day after a date: 11:05, 10:30:25, 10时, 8时30分, 9点, 上午10时, 下午. */
const TIME = String.raw`(?:(?:上午|下午|中午|晚上|凌晨|早晨|早上|夜间)?\s*(?:\d{1,2}\s*(?:[:：]\s*\d{2}(?:[:：]\s*\d{2})?|[时点](?:\s*\d{1,2}\s*分)?)\s*)?)?`;
/** A weekday after a date: （星期五）, (周二). */
const WEEKDAY = String.raw`(?:[（(]\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[)）]\s*)?`;
/** Between a range's ends: 至, 到, a dash; the start's time of day may stand before it (2023-10-14 10:05 至 2023-10-15 09:40). */
const RANGE = new RegExp(String.raw`^[\s|]*${TIME}[\s|]*(?:起[\s|]*)?(?:至|到|~|～|—{1,2}|-{1,2}|\/)[\s|]*$`);
/** A range going on after a date (2024-12-28 至 …): the date is its start, whatever its label. */
const RANGE_NEXT = new RegExp(String.raw`^[\s|]*${TIME}[\s|]*(?:起[\s|]*)?(?:至|到|~|～|—{1,2}|-{1,2}|\/\s*\d)`);
/** A label naming both ends of a stay (入出院日期, 出/入院日期). */
const BOTH_ENDS = /入\s*[/、]?\s*出院|出\s*[/、]?\s*入院/;
/** A day's stay, told after its date, perhaps on the next row: …于2024年7月3日在我院日间手术中心行…术，当日(17时)出院. */
const SAME_DAY = /^[^。；;]{0,60}?(?:当日|当天|同日)(?:\d{1,2}\s*(?:[:：]\s*\d{2}|[时点](?:\d{1,2}分)?))?出院/;
const after = (re: string): RegExp => new RegExp(`^\\s*[)）]?\\s*\\|?\\s*${WEEKDAY}${TIME}\\|?\\s*${WEEKDAY}${re}`);
/** The reason a stay began, its complaint quoted with commas inside (因“口干、多饮5年，加重1月”, 以“头晕3天”收入院). */
const QUOTED = '“[^”]{0,40}”|"[^"]{0,40}"';
const BECAUSE = `[因以](?:${QUOTED}|[^，。|“"]){0,30}`;
/** The outpatient department's words of referral: 以“高血压病”, 拟“脑梗死”. */
const REFERRED = `[以拟](?:${QUOTED}|[^，。|“"]{0,20})`;
/** A stay told by its start: …住院, …在我院内分泌科住院, …住我院 (not 住院号, 住院医师, 住院费用, 住院天数, 住院检查：… of a day in it). */
const HOSPITALISED = '(?:(?:[来到至在](?:我|本)?院[\u4e00-\u9fa5]{0,8}?)?住院(?!号|病历|病案|费|天数|期间|日期|时间|医|总|部|处|证|检查|化验|检验|复查)|住(?:我|本)院)';
/**
 * Up to two clauses between a date and its admission (…门诊就诊后收入院, …来我院就诊，以“冠心病”收入心内科, …第2次入住我院):
 * never across another date, a full stop or a discharge.
 */
const LEAD_IN = `(?:(?:${QUOTED}|第\\d{1,2}次|[^，,。；;|\\d出“"]){0,16}?[，,]?){0,2}?`;
/** An admission only advised (建议入院, 嘱住院治疗) is none. */
const ADVISED = '建议|嘱|需|拟|必要时|动员|劝';
/** A discharge still to come: 明日出院, 拟出院, 预计…出院. */
const PLANNED = '明日|明天|次日|拟|计划|预计|择期|择日';
/**
 * A check-up still to come (…2025年9月27日来院复查); a register's entry that opens its row with one (2024.04.17 | 门诊随访 |
 * BP 138/80 …) records one made. (The label of a form's next row is none: 随访方式, 随访分类.)
 */
const CHECK_UP = after('(?:前|之前|以前)?(?:来院|返院|到院|来我院|门诊|上门|电话)?(?:复查|随访)(?!方式|日期|时间|分类|类型|医生|医师|记录)');
const AFTER: readonly [RegExp, DateRole][] = [
  // an emergency observation's closing note (2023-10-08 09:40 离观记录：…转消化内科住院) ends its visit: a ward it sends the
  // patient to admits them later, on another paper
  [after('(?:离观|出观)'), 'VISIT'],
  // …入院, …收入我科, …入住神经内科, …入住山东省立医院心外科, …经门诊拟“脑梗死”收入院, …来我院住院治疗 (转入 a ward is no admission)
  [after(`(?:${BECAUSE})?${LEAD_IN}(?:[由经从]?(?:门诊|急诊)?(?:${REFERRED})?)?(?<!${ADVISED})(?<!转)(?:(?:被|遂|予|予以)?(?:收住?入?|入住|入)(?:我|本)?(?:院|[\u4e00-\u9fa5]{0,6}科|病区)|入住[\u4e00-\u9fa5]{2,12}?(?:医院|卫生院|医疗中心)|转入(?:我|本)院|${HOSPITALISED})`),
    'ADMISSION'],
  // how the patient left, in a clause or two (好转, 患者病情平稳，予以, 办理): 出院 heading the next field is no discharge,
  // nor one still planned (明日出院, 拟出院)
  [after(`(?:[\u4e00-\u9fa5]{0,8}[，,]){0,2}[\u4e00-\u9fa5]{0,12}?(?<!${PLANNED})出院(?!诊断|记录|小结|医嘱|情况|带药|科室|后复诊|后随诊)`), 'DISCHARGE'],
  // a course record's entry opens with its date and title: 2025-08-19 08:50  出院记录（病程）
  [after('出院前?(?:病程)?(?:记录|小结)'), 'DISCHARGE'],
  // a transfer to another hospital ends this one's stay (于3月6日 / 转往…第一附属医院…, …由我院救护车转往…医院, …由120转出。),
  // a ward's does not (转出至心内科)
  [after(`(?<!${PLANNED})(?:[由经乘](?:120|[\u4e00-\u9fa5]{1,8}?))?(?:(?:转往|转至|转去|转上|转入)(?!我|本)[\u4e00-\u9fa5]{0,20}?(?:医院|卫生院|医疗中心)|转出(?=\\s*(?:[，,。；;|]|$)))|转院(?!证明|记录)`),
    'DISCHARGE'],
  // a visit booked, not made (6月9日  （预约）)
  [after('[（(]?\\s*(?:已)?预约'), 'OTHER'],
  // a check-up still to come is not a visit
  [CHECK_UP, 'OTHER'],
  // a booklet's entry opens with its date, perhaps the department, and the kind of visit (2024.8.21  内分泌科  复诊,
  // 2024-02-20  出院后复诊)
  [after('(?:[\u4e00-\u9fa5]{1,8}科\\s*\\|?\\s*)?(?:来我院|至我院|在我院|出院后)?(?:门诊|急诊)?(?:就诊|复诊|初诊|随诊|看诊)'), 'VISIT'],
];

/**
 * Words that put a clause in the past history, or cite another paper for it (（据…医院2022年8月29日出院记录）); a clause
 * ends at a comma or a full stop.
 */
const PAST = /既往|曾|上次|前次|此前|之前|\d+\s*年前|[一二三四五六七八九十]+年前|(?:^|[（(\s])(?:据|参见|详见)/;
/**
 * A history's heading: an admission told under it with no word of the past (病史摘要：患者因“头痛1天”于…收入我科) is a
 * summary's own where nothing else dates its admission, never another paper's.
 */
const HISTORY_HEADING = /病史摘要|现病史/;

/** Advice: what the physician tells the patient to do next. */
const ADVICE = /嘱|建议|预约|下次/;

/** `labelled`: the role was read from a label (入院日期：…) or a range under one, not from prose around the date. */
export type RoledDate = {
  readonly iso: string; readonly role: DateRole; readonly labelled: boolean; readonly row: number; readonly source: FieldSource;
};

/**
 * A date the row's end cut after its year or its month (…于2023年7 / 月3日出院。): it goes on in the next row, unless
 * that row opens a booklet's entry of its own (3/11 复诊).
 */
const PARTIAL_DATE_AT_END = /(?<!\d)\d{4}\s*(?:年|[-./])\s*(?:\d{1,2}\s*(?:(?:月|[-./])\s*)?)?$/;
const SLASHED_START = /^[\s|]*\d{1,2}\/\d{1,2}(?!\d)/;

/** The heading of a receipt stub (回 执, 回执：患者…已于我院就诊, a row of its own: 双向转诊回执, 转诊回执单). */
const RECEIPT = /^[\s|]*(?:回\s*执|[\u4e00-\u9fa5]{1,8}回执单?[\s|]*$)/;
/**
 * The heading of another body's block below a certificate (村（居）委会意见：, 居委会意见, 社区意见): its countersign's date
 * (负责人（签字）：潘建国  2024年3月21日) endorses the certificate, it does not date it.
 */
const OTHER_BODY = /^[\s|]*(?:村|居|社区)[^|:：]{0,6}(?:委会|委员会)?(?:意见|证明|盖章)\s*[:：]?/;

/** A table the patient kept (家庭输注日记（患者自填）, 血糖自我监测记录): its dated rows are the patient's own days, no visit. */
const OWN_DIARY = /日记|自填|自测记录|自我监测记录/;
/** The longest a diary's heading runs (家庭输注日记（患者自填）：). */
const DIARY_HEADING = 20;
/** …up to the clinic's next label opening a row (审核日期：…). */
const LABEL_OPENS = /^[\s|]*[\u4e00-\u9fa5/]{2,10}[:：]/;

/** The rows [from, to) of a table the patient kept, or null. */
function ownDiary(rows: readonly Row[]): readonly [number, number] | null {
  // (its heading, a row as short as one: advice that mentions a diary, 嘱患者记录血压日记，2周后复诊, heads none)
  const from = rows.findIndex((row) => OWN_DIARY.test(row.joined) && row.joined.length <= DIARY_HEADING);
  if (from < 0) return null;
  const to = rows.findIndex((row, r) => r > from && LABEL_OPENS.test(row.joined));
  return [from, to < 0 ? rows.length : to];
}

/** What follows a booklet entry's date: the visit's word, then what the patient told or nothing (复诊 头晕减轻, 复诊|头晕减轻, 复诊). */
const ENTRY_AFTER = /^[\s|]*(?:复诊|初诊|就诊|随访)(?:[\s|]*[^\s|。.]|[\s|]*$)/;

/** A year printed on its own (…（2025年）, 2025年度, a header's cell 2025) or with its month only (建册日期 2025年1月), not a date's. */
const BARE_YEAR = /(?<!\d)(20\d{2})\s*年(?:度)?(?!\s*\d{1,2}\s*月\s*\d)|(?:^|\|)\s*(20\d{2})\s*(?:\||$)/;

/** A birth date's label just before it (出生：, 出生日期, 生日). */
const BORN = /(?:出生|生日)(?:日期|年月日?)?[:：]?[\s|]*$/;

/** How sure a date is whose year was taken from the record's other dates: below the bar, so the clerk checks it. */
const GUESSED_YEAR_CONFIDENCE = 0.5;

/** The label of a date's own cell, after a cell break: …|日期：, …|报告日期：, …|医师签字：王志刚  日期： */
const OWN_LABEL = /\|\s*((?:[\u4e00-\u9fa5]{2,8}[:：][^|]{0,8}?)?[\u4e00-\u9fa5]{0,6}(?:日期|时间)\s*[:：]\s*)$/;

/** A date a photo's edge cut in its day: a month padded with 0, one figure of the day, then nothing (入院日期：2025年02月2). */
const CUT_DAY = /(?:年|[-./])\s*0\d\s*(?:月|[-./])\s*\d$/;
const cutDay = (text: string, d: { index: number; end: number }): boolean =>
  text.slice(d.end).trim() === '' && CUT_DAY.test(text.slice(d.index, d.end));

/**
 * The date a date without its year goes on from: the one read last, but where an older one stands between (a booklet's
 * 5.7 复诊 below 2024年4月2日 and 内瘘（2021.3.16建立）), the latest read so far.
 */
function goesOnFrom(dates: readonly RoledDate[]): string | undefined {
  const last = dates.at(-1)?.iso;
  const latest = dates.reduce<string | undefined>((a, d) => (a && a > d.iso ? a : d.iso), undefined);
  return last && latest && Number(last.slice(0, 4)) < Number(latest.slice(0, 4)) - 1 ? latest : last;
}

/**
 * A booklet's year heading on a row of its own (2024年, 2024年度, a hand's 24年): the days listed under it go on from its first day
 * (3.5 under 2024年 is 2024's, though the page was opened in 2019).
 */
const YEAR_HEADING = /^[\s|]*(20\d{2}|[1-3]\d)\s*年度?[\s|]*$/;
/** …or in the corner of the page's head, a cell of its own at the end of one of its first rows (门诊病历（续页）   2024). */
const CORNER_YEAR = /^\s*(20\d{2})\s*(?:年度?)?\s*$/;
const HEAD_ROWS = 3;

/** The year a row heads the days under it with, if any: on a row of its own, or in the corner of the page's head. */
function headingYear(row: Row, r: number): string | undefined {
  const own = YEAR_HEADING.exec(row.joined)?.[1];
  if (own) return own.padStart(4, '20');
  const cells = row.cells;
  return r < HEAD_ROWS && cells.length >= 2 && !/[:：]\s*$/.test(cells.at(-2)!.text) ? CORNER_YEAR.exec(cells.at(-1)!.text)?.[1] : undefined;
}

export function datesWithRoles(rows: readonly Row[]): RoledDate[] {
  const out: RoledDate[] = [];
  // (a birth date gives no year to the days a booklet lists: 出生：1959.01.21 above 1.16 | 152/90 …)
  // (a page's figures with the year last, 03/16/2024 or 28/02/2024, are month or day first all alike)
  const daysFirst = dayFirst(rows.map((r) => r.joined).join('\n'));
  const dated = rows.flatMap((row) => findDates(row.joined, [], undefined, daysFirst).filter((d) => !BORN.test(row.joined.slice(0, d.index))).map((d) => d.iso));
  // a page that prints only its year (复诊记录本（2025年）) gives it to the days it lists
  const printedYear = (r: Row) => BARE_YEAR.exec(r.joined)?.slice(1).find((y) => y) ?? YEAR_HEADING.exec(r.joined)?.[1]?.padStart(4, '20');
  const year = dated.length > 0 ? null : rows.map(printedYear).find((y) => y !== undefined);
  const known = year ? [`${year}-12-31`] : dated;
  // what followed the last date in its row: a range may go on at the start of the next (…于2025年1月8日 / 至2025年1月14日…住院治疗)
  let lastTail = '';
  // a receipt stub (回 执) the receiving hospital fills in below the form: its dates are not the form's
  const stub = rows.findIndex((row) => RECEIPT.test(row.joined));
  const endorsing = rows.findIndex((row) => OTHER_BODY.test(row.joined));
  const diary = ownDiary(rows);
  let heading: { readonly year: number; readonly row: number } | undefined;
  rows.forEach((row, r) => {
    // prose may wrap inside a date (…于2024年12月 / 30日入院): read such a row together with the next
    // (a booklet's next entry, 1/15 …, is no day of the month its cover ends on)
    const next = rows[r + 1]?.joined ?? '';
    const wrapped = PARTIAL_DATE_AT_END.test(row.joined) && !SLASHED_START.test(next) ? `${row.joined}${next}` : row.joined;
    const headYear = headingYear(row, r);
    if (headYear) heading = { year: Number(headYear), row: r };
    // (a date under the heading from before its year, a 建档日期 or a birth date, ends no list of its days)
    const listed = heading && !out.some((d) => d.row > heading!.row && Number(d.iso.slice(0, 4)) >= heading!.year);
    const found = findDates(wrapped, known, listed ? { year: heading!.year } : goesOnFrom(out), daysFirst).filter((d) => d.index < row.joined.length && !cutDay(wrapped, d));
    const datesRow = row.cells.length >= 2 && row.cells.slice(row.cells.length >= 3 ? 1 : 0).every((c) => VALUE_CELL.test(c.text));
    found.forEach((d, i) => {
      const before = wrapped.slice(i > 0 ? found[i - 1]!.end : 0, d.index);
      // prose wraps: 「…于2024年12月28日」 or 「…于2024年6月13日因“…”入」 at the end of a row, 「(住)院，…」 at the start of the next
      const rest = wrapped.slice(d.end);
      // (a form's row of dates does not wrap: the next row's label, 随访方式, tells nothing of the date ending it)
      // (…nor does a booklet's date alone on its row: the next row tells what that visit found, 2024.5.29 / 复查骨密度：…)
      const alone = wrapped.trim() === wrapped.slice(d.index, d.end).trim();
      // (a note in brackets between the date and what it tells says nothing of its role: 于2024年2月6日（术后第6天）办理出院)
      // (…and a date inside a note is told by the note alone: 肉毒毒素注射（5月10日，双侧腓肠肌）等综合康复治疗，住院治疗28天;
      // one alone in its brackets dates the word before them: 于今日（2024-01-09）出院)
      const lead = wrapped.slice(0, d.index);
      const inNote = (lead.match(/[（(]/g) ?? []).length > (lead.match(/[)）]/g) ?? []).length && !/^\s*[)）]/.test(rest);
      const whole = (datesRow || alone ? rest : `${rest}${rows[r + 1]?.joined.slice(0, 24) ?? ''}`).replace(/^\s*[（(][^()（）]{1,12}[)）]/, '');
      const after = inNote ? whole.split(/[)）]/)[0]! : whole;
      // a label wrapped at the end of the row above (…出院 / 日期 2025年2月19号; …入院日期： / 2025-03-04)
      const carried = i === 0 && /^[\s|]*(?:(?:日期|时间)[:：]?)?[\s|]*$/.test(before) ? labelTail(rows[r - 1], row) : '';
      // a date whose own cell is labelled (…|日期：2024年12月2日) takes that label, not the other column's before it
      const own = OWN_LABEL.exec(before)?.[1];
      const label = plainLabel(own ?? `${carried}${before}`);
      const told = AFTER.find(([re]) => re.test(after))?.[1];
      // a check-up the advice books (医嘱：…，2025年3月28日复诊) is still to come
      // (the advice may have begun on the row before: 医嘱  继续口服… / 调畅情志；2025年3月30日复诊。)
      // (a booklet's entry, its date in a cell of its own opening the row, is no advice's: 嘱1周内复查 / 1/9  复诊。…)
      // (…nor one that opens its row with the visit and its complaint: 3/11 复诊 头晕减轻)
      const entry = lead.trim() === '' && (/^\s*\|/.test(rest) || ENTRY_AFTER.test(rest));
      // (…nor is one whose advice ended its sentence: 嘱监测家庭血压。 / 2025-08-29 复诊)
      const rowAbove = rows[r - 1]?.joined ?? '';
      const advisedAbove = ADVICE.test(rowAbove) && !/。\s*$/.test(rowAbove);
      const booked = (told === 'VISIT' || (told === 'ADMISSION' && /再次?入院/.test(after))) && (ADVICE.test(lead) || (advisedAbove && !/[:：|]/.test(lead) && !entry));
      // an earlier stay or visit told in the history (既往2019年3月5日因脑梗死入院, 2023年6月12日曾在我院住院)
      const clause = lead.split(CLAUSE_END).at(-1) ?? '';
      const underHeading = HISTORY_HEADING.test(clause);
      const pastClause = PAST.test(clause) || underHeading;
      const past = told && (pastClause || /^\s*曾/.test(rest) || ((told === 'ADMISSION' || told === 'DISCHARGE') && stayElsewhere(rows, r, lead, rest)));
      // (a summary's own admission told under its history heading, no word of the past: see `HISTORY_HEADING`)
      const summarised = told === 'ADMISSION' && underHeading && !(PAST.test(clause) || /^\s*曾/.test(rest));
      const labelled = BEFORE.find(([re]) => re.test(label))?.[1];
      // the label above the cell, only where neither the row nor the prose tells the role
      const above = (labelled ?? told) ? undefined : BEFORE.find(([re]) => re.test(labelInOrder(rows[r - 1], i, found.length)))?.[1]
        ?? BEFORE.find(([re]) => re.test(labelAbove(rows, r, d.index)))?.[1]
        ?? BEFORE.find(([re]) => re.test(labelBelow(rows, r, d.index)))?.[1];
      // …and so is a 复诊日期 the advice gives (医嘱：…2周后复诊。复诊日期：2025-04-21)
      const bookedReturn = labelled === 'VISIT' && /复诊|随访/.test(label) && ADVICE.test(lead);
      const made = entry && told === 'OTHER' && CHECK_UP.test(after);
      const toldRole = summarised ? 'HISTORY_ADMISSION' : booked || past ? 'OTHER' : made ? 'VISIT' : told;
      const kept = diary !== null && r >= diary[0] && r < diary[1];
      const cited = citesAnotherPaper(lead);
      let role: DateRole = (stub >= 0 && r >= stub) || bookedReturn || kept || cited ? 'OTHER' : labelled ?? toldRole ?? above ?? 'UNLABELLED';
      if (role === 'UNLABELLED' && endorsing >= 0 && r > endorsing) role = 'ENDORSED';
      const prev = out.at(-1);
      // a follow-up form's row of visits: the label in its first cell heads every date of the row (随访日期 | … | … | …)
      const headed = role === 'UNLABELLED' && i > 0 && prev?.role === 'VISIT' && prev.row === r && /^[\s|]*$/.test(before);
      if (headed) role = 'VISIT';
      let byLabel = (labelled ?? above) !== undefined || headed;
      const joinedBefore = i > 0 ? before : `${lastTail.replace(/[\s|，,]/g, '')}${before}`;
      if (prev && RANGE.test(joinedBefore) && (i > 0 || prev.row === r - 1)) {
        // a range: 住院日期：2024-12-28 至 2025-01-06, or 「于2025年1月1日至2025年1月11日在我院…住院治疗」
        if (prev.role === 'STAY' || prev.role === 'ADMISSION') [role, byLabel] = ['DISCHARGE', prev.labelled];
        else if (prev.role === 'EARLIER_ADMISSION') [role, byLabel] = ['EARLIER_DISCHARGE', prev.labelled];
        else if (prev.role === 'OTHER') role = 'OTHER'; // the end of a leave or another range that is not a stay
        // a window of visits (a query's 就诊日期 2023-12-01 至 2024-03-31) dates no one visit
        // (an observation's span, 留观时间：…—…, is its visit)
        else if (prev.role === 'VISIT' && prev.row === r && !OBSERVED.test(row.joined)) [out[out.length - 1], role] = [{ ...prev, role: 'OTHER' }, 'OTHER'];
        else if (/^[^。；;]{0,20}住院/.test(after.replace(/\|/g, ''))) {
          // (a stay told as an earlier one, 兹证明患者曾于…至…在我院住院治疗, or under a history heading, 现病史：…于…至…在我科住院)
          const earlier = past || pastClause;
          [out[out.length - 1], role] = earlier ? [{ ...prev, role: 'EARLIER_ADMISSION' }, 'EARLIER_DISCHARGE'] : [{ ...prev, role: 'ADMISSION' }, 'DISCHARGE'];
        }
      }
      // one date for a whole stay: under a label naming both ends (入出院日期：2025年1月7日), or a day's stay (…当日出院)
      const oneDay = ((role === 'STAY' && BOTH_ENDS.test(label)) || (SAME_DAY.test(after.replace(/\|/g, '')) && !NOT_OWN.has(role))) && !RANGE_NEXT.test(rest);
      if (role === 'STAY' || oneDay) role = 'ADMISSION';
      const source = sourceOf(row, d.index, Math.min(d.end, row.joined.length));
      const confidence = d.yearGuessed ? Math.min(source.confidence, GUESSED_YEAR_CONFIDENCE) : source.confidence;
      out.push({ iso: d.iso, role, labelled: byLabel, row: r, source: { ...source, confidence } });
      if (oneDay) out.push({ ...out.at(-1)!, role: 'DISCHARGE' });
      lastTail = found[i + 1] ? '' : row.joined.slice(Math.min(d.end, row.joined.length));
    });
  });
  return out;
}
