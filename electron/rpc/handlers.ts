import { AppError } from '../contract/app-error';
import type { Method, Out, Parsed } from '../contract';
import { LABELS } from '../contract/labels';
import type { Actor, Services } from '../services';

export type HandlerContext = {
  readonly actor: Actor | null; readonly sessionToken: string | null;
  /** Which desk or browser is calling (wrong passwords are counted per client). */
  readonly client: string;
};
type Handler<M extends Method> = (input: Parsed<M>, ctx: HandlerContext) => Out<M> | Promise<Out<M>>;
export type Handlers = { readonly [M in Method]: Handler<M> };

/** Methods whose contract entry says auth: true only ever run with an actor (dispatch checks). */
const signedIn = (ctx: HandlerContext): Actor => {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
  return ctx.actor;
};

/** Maps each contract method to its use case. Thin: no logic here beyond argument shaping. */
export function createHandlers(s: Services): Handlers {
  return {
    'meta.labels': () => LABELS,
    'setup.status': () => ({ ...s.auth.status(), notice: s.recovery.setAsideNotice() }),
    'setup.initialize': (i) => s.auth.initialize(i),
    'setup.backups': (i) => s.restore.setupBackups(i.folder),
    'setup.restore': (i) => s.restore.setupRestore(i.folder, i.name, i.recoveryCode),
    // answered by the start-up fault backend while the desk cannot open; an open desk has no fault
    'startup.fault': () => null,
    'startup.recover': () => {
      throw new AppError('NOT_IN_FAULT');
    },
    'auth.signIn': (i, ctx) => s.auth.signIn(i.username, i.password, ctx.client),
    'auth.signOut': (_i, ctx) => s.auth.signOut(ctx.sessionToken ?? '', signedIn(ctx)),
    'auth.me': (_i, ctx) => s.auth.me(ctx.sessionToken ?? ''),
    'auth.unlock': (i, ctx) => s.auth.unlock(signedIn(ctx), i.password),
    'desk.lockSettings': (_i, ctx) => {
      signedIn(ctx);
      return s.auth.lockSettings();
    },
    'desk.setIdleLock': (i, ctx) => s.auth.setIdleLock(signedIn(ctx), i.minutes),
    'auth.changePassword': (i, ctx) => s.auth.changePassword(ctx.sessionToken ?? '', signedIn(ctx), i.currentPassword, i.newPassword),
    'users.list': (_i, ctx) => s.users.list(signedIn(ctx)),
    'users.create': (i, ctx) => s.users.create(signedIn(ctx), i),
    'users.setDisabled': (i, ctx) => s.users.setDisabled(signedIn(ctx), i.id, i.disabled),
    'users.resetPassword': (i, ctx) => s.users.resetPassword(signedIn(ctx), i.id, i.password),
    'idNumber.inspect': (i, ctx) => s.applicants.inspect(signedIn(ctx), i.idNumber),
    'applicants.register': (i, ctx) => s.applicants.register(signedIn(ctx), i),
    'applicants.search': (i, ctx) => s.applicants.search(signedIn(ctx), i.query, i.page, i.pageSize),
    'applicants.get': (i, ctx) => s.applicants.get(signedIn(ctx), i.id),
    'applicants.change': (i, ctx) => s.enrollment.change(signedIn(ctx), i),
    'catalogue.list': (i, ctx) => s.catalogue.list(signedIn(ctx), i.query),
    'applications.open': (i, ctx) => s.applications.open(signedIn(ctx), i.applicantId, i.diseases, i.transferFrom),
    'applications.list': (i, ctx) => s.applications.list(signedIn(ctx), i),
    'applications.get': (i, ctx) => s.applications.get(signedIn(ctx), i.id),
    'applications.receive': (i, ctx) => s.applications.receive(signedIn(ctx), i.id, i.identityVerification, i.applicantSigned),
    'applications.withdraw': (i, ctx) => s.applications.withdraw(signedIn(ctx), i.id, i.reason),
    'applications.revoke': (i, ctx) => s.applications.revoke(signedIn(ctx), i.id, i.reason, i.fraud),
    'applications.recordTold': (i, ctx) => s.applications.recordTold(signedIn(ctx), i),
    'applications.noticePdf': (i, ctx) => s.notices.letterPdf(signedIn(ctx), i.applicationId),
    'ocr.engine': (_i, ctx) => {
      signedIn(ctx);
      const e = s.ocrEngine();
      return e ?? { engine: 'tesseract' as const, workers: 0, threadsPerWorker: 0, fallbackReason: '本进程不做文字识别', shapeZh: '未启用' };
    },
    'audit.verify': (i, ctx) => s.audit.verify(signedIn(ctx), i.deep),
    'audit.status': (_i, ctx) => s.audit.status(signedIn(ctx)),
    'audit.list': (i, ctx) => s.audit.list(signedIn(ctx), i.filter, i.page, i.pageSize),
    'audit.export': (i, ctx) => s.audit.exportCsv(signedIn(ctx), i.filter),
    'uploads.begin': (i, ctx) => s.uploads.begin(signedIn(ctx), i.fileName, i.size),
    'uploads.chunk': (i, ctx) => s.uploads.chunk(signedIn(ctx), i.uploadId, i.index, i.data),
    'materials.attach': async (i, ctx) => {
      const actor = signedIn(ctx);
      const { fileName, bytes } = s.uploads.take(actor, i.uploadId);
      return s.materials.attach(actor, i.applicationId, await s.materials.prepare(fileName, bytes), i.materialType, i.source);
    },
    'materials.list': (i, ctx) => s.materials.list(signedIn(ctx), i.applicationId),
    'materials.update': (i, ctx) => s.materials.update(signedIn(ctx), i.documentId, i),
    'materials.remove': (i, ctx) => s.materials.remove(signedIn(ctx), i.documentId, i.reason),
    'materials.movePages': (i, ctx) => {
      const applicationId = s.documents.movePages(signedIn(ctx), i.pageIds, i.toDocumentId);
      return s.materials.list(signedIn(ctx), applicationId);
    },
    'pages.image': (i, ctx) => s.materials.image(signedIn(ctx), i.pageId, i.kind),
    'pages.get': (i, ctx) => s.materials.page(signedIn(ctx), i.pageId),
    'pages.correct': (i, ctx) => s.materials.correctPage(signedIn(ctx), i.pageId, i.text),
    'pages.retryOcr': (i, ctx) => s.materials.ocrControl(signedIn(ctx), i.pageId, 'retry'),
    'pages.cancelOcr': (i, ctx) => s.materials.ocrControl(signedIn(ctx), i.pageId, 'cancel'),
    'materials.check': (i, ctx) => s.materialsCheck.check(signedIn(ctx), i.applicationId),
    'materials.issueNotice': (i, ctx) => s.materialsCheck.issueNotice(signedIn(ctx), i.applicationId),
    'materials.noticePdf': (i, ctx) => s.materialsCheck.noticePdf(signedIn(ctx), i.id),
    'materials.submit': (i, ctx) => s.materialsCheck.submit(signedIn(ctx), i.applicationId),
    'inbox.list': (_i, ctx) => s.scanInbox.list(signedIn(ctx)),
    'inbox.assign': (i, ctx) => s.scanInbox.assign(signedIn(ctx), i.inboxId, i.applicationId, i.materialType),
    'roster.list': (_i, ctx) => s.roster.list(signedIn(ctx)),
    'roster.import': (i, ctx) => s.roster.importFile(signedIn(ctx), i),
    'roster.save': (i, ctx) => s.roster.save(signedIn(ctx), i),
    'roster.addSanction': (i, ctx) => s.roster.addSanction(signedIn(ctx), i),
    'panel.get': (i, ctx) => s.panel.get(signedIn(ctx), i.applicationId),
    'panel.draw': (i, ctx) => s.panel.draw(signedIn(ctx), i.applicationId),
    'panel.redrawOverdue': (i, ctx) => s.panel.redrawOverdue(signedIn(ctx), i.applicationId),
    'review.requestEvidence': (i, ctx) => s.evidenceRequest.request(signedIn(ctx), i.applicationId, i.items),
    'sessions.status': (_i, ctx) => s.sessions.status(signedIn(ctx)),
    'sessions.hold': (_i, ctx) => s.sessions.hold(signedIn(ctx)),
    'sessions.listPdf': (i, ctx) => s.sessions.listPdf(signedIn(ctx), i.sessionId),
    'review.myCases': (_i, ctx) => s.review.myCases(signedIn(ctx)),
    'review.decisions': (i, ctx) => s.review.decisions(signedIn(ctx), i.applicationId),
    'review.contentHash': (i, ctx) => s.review.contentHashFor(signedIn(ctx), i.applicationId),
    'review.sign': (i, ctx) => s.review.sign(signedIn(ctx), i),
    'review.recuse': (i, ctx) => s.review.recuse(signedIn(ctx), i.applicationId, i.reason),
    'review.decisionPdf': (i, ctx) => s.review.decisionPdf(signedIn(ctx), i.applicationId),
    'review.mySignature': (_i, ctx) => s.review.mySignature(signedIn(ctx)),
    'review.saveSignature': (i, ctx) => s.review.saveSignature(signedIn(ctx), i),
    'sync.status': (_i, ctx) => s.sync.status(signedIn(ctx)),
    'sync.now': (_i, ctx) => s.sync.syncNow(signedIn(ctx)),
    'sync.requeue': (i, ctx) => s.sync.requeue(signedIn(ctx), i.id),
    'sync.configure': (i, ctx) => s.sync.configure(signedIn(ctx), i),
    'backup.status': (_i, ctx) => s.backup.status(signedIn(ctx)),
    'backup.configure': (i, ctx) => s.backup.configure(signedIn(ctx), i),
    'backup.run': (_i, ctx) => s.backup.create(signedIn(ctx), 'MANUAL'),
    'backup.verify': (i, ctx) => s.restore.verify(signedIn(ctx), i.name),
    'backup.restore': (i, ctx) => s.restore.restore(signedIn(ctx), i.name, i.recoveryCode),
    'recovery.reissue': (i, ctx) => s.recovery.reissue(signedIn(ctx), i.password),
  };
}
