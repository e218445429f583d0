import { err, ok, type Result } from '../result';
import { exclusionsFor, type ExclusionReason, type PanelCase, type Physician } from './eligibility';

/**
 * R19/R20: at least two physicians drawn at random from the eligible pool. The draw is
 * reproducible from its seed (stored with the pool and the exclusions, so it can be audited);
 * among the eligible, a lighter current workload weighs more (weight 1 / (1 + open cases)), and with
 * equal workloads the draw is uniform. Fewer eligible than needed is an error, never a smaller panel.
 */

export type DrawInput = {
  readonly roster: readonly Physician[];
  readonly case: PanelCase;
  readonly specialtiesForDisease: readonly string[];
  readonly seed: number;
  readonly count: number;
  /** Open assignments per physician id. */
  readonly workload: ReadonlyMap<string, number>;
  /** Physicians already on this case (drawn before, recused or timed out): not drawn again. */
  readonly alreadyDrawn: readonly string[];
};

export type DrawOutcome = {
  readonly assigned: readonly string[];
  readonly pool: readonly string[];
  readonly excluded: readonly { readonly id: string; readonly reasons: readonly ExclusionReason[] }[];
  readonly seed: number;
};

/** mulberry32: small, fast and fully determined by its 32-bit seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Who may be drawn for this case, and why each of the others may not (R16–R18, R21, R22). */
export function eligiblePool(input: Pick<DrawInput, 'roster' | 'case' | 'specialtiesForDisease' | 'alreadyDrawn'>): Pick<DrawOutcome, 'pool' | 'excluded'> {
  const excluded = input.roster
    .map((p) => ({ id: p.id, reasons: exclusionsFor(p, input.case, input.specialtiesForDisease) }))
    .filter((e) => e.reasons.length > 0);
  const out = new Set(excluded.map((e) => e.id));
  // sorted by id, so the same seed gives the same panel whatever order the roster came in
  const pool = input.roster.filter((p) => !out.has(p.id) && !input.alreadyDrawn.includes(p.id)).map((p) => p.id).sort();
  return { pool, excluded };
}

export function drawPanel(input: DrawInput): Result<DrawOutcome, 'POOL_TOO_SMALL'> {
  const { pool, excluded } = eligiblePool(input);
  if (pool.length < input.count) return err('POOL_TOO_SMALL', { eligible: pool.length, needed: input.count });
  const random = seededRandom(input.seed);
  const candidates = [...pool];
  const assigned: string[] = [];
  while (assigned.length < input.count) {
    const weights = candidates.map((id) => 1 / (1 + (input.workload.get(id) ?? 0)));
    let r = random() * weights.reduce((a, b) => a + b, 0);
    let i = 0;
    while (i < candidates.length - 1 && r >= (weights[i] ?? 0)) r -= weights[i++] ?? 0;
    assigned.push(...candidates.splice(i, 1));
  }
  return ok({ assigned, pool, excluded, seed: input.seed });
}
