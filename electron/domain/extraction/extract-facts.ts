import { findInstitution, type Institution } from '../evidence/institutions';
import type { MaterialType } from '../evidence/material-types';
import { findDates } from './chinese-dates';
import { datesWithRoles, type DateRole, NOT_OWN, type RoledDate } from './date-roles';
import { diagnosisSection, type Diagnoses } from './diagnosis-section';
import { mapDiagnoses, restoreTerms, type DiagnosisVocabulary } from './map-diagnoses';
import { CELL, linesFromText, type FieldSource, type OcrPageInput, type Row } from './page-lines';
import { rowsOf } from './page-rows';
import { idNumber, patientName, physicianNames, recordNo } from './person-fields';
import { withoutSealText } from './seal-text';
import { derived, stayOf, THIS_ONE } from './stays';
import { unlabelledDiagnoses } from './unlabelled-diagnoses';

export type FactField = 'name' | 'idNumber' | 'admissionDate' | 'dischargeDate' | 'visitDate' | 'reportDate' | 'diagnoses' | 'hospital';

/** The facts the desk reads from one document (domain §2.5), null where the text does not say. */
export type DocumentFacts = {
  readonly documentType: MaterialType | null;
  readonly name: string | null;
  readonly idNumber: string | null;
  readonly recordNo: string | null;
  readonly hospital: string | null;
  readonly admissionDate: string | null;
  readonly dischargeDate: string | null;
  /** Every date the document attests a visit on: 就诊日期 of an outpatient record, the date of issue of a certificate. */
  readonly visitDates: readonly string[];
  readonly reportDate: string | null;
  readonly diagnoses: readonly string[];
  readonly diseaseKeys: readonly string[];
  /** Physicians who signed the record: they may not certify their own patient (issue 4, R21). */
  readonly physicianNames: readonly string[];
  /** Where each field was read and how sure the engine was (absent for text the clerk typed). */
  readonly sources?: Partial<Record<FactField, FieldSource>>;
};

export type ExtractionVocabulary = {
  readonly catalogue: readonly DiagnosisVocabulary[];
  readonly institutions: readonly Institution[];
};

