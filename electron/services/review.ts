import { createHash } from 'node:crypto';
import { findApplication } from '../../db/queries/applications';
import { documentsOfApplication, pagesOfDocuments } from '../../db/queries/materials';
import {
  assignmentsOf, closeAssignment, decisionsOf, insertDecision, insertSignature, pendingAssignmentsOf, signatureOf, signaturesByIds,
} from '../../db/queries/physicians';
import { findUserById } from '../../db/queries/users';
import type { Executor } from '../../db/client';
import { getDesk } from '../../db/queries/desk';
import { AppError } from '../contract/app-error';
import { LABELS } from '../contract/labels';
import { shanghaiDate } from '../domain/civil-date';
import { decisionFormPdf } from '../pdf/decision-form';
import { judgeCriteria, type JudgedCriterion } from '../domain/panel/criteria';
import { reviewDueDate } from '../domain/panel/deadline';
import { normalizeSignature } from '../files/signature-image';
import { panelOutcome } from '../domain/panel/outcome';
import { reReviewRequired } from '../domain/policy-pack';
import { mayReadVotes } from '../domain/privacy';
import type { ApplicationService } from './applications';
import { auditAnchor, recordAudit, sealIntact } from './audit';
import type { CatalogueService } from './catalogue';
import type { Actor, ServiceDeps } from './context';
import { effectiveFacts, effectiveType, pageText } from './document-facts';
import { physicianIdOf, requireCaseAccess } from './case-access';
import { requirePermission } from './guard';
import type { PanelService } from './panel';
import { verifyPassword } from './passwords';

/**
 * Review and signature (000 §8(2) 「审核确认并签字」, R23, R24). A physician signs with their own
 * password typed at that moment; the decision binds the hash of exactly the content reviewed, and
 * the outcome follows R24 (a split draws a tie-break physician).
 */
const OUTCOME_TEXT = {
  APPROVED: '经认定医师审核，同意认定为门诊慢特病，自认定通过之日起享受待遇（000 §8(2)）。',
  AWAITING_REREVIEW: '医院初审同意，已报医疗保障经办机构复核；复核通过后享受待遇（000 §8(3)）。',
  HOSPITAL_REJECTED: '经认定医师审核，不予认定。',
} as const;
/** 2026-11-23 15:42 in Asia/Shanghai. */
const formatShanghai = (iso: string): string => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

