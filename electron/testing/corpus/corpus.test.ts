import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { isCivilDate } from '../../domain/civil-date';
import { inspectIdNumber } from '../../domain/id-number';
import { loadPolicyPacks, SOURCE_PACKS_DIR } from '../../policy/pack-loader';
import { cleanTruth, corpus, corpusPages, corpusPlan, DEGRADATIONS, LAYOUTS, renderClean, type PageTruth } from './index';

const CATALOGUE = new Set(loadPolicyPacks(SOURCE_PACKS_DIR).get('cn.sd.liaocheng.csd')!.catalogue.map((c) => c.key));
const KINDS = ['discharge', 'outpatient', 'report', 'certificate'] as const;
const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

/** Everything the ground truth promises about one page. */
function checkTruth(t: PageTruth): void {
  const f = t.fields;
  const where = `${t.id}: `;
  expect(f.name, where).toMatch(/^[\u4e00-\u9fa5]{2,4}$/);
  if (f.idNumber !== null) expect(inspectIdNumber(f.idNumber, '2026-01-01').valid, where + f.idNumber).toBe(true);
  for (const d of [f.admissionDate, f.dischargeDate, f.visitDate, f.reportDate]) if (d !== null) expect(isCivilDate(d), where + d).toBe(true);
  expect(f.diseaseKeys.length, where).toBeGreaterThan(0);
  for (const k of f.diseaseKeys) expect(CATALOGUE.has(k), where + k).toBe(true);
  expect(f.diagnoses.length, where).toBeGreaterThan(0);
  const squeeze = (x: string): string => x.replace(/\s+/g, '');
  const flat = squeeze(t.text);
  expect(flat, where).toContain(f.name);
  expect(flat, where).toContain(t.hospital);
  for (const d of f.diagnoses) expect(flat, where + d).toContain(squeeze(d));
  if (f.idNumber) expect(flat, where).toContain(f.idNumber);
  if (t.kind === 'discharge') {
    expect(f.admissionDate !== null && f.dischargeDate !== null && f.admissionDate < f.dischargeDate, where).toBe(true);
  }
  if (t.kind === 'outpatient' || t.kind === 'certificate') expect(f.visitDate, where).not.toBeNull();
  if (t.kind === 'certificate' && f.dischargeDate) expect(f.dischargeDate <= (f.visitDate ?? ''), where).toBe(true);
  if (t.kind === 'report') expect(f.reportDate, where).not.toBeNull();
}

describe('corpus layouts', () => {
  it('has at least 25 layouts over the four kinds, ids unique', () => {
    expect(LAYOUTS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(LAYOUTS.map((l) => l.id)).size).toBe(LAYOUTS.length);
    for (const kind of KINDS) expect(LAYOUTS.filter((l) => l.kind === kind).length).toBeGreaterThanOrEqual(5);
  });

  it('holds out whole layouts by other authors: at least 8, two of each kind, yielded only by the blind split (and all)', async () => {
    const blind = LAYOUTS.filter((l) => l.split === 'blind');
    expect(blind.length).toBeGreaterThanOrEqual(8);
    for (const kind of KINDS) expect(blind.filter((l) => l.kind === kind).length, kind).toBeGreaterThanOrEqual(2);
    // the plan is what corpus() draws, in its order; one clean blind page shows the plan is followed
    const blindPlan = corpusPlan({ split: 'blind', perLayout: 1 });
    expect(blindPlan.every((p) => p.layout.split === 'blind')).toBe(true);
    expect(new Set(blindPlan.map((p) => p.layout.id))).toEqual(new Set(blind.map((l) => l.id)));
    const first = await corpus({ split: 'blind', perLayout: 1, degradations: ['clean'] }).next();
    expect(first.done ? null : first.value.truth.layoutId).toBe(blindPlan[0]!.layout.id);
    const tune = corpusPlan({ split: 'tune', perLayout: 1 });
    expect(tune.every((p) => p.layout.split === 'tune')).toBe(true);
    expect(tune.length + blindPlan.length).toBe(LAYOUTS.length);
    const all = corpusPlan({ split: 'all', perLayout: 2 });
    expect(all.length).toBe(2 * LAYOUTS.length);
    expect(all.filter((p) => p.layout.split === 'blind').length).toBe(2 * blind.length);
  });
});

