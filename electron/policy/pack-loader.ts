import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PolicyPack } from '../domain/policy-pack';
import { AppError } from '../contract/app-error';
import { policyPackSchema } from './pack-schema';

/** Parses and validates one pack; a malformed pack is refused with every problem listed. */
/** The packs as checked in, for the web host, the CLI, tests and benchmarks (the packaged app passes resources/policy). */
export const SOURCE_PACKS_DIR = fileURLToPath(new URL('../../resources/policy', import.meta.url));

export function parsePolicyPack(json: unknown, origin: string): PolicyPack {
  const parsed = policyPackSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(根)'}: ${i.message}`).join('；');
    throw new AppError('POLICY_PACK_INVALID', { origin, problems });
  }
  return parsed.data;
}

/** Loads every `*.json` pack in a directory (resources/policy), keyed by packId. */
export function loadPolicyPacks(dir: string): ReadonlyMap<string, PolicyPack> {
  const packs = new Map<string, PolicyPack>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const path = join(dir, file);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      throw new AppError('POLICY_PACK_INVALID', { origin: file, problems: '不是有效的 JSON' });
    }
    const pack = parsePolicyPack(json, file);
    packs.set(pack.packId, pack);
  }
  return packs;
}
