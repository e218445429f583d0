import { findApplication } from '../../db/queries/applications';
import { findDocument, findPage, insertDocument, pagesOfDocuments, updateDocument, updatePage } from '../../db/queries/materials';
import type { Tx } from '../../db/client';
import { AppError } from '../contract/app-error';
import { materialsEditable } from '../domain/application-state';
import { patientsOf, pageIdentity, splitPoints } from '../domain/extraction/document-split';
import { recordAudit } from './audit';
import type { CatalogueService } from './catalogue';
import type { Actor, ServiceDeps } from './context';
import { pageInput, settleDocument } from './document-facts';
import { requirePermission } from './guard';

/**
 * The documents inside one imported file (issue 10): a batch scan of a whole stack is split where a
 * page starts another document (a heading of its own, another patient), and the clerk can move pages
 * between documents, split or merge by hand — but a material never mixes two patients' facts.
 */
export function createDocumentPages(deps: ServiceDeps, catalogue: CatalogueService) {
  const ordered = (tx: Tx, documentId: string) => pagesOfDocuments(tx, [documentId]).sort((a, b) => a.pageIndex - b.pageIndex);

  function newDocumentLike(tx: Tx, documentId: string, by: string): string {
    const doc = findDocument(tx, documentId)!;
    const id = deps.newId();
    insertDocument(tx, { id, applicationId: doc.applicationId, fileId: doc.fileId, materialType: null, source: doc.source, createdBy: by, createdAt: deps.clock().toISOString() });
    return id;
  }

  /** Once every page has text: the first time, a file of several documents is split; then each document's facts are read. */
  function settle(tx: Tx, documentId: string): void {
    const doc = findDocument(tx, documentId);
    const pages = ordered(tx, documentId);
    if (!doc || pages.some((p) => p.ocrStatus === 'QUEUED' || p.ocrStatus === 'RUNNING')) return;
    if (doc.factsJson === null && pages.length > 1) {
      const starts = splitPoints(pages.map((p) => pageIdentity(pageInput(p))));
      const created = starts.slice(1).map((start, i) => {
        const id = newDocumentLike(tx, documentId, doc.createdBy);
        for (const p of pages.slice(start, starts[i + 2] ?? pages.length)) updatePage(tx, p.id, { documentId: id });
        return id;
      });
      if (created.length > 0) {
        recordAudit(tx, deps, null, { action: 'material.split.auto', entityType: 'document', entityId: documentId, details: { pages: pages.length, starts, created } });
      }
      for (const id of created) settleDocument(tx, catalogue.activePack(), id);
    }
    settleDocument(tx, catalogue.activePack(), documentId);
  }

  /**
   * Moves pages to another document of the same application, or to a new one (split). A document
   * left without pages is set aside. The facts of both are read again and wait for the clerk's
   * confirmation; a move that would put two patients into one material is refused.
   */
  function movePages(actor: Actor, pageIds: readonly string[], toDocumentId: string | null) {
    requirePermission(actor, 'materials.write');
    return deps.db.transaction((tx) => {
      const moving = pageIds.map((id) => {
        const p = findPage(tx, id);
        if (!p) throw new AppError('PAGE_NOT_FOUND');
        return p;
      });
      const sources = [...new Set(moving.map((p) => p.documentId))];
      const applicationId = findDocument(tx, sources[0]!)!.applicationId;
      if (sources.some((d) => findDocument(tx, d)!.applicationId !== applicationId)) throw new AppError('PAGE_NOT_FOUND');
      const state = findApplication(tx, applicationId)!.application.state;
      if (!materialsEditable(state)) throw new AppError('MATERIALS_FROZEN', { state });
      const target = toDocumentId ?? newDocumentLike(tx, sources[0]!, actor.userId);
      const targetDoc = findDocument(tx, target);
      if (!targetDoc || targetDoc.removedAt || targetDoc.applicationId !== applicationId) throw new AppError('DOCUMENT_NOT_FOUND');
      const after = [...ordered(tx, target).filter((p) => !pageIds.includes(p.id)), ...moving];
      if (patientsOf(after.map((p) => pageIdentity(pageInput(p)))) > 1) throw new AppError('DOCUMENT_MIXES_PATIENTS');
      for (const p of moving) updatePage(tx, p.id, { documentId: target });
      for (const id of new Set([...sources, target])) {
        if (ordered(tx, id).length === 0) updateDocument(tx, id, { removedAt: deps.clock().toISOString(), removedBy: actor.userId });
        else {
          updateDocument(tx, id, { confirmedFactsJson: null, confirmedBy: null, confirmedAt: null });
          settleDocument(tx, catalogue.activePack(), id);
        }
      }
      recordAudit(tx, deps, actor, { action: 'material.pages.move', entityType: 'document', entityId: target, details: { pageIds, from: sources, created: toDocumentId === null } });
      return applicationId;
    });
  }

  return { settle, movePages };
}

export type DocumentPages = ReturnType<typeof createDocumentPages>;