describe('corpus pages', () => {
  // A test per layout: clean and one degradation, taking turns, so every degradation meets every
  // kind of layout. Degrading is the same code for every layout and takes 0.3–1.5 s a page; each
  // degradation has its own tests in degrade.test.ts.
  const DEGRADED = DEGRADATIONS.filter((d) => d !== 'clean');
  it.each(LAYOUTS.map((l, i) => [l.id, DEGRADED[i % DEGRADED.length]!] as const))('renders %s clean and as %s', async (id, degradation) => {
    let n = 0;
    for await (const { truth, png } of corpus({ split: 'all', layouts: [id], perLayout: 1, seed: 11, degradations: ['clean', degradation] })) {
      const img = sharp(png);
      const meta = await img.metadata();
      expect(meta.format, truth.id).toBe('png');
      if (truth.degradation === 'photo') expect(meta.width * meta.height, truth.id).toBeGreaterThan(1654 * 2339);
      else expect([meta.width, meta.height], truth.id).toEqual([1654, 2339]);
      const stats = await img.stats();
      expect(Math.min(...stats.channels.map((c) => c.min)), truth.id).toBeLessThan(140);
      expect(stats.channels[0]!.mean, truth.id).toBeGreaterThan(110);
      checkTruth(truth);
      n += 1;
    }
    expect(n).toBe(2);
  }, 60_000);

  it('gives consistent ground truth over many documents, with all text on the page and none over other text', () => {
    const pages: PageTruth[] = [];
    for (const l of LAYOUTS) {
      for (let i = 0; i < 4; i += 1) {
        const r = cleanTruth(l.id, i, 5);
        const id = `${l.id}-${i}`;
        expect(r.overlaps, id).toEqual([]);
        expect(r.extent.left >= 60 && r.extent.top >= 60, id).toBe(true);
        expect(r.extent.right <= 1654 - 60 && r.extent.bottom <= 2339 - 60, id).toBe(true);
        pages.push({ id, layoutId: l.id, split: l.split, kind: l.kind, degradation: 'clean', hospital: r.hospital, fields: r.fields, text: r.text });
      }
    }
    pages.forEach(checkTruth);
    const noId = ['discharge-prose-county', 'outpatient-tcm-serif', 'report-lab-city', 'report-lab-twinpanel-county', 'report-imaging',
      'outpatient-booklet-frame', 'report-lab-bordered', 'report-pathology', 'tune2-outpatient-a5-booklet'];
    for (const p of pages.filter((x) => x.split !== 'blind')) expect(p.fields.idNumber === null, p.id).toBe(noId.includes(p.layoutId));
    // A blind layout prints the ID on all its pages or on none.
    for (const l of LAYOUTS.filter((x) => x.split === 'blind')) {
      expect(new Set(pages.filter((p) => p.layoutId === l.id).map((p) => p.fields.idNumber === null)).size, l.id).toBe(1);
    }
    const ids = pages.flatMap((p) => p.fields.idNumber ?? []);
    expect(ids.some((id) => id.endsWith('X'))).toBe(true);
    const stays = pages.filter((p) => p.layoutId === 'discharge-prose-county').map((p) => p.fields);
    expect(stays.some((f) => f.admissionDate!.slice(0, 4) < f.dischargeDate!.slice(0, 4))).toBe(true);
  }, 180_000); // about 600 pages drawn: half a minute on an idle 2-core machine

  it('is deterministic by seed', async () => {
    const a = await renderClean('discharge-grid-city', 2, 42);
    const b = await renderClean('discharge-grid-city', 2, 42);
    const c = await renderClean('discharge-grid-city', 2, 43);
    expect(sha(a.png)).toBe(sha(b.png));
    expect(a.fields).toEqual(b.fields);
    expect(sha(c.png)).not.toBe(sha(a.png));
    const [f1, f2] = [await corpusPages({ layouts: ['report-lab-city'], perLayout: 1, degradations: ['fax'], seed: 3 }),
      await corpusPages({ layouts: ['report-lab-city'], perLayout: 1, degradations: ['fax'], seed: 3 })];
    expect(sha(f1[0]!.png)).toBe(sha(f2[0]!.png));
  });
});
