import { createHash } from 'node:crypto';
import { findStoredFile, insertStoredFile } from '../../db/queries/materials';
import { findInboxItem, inboxHasHash, insertInboxItem, markInboxAssigned, openInboxItems } from '../../db/queries/scan-inbox';
import { AppError } from '../contract/app-error';
import { errorMessage } from '../contract/errors';
import type { MaterialType } from '../domain/evidence/material-types';
import { MIME, sniffKind } from '../files/sniff';
import { recordAudit } from './audit';
import type { Actor, ServiceDeps } from './context';
import { requirePermission } from './guard';
import type { MaterialService } from './materials';

export type TakeOutcome = 'PENDING' | 'UNREADABLE' | 'DUPLICATE';

/**
 * Files from the scanner folder. Each is stored (bytes unchanged) and read once; what cannot be
 * read goes to the 无法识别 list with the reason, never dropped. The clerk then attaches a pending
 * file to an application.
 */
export function createScanInboxService(deps: ServiceDeps, materials: MaterialService, folder: string | null) {
  /** Takes one file's bytes; the same bytes taken before are not taken again (exactly once). */
  async function take(fileName: string, bytes: Buffer): Promise<TakeOutcome> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (inboxHasHash(deps.db, sha256)) return 'DUPLICATE';
    let status: 'PENDING' | 'UNREADABLE' = 'PENDING';
    let reasonCode: string | null = null;
    let reason: string | null = null;
    let pageCount: number | null = null;
    try {
      pageCount = (await materials.prepare(fileName, bytes)).pages.length;
    } catch (e) {
      const error = e instanceof AppError ? e : new AppError('FILE_TYPE_UNSUPPORTED', { fileName });
      status = 'UNREADABLE';
      reasonCode = error.code;
      reason = errorMessage(error.code, error.params);
    }
    return deps.db.transaction((tx): TakeOutcome => {
      if (inboxHasHash(tx, sha256)) return 'DUPLICATE';
      const at = deps.clock().toISOString();
      const fileId = deps.newId();
      insertStoredFile(tx, { id: fileId, sha256, fileName, mime: MIME[sniffKind(bytes)], size: bytes.length, bytes, createdAt: at });
      const id = deps.newId();
      insertInboxItem(tx, { id, fileId, fileName, status, reasonCode, reason, pageCount, receivedAt: at });
      recordAudit(tx, deps, null, { action: 'scan.take', entityType: 'scan_inbox', entityId: id, details: { fileName, sha256, status, reasonCode }, seal: [{ kind: 'file', id: fileId }] });
      return status;
    });
  }

  function list(actor: Actor) {
    // unfiled scans belong to nobody's case yet: only the desk staff see them
    requirePermission(actor, 'materials.write');
    const items = openInboxItems(deps.db).map((i) => ({
      id: i.id, fileName: i.fileName, status: i.status, reason: i.reason, pageCount: i.pageCount, receivedAt: i.receivedAt,
    }));
    return { folder, items };
  }

  /** Attaches a pending scan to an application, as if the clerk had imported it there. */
  async function assign(actor: Actor, inboxId: string, applicationId: string, materialType: MaterialType | null) {
    requirePermission(actor, 'materials.write');
    const item = findInboxItem(deps.db, inboxId);
    if (!item || item.status !== 'PENDING') throw new AppError('INBOX_ITEM_NOT_FOUND');
    const stored = findStoredFile(deps.db, item.fileId);
    if (!stored) throw new AppError('INBOX_ITEM_NOT_FOUND');
    const file = await materials.prepare(item.fileName, stored.bytes);
    // in the same transaction as the attachment: two windows cannot both take one scan
    return materials.attach(actor, applicationId, file, materialType, 'SCANNER', (tx, documentId) => {
      if (!markInboxAssigned(tx, inboxId, documentId)) throw new AppError('INBOX_ITEM_NOT_FOUND');
    });
  }

  return { take, list, assign };
}

export type ScanInboxService = ReturnType<typeof createScanInboxService>;
