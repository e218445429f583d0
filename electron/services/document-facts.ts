import { findDocument, pagesOfDocuments, updateDocument, type DocumentRow } from '../../db/queries/materials';
import type { Executor } from '../../db/client';
import { extractFacts, type DocumentFacts } from '../domain/extraction/extract-facts';
import type { PolicyPack } from '../domain/policy-pack';

/** The text of a page as the desk trusts it: the clerk's correction, else the recognised or embedded text. */
export const pageText = (p: { correctedText: string | null; ocrText: string | null }): string => p.correctedText ?? p.ocrText ?? '';

/** Re-reads the facts of a document from all of its pages (after OCR finishes or a page is corrected). */
export function refreshDocumentFacts(db: Executor, pack: PolicyPack, documentId: string): DocumentFacts | null {
  const pages = pagesOfDocuments(db, [documentId]);
  if (pages.some((p) => p.ocrStatus === 'QUEUED' || p.ocrStatus === 'RUNNING')) return null;
  const facts = extractFacts(pages.map(pageText).join('\n'), pack);
  updateDocument(db, documentId, { factsJson: JSON.stringify(facts) });
  return facts;
}

/** Confirmed facts win over extracted ones (the clerk's word is authoritative, with who/when). */
export function effectiveFacts(doc: DocumentRow): DocumentFacts | null {
  const json = doc.confirmedFactsJson ?? doc.factsJson;
  return json ? (JSON.parse(json) as DocumentFacts) : null;
}

export const documentById = findDocument;