const TITLES: readonly [RegExp, MaterialType][] = [
  // …and referral slips (双向转诊（转出）单, 转  诊  单, 下转单), which a physician signs and dates like a certificate, and an
  // insurer's claim form, whose hospital part (医疗机构证明部分) a physician fills, and the certification's registration and
  // renewal forms (门诊慢特病登记表, 资格续期审核表)
  [/诊断证明|疾病证明|(?:诊断|鉴定|认定)意见书|病情证明|诊断书|理赔申请书|医疗机构证明|出院证明|住院证明|申请表|申请(?:认定|鉴定)表|(?:慢特病|慢性病|慢病|特殊病|特病)[^|\n]{0,4}申请(?![\u4e00-\u9fa5])|(?:认定|鉴定|审批|复审|续审|评审|评定|变更)表|诊\s*断\s*评\s*估\s*表|(?:续期|资格)审核表|(?:慢特病|慢性病|慢病|特殊病|特病)登记表|(?:评定|鉴定)(?:结论)?书|转诊(?:[(（][^)）]{0,4}[)）])?单(?!号)|转[出入]单(?!号)|[上下]转单(?!号)|(?:^|\n)[\s|]*(?:[\u4e00-\u9fa5][\s|]*){0,10}证[\s|]*明[\s|]*(?:[单书卡][\s|]*)?(?:\n|$)/, 'DIAGNOSIS_CERTIFICATE'],
  // a stay may end otherwise than by discharge: the patient moved to another hospital (转院记录) or died (死亡记录)
  [/(?<![持携带据见附阅])出院(?:记录|小结)|住院病历(?!号)|病案首页|入院记录|住院志|出院通知|出院证|死亡记录/, 'INPATIENT_RECORD_COPY'],
  // …or any heading that ends in 报告, perhaps with its method after it (动态血压监测报告, 心脏彩超报告, 融合基因检测报告（RT-qPCR）), a slip headed only by its
  // laboratory (某医院  检验科), or a check-up's (健康体检报告（总检）)
  [/检验报告|体检报告|检查报告|化验单|报告单|检验单|检查单|影像诊断|病理(?:诊断)?报告|(?:超声|影像|内镜|心电图|CT|MRI)(?:检查)?报告|(?:评估|测评)报告|(?:^|\n|\|)[^\n|:：，。]{1,20}报告书?(?:[(（][^)）\n|]{1,16}[)）])?(?=\s*(?:\||\n|$))|(?:^|\n|\|)[^\n|:：，。]{0,14}检验科(?=\s*(?:\||\n|$))/,
    'TEST_REPORT'],
  // a session of outpatient treatment (血液透析治疗记录单, 化疗记录) is a visit's record, and so is a page headed only by its
  // clinic (某县人民医院  儿科血液门诊, 某县人民医院 全科医学科门诊, 肾内科  复诊, 肾病内科门诊（血液透析随访）), perhaps
  // after the day's date and before the consulting room (2024-05-06 眼科门诊 第2诊室); the clinic issues an admission slip (住院证);
  // a chronic patient's visits, medicines collected and follow-ups (门诊慢特病购药登记表, 门诊慢特病复诊记录, 家庭医生签约服务手册)
  // a prescription is headed by its kind (麻醉药品、第一类精神药品处方, 精神药品处方（精二）), an emergency observation by
  // 急诊留观病历, an internet hospital's consultation by 问诊记录
  [/门诊(?:电子)?病历|[住入]院(?:通知单|证(?!明))|门诊(?:初诊)?记录|(?:复诊|随访|购药|取药|配药|领药|用药|履约)(?:登记|记录)|门诊随访单|门诊(?:日志|手册|登记)|(?:病历|就诊)手册|(?:复诊|随访)(?:本|手册)|(?:履约|签约|随访|上门)服务(?:记录|手册)|康复(?:训练|治疗)记录|(?:慢病|慢性病|患者)管理(?:卡|手册|记录)|(?:年度)?评估记录|门\(?急\)?诊病历|急诊(?:留观|观察室?)?病历|急诊留观记录|门诊病案|就诊记录|处\s*方\s*笺|(?:门诊|普通|电子|急诊|儿科|慢病|长期)处方|(?:^|\n|\|)[^\n|:：，。]{0,14}处方单?(?:[(（][^)）\n|]{1,6}[)）])?(?=\s*(?:\||\n|$))|问诊(?:记录|单)|(?:全科|门诊|社区)?诊疗记录|互联网(?:医院|诊疗)|(?:透析|化疗|放疗)(?:治疗|周期)?记录|(?:^|\n|\|)(?:\d{4}-\d{2}-\d{2}\s*)?(?:[^\n|:：，。\s]{2,20}?(?:医院|卫生院|中心|诊所)\s*)?[^\n|:：，。]{0,8}(?:门诊|复诊)(?:[(（][^)）\n|]{1,12}[)）])?(?:\s*第\s*\d{1,2}\s*诊室)?(?=\s*(?:\||\n|$))/,
    'OUTPATIENT_RECORD_ORIGINAL'],
  // a results table's heading (项目名称  结果 …) where no title names the page (a 门诊病历 may open with a table of earlier tests)
  [/(?:^|\n|\|)\s*项目(?:名称)?\|\s*结果/, 'TEST_REPORT'],
  // (the card's own words; a form's label 公民身份号码： is no card)
  [/居民身份证|公民身份号码(?!\s*[:：])/, 'ID_CARD_COPY'],
];

/** The head of the rows (the first six: a page's or a document's heading), a title spaced over its cells (处  方  笺) as one word. */
const headText = (rows: readonly Row[]): string => rows.slice(0, 6).map((r) => cellTexts(r).join(CELL)).join('\n');

/** The kind a title at the head of the rows names. */
export function headTitle(rows: readonly Row[]): MaterialType | null {
  const text = headText(rows);
  return TITLES.find(([re]) => re.test(text))?.[1] ?? null;
}

/**
 * The certifying physician's signature cell (认定医师：…, 复审医师（签字）：…, 医师签名：…, or a name with a physician's
 * title: 科室审核：施蓉（主任医师）, or a grid's label cell: 经治医师 | 常晓燕), not the office's or the bureau's; the department head countersigns apart (see `HEAD_CELL`).
 */
const PHYSICIAN_CELL = /^(?!.*(?:医保|经办|机构意见|专家组))(?:.{0,16}(?:医师|医生)[^:：]{0,6}(?:签字|签名|签章|[:：12１２])|(?:经治|主治|主管|接诊|诊治|出具|开具|认定|鉴定|复审)(?:医师|医生)$|.{0,12}[:：]\s*[\u4e00-\u9fa5·]{2,5}\s*[(（](?:副?主任|主治)?(?:医师|医生)[)）])/;

