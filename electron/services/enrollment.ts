import { findApplicantById, updateApplicant } from '../../db/queries/applicants';
import { AppError } from '../contract/app-error';
import type { ApplicantService, RegisterApplicantInput } from './applicants';
import { recordAudit } from './audit';
import type { Actor, ServiceDeps } from './context';
import type { EntitlementEventsService } from './entitlement-events';
import { requirePermission } from './guard';

export type ChangeApplicantInput = { id: string } & Pick<RegisterApplicantInput, 'scheme' | 'employmentStatus' | 'regionCode' | 'phone' | 'address'>;

const FIELDS = ['scheme', 'employmentStatus', 'regionCode', 'phone', 'address'] as const;

/**
 * Changing what the desk holds about a person (phone, address, scheme, status, enrolment place):
 * the audit chain keeps each changed field before and after, and a change of scheme or place moves
 * the person's recognitions as 000 §10 says (R49–R51, through the entitlement events).
 */
export function createEnrollmentService(deps: ServiceDeps, applicants: ApplicantService, entitlementEvents: EntitlementEventsService) {
  function change(actor: Actor, input: ChangeApplicantInput) {
    requirePermission(actor, 'applicants.register');
    applicants.checkEnrollment(input);
    return deps.db.transaction((tx) => {
      const before = findApplicantById(tx, input.id);
      if (!before) throw new AppError('APPLICANT_NOT_FOUND');
      const after = { ...before, ...Object.fromEntries(FIELDS.map((f) => [f, f === 'employmentStatus' ? input.employmentStatus ?? 'NA' : input[f]])) };
      const changed = FIELDS.filter((f) => before[f] !== after[f]);
      if (changed.length === 0) return applicants.toDto(before);
      updateApplicant(tx, before.id, Object.fromEntries(changed.map((f) => [f, after[f]])));
      recordAudit(tx, deps, actor, {
        action: 'applicant.change', entityType: 'applicant', entityId: before.id,
        details: Object.fromEntries(changed.map((f) => [f, { before: before[f], after: after[f] }])),
      });
      if (changed.includes('scheme') || changed.includes('regionCode')) {
        const what = changed.includes('scheme') ? '参保险种变更' : '市内参保地变更';
        entitlementEvents.enrollmentChanged(tx, actor, before.id, {
          from: { scheme: before.scheme, regionCode: before.regionCode }, to: { scheme: after.scheme, regionCode: after.regionCode },
        }, what);
      }
      return applicants.toDto(after);
    });
  }
  return { change };
}
