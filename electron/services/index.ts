import { createApplicantService } from './applicants';
import { createApplicationService } from './applications';
import { verifyAuditChain } from './audit';
import { createAuthService } from './auth';
import { createCatalogueService } from './catalogue';
import type { Actor, ServiceDeps } from './context';
import { requirePermission } from './guard';
import { createUserService } from './users';

/** All use cases of the desk, wired once per open database. */
export function createServices(deps: ServiceDeps) {
  const catalogue = createCatalogueService(deps);
  const applicants = createApplicantService(deps, catalogue);
  return {
    auth: createAuthService(deps),
    users: createUserService(deps),
    catalogue,
    applicants,
    applications: createApplicationService(deps, catalogue, applicants),
    audit: {
      verify(actor: Actor) {
        requirePermission(actor, 'audit.verify');
        return verifyAuditChain(deps.db);
      },
    },
  };
}

export type Services = ReturnType<typeof createServices>;
export type { Actor, ServiceDeps } from './context';