/**
 * The department head's countersign (科主任签字：刘涛, 科室负责人：马腾, 科主任：涂红, 主任签名：袁卫东, a grid's 科主任 | 李东升, a
 * review's 审核：科主任 杜宏伟).
 */
const HEAD_CELL = /(?:^|\|)(?:(?:审核|审签|复核)[:：]\s*)?(?:[\u4e00-\u9fa5]{0,6}?(?:科室?主任|科室负责人)|主任(?=签))(?:[^:：|]{0,6}[:：]|\s*\||[\u4e00-\u9fa5·]{2,4}\s*(?:\||$))/;
/** A row that holds a date and nothing else, perhaps its label (二〇二四年九月三日, 日期：2024年3月4日 under the signature it dates). */
const DATE_ONLY = /^[\s|]*(?:日期[:：])?[\d〇零一二三四五六七八九十年月日号.\-/\s]+[\s|]*$/;

/**
 * The date of the last physician's signature, or of the department head's countersign dated on or after it (in its row or
 * alone under it): the physician's in its row, else under it (医师：林海峰 / 二〇二五年八月四日), in the same
 * column where a form sets two side by side (申请人签字：… | 医师签字：王志刚 / 日期：2024年11月25日 | 日期：2024年12月2日).
 */
function physicianDate(rows: readonly Row[], dates: readonly RoledDate[]): RoledDate | null {
  const r = rows.findLastIndex((row) => row.cells.some((c) => PHYSICIAN_CELL.test(c.text)));
  if (r < 0) return null;
  const own = dates.filter((d) => !NOT_OWN.has(d.role));
  const signed = signedDate(rows, own, r);
  // the head's countersign completes the certificate; undated, the office's date below it is not theirs
  const countersigned = (k: number) => HEAD_CELL.test(rows[k]!.joined)
    || (DATE_ONLY.test(rows[k]!.joined) && HEAD_CELL.test(rows[k - 1]!.joined) && !own.some((d) => d.row === k - 1));
  const head = own.findLast((d) => d.row > r && countersigned(d.row));
  return head && (!signed || head.iso >= signed.iso) ? head : signed;
}

/** The date of the physician's signature in row `r`: in the row, else under it. */
function signedDate(rows: readonly Row[], own: readonly RoledDate[], r: number): RoledDate | null {
  const inRow = own.findLast((d) => d.row === r);
  if (inRow) return inRow;
  const [row, below] = [rows[r]!, rows[r + 1]];
  const under = own.filter((d) => d.row === r + 1);
  if (!below || under.length === 0) return null;
  // (a bare date on its own row under a signature whose row goes on: 医师签名：秦世英  执业证书编码：… / 2024年2月26日)
  if (under.length === 1 && (row.cells.length === 1 || DATE_ONLY.test(below.joined))) return under[0]!;
  const k = row.cells.findLastIndex((c) => PHYSICIAN_CELL.test(c.text));
  const iso = below.cells.length === row.cells.length ? findDates(below.cells[k]!.text)[0]?.iso : undefined;
  return under.find((d) => d.iso === iso) ?? null;
}

/** A certificate's own words, where its title was cut off or never printed (兹证明患者…, 特此证明). */
const CERTIFYING = /兹证明|兹有患者|特此证明/;

/** A report's own date label, where its heading names no kind (维持性血液透析月度记录单 … 报告日期：). */
const REPORTING = /报告(?:日期|时间)\s*[:：]/;

function documentType(rows: readonly Row[]): MaterialType | null {
  const all = rows.map((r) => r.joined).join('\n');
  return headTitle(rows) ?? (REPORTING.test(all) ? 'TEST_REPORT' : null) ?? TITLES.find(([re]) => re.test(all))?.[1]
    ?? (CERTIFYING.test(all) ? 'DIAGNOSIS_CERTIFICATE' : null);
}

/** A hospital's name opening a cell, perhaps after its label (医疗机构：…); a sentence in a cell names none. */
const HOSPITAL = /^(?:[\u4e00-\u9fa5]{2,6}[:：])?\s*([\u4e00-\u9fa5（）()]{2,24}?(?:人民医院|中医医院|中医院|医院|卫生院|保健院|医疗中心|卫生服务中心|门诊部|诊所))/;
/**
 * A row's cells, or the row as one where it is spaced out a character a cell (茌 平 区 博 平 镇 卫 生 院); a run of
 * one-character cells beside others is one word (门  诊  病  历  |  预约电话：…).
 */
