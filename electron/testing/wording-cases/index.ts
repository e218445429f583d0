import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Fields } from '../corpus/types';

/**
 * Wording cases (issue 10): short pages as a clean OCR gives them, written by helper authors from how
 * Chinese hospital paper is worded (not from the corpus generator), each with the fields a perfect
 * reader takes from it (one hundred and twenty-six authors, 7720 cases). Each author's cases are split: `tune` (rules were made on
 * their failures) and `held` (never looked at while tuning; only their totals are printed).
 */
const ISO = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable();
const Case = z.object({
  kind: z.enum(['出院记录', '门诊病历', '检查检验报告', '诊断证明书']),
  lines: z.array(z.string()).min(1),
  expect: z.object({
    name: z.string().nullable(), idNumber: z.string().nullable(), admissionDate: ISO, dischargeDate: ISO,
    visitDate: ISO, reportDate: ISO, diseases: z.array(z.string()),
  }),
  why: z.string(),
});
export type WordingCase = z.infer<typeof Case> & { readonly id: string };
export type WordingSplit = 'tune' | 'held';

const ROOT = dirname(fileURLToPath(import.meta.url));

/** Every case of a split, by author (a1, a2 …), named author/split/file#index. */
export function wordingCases(split: WordingSplit): WordingCase[] {
  const authors = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  return authors.flatMap((author) => {
    const dir = join(ROOT, author, split);
    return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().flatMap((file) =>
      z.array(Case).parse(JSON.parse(readFileSync(join(dir, file), 'utf8')))
        .map((c, i) => ({ ...c, id: `${author}/${split}/${file}#${i}` })));
  });
}

/** The case's answer as the corpus scores fields (a page without a patient's name has none to find). */
export function truthOf(c: WordingCase): Fields {
  const e = c.expect;
  return {
    name: e.name as string, idNumber: e.idNumber, admissionDate: e.admissionDate, dischargeDate: e.dischargeDate,
    visitDate: e.visitDate, reportDate: e.reportDate, diseaseKeys: e.diseases, diagnoses: [],
  };
}
