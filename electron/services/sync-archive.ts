import { createHash } from 'node:crypto';
import { findApplication } from '../../db/queries/applications';
import { documentsOfApplication, findStoredFile } from '../../db/queries/materials';
import { findArchiveBlob, insertArchiveBlob, updateOutbox, type OutboxRow } from '../../db/queries/sync';
import type { ArchiveManifest } from '../sync/http-gateway';
import type { ServiceDeps } from './context';
import type { ReviewService } from './review';

type UploadPayload = { psn_no: string; insu_optins: string; purpose?: string; samplingId?: string; manifest?: ArchiveManifest; refs?: Record<string, string> };
export type UploadPackage = { manifest: ArchiveManifest; refs: Record<string, string> };

/**
 * The package an upload sends: the case's live original records as stored, and its decision form
 * (the archive of an approved case, R37, or the preliminary approval sent to re-review, R31). Made
 * once — the PDF is kept — so every retry uploads exactly what the manifest hashed.
 */
export function createUploadPackages(deps: ServiceDeps, review: Pick<ReviewService, 'decisionDocument'>) {
  async function packageOf(item: OutboxRow): Promise<UploadPackage | null> {
    const payload = JSON.parse(item.payloadJson) as UploadPayload;
    if (payload.manifest && payload.refs) return { manifest: payload.manifest, refs: payload.refs };
    const found = findApplication(deps.db, item.applicationId)!;
    const files: ArchiveManifest['files'][number][] = [];
    const refs: Record<string, string> = {};
    for (const { document: d, fileName, size } of documentsOfApplication(deps.db, item.applicationId)) {
      const stored = findStoredFile(deps.db, d.fileId)!;
      if (refs[stored.sha256]) continue; // a batch scan split into several documents is one file
      files.push({ name: fileName, sha256: stored.sha256, size });
      refs[stored.sha256] = `file:${stored.id}`;
    }
    const pdf = await review.decisionDocument(item.applicationId);
    const pdfSha = createHash('sha256').update(pdf.bytes).digest('hex');
    const blobId = deps.newId();
    files.push({ name: pdf.fileName, sha256: pdfSha, size: pdf.bytes.length });
    refs[pdfSha] = `blob:${blobId}`;
    const purpose = item.infno === 'REREVIEW' || item.infno === 'SAMPLING' ? item.infno : 'ARCHIVE';
    const manifest: ArchiveManifest = {
      applicationNo: found.application.displayNo, psn_no: found.applicant.idNumber, purpose, files, ...(payload.samplingId ? { samplingId: payload.samplingId } : {}),
    };
    // only while still pending: a revocation during the PDF rendering leaves the message cancelled
    const kept = deps.db.transaction((tx) => {
      if (!updateOutbox(tx, item.id, 'PENDING', { payloadJson: JSON.stringify({ ...payload, manifest, refs }) })) return false;
      insertArchiveBlob(tx, { id: blobId, outboxId: item.id, sha256: pdfSha, bytes: Buffer.from(pdf.bytes) });
      return true;
    });
    return kept ? { manifest, refs } : null;
  }

  const reader = (refs: Record<string, string>) => (sha256: string): Buffer => {
    const [kind, id] = (refs[sha256] ?? ':').split(':') as [string, string];
    return kind === 'file' ? findStoredFile(deps.db, id)!.bytes : findArchiveBlob(deps.db, id)!.bytes;
  };

  return { packageOf, reader };
}
