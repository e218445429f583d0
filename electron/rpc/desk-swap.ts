import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { AppError } from '../contract/app-error';
import { writeFileAtomic } from '../files/atomic-write';
import { fileAnchorStore } from '../files/audit-anchor';
import { copyDurably } from '../files/backup-folder';
import { swapDatabase, undoSwap } from '../files/db-swap';
import type { DeskKeys } from '../files/key-store';
import type { RestorePlan } from '../services/backup-restore';
import { anchorFileOf, recoveryFileOf, type DeskOptions } from '../services/open-desk';

/** Why the desk did not open, for the start-up fault screen. */
export type StartupFault = { readonly code: string; readonly message: string; readonly canRecover: boolean };

/**
 * With the desk closed: the checked copy in place of the live database (kept as the safety copy),
 * the anchor file set to the restored chain's head, and, for a backup of another PC, its keys and
 * wrapped keys installed (the replaced ones kept under the same suffix). `undo` puts all of it back.
 */
export function putRestoredInPlace(opts: DeskOptions, previousKeys: DeskKeys, plan: RestorePlan) {
  const anchorFile = anchorFileOf(opts.dbFile);
  const recoveryFile = recoveryFileOf(opts.dbFile);
  const previousAnchor = existsSync(anchorFile) ? readFileSync(anchorFile) : null;
  const { safetyCopy } = swapDatabase(opts.dbFile, plan.staged, plan.safetySuffix);
  if (plan.keysChanged) {
    opts.keyStore?.write(plan.keys, plan.safetySuffix);
    if (existsSync(recoveryFile)) copyFileSync(recoveryFile, `${recoveryFile}${plan.safetySuffix}`);
    if (plan.recoveryCopy && existsSync(plan.recoveryCopy)) copyDurably(plan.recoveryCopy, recoveryFile);
  }
  // the restored chain is older than the anchor: its own head (checked against the manifest) is the anchor from now on
  if (plan.head) fileAnchorStore(anchorFile).write(plan.head);
  else rmSync(anchorFile, { force: true });
  return {
    safetyCopy,
    undo(): DeskKeys {
      undoSwap(opts.dbFile, safetyCopy);
      if (previousAnchor) writeFileAtomic(anchorFile, previousAnchor);
      if (plan.keysChanged) {
        opts.keyStore?.write(previousKeys);
        if (existsSync(`${recoveryFile}${plan.safetySuffix}`)) copyDurably(`${recoveryFile}${plan.safetySuffix}`, recoveryFile);
      }
      return previousKeys;
    },
    failure: (e: unknown) => new AppError('RESTORE_FAILED', { detail: e instanceof Error ? e.message : String(e) }),
  };
}