const cellTexts = (row: Row): string[] => (row.cells.every((c) => c.text.length <= 2) ? [row.joined.replace(/[\s|]/g, '')]
  : row.cells.reduce<string[]>((out, c, i) => {
    if (i > 0 && c.text.length === 1 && row.cells[i - 1]!.text.length === 1) out[out.length - 1] += c.text;
    else out.push(c.text);
    return out;
  }, []));

function hospital(rows: readonly Row[], institutions: readonly Institution[]): { value: string; row: Row } | null {
  for (const scope of [rows.slice(0, 5), rows]) {
    for (const row of scope) {
      const known = findInstitution(institutions, row.joined.replace(/\|/g, ''));
      if (known) return { value: known.nameZh, row };
    }
  }
  for (const row of rows.slice(0, 5)) {
    const m = cellTexts(row).filter((t) => !/[，。；,;]/.test(t)).map((t) => HOSPITAL.exec(t)).find((x) => x);
    if (m) return { value: m[1]!, row };
  }
  return null;
}

/** The first date of a role, else of the fallback roles, in page order. */
const pick = (dates: readonly RoledDate[], ...roles: DateRole[]): RoledDate | null => {
  for (const role of roles) {
    const d = dates.find((x) => x.role === role);
    if (d) return d;
  }
  return null;
};

/**
 * A row that opens with a date (in a register after its number, 1 2023-12-04 …, or its cycle, C2 | 2024.04.01;
 * a continuation page's 【2024-06-18  内分泌科】): a booklet's entry.
 */
