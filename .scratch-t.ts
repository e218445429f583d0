import { cleanTruth } from './electron/testing/corpus';
import { extractFacts } from './electron/domain/extraction/extract-facts';
import { loadPolicyPacks, SOURCE_PACKS_DIR } from './electron/policy/pack-loader';
import { scoreFields } from './electron/testing/corpus/field-score';
const pack = loadPolicyPacks(SOURCE_PACKS_DIR).get('cn.sd.liaocheng.csd')!;
for (let i = 0; i < 8; i += 1) { const p = cleanTruth(process.argv[2]!, i); const f = extractFacts(p.text, pack);
  const bad = Object.entries(scoreFields(p.fields, f)).filter(([, ok]) => !ok); if (!bad.length) continue;
  console.log(`--- ${i}`, bad.map(([k]) => k), JSON.stringify(p.fields)); console.log(p.text); console.log('>>', f.diagnoses, f.diseaseKeys, f.visitDates); }
