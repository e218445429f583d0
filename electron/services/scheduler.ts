import { applicationIdsInState } from '../../db/queries/applications';
import { getDesk } from '../../db/queries/desk';
import { noticesOfApplication } from '../../db/queries/notices';
import { shanghaiDate } from '../domain/civil-date';
import { hasLapsed, lapsesOn } from '../domain/lapse';
import type { ApplicationService } from './applications';
import type { BackupService } from './backup';
import type { CatalogueService } from './catalogue';
import type { ServiceDeps } from './context';
import type { EntitlementEventsService } from './entitlement-events';
import type { SessionService } from './sessions';
import { schedulerActor } from './system-actor';

/**
 * The desk's timed jobs, run at start and then periodically by the backend: transitions (T4) and
 * scheduled backups. Everything is derived from the records (the notice's date, the pack's days, the
 * last backup), so a restart loses nothing: what fell due while the desk was closed is done at the
 * next start.
 */
export function createScheduler(
  deps: ServiceDeps, catalogue: CatalogueService, applications: ApplicationService, entitlementEvents: EntitlementEventsService,
  sessions: SessionService, backup?: BackupService,
) {
  /** T4 (AMB-43): an incomplete file lapses N calendar days after its last one-time notice. */
  function lapseDue(): number {
    if (!getDesk(deps.db)) return 0; // a desk not yet set up has nothing to run
    const days = catalogue.activePack().intake.incompleteLapseCalendarDays;
    const today = shanghaiDate(deps.clock());
    let lapsed = 0;
    for (const id of applicationIdsInState(deps.db, 'INCOMPLETE')) {
      const last = noticesOfApplication(deps.db, id).at(-1);
      if (!last) continue;
      const noticeDate = shanghaiDate(new Date(last.issuedAt));
      if (!hasLapsed(noticeDate, days, today)) continue;
      deps.db.transaction((tx) => applications.applyEvent(tx, schedulerActor(tx, deps), id, 'LAPSE', {},
        `一次性告知（${noticeDate}）后 ${days} 日内未补齐材料，于 ${lapsesOn(noticeDate, days)} 逾期`));
      lapsed += 1;
    }
    return lapsed;
  }

  return {
    /** T4 lapses, R39 exits and R27's missed months that fell due, also while the desk was closed. */
    runDue: () => ({ lapsed: lapseDue(), exited: entitlementEvents.exitDue(), missedSessions: sessions.recordMissed() }),
    /** A scheduled backup when one is due (issue 11): the backup's name, or null (not due, or failed and recorded). */
    backupDue: (): Promise<string | null> => backup?.runDue() ?? Promise.resolve(null),
  };
}
