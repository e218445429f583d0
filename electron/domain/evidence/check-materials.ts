import { daysBetween, minusYears } from '../civil-date';
import { satisfiesIssuer, type Institution, type IssuerPredicate } from './institutions';
import type { EvidenceDateField, MaterialType } from './material-types';

/**
 * The completeness check of R8–R14: every route and item is evaluated at once so that the clerk
 * can hand over one consolidated notice (一次性告知, 001 §1(1)).
 */

export type EvidenceRequirement = {
  readonly nameZh: string;
  readonly types: readonly MaterialType[];
  readonly minCount: number;
  readonly window: { readonly years: number; readonly dateField: EvidenceDateField } | null;
  readonly issuerAnyOf: readonly IssuerPredicate[] | null;
  /** R14: paper outpatient records must be originals the clerk has seen. */
  readonly requireOriginalSighted: boolean;
  /** 004: the copy must carry the hospital seal. */
  readonly requireSeal: boolean;
  /** R11: longest allowed gap between visits (AMB-16); a longer gap is a warning. */
  readonly continuityMaxGapDays: number | null;
};

export type EvidenceRoute = { readonly id: string; readonly nameZh: string; readonly items: readonly EvidenceRequirement[] };

export type EvidenceItem = {
  readonly documentId: string;
  readonly label: string;
  readonly type: MaterialType;
  readonly issuerName: string | null;
  /** Resolved from the pack's directory; null when the hospital is not in it. */
  readonly issuer: Institution | null;
  readonly dischargeDate: string | null;
  readonly visitDates: readonly string[];
  readonly reportDate: string | null;
  readonly diseaseKeys: readonly string[];
  readonly originalSighted: boolean;
  readonly sealed: boolean;
  readonly nameOnDoc: string | null;
  readonly idNumberOnDoc: string | null;
};

export type MaterialsInput = {
  /** AMB-15: windows are anchored on the date of receipt. */
  readonly receivedDate: string;
  readonly applicant: { readonly name: string; readonly idNumber: string };
  readonly diseaseKey: string;
  readonly routes: readonly EvidenceRoute[];
  readonly items: readonly EvidenceItem[];
};

export type ItemProblem =
  | { readonly code: 'NAME_MISMATCH'; readonly params: { readonly onDoc: string } }
  | { readonly code: 'ID_MISMATCH'; readonly params: { readonly onDoc: string } }
  | { readonly code: 'DATE_MISSING'; readonly params: { readonly field: EvidenceDateField } }
  | { readonly code: 'OUTSIDE_WINDOW'; readonly params: { readonly date: string; readonly from: string; readonly to: string } }
  | { readonly code: 'ISSUER_UNKNOWN'; readonly params: { readonly issuer: string } }
  | { readonly code: 'ISSUER_NOT_QUALIFIED'; readonly params: { readonly issuer: string } }
  | { readonly code: 'ORIGINAL_NOT_SIGHTED'; readonly params: Record<string, never> }
  | { readonly code: 'SEAL_MISSING'; readonly params: Record<string, never> };

export type Finding =
  | { readonly severity: 'BLOCK'; readonly code: 'REQUIREMENT_UNMET'; readonly routeId: string; readonly routeName: string; readonly requirement: string; readonly have: number; readonly need: number }
  | { readonly severity: 'BLOCK'; readonly code: 'ITEM_INVALID'; readonly routeId: string; readonly documentId: string; readonly label: string; readonly requirement: string; readonly problems: readonly ItemProblem[] }
  | { readonly severity: 'WARN'; readonly code: 'CONTINUITY_GAP'; readonly gapDays: number; readonly from: string; readonly to: string; readonly maxGapDays: number }
  | { readonly severity: 'WARN'; readonly code: 'UNRELATED_EVIDENCE' }
  | { readonly severity: 'WARN'; readonly code: 'IDENTITY_UNREAD'; readonly documentId: string; readonly label: string };

export type RouteResult = {
  readonly id: string;
  readonly nameZh: string;
  readonly satisfied: boolean;
  readonly requirements: readonly { readonly nameZh: string; readonly need: number; readonly validDocumentIds: readonly string[] }[];
};

export type MaterialsVerdict = {
  /** R12: complete when any one route is satisfied. */
  readonly complete: boolean;
  readonly routes: readonly RouteResult[];
  readonly findings: readonly Finding[];
};

const digitsOnly = (s: string): string => s.replace(/\s/g, '').toUpperCase();

function identityProblems(item: EvidenceItem, applicant: MaterialsInput['applicant']): ItemProblem[] {
  const out: ItemProblem[] = [];
  if (item.nameOnDoc !== null && item.nameOnDoc !== applicant.name) out.push({ code: 'NAME_MISMATCH', params: { onDoc: item.nameOnDoc } });
  if (item.idNumberOnDoc !== null && digitsOnly(item.idNumberOnDoc) !== digitsOnly(applicant.idNumber)) {
    out.push({ code: 'ID_MISMATCH', params: { onDoc: item.idNumberOnDoc } });
  }
  return out;
}

function datesFor(item: EvidenceItem, field: EvidenceDateField): readonly string[] {
  if (field === 'DISCHARGE_DATE') return item.dischargeDate ? [item.dischargeDate] : [];
  if (field === 'REPORT_DATE') return item.reportDate ? [item.reportDate] : [];
  return item.visitDates;
}

