import { AppError } from '../contract/app-error';
import type { Method, Out, Parsed } from '../contract';
import { LABELS } from '../contract/labels';
import type { Actor, Services } from '../services';

export type HandlerContext = { readonly actor: Actor | null; readonly sessionToken: string | null };
type Handler<M extends Method> = (input: Parsed<M>, ctx: HandlerContext) => Out<M>;
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
    'setup.status': () => s.auth.status(),
    'setup.initialize': (i) => s.auth.initialize(i),
    'auth.signIn': (i) => s.auth.signIn(i.username, i.password),
    'auth.signOut': (_i, ctx) => s.auth.signOut(ctx.sessionToken ?? '', signedIn(ctx)),
    'auth.me': (_i, ctx) => s.auth.me(ctx.sessionToken ?? ''),
    'auth.changePassword': (i, ctx) => s.auth.changePassword(ctx.sessionToken ?? '', signedIn(ctx), i.currentPassword, i.newPassword),
    'users.list': (_i, ctx) => s.users.list(signedIn(ctx)),
    'users.create': (i, ctx) => s.users.create(signedIn(ctx), i),
    'users.setDisabled': (i, ctx) => s.users.setDisabled(signedIn(ctx), i.id, i.disabled),
    'users.resetPassword': (i, ctx) => s.users.resetPassword(signedIn(ctx), i.id, i.password),
    'idNumber.inspect': (i, ctx) => s.applicants.inspect(signedIn(ctx), i.idNumber),
    'applicants.register': (i, ctx) => s.applicants.register(signedIn(ctx), i),
    'applicants.search': (i, ctx) => s.applicants.search(signedIn(ctx), i.query, i.page, i.pageSize),
    'applicants.get': (i, ctx) => s.applicants.get(signedIn(ctx), i.id),
    'catalogue.list': (i, ctx) => s.catalogue.list(signedIn(ctx), i.query),
    'applications.open': (i, ctx) => s.applications.open(signedIn(ctx), i.applicantId, i.diseases),
    'applications.list': (i, ctx) => s.applications.list(signedIn(ctx), i),
    'applications.get': (i, ctx) => s.applications.get(signedIn(ctx), i.id),
    'applications.receive': (i, ctx) => s.applications.receive(signedIn(ctx), i.id, i.identityVerification, i.applicantSigned),
    'applications.withdraw': (i, ctx) => s.applications.withdraw(signedIn(ctx), i.id, i.reason),
    'audit.verify': (_i, ctx) => s.audit.verify(signedIn(ctx)),
  };
}
