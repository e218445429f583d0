import { updateApplicationState } from '../../db/queries/applications';
import type { DeskBackend } from '../rpc/desk-backend';
import { idNumber } from './desk-harness';

/**
 * `n` recognitions as the panel leaves them (T10, or T11 with `reReview`, through the real state machine and its outbox hook),
 * without the intake and signing steps other tests already cover: for sync tests and the sync bench.
 * The cases are received through the contract, set under review, then approved.
 */
export async function seedApprovedCases(
  backend: DeskBackend, adminToken: string, n: number, first = 0, opts: { reReview?: boolean; diseaseKey?: string } = {},
): Promise<string[]> {
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await backend.call(method, input, adminToken);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  const actor = backend.services.auth.resolve(adminToken)!;
  const ids: string[] = [];
  for (let i = first; i < first + n; i += 1) {
    const birth = new Date(Date.UTC(1950, 0, 1) + Math.floor(i / 900) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
    const person = idNumber(`371502${birth}${100 + (i % 900)}`);
    const { id: applicantId } = await call<{ id: string }>('applicants.register', {
      name: `患者${[...String(i)].map((d) => '零壹贰叁肆伍陆柒捌玖'[Number(d)]).join('')}`, idNumber: person, scheme: 'EMPLOYEE', employmentStatus: 'RETIRED', regionCode: '371502', phone: '13800000000', address: '聊城市东昌府区柳园街道1号',
    });
    const [app] = await call<{ id: string }[]>('applications.open', { applicantId, diseases: [{ diseaseKey: opts.diseaseKey ?? 'MALIGNANT_TUMOR_OUTPATIENT', modeKey: null }] });
    await call('applications.receive', { id: app!.id, identityVerification: 'ID_CARD_READER', applicantSigned: true });
    backend.database.db.transaction((tx) => {
      updateApplicationState(tx, app!.id, { state: 'UNDER_REVIEW', updatedAt: new Date().toISOString() });
      backend.services.applications.applyEvent(tx, actor, app!.id, 'PANEL_APPROVE', { signedDecisions: 2, reReviewRequired: opts.reReview === true }, null);
    });
    ids.push(app!.id);
  }
  return ids;
}
