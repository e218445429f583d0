/** Institutions (domain §2.2) and the issuer predicates of the evidence rules (R9, R10). */

export const INSTITUTION_LEVELS = ['L1', 'L2', 'L3'] as const;
export type InstitutionLevel = (typeof INSTITUTION_LEVELS)[number];
export const INSTITUTION_CATEGORIES = ['GENERAL', 'SPECIALTY', 'TCM', 'INTEGRATED', 'ETHNIC'] as const;
export type InstitutionCategory = (typeof INSTITUTION_CATEGORIES)[number];
export const OWNERSHIPS = ['PUBLIC', 'PRIVATE'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];

export type Institution = {
  readonly code: string;
  readonly nameZh: string;
  /** Other names printed on records (short names, former names). */
  readonly aliases: readonly string[];
  readonly level: InstitutionLevel;
  readonly category: InstitutionCategory;
  /** AMB-09: whether the institution meets 「综合」 in 「二级综合及以上」. */
  readonly countsAsGeneral: boolean;
  readonly ownership: Ownership;
  readonly designated: boolean;
};

export type IssuerPredicate = {
  readonly levelMin?: InstitutionLevel;
  readonly level?: InstitutionLevel;
  readonly category?: InstitutionCategory;
  readonly countsAsGeneral?: boolean;
  readonly ownership?: Ownership;
  readonly designated?: boolean;
};

const rank = (level: InstitutionLevel): number => INSTITUTION_LEVELS.indexOf(level);

export function satisfiesIssuer(inst: Institution, p: IssuerPredicate): boolean {
  if (p.levelMin !== undefined && rank(inst.level) < rank(p.levelMin)) return false;
  if (p.level !== undefined && inst.level !== p.level) return false;
  if (p.category !== undefined && inst.category !== p.category) return false;
  if (p.countsAsGeneral !== undefined && inst.countsAsGeneral !== p.countsAsGeneral) return false;
  if (p.ownership !== undefined && inst.ownership !== p.ownership) return false;
  if (p.designated !== undefined && inst.designated !== p.designated) return false;
  return true;
}

const compact = (s: string): string => s.replace(/[\s（）()·]/g, '');

/**
 * Finds the institution a record names. Unknown hospitals are flagged, never guessed: only an
 * exact name or alias (ignoring spaces and brackets) contained in the text counts, and the
 * longest match wins so that 「聊城市人民医院东昌府院区」 is not read as a shorter sibling.
 */
export function findInstitution(directory: readonly Institution[], text: string): Institution | null {
  const haystack = compact(text);
  let best: { inst: Institution; len: number } | null = null;
  for (const inst of directory) {
    for (const name of [inst.nameZh, ...inst.aliases]) {
      const needle = compact(name);
      if (needle.length > 0 && haystack.includes(needle) && (best === null || needle.length > best.len)) {
        best = { inst, len: needle.length };
      }
    }
  }
  return best?.inst ?? null;
}
