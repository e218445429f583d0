import {
  documentWithFileHash, documentsOfApplication, findDocument, findPage, pagesOfApplication, insertDocument, insertPage, insertStoredFile,
  pageImage, pagesOfDocuments, updateDocument, updatePage, type DocumentListRow, type PageRow,
} from '../../db/queries/materials';
import { findApplication } from '../../db/queries/applications';
import type { Executor } from '../../db/client';
import { AppError } from '../contract/app-error';
import { materialsEditable } from '../domain/application-state';
import type { MaterialType } from '../domain/evidence/material-types';
import { fieldsToCheck } from '../domain/extraction/confidence';
import type { DocumentFacts } from '../domain/extraction/extract-facts';
import { mapDiagnoses } from '../domain/extraction/map-diagnoses';
import type { PreparedPage } from '../files/page-images';
import { readPages } from '../files/read-pages';
import { MIME } from '../files/sniff';
import { createHash } from 'node:crypto';
import { recordAudit } from './audit';
import type { CatalogueService } from './catalogue';
import type { Actor, ServiceDeps } from './context';
import { effectiveFacts, effectiveType } from './document-facts';
import type { DocumentPages } from './document-pages';
import { requireCaseAccess } from './case-access';
import { requirePermission } from './guard';
import type { OcrQueue } from './ocr-queue';


/** A person looking at the same case again within this time is not recorded again. */
const VIEW_AUDIT_MS = 10 * 60_000;

export type DocumentSource = 'UPLOAD' | 'CAMERA' | 'SCANNER';
export type ImportedFile = { readonly fileName: string; readonly bytes: Buffer; readonly pages: readonly PreparedPage[]; readonly mime: string };

