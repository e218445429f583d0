import type { CycleReport } from '../services/sync';

/**
 * Runs sync cycles in the background without hammering a bureau that is down: every 5 s while
 * messages are waiting and the bureau answers, every 60 s when there is nothing to send, and from
 * 10 s doubling to 5 min while it cannot be reached. `kick` runs one now (立即同步 goes through it).
 */
export function startSyncLoop(run: () => Promise<CycleReport>, onError: (e: unknown) => void = () => undefined) {
  let timer: NodeJS.Timeout | null = null;
  let offlineDelay = 10_000;
  let stopped = false;
  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => void tick(), ms);
    timer.unref();
  };
  async function tick() {
    try {
      const r = await run();
      if (!r.online && r.pending > 0) {
        schedule(offlineDelay);
        offlineDelay = Math.min(offlineDelay * 2, 5 * 60_000);
        return;
      }
      offlineDelay = 10_000;
      schedule(r.pending > 0 ? 5_000 : 60_000);
    } catch (e) {
      onError(e);
      schedule(60_000);
    }
  }
  schedule(1_000);
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
