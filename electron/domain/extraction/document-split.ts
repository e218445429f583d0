import type { MaterialType } from '../evidence/material-types';
import { headTitle } from './extract-facts';
import { type OcrPageInput } from './page-lines';
import { rowsOf } from './page-rows';
import { idNumber, patientName } from './person-fields';

/** What a page says about the document it belongs to: its heading, the patient and the hospital at its head. */
export type PageIdentity = {
  readonly title: MaterialType | null;
  readonly name: string | null;
  readonly idNumber: string | null;
  /** 第 2 页 / 续页: the page says it continues the one before. */
  readonly continues: boolean;
};

export function pageIdentity(page: OcrPageInput): PageIdentity {
  const rows = rowsOf([page]);
  const text = rows.map((r) => r.joined).join('\n');
  const m = /第\s*(\d{1,2})\s*页/.exec(text);
  return {
    title: headTitle(rows), name: patientName(rows)?.value ?? null, idNumber: idNumber(rows)?.value ?? null,
    continues: /续页|接上页/.test(text) || (m !== null && Number(m[1]) > 1),
  };
}

/** Two pages name different patients when their ID numbers differ, or (lacking one) their names do. */
export function differentPatients(a: PageIdentity, b: PageIdentity): boolean {
  if (a.idNumber && b.idNumber) return a.idNumber !== b.idNumber;
  return a.name !== null && b.name !== null && a.name !== b.name;
}

/**
 * Where a batch scan (one PDF for a stack of paper) splits into documents: a page starts a new one
 * when it names another patient, or when it carries a heading of its own that does not say it
 * continues the page before. Returns the index of each document's first page.
 */
export function splitPoints(pages: readonly PageIdentity[]): number[] {
  const starts = pages.length > 0 ? [0] : [];
  let current: PageIdentity | null = pages[0] ?? null;
  pages.forEach((p, i) => {
    if (i === 0 || !current) return;
    const newPatient = differentPatients(current, p);
    const newHeading = p.title !== null && !(p.continues && p.title === current.title);
    if (newPatient || newHeading) {
      starts.push(i);
      current = p;
    } else {
      current = { ...current, name: current.name ?? p.name, idNumber: current.idNumber ?? p.idNumber };
    }
  });
  return starts;
}

/** The patients a set of pages names (a material must never mix two). */
export function patientsOf(pages: readonly PageIdentity[]): number {
  const seen: PageIdentity[] = [];
  for (const p of pages) if ((p.idNumber || p.name) && !seen.some((s) => !differentPatients(s, p))) seen.push(p);
  return seen.length;
}
