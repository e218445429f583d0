import type { DocumentFacts } from '../../domain/extraction/extract-facts';
import type { Fields } from './types';

/** The fields the desk reads, each right or wrong against the corpus truth (issue 10's six and the mapped diseases). */
export const FIELDS = ['name', 'idNumber', 'admissionDate', 'dischargeDate', 'visitDate', 'reportDate', 'diseaseKeys'] as const;
export type ScoredField = (typeof FIELDS)[number];

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

/** Per field: right, wrong, or not applicable (the truth says nothing and the extractor says nothing). */
export function scoreFields(truth: Fields, f: DocumentFacts): Partial<Record<ScoredField, boolean>> {
  const visit = f.visitDates.at(-1) ?? null;
  const out: Partial<Record<ScoredField, boolean>> = {
    name: f.name === truth.name,
    idNumber: f.idNumber === truth.idNumber,
    admissionDate: f.admissionDate === truth.admissionDate,
    dischargeDate: f.dischargeDate === truth.dischargeDate,
    visitDate: truth.visitDate === null ? f.visitDates.length === 0 : f.visitDates.includes(truth.visitDate) && visit !== null,
    reportDate: f.reportDate === truth.reportDate,
    diseaseKeys: same(f.diseaseKeys, truth.diseaseKeys),
  };
  // a field absent from both the page and the answer is not counted
  if (truth.idNumber === null && f.idNumber === null) delete out.idNumber;
  for (const k of ['admissionDate', 'dischargeDate', 'reportDate'] as const) if (truth[k] === null && f[k] === null) delete out[k];
  if (truth.visitDate === null && f.visitDates.length === 0) delete out.visitDate;
  return out;
}

export type Tally = { right: number; total: number };
export const pct = (t: Tally) => (t.total === 0 ? '—' : `${((t.right / t.total) * 100).toFixed(1)} % (${t.right}/${t.total})`);

export function tallyInto(tallies: Map<string, Tally>, key: string, ok: boolean): void {
  const t = tallies.get(key) ?? { right: 0, total: 0 };
  t.total += 1;
  if (ok) t.right += 1;
  tallies.set(key, t);
}
