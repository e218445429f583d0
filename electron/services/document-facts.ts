import { findDocument, pagesOfApplication, pagesOfDocuments, updateDocument, updatePage, type DocumentRow } from '../../db/queries/materials';
import type { Executor } from '../../db/client';
import { extractFacts, type DocumentFacts } from '../domain/extraction/extract-facts';
import { linesFromText, type OcrLine, type OcrPageInput } from '../domain/extraction/page-lines';
import { isSameSheet } from '../domain/extraction/text-similarity';
import type { MaterialType } from '../domain/evidence/material-types';
import type { PolicyPack } from '../domain/policy-pack';

/** The text of a page as the desk trusts it: the clerk's correction, else the recognised or embedded text. */
export const pageText = (p: { correctedText: string | null; ocrText: string | null }): string => p.correctedText ?? p.ocrText ?? '';

/** A page as the extraction reads it: the clerk's correction as text, else the engine's rows of boxes, else its text. */
export function pageInput(p: { correctedText: string | null; ocrText: string | null; ocrLinesJson: string | null }): OcrPageInput {
  if (p.correctedText === null && p.ocrLinesJson) return { lines: JSON.parse(p.ocrLinesJson) as OcrLine[] };
  return { lines: linesFromText(pageText(p)) };
}

/**
 * Once every page of a document has text (OCR finished, or a page corrected): re-reads its facts,
 * and marks each page that reads like a page already in the application as a re-scan of it.
 */
export function settleDocument(db: Executor, pack: PolicyPack, documentId: string): DocumentFacts | null {
  const pages = pagesOfDocuments(db, [documentId]);
  if (pages.some((p) => p.ocrStatus === 'QUEUED' || p.ocrStatus === 'RUNNING')) return null;
  const facts = extractFacts(pages.map(pageInput), pack);
  updateDocument(db, documentId, { factsJson: JSON.stringify(facts) });
  const doc = findDocument(db, documentId);
  if (doc) markRescans(db, doc.applicationId, documentId);
  return facts;
}

function markRescans(db: Executor, applicationId: string, documentId: string): void {
  const all = pagesOfApplication(db, applicationId).filter((p) => p.ocrStatus === 'DONE' || p.duplicateOfPageId !== null);
  for (const [i, page] of all.entries()) {
    if (page.documentId !== documentId || page.duplicateOfPageId !== null) continue;
    const text = pageText(page);
    const twin = all.slice(0, i).find((earlier) => isSameSheet(pageText(earlier), text));
    if (twin) updatePage(db, page.id, { duplicateOfPageId: twin.id });
  }
}

/** The clerk's choice of material type, else the type the extractor read, else 其他. */
export const effectiveType = (doc: DocumentRow): MaterialType => doc.materialType ?? effectiveFacts(doc)?.documentType ?? 'OTHER';

/** Confirmed facts win over extracted ones (the clerk's word is authoritative, with who/when). */
export function effectiveFacts(doc: DocumentRow): DocumentFacts | null {
  const json = doc.confirmedFactsJson ?? doc.factsJson;
  return json ? (JSON.parse(json) as DocumentFacts) : null;
}
