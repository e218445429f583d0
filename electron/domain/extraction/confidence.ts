import type { DocumentFacts, FactField } from './extract-facts';

/** Below this the engine's reading of a field is marked for the clerk to check against the paper. */
export const CHECK_BELOW = 0.85;

const VALUE: Record<FactField, (f: DocumentFacts) => boolean> = {
  name: (f) => f.name !== null,
  idNumber: (f) => f.idNumber !== null,
  hospital: (f) => f.hospital !== null,
  admissionDate: (f) => f.admissionDate !== null,
  dischargeDate: (f) => f.dischargeDate !== null,
  visitDate: (f) => f.visitDates.length > 0,
  reportDate: (f) => f.reportDate !== null,
  diagnoses: (f) => f.diagnoses.length > 0,
};

/** How sure the reading of each field that has a value is (0–1, two decimals; 1 for text not read by OCR). */
export function fieldConfidence(facts: DocumentFacts): Partial<Record<FactField, number>> {
  return Object.fromEntries((Object.keys(VALUE) as FactField[]).filter((k) => VALUE[k](facts))
    .map((k) => [k, Math.round((facts.sources?.[k]?.confidence ?? 1) * 100) / 100]));
}

/** The fields read with less confidence than the bar, and those printed but not taken (an ID whose check digit fails). */
export function fieldsToCheck(facts: DocumentFacts): FactField[] {
  return (Object.keys(VALUE) as FactField[]).filter((k) => {
    const source = facts.sources?.[k];
    return VALUE[k](facts) ? (source?.confidence ?? 1) < CHECK_BELOW : source?.read !== undefined;
  });
}

export type DocumentForConfirmation = { readonly label: string; readonly hasFacts: boolean; readonly confirmed: boolean };

/**
 * Unverified text never reaches paper or review on its own (issue 10): a one-time notice or a
 * submission waits until the clerk has confirmed the facts of every document it rests on.
 */
export function documentsToConfirm(docs: readonly DocumentForConfirmation[]): string[] {
  return docs.filter((d) => d.hasFacts && !d.confirmed).map((d) => d.label);
}
