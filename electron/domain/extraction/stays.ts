import { daysBetween, plusDays } from '../civil-date';
import type { MaterialType } from '../evidence/material-types';
import type { DateRole, RoledDate } from './date-roles';
import { type FieldSource, HISTORY_ROW, type Row } from './page-lines';

/** A row of a table of stays or a booklet's entry that marks the one this record is about (第3次（本次）, 【本次就诊】). */
export const THIS_ONE = /本次|此次|当前/;

/**
 * A stay's dates: a labelled date (入院日期：…) before one told in prose, and an admission no later than
 * the discharge (prose may tell an earlier stay that the history words did not give away). Of a table of
 * stays, the row marked 本次, else the last one ended.
 */
function stay(rows: readonly Row[], dates: readonly RoledDate[]): { admission: RoledDate | null; discharge: RoledDate | null } {
  const marked = (d: RoledDate) => Number(THIS_ONE.test(rows[d.row]!.joined));
  const discharge = dates.filter((d) => d.role === 'DISCHARGE')
    .sort((a, b) => Number(b.labelled) - Number(a.labelled) || marked(b) - marked(a) || b.iso.localeCompare(a.iso))[0] ?? null;
  const admissions = dates.filter((d) => d.role === 'ADMISSION').sort((a, b) => Number(b.labelled) - Number(a.labelled));
  const admission = admissions.find((d) => discharge && d.row === discharge.row && d.iso <= discharge.iso)
    ?? admissions.find((d) => !discharge || d.iso <= discharge.iso) ?? admissions[0] ?? null;
  return { admission, discharge };
}

/** A record that says it is written on the day of discharge (…病情好转，今日出院). */
const DISCHARGED_TODAY = /(?:今日|今天|当日|即日)(?:予以?|办理|准予|同意)?出院/;

/** A senior's review of a record, signed later than its writer (主治医师审签：…, 上级医师审核：…). */
const REVIEWED_BY = /审签|审核|审阅|复核|上级医师/;

/**
 * The discharge of a record written on its day: the record's own date (记录时间：…, its writer's signature's, not a
 * senior's later review), never before the admission.
 */
function dischargedToday(rows: readonly Row[], dates: readonly RoledDate[], admission: RoledDate | null): RoledDate | null {
  if (!rows.some((r) => DISCHARGED_TODAY.test(r.joined))) return null;
  const written = (role: RoledDate['role']) => {
    const signed = dates.filter((d) => d.role === role);
    return signed.findLast((d) => !REVIEWED_BY.test(rows[d.row]!.joined)) ?? signed.at(-1);
  };
  const own = written('ISSUE') ?? written('UNLABELLED');
  return own && (!admission || own.iso >= admission.iso) ? own : null;
}

/** A stay given as its length (住院天数：14天, （住院9天）, …入院，住院10天，…): days from admission to discharge. */
const LENGTH = /(?:共|实际)?住院(?:治疗|康复治疗)?(?:天数)?[:：\s|]*(\d{1,3})\s*天/;

/**
 * How sure a date is that the desk worked out rather than read (from the other end and the stay's length, a discharge from
 * the signature): below the bar, so the clerk checks it.
 */
const DERIVED_CONFIDENCE = 0.5;
export const derived = (source: FieldSource): FieldSource => ({ ...source, confidence: Math.min(source.confidence, DERIVED_CONFIDENCE) });

/** The other end of a stay one end and its length give (住院天数 counts the days from admission to discharge). */
function fromLength(rows: readonly Row[], known: RoledDate, sign: 1 | -1): RoledDate | null {
  const days = rows.map((r) => LENGTH.exec(r.joined)?.[1]).find((d) => d !== undefined);
  if (days === undefined || Number(days) === 0) return null;
  return { ...known, iso: plusDays(known.iso, sign * Number(days)), source: derived(known.source) };
}

/**
 * A certificate's stay told as an earlier one (兹证明患者曾于2024年4月8日—4月19日在我院住院治疗): the ends as a stay's; not one
 * its history tells (病史摘要：…).
 */
const asStay = (rows: readonly Row[]) => (d: RoledDate): RoledDate => {
  if (HISTORY_ROW.test(rows[d.row]!.joined)) return d;
  return d.role === 'EARLIER_ADMISSION' ? { ...d, role: 'ADMISSION' } : d.role === 'EARLIER_DISCHARGE' ? { ...d, role: 'DISCHARGE' } : d;
};

/** How long before the visit an outpatient page may tell a stay as the one just ended (出院后复诊): half a year. */
const RECENT_STAY_DAYS = 183;
const STARTS: ReadonlySet<DateRole> = new Set(['ADMISSION', 'EARLIER_ADMISSION', 'HISTORY_ADMISSION']);
const ENDS: ReadonlySet<DateRole> = new Set(['DISCHARGE', 'EARLIER_DISCHARGE']);

/**
 * The stay an outpatient page tells as just ended (现病史：…于2024年8月5日至8月19日在我科住院; 住院情况：…至…在…住院; 现病史：患者
 * 2025年3月24日入院，4月3日出院): a range or an admission and a discharge told in prose, both ends in one row, ended on or before the visit and at most {@link RECENT_STAY_DAYS} before it; of
 * several, the last ended. One long before the visit is history.
 */
function justEnded(dates: readonly RoledDate[], visit: string | undefined): { admission: RoledDate; discharge: RoledDate } | null {
  if (!visit) return null;
  const ranges = dates.flatMap((end, i) => {
    const start = dates[i - 1];
    const told = start && ENDS.has(end.role) && STARTS.has(start.role) && start.row === end.row && start.iso <= end.iso;
    return told && end.iso <= visit && daysBetween(end.iso, visit) <= RECENT_STAY_DAYS ? [{ admission: start, discharge: end }] : [];
  });
  return ranges.sort((a, b) => b.discharge.iso.localeCompare(a.discharge.iso))[0] ?? null;
}

/** A discharge summary's admission told in its history (病史摘要：…于2024年11月6日由急诊收入我科), no later than its discharge. */
const summarisedAdmission = (dates: readonly RoledDate[], discharge: RoledDate | null): RoledDate | null =>
  dates.find((d) => d.role === 'HISTORY_ADMISSION' && (!discharge || d.iso <= discharge.iso)) ?? null;

/**
 * The stay a record states. An outpatient record or a report (`storied`) tells earlier stays in its history
 * (现病史：…于2024年12月3日在我院住院…): a labelled one (出院日期：… on a follow-up form) is its own, else the one an
 * outpatient page tells as just ended before its `visit`. A certificate states the stay it certifies as an earlier one
 * (曾于…至…在我院住院治疗): that one, where it states no other.
 */
export function stayOf(rows: readonly Row[], dates: readonly RoledDate[], type: MaterialType | null, visit?: string): { admission: RoledDate | null; discharge: RoledDate | null } {
  const storied = type === 'OUTPATIENT_RECORD_ORIGINAL' || type === 'TEST_REPORT';
  const told = stay(rows, storied ? dates.filter((d) => d.labelled) : dates);
  const none = !told.admission && !told.discharge;
  if (storied) return none && type === 'OUTPATIENT_RECORD_ORIGINAL' ? justEnded(dates, visit) ?? told : told;
  if (none && type === 'DIAGNOSIS_CERTIFICATE') return stay(rows, dates.map(asStay(rows)));
  const discharge = told.discharge ?? dischargedToday(rows, dates, told.admission) ?? (told.admission && fromLength(rows, told.admission, 1));
  const admission = told.admission ?? summarisedAdmission(dates, discharge) ?? (discharge && fromLength(rows, discharge, -1));
  return { admission, discharge };
}