export function createMaterialService(deps: ServiceDeps, catalogue: CatalogueService, ocr: OcrQueue, documents: DocumentPages) {
  function editableApplication(db: Executor, applicationId: string) {
    const found = findApplication(db, applicationId);
    if (!found) throw new AppError('APPLICATION_NOT_FOUND');
    if (!materialsEditable(found.application.state)) throw new AppError('MATERIALS_FROZEN', { state: found.application.state });
    return found;
  }

  /** Reads a file into pages (outside any transaction: it may take seconds). Errors are coded and Chinese-worded. */
  async function prepare(fileName: string, bytes: Buffer): Promise<ImportedFile> {
    const read = await readPages(bytes, fileName);
    return { fileName, bytes, pages: read.pages, mime: MIME[read.kind] };
  }

  /**
   * Stores a file as one document of the application: original bytes unchanged, and per page the
   * images and the OCR job. The same file twice is refused; a page identical to one already present
   * (or, once read, reading like one) is stored but marked as a duplicate of that page.
   */
  function attach(
    actor: Actor, applicationId: string, file: ImportedFile, materialType: MaterialType | null, source: DocumentSource,
    within?: (tx: Executor, documentId: string) => void,
  ) {
    requirePermission(actor, 'materials.write');
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    const documentId = deps.db.transaction((tx) => {
      editableApplication(tx, applicationId);
      const same = documentWithFileHash(tx, applicationId, sha256);
      if (same) throw new AppError('FILE_DUPLICATE', { fileName: file.fileName, existing: same.fileName });
      const known = pagesOfApplication(tx, applicationId);
      const at = deps.clock().toISOString();
      const fileId = deps.newId();
      insertStoredFile(tx, { id: fileId, sha256, fileName: file.fileName, mime: file.mime, size: file.bytes.length, bytes: file.bytes, createdAt: at });
      const id = deps.newId();
      insertDocument(tx, { id, applicationId, fileId, materialType, source, createdBy: actor.userId, createdAt: at });
      let duplicates = 0;
      for (const p of file.pages) {
        const twin = known.find((k) => k.sha256 === p.sha256);
        if (twin) duplicates += 1;
        insertPage(tx, {
          id: deps.newId(), documentId: id, pageIndex: p.index, sha256: p.sha256, width: p.width, height: p.height,
          duplicateOfPageId: twin?.id ?? null, textSource: p.text === null ? 'ocr' : 'pdf-text',
          ocrStatus: p.text === null ? 'QUEUED' : 'DONE', ocrText: p.text, ocrConfidence: p.text === null ? null : 1, queuedAt: at,
        }, [
          { kind: 'ocr', mime: 'image/png', bytes: p.ocrImage },
          { kind: 'view', mime: 'image/jpeg', bytes: p.viewImage },
          { kind: 'thumb', mime: 'image/jpeg', bytes: p.thumb },
        ]);
      }
      documents.settle(tx, id);
      within?.(tx, id);
      recordAudit(tx, deps, actor, {
        action: 'material.attach', entityType: 'document', entityId: id,
        details: { applicationId, fileName: file.fileName, sha256, pages: file.pages.length, source, duplicates },
        seal: [{ kind: 'file', id: findDocument(tx, id)!.fileId }],
      });
      return id;
    });
    ocr.kick();
    return documentDto(documentsOfApplication(deps.db, applicationId).find((d) => d.document.id === documentId)!);
  }

  function pageDto(p: PageRow) {
    return {
      id: p.id, index: p.pageIndex, width: p.width, height: p.height, textSource: p.textSource, ocrStatus: p.ocrStatus,
      ocrError: p.ocrError, confidence: p.ocrConfidence, ocrMs: p.ocrMs, attempts: p.attempts,
      duplicateOfPageId: p.duplicateOfPageId, corrected: p.correctedText !== null,
    };
  }

  function documentDto(row: DocumentListRow, pages: PageRow[] = pagesOfDocuments(deps.db, [row.document.id])) {
    const d = row.document;
    const facts = effectiveFacts(d);
    return {
      id: d.id, fileName: row.fileName, mime: row.mime, size: row.size, source: d.source,
      materialType: d.materialType, effectiveType: effectiveType(d),
      originalSighted: d.originalSighted, sealed: d.sealed, facts, factsConfirmed: d.confirmedFactsJson !== null,
      fieldsToCheck: facts && d.confirmedFactsJson === null ? fieldsToCheck(facts) : [],
      confirmedByName: row.confirmedByName, confirmedAt: d.confirmedAt, createdAt: d.createdAt,
      pages: pages.filter((p) => p.documentId === d.id).map(pageDto),
    };
  }

  /**
   * Viewing a person's materials is itself recorded (issue 11): once per person, case and
   * VIEW_AUDIT_MS, so the screen's refreshes do not flood the chain.
   */
  const lastViewed = new Map<string, number>();
  function noteView(actor: Actor, applicationId: string, what: 'materials' | 'page', entityId: string) {
    const key = `${actor.userId}:${applicationId}:${what}`;
    const at = deps.clock().getTime();
    if (at - (lastViewed.get(key) ?? -Infinity) < VIEW_AUDIT_MS) return;
    lastViewed.set(key, at);
    deps.db.transaction((tx) => recordAudit(tx, deps, actor, { action: `material.view.${what}`, entityType: what === 'page' ? 'page' : 'application', entityId, details: { applicationId } }));
  }

  function list(actor: Actor, applicationId: string) {
    requirePermission(actor, 'materials.read');
    if (!findApplication(deps.db, applicationId)) throw new AppError('APPLICATION_NOT_FOUND');
    requireCaseAccess(deps.db, actor, applicationId);
    noteView(actor, applicationId, 'materials', applicationId);
    const rows = documentsOfApplication(deps.db, applicationId);
    const pages = pagesOfDocuments(deps.db, rows.map((r) => r.document.id));
    return rows.map((r) => documentDto(r, pages));
  }

  /** The application a page belongs to, checked against the actor's access to it. */
  function readablePage(actor: Actor, pageId: string): PageRow {
    requirePermission(actor, 'materials.read');
    const p = findPage(deps.db, pageId);
    if (!p) throw new AppError('PAGE_NOT_FOUND');
    requireCaseAccess(deps.db, actor, findDocument(deps.db, p.documentId)!.applicationId);
    return p;
  }

  function image(actor: Actor, pageId: string, kind: 'view' | 'thumb') {
    readablePage(actor, pageId);
    const img = pageImage(deps.db, pageId, kind);
    if (!img) throw new AppError('PAGE_NOT_FOUND');
    return { mime: img.mime, base64: img.bytes.toString('base64') };
  }

  function page(actor: Actor, pageId: string) {
    const p = readablePage(actor, pageId);
    noteView(actor, findDocument(deps.db, p.documentId)!.applicationId, 'page', pageId);
    return {
      ...pageDto(p), documentId: p.documentId, ocrText: p.ocrText, correctedText: p.correctedText, correctedAt: p.correctedAt,
      words: p.ocrWordsJson ? (JSON.parse(p.ocrWordsJson) as { text: string; confidence: number; bbox: [number, number, number, number] }[]) : [],
    };
  }

  /** The clerk's corrected text becomes the page's authoritative text (with who/when) and the facts are re-read. */
  function correctPage(actor: Actor, pageId: string, text: string) {
    requirePermission(actor, 'materials.write');
    deps.db.transaction((tx) => {
      const p = findPage(tx, pageId);
      if (!p) throw new AppError('PAGE_NOT_FOUND');
      const doc = findDocument(tx, p.documentId)!;
      editableApplication(tx, doc.applicationId);
      updatePage(tx, pageId, { correctedText: text, correctedBy: actor.userId, correctedAt: deps.clock().toISOString() });
      documents.settle(tx, p.documentId);
      recordAudit(tx, deps, actor, { action: 'material.page.correct', entityType: 'page', entityId: pageId, details: { documentId: p.documentId, chars: text.length } });
    });
    return page(actor, pageId);
  }

  function ocrControl(actor: Actor, pageId: string, action: 'retry' | 'cancel') {
    requirePermission(actor, 'materials.write');
    const p = findPage(deps.db, pageId);
    if (!p) throw new AppError('PAGE_NOT_FOUND');
    editableApplication(deps.db, findDocument(deps.db, p.documentId)!.applicationId);
    if (action === 'retry') ocr.retry(pageId); else ocr.cancel(pageId);
    return pageDto(findPage(deps.db, pageId)!);
  }

  /** Type, R14 original sighted, 004 seal, and the facts as the clerk confirms them. */
  function update(actor: Actor, documentId: string, patch: { materialType: MaterialType | null; originalSighted: boolean; sealed: boolean; facts: DocumentFacts | null }) {
    requirePermission(actor, 'materials.write');
    const applicationId = deps.db.transaction((tx) => {
      const doc = findDocument(tx, documentId);
      if (!doc || doc.removedAt) throw new AppError('DOCUMENT_NOT_FOUND');
      editableApplication(tx, doc.applicationId);
      const at = deps.clock().toISOString();
      updateDocument(tx, documentId, {
        materialType: patch.materialType, originalSighted: patch.originalSighted, sealed: patch.sealed,
        // the diseases a diagnosis names always come from the pack's vocabulary, never from the caller
        ...(patch.facts ? {
          confirmedFactsJson: JSON.stringify({ ...patch.facts, diseaseKeys: mapDiagnoses(patch.facts.diagnoses, catalogue.activePack().catalogue) }),
          confirmedBy: actor.userId, confirmedAt: at,
        } : {}),
      });
      recordAudit(tx, deps, actor, { action: 'material.update', entityType: 'document', entityId: documentId, details: { materialType: patch.materialType, originalSighted: patch.originalSighted, sealed: patch.sealed, factsConfirmed: patch.facts !== null } });
      return doc.applicationId;
    });
    return documentDto(documentsOfApplication(deps.db, applicationId).find((d) => d.document.id === documentId)!);
  }

  /** Sets a wrongly attached document aside; its bytes stay in the archive. */
  function remove(actor: Actor, documentId: string, reason: string) {
    requirePermission(actor, 'materials.write');
    deps.db.transaction((tx) => {
      const doc = findDocument(tx, documentId);
      if (!doc || doc.removedAt) throw new AppError('DOCUMENT_NOT_FOUND');
      editableApplication(tx, doc.applicationId);
      updateDocument(tx, documentId, { removedAt: deps.clock().toISOString(), removedBy: actor.userId });
      recordAudit(tx, deps, actor, { action: 'material.remove', entityType: 'document', entityId: documentId, details: { reason } });
    });
    for (const p of pagesOfDocuments(deps.db, [documentId])) ocr.cancel(p.id);
    return { removed: true };
  }

  return { prepare, attach, list, image, page, correctPage, ocrControl, update, remove };
}

export type MaterialService = ReturnType<typeof createMaterialService>;
