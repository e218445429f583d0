import { entitlementOfApplication, insertEntitlement, updateEntitlement } from '../../db/queries/entitlements';
import type { ApplicationWithApplicant } from '../../db/queries/applications';
import type { Tx } from '../../db/client';
import type { TransitionId } from '../domain/application-state';
import { entitlementEffect, type FilingState, type TransitionDates } from '../domain/entitlement';
import type { ServiceDeps } from './context';

/**
 * The local entitlement record (domain §2.11): what the desk recognised, from which day, and where
 * its filing stands. Written in the transaction of the transition that causes it.
 */
export function createEntitlements(deps: ServiceDeps) {
  function onTransition(tx: Tx, found: ApplicationWithApplicant, transition: TransitionId, dates: TransitionDates): void {
    const effect = entitlementEffect(transition, dates);
    if (!effect) return;
    const at = deps.clock().toISOString();
    const current = entitlementOfApplication(tx, found.application.id);
    if (effect.kind === 'CREATE') {
      insertEntitlement(tx, {
        id: deps.newId(), applicationId: found.application.id, applicantId: found.applicant.id, diseaseKey: found.application.diseaseKey,
        diseaseName: found.application.diseaseName, state: 'EFFECTIVE', startDate: effect.startDate, endDate: null,
        recognizedYear: effect.startDate.slice(0, 4), filing: 'QUEUED', filingRef: null, filingError: null, createdAt: at, updatedAt: at,
      });
    } else if (current) {
      updateEntitlement(tx, current.id, { state: effect.state, endDate: effect.endDate, updatedAt: at });
    }
  }

  /** What the bureau did with the filing (sync), kept beside the entitlement for the desk to show. */
  function setFiling(tx: Tx, applicationId: string, filing: FilingState, detail: { ref?: string | null; error?: string | null } = {}): void {
    const current = entitlementOfApplication(tx, applicationId);
    if (!current) return;
    updateEntitlement(tx, current.id, {
      filing, filingRef: detail.ref ?? current.filingRef, filingError: detail.error ?? null, updatedAt: deps.clock().toISOString(),
    });
  }

  return { onTransition, setFiling };
}

export type Entitlements = ReturnType<typeof createEntitlements>;
