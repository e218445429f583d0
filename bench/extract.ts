import { extractFacts } from '../electron/domain/extraction/extract-facts';
import { loadPolicyPacks, SOURCE_PACKS_DIR } from '../electron/policy/pack-loader';
import { corpusPages, type Split } from '../electron/testing/corpus';
import { FIELDS, pct, scoreFields, tallyInto, type Tally } from '../electron/testing/corpus/field-score';

/**
 * `npm run bench:extract`: the extraction alone, on the corpus's perfect text (what a flawless OCR
 * would hand it), per field and per document kind, for the tuning layouts and the held-out (blind)
 * ones. SHOW=1 prints each wrong field of the tuning split (never of the blind ones).
 */
const pack = loadPolicyPacks(SOURCE_PACKS_DIR).get('cn.sd.liaocheng.csd')!;
const PER_LAYOUT = Number(process.env['PER_LAYOUT'] ?? 8);

for (const split of ['tune', 'blind'] as Split[]) {
  const pages = await corpusPages({ split, perLayout: PER_LAYOUT, degradations: ['clean'] });
  const byField = new Map<string, Tally>();
  const byKind = new Map<string, Tally>();
  let allRight = 0;
  // held-out layouts by author (blind-, blind2-, blind3- …): aggregate counts only, never which field failed
  const byAuthor = new Map<string, Tally>();
  for (const { truth } of pages) {
    const scored = scoreFields(truth.fields, extractFacts(truth.text, pack));
    const entries = Object.entries(scored);
    for (const [field, ok] of entries) {
      tallyInto(byField, field, ok);
      tallyInto(byKind, truth.kind, ok);
      if (!ok && split === 'tune' && process.env['SHOW']) console.log(`${truth.layoutId} ${field}`, JSON.stringify(truth.fields[field as keyof typeof truth.fields]), '≠', JSON.stringify(extractFacts(truth.text, pack)[field === 'visitDate' ? 'visitDates' : field as 'name']));
    }
    if (entries.every(([, ok]) => ok)) allRight += 1;
    tallyInto(byAuthor, truth.layoutId.split('-')[0]!, entries.every(([, ok]) => ok));
  }
  console.log(`\n${split}: ${pages.length} documents, every field right on ${allRight} (${((allRight / pages.length) * 100).toFixed(1)} %)`);
  console.table(Object.fromEntries(FIELDS.map((f) => [f, pct(byField.get(f) ?? { right: 0, total: 0 })])));
  console.table(Object.fromEntries([...byKind].map(([k, t]) => [k, pct(t)])));
  if (split === 'blind') console.table(Object.fromEntries([...byAuthor].map(([k, t]) => [`${k}: documents all right`, pct(t)])));
}
