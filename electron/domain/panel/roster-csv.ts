import { isCivilDate } from '../civil-date';
import { inspectIdNumber } from '../id-number';
import type { Physician, Title } from './eligibility';

/**
 * The roster as the bureau and the 医保办 keep it: a CSV with Chinese headers, one physician per row.
 * Every row is checked and every problem reported with its row number; lists use ；or ; between items.
 */

export const ROSTER_COLUMNS = [
  '医保医师编码', '姓名', '身份证号', '医院编码', '专业', '职称', '授权病种', '授权起始', '授权截止', '在岗', '已备案培训', '回避身份证号',
  '黑名单起始', '黑名单截止', '黑名单原因',
] as const;

const TITLE_NAMES: Record<string, Title> = { 主任医师: 'CHIEF', 副主任医师: 'ASSOCIATE_CHIEF', 主治医师: 'ATTENDING', 住院医师: 'RESIDENT' };

export type RosterVocabulary = {
  readonly specialties: readonly { readonly key: string; readonly nameZh: string }[];
  readonly diseases: readonly { readonly key: string; readonly nameZh: string }[];
  readonly today: string;
};

export type RosterRow = { readonly physician: Omit<Physician, 'sanctions'>; readonly sanction: { from: string; to: string | null; reason: string } | null };
export type RosterProblem = { readonly row: number; readonly message: string };

/** RFC 4180 CSV (quotes, doubled quotes, CRLF), with a UTF-8 BOM tolerated. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i += 1) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') { field += '"'; i += 1; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

const list = (s: string): string[] => s.split(/[;；]/).map((x) => x.trim()).filter((x) => x !== '');
const yesNo = (s: string): boolean | null => (/^(是|y|yes|1|true)$/i.test(s.trim()) ? true : /^(否|n|no|0|false)$/i.test(s.trim()) ? false : null);

/** The roster as a table of cells (from CSV or the first XLSX sheet): header row first, row numbers as the user sees them. */
export function parseRosterTable(table: readonly (readonly string[])[], vocab: RosterVocabulary): { rows: RosterRow[]; problems: RosterProblem[] } {
  const [header, ...body] = table;
  const problems: RosterProblem[] = [];
  const missing = ROSTER_COLUMNS.slice(0, 12).filter((c) => !header?.map((h) => h.trim()).includes(c));
  if (!header || missing.length > 0) return { rows: [], problems: [{ row: 1, message: `表头缺少列：${missing.join('、') || ROSTER_COLUMNS.join('、')}` }] };
  const col = (r: readonly string[], name: (typeof ROSTER_COLUMNS)[number]): string => (r[header.findIndex((h) => h.trim() === name)] ?? '').trim();
  const rows: RosterRow[] = [];
  const seen = new Set<string>();
  body.forEach((r, i) => {
    if (r.every((f) => f.trim() === '')) return;
    const n = i + 2;
    const bad = (message: string): void => { problems.push({ row: n, message }); };
    const before = problems.length;
    const id = col(r, '医保医师编码');
    if (id === '') bad('医保医师编码不能为空');
    else if (seen.has(id)) bad(`医保医师编码 ${id} 重复`);
    seen.add(id);
    const name = col(r, '姓名');
    if (name === '') bad('姓名不能为空');
    const idNumber = col(r, '身份证号').toUpperCase();
    if (!inspectIdNumber(idNumber, vocab.today).valid) bad(`身份证号“${idNumber}”无效`);
    if (col(r, '医院编码') === '') bad('医院编码不能为空');
    const title = TITLE_NAMES[col(r, '职称')];
    if (!title) bad(`职称“${col(r, '职称')}”无效，应为主任医师、副主任医师、主治医师或住院医师`);
    const specialties = list(col(r, '专业')).map((s) => vocab.specialties.find((v) => v.nameZh === s || v.key === s)?.key ?? (bad(`专业“${s}”不在政策包的专科对照中`), ''));
    if (specialties.length === 0) bad('专业不能为空');
    const diseaseKeys = list(col(r, '授权病种')).map((s) => vocab.diseases.find((d) => d.nameZh === s || d.key === s)?.key ?? (bad(`授权病种“${s}”不在病种目录中`), ''));
    const [from, to] = [col(r, '授权起始'), col(r, '授权截止')];
    if (diseaseKeys.length > 0 && !isCivilDate(from)) bad(`授权起始日期“${from}”无效（格式 YYYY-MM-DD）`);
    if (to !== '' && !isCivilDate(to)) bad(`授权截止日期“${to}”无效（格式 YYYY-MM-DD）`);
    const active = yesNo(col(r, '在岗'));
    if (active === null) bad('“在岗”应填“是”或“否”');
    const onboarded = yesNo(col(r, '已备案培训'));
    if (onboarded === null) bad('“已备案培训”应填“是”或“否”');
    const conflicts = list(col(r, '回避身份证号')).map((x) => x.toUpperCase());
    for (const c of conflicts) if (!inspectIdNumber(c, vocab.today).valid) bad(`回避身份证号“${c}”无效`);
    const [banFrom, banTo, banReason] = [col(r, '黑名单起始'), col(r, '黑名单截止'), col(r, '黑名单原因')];
    if (banFrom !== '' && (!isCivilDate(banFrom) || (banTo !== '' && !isCivilDate(banTo)) || banReason === '')) bad('黑名单须填写起始日期（YYYY-MM-DD）和原因');
    if (problems.length > before) return;
    rows.push({
      physician: {
        id, name, idNumber, hospitalCode: col(r, '医院编码'), specialties, title: title!,
        authorisation: diseaseKeys.length > 0 ? { diseaseKeys, from, to: to === '' ? null : to } : null,
        active: active!, onboarded: onboarded!, declaredConflicts: conflicts,
      },
      sanction: banFrom !== '' ? { from: banFrom, to: banTo === '' ? null : banTo, reason: banReason } : null,
    });
  });
  return { rows, problems };
}

/**
 * What is wrong with one physician entered by hand (the roster editor): the same vocabulary rules as
 * an imported row — specialties of the pack's map, diseases of the catalogue, valid ID numbers.
 */
export function physicianProblems(p: Omit<Physician, 'sanctions'>, vocab: RosterVocabulary): string[] {
  const problems: string[] = [];
  if (!inspectIdNumber(p.idNumber, vocab.today).valid) problems.push(`身份证号“${p.idNumber}”无效`);
  for (const s of p.specialties) if (!vocab.specialties.some((v) => v.key === s)) problems.push(`专业“${s}”不在政策包的专科对照中`);
  for (const d of p.authorisation?.diseaseKeys ?? []) if (!vocab.diseases.some((v) => v.key === d)) problems.push(`授权病种“${d}”不在病种目录中`);
  if (p.authorisation && p.authorisation.to !== null && p.authorisation.to < p.authorisation.from) problems.push('授权截止日期早于起始日期');
  for (const c of p.declaredConflicts) if (!inspectIdNumber(c, vocab.today).valid) problems.push(`回避身份证号“${c}”无效`);
  return problems;
}
