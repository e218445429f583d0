import { createApplicantService } from './applicants';
import { createApplicationService } from './applications';
import { createBackupService, createBusyFlag, type BackupPort } from './backup';
import { createRestoreService, type Reopen } from './backup-restore';
import { createAuditService } from './audit-service';
import { createAuthService } from './auth';
import { createCatalogueService } from './catalogue';
import type { ServiceDeps } from './context';
import { createDocumentPages } from './document-pages';
import { createMaterialService } from './materials';
import { createMaterialsCheckService } from './materials-check';
import { createOcrQueue, type OcrRecognizer } from './ocr-queue';
import { createEntitlements } from './entitlements';
import { createEntitlementEvents } from './entitlement-events';
import { createEnrollmentService } from './enrollment';
import { createOutbox } from './outbox';
import { createOutcomeNotices } from './outcome-notices';
import { createEvidenceRequest } from './evidence-request';
import { createBureauPull } from './bureau-pull';
import { createSampling } from './sampling';
import { createPanelService } from './panel';
import { createRecoveryService, type VaultPort } from './recovery';
import { createReviewService } from './review';
import { createRosterService } from './roster';
import { createScanInboxService } from './scan-inbox';
import { createScheduler } from './scheduler';
import { createSessionService } from './sessions';
import { createSyncService } from './sync';
import type { AnchorStore } from '../files/audit-anchor';
import type { OcrEngineChoice } from '../ocr/ocr-engine';
import type { BureauGateway } from '../sync/http-gateway';
import { createUploadService } from './uploads';
import { createUserService } from './users';

/** The adapters the use cases drive (injected so tests can choose). */
export type ServicePorts = {
  readonly ocr: OcrRecognizer;
  readonly scanFolder: string | null;
  /** The bureau; when absent the desk builds its HTTP gateway from the configured URL. */
  readonly bureau?: BureauGateway;
  /** Where the audit chain's head is written outside the database (none for an in-memory desk). */
  readonly anchors?: AnchorStore | null;
  /** Which OCR engine and pool shape the desk chose, and why (shown on 系统设置). */
  readonly ocrEngine?: OcrEngineChoice;
  /** Puts back the guard triggers raw SQL dropped, naming them. */
  readonly restoreTriggers?: () => readonly string[];
  /** The desk's keys and where their wrapped copy lives (recovery code, issue 11). */
  readonly vault?: VaultPort | null;
  /** The open database file, for backups (none for a process that only syncs). */
  readonly backup?: BackupPort | null;
  /** Closes the desk and opens it on a restored database (the composition root's). */
  readonly reopen?: Reopen | null;
};

/** All use cases of the desk, wired once per open database. */
export function createServices(deps: ServiceDeps, ports: ServicePorts) {
  const catalogue = createCatalogueService(deps);
  const applicants = createApplicantService(deps, catalogue);
  const outbox = createOutbox(deps, catalogue);
  const entitlements = createEntitlements(deps);
  const applications = createApplicationService(deps, catalogue, applicants, entitlements, outbox);
  const documents = createDocumentPages(deps, catalogue);
  const ocr = createOcrQueue(deps, ports.ocr, (documentId) => deps.db.transaction((tx) => documents.settle(tx, documentId)));
  const materials = createMaterialService(deps, catalogue, ocr, documents);
  const roster = createRosterService(deps, catalogue);
  const panel = createPanelService(deps, catalogue, applications, roster);
  roster.whenChanged((tx, actor) => panel.revokeUnqualified(tx, actor));
  const review = createReviewService(deps, catalogue, applications, panel);
  const sessions = createSessionService(deps, catalogue, panel);
  const recovery = createRecoveryService(deps, ports.vault ?? null);
  const busy = createBusyFlag();
  const entitlementEvents = createEntitlementEvents(deps, catalogue, applications, outbox);
  const backup = createBackupService(deps, ports.backup ?? null, recovery, busy);
  return {
    auth: createAuthService(deps, recovery),
    users: createUserService(deps),
    catalogue,
    applicants,
    applications,
    ocr,
    ocrEngine: () => ports.ocrEngine ?? null,
    uploads: createUploadService(deps),
    materials,
    documents,
    materialsCheck: createMaterialsCheckService(deps, catalogue, applications),
    scanInbox: createScanInboxService(deps, materials, ports.scanFolder),
    roster,
    panel,
    review,
    notices: createOutcomeNotices(deps, catalogue),
    evidenceRequest: createEvidenceRequest(deps, catalogue, applications),
    sync: createSyncService(
      deps, { outbox, pull: createBureauPull(deps, catalogue, roster, applications, entitlementEvents, createSampling(deps, outbox, entitlementEvents)), review, applications, entitlements },
      ports.bureau ? { gateway: ports.bureau } : {},
    ),
    scheduler: createScheduler(deps, catalogue, applications, entitlementEvents, sessions, backup),
    sessions,
    entitlementEvents,
    enrollment: createEnrollmentService(deps, applicants, entitlementEvents),
    recovery,
    backup,
    restore: createRestoreService(deps, ports.backup ?? null, backup, recovery, busy, ports.reopen ?? null),
    audit: createAuditService(deps, ports.anchors ?? null, ports.restoreTriggers ?? (() => [])),
  };
}

export type Services = ReturnType<typeof createServices>;
export type { Actor, ServiceDeps } from './context';
