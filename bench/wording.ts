import { extractFacts } from '../electron/domain/extraction/extract-facts';
import { loadPolicyPacks, SOURCE_PACKS_DIR } from '../electron/policy/pack-loader';
import { FIELDS, pct, scoreFields, tallyInto, type Tally } from '../electron/testing/corpus/field-score';
import { truthOf, wordingCases, type WordingSplit } from '../electron/testing/wording-cases';

/**
 * `npm run bench:wording`: the extraction on the wording cases (pages written by helper authors from how
 * hospital paper is worded), per field, for the tuning part and the held-out part of every author.
 * SHOW=1 prints each wrong field of the tuning part (never of the held-out one).
 */
const pack = loadPolicyPacks(SOURCE_PACKS_DIR).get('cn.sd.liaocheng.csd')!;

for (const split of ['tune', 'held'] as WordingSplit[]) {
  const cases = wordingCases(split);
  const byField = new Map<string, Tally>();
  const byAuthor = new Map<string, Tally>();
  let allRight = 0;
  for (const c of cases) {
    const f = extractFacts(c.lines.join('\n'), pack);
    const scored = Object.entries(scoreFields(truthOf(c), f));
    for (const [field, ok] of scored) {
      tallyInto(byField, field, ok);
      if (!ok && split === 'tune' && process.env['SHOW']) console.log(c.id, c.kind, field, JSON.stringify(f), `(${c.why})`);
    }
    const right = scored.every(([, ok]) => ok);
    if (right) allRight += 1;
    tallyInto(byAuthor, c.id.split('/')[0]!, right);
  }
  console.log(`\n${split}: ${cases.length} cases, every field right on ${allRight} (${((allRight / cases.length) * 100).toFixed(1)} %)`);
  console.table(Object.fromEntries(FIELDS.map((f) => [f, pct(byField.get(f) ?? { right: 0, total: 0 })])));
  console.table(Object.fromEntries([...byAuthor].map(([k, t]) => [`${k}: cases all right`, pct(t)])));
}