function windowProblems(item: EvidenceItem, req: EvidenceRequirement, receivedDate: string): ItemProblem[] {
  if (req.window === null) return [];
  const dates = datesFor(item, req.window.dateField);
  if (dates.length === 0) return [{ code: 'DATE_MISSING', params: { field: req.window.dateField } }];
  const from = minusYears(receivedDate, req.window.years);
  if (dates.some((d) => d >= from && d <= receivedDate)) return [];
  const latest = [...dates].sort().at(-1) ?? '';
  return [{ code: 'OUTSIDE_WINDOW', params: { date: latest, from, to: receivedDate } }];
}

function issuerProblems(item: EvidenceItem, req: EvidenceRequirement): ItemProblem[] {
  if (req.issuerAnyOf === null) return [];
  const issuer = item.issuerName ?? '（未识别）';
  if (item.issuer === null) return [{ code: 'ISSUER_UNKNOWN', params: { issuer } }];
  const inst = item.issuer;
  return req.issuerAnyOf.some((p) => satisfiesIssuer(inst, p)) ? [] : [{ code: 'ISSUER_NOT_QUALIFIED', params: { issuer: inst.nameZh } }];
}

function itemProblems(item: EvidenceItem, req: EvidenceRequirement, input: MaterialsInput): ItemProblem[] {
  return [
    ...identityProblems(item, input.applicant),
    ...windowProblems(item, req, input.receivedDate),
    ...issuerProblems(item, req),
    ...(req.requireOriginalSighted && item.type === 'OUTPATIENT_RECORD_ORIGINAL' && !item.originalSighted
      ? [{ code: 'ORIGINAL_NOT_SIGHTED', params: {} } as const] : []),
    ...(req.requireSeal && !item.sealed ? [{ code: 'SEAL_MISSING', params: {} } as const] : []),
  ];
}

type Evaluated = { req: EvidenceRequirement; valid: EvidenceItem[]; invalid: { item: EvidenceItem; problems: ItemProblem[] }[] };

function evaluate(req: EvidenceRequirement, input: MaterialsInput): Evaluated {
  const result: Evaluated = { req, valid: [], invalid: [] };
  for (const item of input.items.filter((i) => req.types.includes(i.type))) {
    const problems = itemProblems(item, req, input);
    if (problems.length === 0) result.valid.push(item);
    else result.invalid.push({ item, problems });
  }
  return result;
}

/** R11: the in-window visits, bounded by the window start and the receipt date, leave no gap above the limit. */
export function longestGap(visits: readonly string[], from: string, to: string): { gapDays: number; from: string; to: string } {
  const points = [from, ...visits.filter((v) => v >= from && v <= to).sort(), to];
  let best = { gapDays: 0, from, to: from };
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1] as string;
    const b = points[i] as string;
    const gap = daysBetween(a, b);
    if (gap > best.gapDays) best = { gapDays: gap, from: a, to: b };
  }
  return best;
}

function continuityFindings(route: Evaluated[], receivedDate: string): Finding[] {
  const out: Finding[] = [];
  for (const { req, valid } of route) {
    if (req.continuityMaxGapDays === null || req.window === null) continue;
    const gap = longestGap(valid.flatMap((i) => i.visitDates), minusYears(receivedDate, req.window.years), receivedDate);
    if (gap.gapDays > req.continuityMaxGapDays) {
      out.push({ severity: 'WARN', code: 'CONTINUITY_GAP', ...gap, maxGapDays: req.continuityMaxGapDays });
    }
  }
  return out;
}

export function checkMaterials(input: MaterialsInput): MaterialsVerdict {
  const evaluated = input.routes.map((route) => ({ route, reqs: route.items.map((req) => evaluate(req, input)) }));
  const satisfied = evaluated.filter(({ reqs }) => reqs.every((e) => e.valid.length >= e.req.minCount));
  const complete = satisfied.length > 0;
  const findings: Finding[] = [];

  if (!complete) {
    for (const { route, reqs } of evaluated) {
      for (const e of reqs.filter((x) => x.valid.length < x.req.minCount)) {
        findings.push({ severity: 'BLOCK', code: 'REQUIREMENT_UNMET', routeId: route.id, routeName: route.nameZh, requirement: e.req.nameZh, have: e.valid.length, need: e.req.minCount });
        for (const { item, problems } of e.invalid) {
          findings.push({ severity: 'BLOCK', code: 'ITEM_INVALID', routeId: route.id, documentId: item.documentId, label: item.label, requirement: e.req.nameZh, problems });
        }
      }
    }
  } else {
    for (const { reqs } of satisfied) findings.push(...continuityFindings(reqs, input.receivedDate));
    // R13: relatedness is a warning to the panel, because OCR can be wrong.
    const used = satisfied.flatMap(({ reqs }) => reqs.flatMap((e) => e.valid));
    if (!used.some((i) => i.diseaseKeys.includes(input.diseaseKey))) findings.push({ severity: 'WARN', code: 'UNRELATED_EVIDENCE' });
  }
  for (const item of input.items) {
    if (item.nameOnDoc === null && item.idNumberOnDoc === null && item.type !== 'OTHER') {
      findings.push({ severity: 'WARN', code: 'IDENTITY_UNREAD', documentId: item.documentId, label: item.label });
    }
  }

  return {
    complete,
    routes: evaluated.map(({ route, reqs }) => ({
      id: route.id,
      nameZh: route.nameZh,
      satisfied: reqs.every((e) => e.valid.length >= e.req.minCount),
      requirements: reqs.map((e) => ({ nameZh: e.req.nameZh, need: e.req.minCount, validDocumentIds: e.valid.map((i) => i.documentId) })),
    })),
    findings,
  };
}
