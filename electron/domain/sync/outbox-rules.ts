import type { ApplicationState, TransitionId } from '../application-state';

/**
 * What leaves the desk for the bureau: 2503 人员慢特病备案 and 2504 撤销 are platform transactions;
 * ARCHIVE (the approved case's archive package, R37) and REREVIEW (the materials package of a
 * preliminary approval, sent to the bureau's monthly re-review, R31) and SAMPLING (the archive package
 * answering a sampling request, R38) are uploads. ENROLLMENT tells the bureau of a filed recognition whose
 * person changed scheme or place within the city (E11, E5, E6; for the old and the new agency).
 */
export const OUTBOX_KINDS = ['2503', '2504', 'ARCHIVE', 'REREVIEW', 'SAMPLING', 'ENROLLMENT'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];
export const OUTBOX_STATUSES = ['PENDING', 'SENT', 'FAILED', 'CANCELLED'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export type UploadKind = 'ARCHIVE' | 'REREVIEW' | 'SAMPLING';
export const isUpload = (kind: OutboxKind): kind is UploadKind => kind === 'ARCHIVE' || kind === 'REREVIEW' || kind === 'SAMPLING';

/**
 * The messages a transition owes the bureau (domain §3.3, §3.4):
 * - T10 approval without re-review: the filing, dated from the last required signature (R29, AMB-07), and the archive;
 * - T11 preliminary approval of 高血压/糖尿病/冠心病/脑血管病: only the re-review package, never a filing (R30, R31);
 * - T13 re-review passed: the filing, dated from the pass date (R32, R33), and the archive;
 * - T17 revocation: decided by {@link revocationPlan} from what may already have left.
 * T14 (re-review failed) and T16 (filing refused) owe nothing: nothing valid was ever filed.
 */
export function messagesFor(transition: TransitionId): readonly OutboxKind[] {
  switch (transition) {
    case 'T10':
    case 'T13':
      return ['2503', 'ARCHIVE'];
    case 'T11':
      return ['REREVIEW'];
    default:
      return [];
  }
}

/**
 * Whether an upload is still owed once it is its turn: the archive of an approved case (R37), the
 * re-review package while the bureau's re-review is pending (R31), the sampled archive while the
 * recognition stands (R38). A case revoked, refused or already decided meanwhile owes nothing more,
 * and its upload is withdrawn instead of retried.
 */
export function uploadOwed(kind: UploadKind, state: ApplicationState): boolean {
  return kind === 'REREVIEW' ? state === 'AWAITING_REREVIEW' : state === 'APPROVED';
}

/** T16: the bureau refused the filing, so the uploads still waiting behind it are withdrawn (nothing is owed). */
export function uploadsWithdrawnBy(transition: TransitionId): boolean {
  return transition === 'T16';
}

export type QueuedMessage = { readonly id: string; readonly kind: OutboxKind; readonly status: OutboxStatus; readonly unsure: boolean };

/**
 * T17 against the outbox of the case. A filing that was sent, or may have been (its write-ahead
 * `unsure` flag is set while a send is in flight), must be revoked with a 2504; a filing that
 * certainly never left is cancelled here instead. Uploads still waiting are cancelled either way:
 * the bureau has no use for the package of a revoked case.
 */
export function revocationPlan(queued: readonly QueuedMessage[]): { cancel: string[]; revoke: boolean } {
  const live = queued.filter((m) => m.status !== 'CANCELLED');
  const filing = live.find((m) => m.kind === '2503');
  const mayHaveLeft = filing !== undefined && (filing.status === 'SENT' || filing.unsure);
  const cancel = live.filter((m) => m.status === 'PENDING' || m.status === 'FAILED')
    .filter((m) => (m.kind === '2503' ? !mayHaveLeft : isUpload(m.kind)));
  return { cancel: cancel.map((m) => m.id), revoke: mayHaveLeft };
}

/**
 * Exponential backoff with full jitter: 5 s, 10 s, 20 s … capped at 30 min, each drawn uniformly
 * below the cap so many desks coming back online together do not all call at once.
 */
export function backoffMs(attempts: number, random: number): number {
  const ceiling = Math.min(30 * 60_000, 5_000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

/** msgid of the national platform: fixmedins_code + yyyyMMddHHmmss (Beijing time) + a 4-digit sequence. */
export function platformMsgid(fixmedinsCode: string, at: Date, sequence: number): string {
  const t = new Date(at.getTime() + 8 * 3600_000).toISOString().replace(/\D/g, '').slice(0, 14);
  return `${fixmedinsCode}${t}${String(sequence % 10_000).padStart(4, '0')}`;
}
