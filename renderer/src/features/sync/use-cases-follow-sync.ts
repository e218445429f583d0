import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Out } from '../../../../electron/contract';

/**
 * A sync cycle changes cases behind the screen (a refused filing becomes 备案被拒, a re-review result
 * arrives), and 立即同步 returns before its cycle ends. Whenever the sync status moves on, the case
 * views are read again, so the worklist never shows a state the desk has already left.
 */
export function useCasesFollowSync(status: Out<'sync.status'> | undefined): void {
  const queries = useQueryClient();
  const mark = status ? [status.lastContactAt, status.lastSuccessAt, status.pending, status.sent, status.failedCount].join('|') : null;
  useEffect(() => {
    if (mark === null) return;
    void queries.invalidateQueries({ queryKey: ['applications.list'] });
    void queries.invalidateQueries({ queryKey: ['applications.get'] });
  }, [mark, queries]);
}