export function createReviewService(deps: ServiceDeps, catalogue: CatalogueService, applications: ApplicationService, panel: PanelService) {
  /** SHA-256 over the application, every live document (original file hash, type, facts) and every page's authoritative text. */
  function contentHash(db: Executor, applicationId: string): string {
    const app = findApplication(db, applicationId);
    const docs = documentsOfApplication(db, applicationId);
    const pages = pagesOfDocuments(db, docs.map((d) => d.document.id));
    const content = {
      application: { id: applicationId, diseaseKey: app?.application.diseaseKey, modeKey: app?.application.modeKey, applicantIdNumber: app?.applicant.idNumber },
      documents: docs.map(({ document: d }) => ({
        id: d.id, fileId: d.fileId, materialType: d.materialType, originalSighted: d.originalSighted, sealed: d.sealed, facts: effectiveFacts(d),
        pages: pages.filter((p) => p.documentId === d.id).map((p) => ({ sha256: p.sha256, text: pageText(p) })),
      })),
    };
    return createHash('sha256').update(JSON.stringify(content)).digest('hex');
  }

  function myCases(actor: Actor) {
    requirePermission(actor, 'review.sign');
    const days = catalogue.activePack().panel.respondWithinDays;
    return pendingAssignmentsOf(deps.db, physicianIdOf(deps.db, actor)).flatMap((a) => {
      const found = findApplication(deps.db, a.applicationId);
      return found ? [{
        applicationId: a.applicationId, displayNo: found.application.displayNo, applicantName: found.applicant.name,
        diseaseName: found.application.diseaseName, role: a.role, drawnAt: a.drawnAt, dueDate: reviewDueDate(new Date(a.drawnAt), days),
      }] : [];
    });
  }

  /** The signer's own password, typed at this moment (not the session); a wrong one is audited. */
  function requireOwnPassword(actor: Actor, password: string, action: string, entityId: string | null) {
    const user = findUserById(deps.db, actor.userId);
    if (!user || !verifyPassword(password, user.passwordHash)) {
      deps.db.transaction((tx) => recordAudit(tx, deps, actor, { action: `${action}.refused`, entityType: entityId ? 'application' : 'physician', entityId, details: { reason: 'password' } }));
      throw new AppError('SIGNATURE_PASSWORD_WRONG');
    }
    return user;
  }

  /** The signed decisions of a case, each checked against the content as it is now (tampering shows). */
  function decisions(actor: Actor, applicationId: string) {
    requirePermission(actor, 'applications.read');
    // each physician judges on their own: a co-panelist's vote is shown only once one's own is signed
    if (!mayReadVotes(requireCaseAccess(deps.db, actor, applicationId))) return [];
    const now = contentHash(deps.db, applicationId);
    return decisionsOf(deps.db, applicationId).map(({ decision: d, role, name, title }) => ({
      id: d.id, physicianName: name, title, role, result: d.result, reasonCodes: JSON.parse(d.reasonCodesJson) as string[], comment: d.comment,
      criteria: JSON.parse(d.criteriaJson) as JudgedCriterion[], hasSignatureImage: d.signatureId !== null,
      signedAt: d.signedAt, contentHash: d.contentHash, contentIntact: d.contentHash === now,
    }));
  }

  /** The hash of the content as it stands, for the summary a physician reads before signing. */
  function contentHashFor(actor: Actor, applicationId: string) {
    requirePermission(actor, 'review.sign');
    requireCaseAccess(deps.db, actor, applicationId);
    return { contentHash: contentHash(deps.db, applicationId) };
  }

  function sign(actor: Actor, input: {
    applicationId: string; result: 'APPROVE' | 'REJECT'; reasonCodes: string[]; comment: string; criteria: { id: string; met: boolean }[]; password: string;
    contentHash?: string | undefined;
  }) {
    requirePermission(actor, 'review.sign');
    const user = requireOwnPassword(actor, input.password, 'review.sign', input.applicationId);
    if (input.result === 'REJECT' && input.reasonCodes.length === 0 && input.comment.trim() === '') throw new AppError('REJECT_REASON_REQUIRED');
    const pack = catalogue.activePack();
    // R48: whoever is no longer qualified loses the task (and a replacement is drawn) before anyone signs
    const revoked = deps.db.transaction((tx) => panel.revokeUnqualified(tx, actor));
    const mineRevoked = revoked.find((r) => r.applicationId === input.applicationId && r.physicianId === user.username);
    if (mineRevoked) {
      const reason = assignmentsOf(deps.db, input.applicationId).find(({ assignment: a }) => a.physicianId === user.username && a.status === 'EXPIRED')?.assignment.closeReason;
      throw new AppError('PHYSICIAN_NO_LONGER_QUALIFIED', { reasons: reason ?? '' });
    }
    return deps.db.transaction((tx) => {
      const found = findApplication(tx, input.applicationId);
      if (!found) throw new AppError('APPLICATION_NOT_FOUND');
      if (found.application.state !== 'UNDER_REVIEW') throw new AppError('TRANSITION_NOT_ALLOWED', { state: found.application.state });
      const mine = assignmentsOf(tx, input.applicationId).find(({ assignment: a }) => a.physicianId === user.username && a.status === 'PENDING');
      if (!mine) throw new AppError('NOT_ASSIGNED');
      const entry = pack.catalogue.find((e) => e.key === found.application.diseaseKey);
      const judged = judgeCriteria(entry?.standard.criteria ?? [], input.criteria, input.result, input.comment);
      if (!judged.ok) throw AppError.from(judged.error);
      const at = deps.clock().toISOString();
      const hash = contentHash(tx, input.applicationId);
      if (input.contentHash !== undefined && input.contentHash !== hash) throw new AppError('CONTENT_CHANGED');
      const decisionId = deps.newId();
      insertDecision(tx, {
        id: decisionId, assignmentId: mine.assignment.id, applicationId: input.applicationId, physicianId: user.username, result: input.result,
        reasonCodesJson: JSON.stringify(input.reasonCodes), comment: input.comment.trim(), standardsChecked: judged.value.every((c) => c.met),
        criteriaJson: JSON.stringify(judged.value), signatureId: signatureOf(tx, user.username)?.id ?? null,
        contentHash: hash, signedAt: at, signedBy: actor.userId,
      });
      closeAssignment(tx, mine.assignment.id, 'COMPLETED', at, null);
      recordAudit(tx, deps, actor, { action: 'review.sign', entityType: 'application', entityId: input.applicationId, details: { result: input.result, contentHash: hash, role: mine.assignment.role, criteria: judged.value.map((c) => [c.id, c.met]) }, seal: [{ kind: 'decision', id: decisionId }] });

      const votes = decisionsOf(tx, input.applicationId).map((d) => ({ role: d.role, result: d.decision.result }));
      const outcome = panelOutcome(votes, pack.panel);
      if (outcome.kind === 'DECIDED') {
        const ctx = { signedDecisions: votes.length, reReviewRequired: entry ? reReviewRequired(entry, found.application.modeKey) : false };
        const note = outcome.forcedSample ? '意见不一致，经第二轮评审多数决定（纳入经办机构抽查）' : null;
        applications.applyEvent(tx, actor, input.applicationId, outcome.result === 'APPROVE' ? 'PANEL_APPROVE' : 'PANEL_REJECT', ctx, note);
      } else if (outcome.kind === 'SPLIT') {
        const note = outcome.role === 'TIEBREAK' ? '两名医师意见不一致，抽取第三名医师' : `两名医师意见不一致，提交专家组（${outcome.count} 名）评审`;
        applications.applyEvent(tx, actor, input.applicationId, 'DRAW_TIEBREAK', { signedDecisions: votes.length }, note);
        panel.drawInto(tx, actor, found, outcome.count, outcome.role);
      }
      return { outcome: outcome.kind, splitTo: outcome.kind === 'SPLIT' ? outcome.role : null, state: findApplication(tx, input.applicationId)!.application.state, contentHash: hash };
    });
  }

  /** The physician's handwritten signature, drawn once on the pad and placed on every form they sign. */
  function mySignature(actor: Actor) {
    requirePermission(actor, 'review.sign');
    const sig = signatureOf(deps.db, physicianIdOf(deps.db, actor));
    return { pngBase64: sig ? sig.png.toString('base64') : null, capturedAt: sig?.capturedAt ?? null };
  }

  async function saveSignature(actor: Actor, input: { pngBase64: string; password: string }) {
    requirePermission(actor, 'review.sign');
    const physicianId = physicianIdOf(deps.db, actor);
    requireOwnPassword(actor, input.password, 'review.signature', null);
    if (signatureOf(deps.db, physicianId)) throw new AppError('SIGNATURE_EXISTS');
    const png = await normalizeSignature(Buffer.from(input.pngBase64, 'base64'));
    const sha256 = createHash('sha256').update(png).digest('hex');
    deps.db.transaction((tx) => {
      if (signatureOf(tx, physicianId)) throw new AppError('SIGNATURE_EXISTS');
      insertSignature(tx, { id: deps.newId(), physicianId, png, sha256, capturedAt: deps.clock().toISOString(), capturedBy: actor.userId });
      recordAudit(tx, deps, actor, { action: 'review.signature.capture', entityType: 'physician', entityId: physicianId, details: { sha256, bytes: png.length } });
    });
    return mySignature(actor);
  }

  /**
   * 回避: a drawn physician declines the case with a reason (a conflict the roster did not know, illness…).
   * The assignment is closed as RECUSED and a replacement is drawn at once among the others; if none
   * qualifies, the case waits with the gap shown and the desk can draw again later.
   */
  function recuse(actor: Actor, applicationId: string, reason: string) {
    requirePermission(actor, 'review.sign');
    return deps.db.transaction((tx) => {
      const found = findApplication(tx, applicationId);
      if (!found) throw new AppError('APPLICATION_NOT_FOUND');
      if (found.application.state !== 'UNDER_REVIEW') throw new AppError('TRANSITION_NOT_ALLOWED', { state: found.application.state });
      const me = physicianIdOf(tx, actor);
      const mine = assignmentsOf(tx, applicationId).find(({ assignment: a }) => a.physicianId === me && a.status === 'PENDING');
      if (!mine) throw new AppError('NOT_ASSIGNED');
      closeAssignment(tx, mine.assignment.id, 'RECUSED', deps.clock().toISOString(), reason);
      recordAudit(tx, deps, actor, { action: 'review.recuse', entityType: 'application', entityId: applicationId, details: { reason, role: mine.assignment.role } });
      const redraw = panel.drawInto(tx, actor, found, 1, mine.assignment.role);
      return { redrawn: redraw.outcome === 'DRAWN', eligible: redraw.eligible };
    });
  }

  /** The decision form (or the rejection notice) of a decided case, as PDF. */
  async function decisionPdf(actor: Actor, applicationId: string) {
    requirePermission(actor, 'applications.read');
    requireCaseAccess(deps.db, actor, applicationId);
    const { bytes, fileName, shortCode } = await decisionDocument(applicationId);
    deps.db.transaction((tx) => recordAudit(tx, deps, actor, { action: 'review.decisionPdf', entityType: 'application', entityId: applicationId, details: { shortCode } }));
    return { pdfBase64: Buffer.from(bytes).toString('base64'), fileName };
  }

  /** The decision form or rejection notice of a decided case (printing, and the archive package sync uploads). */
  async function decisionDocument(applicationId: string) {
    const found = findApplication(deps.db, applicationId);
    if (!found) throw new AppError('APPLICATION_NOT_FOUND');
    const state = found.application.state;
    if (state !== 'APPROVED' && state !== 'AWAITING_REREVIEW' && state !== 'HOSPITAL_REJECTED') throw new AppError('TRANSITION_NOT_ALLOWED', { state });
    const desk = getDesk(deps.db);
    const rows = decisionsOf(deps.db, applicationId);
    // a form prints only what the audit chain vouches for: the case and every decision as they were sealed (R25)
    const refs = [{ kind: 'application' as const, id: applicationId }, ...rows.map((r) => ({ kind: 'decision' as const, id: r.decision.id }))];
    if (!refs.every((ref) => sealIntact(deps.db, deps.auditKey, ref))) throw new AppError('AUDIT_TAMPERED');
    const anchor = auditAnchor(deps.db, deps.auditKey);
    const images = new Map(signaturesByIds(deps.db, rows.flatMap((r) => (r.decision.signatureId ? [r.decision.signatureId] : []))).map((x) => [x.id, x.png]));
    const standard = catalogue.activePack().catalogue.find((e) => e.key === found.application.diseaseKey)?.standard.nameZh ?? '';
    const hash = rows.at(-1)?.decision.contentHash ?? '';
    const shortCode = createHash('sha256').update(`${applicationId}:${hash}`).digest('hex').slice(0, 8).toUpperCase();
    const pdf = await decisionFormPdf({
      kind: state === 'HOSPITAL_REJECTED' ? 'REJECTION' : 'CONFIRMATION',
      hospitalName: desk?.hospitalName ?? '', applicationNo: found.application.displayNo, applicantName: found.applicant.name,
      idNumber: found.applicant.idNumber, diseaseName: found.application.diseaseName,
      receivedDate: found.application.receivedAt ? shanghaiDate(new Date(found.application.receivedAt)) : '',
      outcomeText: OUTCOME_TEXT[state],
      materials: documentsOfApplication(deps.db, applicationId).map(({ document: d, fileName }) => `${LABELS.materialTypes[effectiveType(d)]}（${fileName}）`),
      standardName: standard,
      decisions: rows.map(({ decision: d, role, name, title }) => {
        const criteria = JSON.parse(d.criteriaJson) as JudgedCriterion[];
        const unmet = criteria.flatMap((c, i) => (c.met ? [] : [`第 ${i + 1} 条`]));
        return {
          name, title: LABELS.titles[title], role: LABELS.panelRoles[role], result: d.result === 'APPROVE' ? '同意' : '不同意',
          reasons: [
            criteria.length > 0 ? (unmet.length === 0 ? '认定标准逐项符合' : `认定标准${unmet.join('、')}不符合`) : '',
            ...(JSON.parse(d.reasonCodesJson) as string[]).map((c) => LABELS.rejectReasons[c as keyof typeof LABELS.rejectReasons] ?? c), d.comment,
          ].filter((x) => x !== '').join('；'),
          signedAt: formatShanghai(d.signedAt), signaturePng: d.signatureId ? images.get(d.signatureId) ?? null : null,
        };
      }),
      contentHash: hash, shortCode, auditAnchor: anchor.text, issuedDate: shanghaiDate(deps.clock()),
    });
    return { bytes: pdf, shortCode, fileName: `${state === 'HOSPITAL_REJECTED' ? '不予认定通知书' : '资格确认表'}_${found.application.displayNo}.pdf` };
  }

  return { myCases, decisions, sign, recuse, contentHash, contentHashFor, decisionPdf, decisionDocument, mySignature, saveSignature };
}

export type ReviewService = ReturnType<typeof createReviewService>;