const ENTRY = /^[\s|]*[【[]?(?:(?:\d{1,3}|C\d{1,2})[\s|]+(?=\d{4}\s*[年./-]))?(?:\d{2,4}\s*[年./-]|\d{1,2}\s*(?:\/|月)|\d{1,2}\.\d{1,2}(?!\d))/;

/**
 * The date a document attests a visit on, by kind (issue 10): 就诊日期; a certificate's date of issue
 * (its physician's dated signature, else the last one, beside the seal). A report or a stay attests its own dates (报告日期, 入院/出院), not a visit.
 */
function visits(type: MaterialType | null, rows: readonly Row[], dates: readonly RoledDate[]): RoledDate[] {
  if (type === 'TEST_REPORT' || type === 'INPATIENT_RECORD_COPY') return [];
  let labelled = dates.filter((d) => d.role === 'VISIT');
  if (type === 'DIAGNOSIS_CERTIFICATE') {
    // a certificate or form is dated by its physician, whose signature the office's seal, the experts' and the bureau's
    // rows follow (医师签名：…  2025年1月17日 / 医务处审核：（章）  2025.01.20; 认定医师：…  2024.10.14 / 医疗机构意见：…（盖章）
    // 2024年10月18日); where the last physician's row holds no date, the date under it is theirs
    const physician = physicianDate(rows, dates);
    if (physician) return [physician];
    // a date labelled as the issue (日期：, 开具日期) wins over a bare one that prose may have left later on the page
    // (never the first visit of a patient seen for years: 初诊日期：2020年3月16日 where a seal hides the date of issue)
    const firstVisit = (d: RoledDate) => d.role === 'VISIT' && /初诊(?:日期|时间)/.test(rows[d.row]!.joined);
    const last = (...roles: DateRole[]) => [...dates].reverse().find((d) => roles.includes(d.role) && !firstVisit(d));
    // (the last of a bare date and one labelled as a visit: a referral's 转诊日期 below its treatment's dates in prose)
    // (a village doctor's certificate may be dated only beneath the township's countersign: 情况属实。 … 经办人 何文 / 2025年3月10日)
    const issue = last('ISSUE') ?? last('UNLABELLED', 'VISIT') ?? last('ENDORSED');
    return issue ? [issue] : [];
  }
  if (type !== 'OUTPATIENT_RECORD_ORIGINAL') return labelled;
  // a visit prose tells mid-sentence after the one the page labels (就诊时间：2025-01-16 … 低盐低脂饮食，2025-02-13复诊) is booked
  const labelledLast = labelled.filter((d) => d.labelled).map((d) => d.iso).sort().at(-1);
  const told = (d: RoledDate) => !d.labelled && !ENTRY.test(rows[d.row]!.joined);
  labelled = labelled.filter((d) => !(labelledLast && told(d) && d.iso > labelledLast));
  // a booklet's page of entries, each opening its row with its date (1/15  咳嗽… / 3/4  口干多饮…, or under a register's
  // 日期 column: 3.12 | 8.1 | 150/90 …): each a visit, the first may be told one (2024-09-03  内分泌科  初诊)
  const entries = dates.filter((d) => ['UNLABELLED', 'ISSUE', 'VISIT'].includes(d.role) && ENTRY.test(rows[d.row]!.joined)
    && dates.find((x) => x.row === d.row) === d);
  if (labelled.length > 0) return entries.length >= 2 && labelled.every((d) => entries.includes(d)) ? entries : labelled;
  // a booklet's entry marked as this visit (5月9日  【本次就诊】…)
  const marked = dates.filter((d) => (d.role === 'UNLABELLED' || d.role === 'ISSUE') && THIS_ONE.test(rows[d.row]!.joined));
  if (marked.length > 0) return marked;
  // a prescription dated where it was written (开具日期：2025-09-15) beside its log of dispensings or refills (取药记录:
  // 2025-06-23 | 吕宝山 | 12周 …): its writing is a visit too, the latest one where the log holds the earlier ones
  const written = dates.find((d) => d.role === 'ISSUE' && !entries.includes(d) && /开具(?:日期|时间)/.test(rows[d.row]!.joined));
  if (entries.length >= 2) return written ? [...entries, written] : entries;
  // a page its physician dated where they signed (医师签章：杜永刚 / 二〇二五年三月五日), not by a date its history or findings give;
  // a date labelled as the page's (开具日期：…) first
  const signed = dates.some((d) => d.role === 'ISSUE') ? null : physicianDate(rows, dates);
  // (…or by the clinic's review of what the patient brought: 审核日期：2024年12月17日 under a home-infusion diary)
  const fallback = signed ?? pick(dates, 'ISSUE', 'UNLABELLED', 'REVIEWED');
  return fallback ? [fallback] : [];
}

/** A diagnosis read with less confidence than this may hold a misread term (a fax, a poor copy). */
const DOUBTFUL = 0.95;
/** How sure a diagnosis is whose term was put right: below the bar, for the clerk to check. */
const RESTORED_CONFIDENCE = 0.8;

/** Diagnoses the engine was unsure of, with their misread catalogue terms put right (高血振病 → 高血压病) and marked for checking. */
function restored(dx: Diagnoses, vocab: ExtractionVocabulary): Diagnoses {
  if (!dx.source || dx.source.confidence >= DOUBTFUL) return dx;
  const items = dx.items.map((d) => restoreTerms(d, vocab.catalogue));
  if (items.every((d, i) => d === dx.items[i])) return dx;
  return { items, source: { ...dx.source, confidence: Math.min(dx.source.confidence, RESTORED_CONFIDENCE) } };
}

/** A paper's end: its signature with a date, its report date, its seal, its closing words, its last page's footer. */
const PAPER_END = new RegExp(String.raw`(?:医师|医生|者)(?:签名|签字)?\s*[:：][^\n]*?\d{4}\s*[-./年]|${REPORTING.source}|专用章|特此证明|仅对[^|]{0,8}负责|第\s*(\d+)\s*页\s*[,，/|]?\s*共\s*\1\s*页`);
/** A row that is a title and nothing else (某医院  超声心动图报告单, 疾 病 证 明 书, 门诊病历（复诊）). */
const TITLE_ROW = /^[\u4e00-\u9fa5()（）]{2,30}(?:报告单?|证明书?|记录|小结|病历|单)(?:[(（][\u4e00-\u9fa5]{1,4}[)）])?$/;
/** A hospital's banner above a title (某县人民医院, 某市妇幼保健院 …). */
const BANNER = /(?:医院|卫生院|保健院|中心|诊所|门诊部)$/;

/**
 * The rows of the paper the page shows, where a photo also caught the end of another one above it (its conclusion,
 * signature and date, then a hospital's banner and this paper's title): from the banner or the title on. (A 报告日期
 * under this paper's own banner, above its title, ends no other paper.)
 */
function ownPart(rows: readonly Row[]): readonly Row[] {
  const banner = rows.findIndex((b) => BANNER.test(b.joined.replace(/\s/g, '')));
  const ends = (k: number) => PAPER_END.test(rows[k]!.joined) && (banner < 0 || banner >= k);
  const t = rows.findIndex((r, i) => i >= 2 && r.page === rows[0]!.page && TITLE_ROW.test(r.joined.replace(/[\s|]/g, '')) && headTitle([r]) !== null
    && rows.slice(0, i).some((_, k) => ends(k)) && !rows.slice(0, i).some((above) => /姓\s*名/.test(above.joined)));
  if (t < 0) return rows;
  return rows.slice(t > 0 && BANNER.test(rows[t - 1]!.joined.replace(/\s/g, '')) ? t - 1 : t);
}

/**
 * Reads the facts of one document from its pages: rows of boxes from the OCR engine (labels paired with
 * values across cells and table columns, ID digits joined across boxes) or plain text.
 */
export function extractFacts(input: string | readonly OcrPageInput[], vocab: ExtractionVocabulary): DocumentFacts {
  const read = typeof input === 'string' ? [{ lines: linesFromText(input) }] : input;
  // a seal's ring read into a field is the hospital's name: known once the page's heading is read
  const first = ownPart(rowsOf(read));
  const named = hospital(first, vocab.institutions)?.value;
  const pages = named ? withoutSealText(read, named) : read;
  const rows = pages === read ? first : ownPart(rowsOf(pages));
  const type = documentType(rows);
  const dates = datesWithRoles(rows);
  const printed = diagnosisSection(rows, type === 'TEST_REPORT');
  const unprinted = printed.items.length === 0 ? unlabelledDiagnoses(type, rows) : null;
  const dx = restored(unprinted ?? printed, vocab);
  const name = patientName(rows);
  const id = idNumber(rows);
  const where = hospital(rows, vocab.institutions);
  const visited = visits(type, rows, dates);
  const stay = stayOf(rows, dates, type, visited.map((d) => d.iso).sort().at(-1));
  const admission = stay.admission;
  // a discharge record that prints no discharge date was written the day its physician signed it (医师签名：…  2024年3月13日);
  // only a record of the discharge (出院情况, 出院医嘱): an admission record is signed the day the patient came
  // (or by the last physician who dated a signature: 经治医师：尚立强  2024年3月1日 above an undated 上级医师：孔德顺)
  const signed = type === 'INPATIENT_RECORD_COPY' && admission && !stay.discharge && rows.some((r) => /^[\s|]*出院(?:情况|医嘱)/.test(r.joined))
    ? physicianDate(rows, dates) ?? dates.findLast((d) => d.role === 'UNLABELLED' && rows[d.row]!.cells.some((c) => PHYSICIAN_CELL.test(c.text))) ?? null
    : null;
  // (worked out, not printed: below the bar, so the clerk confirms it)
  const inferred = signed && signed.iso >= admission!.iso ? { ...signed, role: 'DISCHARGE' as const, source: derived(signed.source) } : null;
  const discharge = stay.discharge ?? inferred;
  // a report's date is a report's: a discharge record's 病理报告日期 dates another paper
  const report = type === 'TEST_REPORT' ? pick(dates, 'REPORT', 'REVIEWED', 'EXAM', 'ISSUE', 'UNLABELLED') : type === null ? pick(dates, 'REPORT') : null;
  const sources: Partial<Record<FactField, FieldSource>> = {};
  const note = (field: FactField, source: FieldSource | null | undefined) => { if (source) sources[field] = source; };
  note('name', name?.source);
  note('idNumber', id?.source);
  note('admissionDate', admission?.source);
  note('dischargeDate', discharge?.source);
  note('visitDate', visited[0]?.source);
  note('reportDate', report?.source);
  note('diagnoses', dx.source);
  if (where) note('hospital', { page: where.row.page, bbox: where.row.line.bbox, confidence: where.row.line.confidence });
  return {
    documentType: type,
    name: name?.value ?? null,
    idNumber: id?.value ?? null,
    recordNo: recordNo(rows),
    hospital: where?.value ?? null,
    admissionDate: admission?.iso ?? null,
    dischargeDate: discharge?.iso ?? null,
    visitDates: [...new Set(visited.map((d) => d.iso))].sort(),
    reportDate: report?.iso ?? null,
    diagnoses: dx.items,
    diseaseKeys: mapDiagnoses(dx.items, vocab.catalogue),
    physicianNames: physicianNames(rows),
    sources,
  };
}
