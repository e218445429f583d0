import { seededRandom } from '../domain/panel/draw';
import { sampleSize, type SamplingResult } from '../domain/sampling';

/** One 抽查复核 as the bureau double publishes it (GET /csd/v1/sampling). */
export type SamplingRequest = {
  samplingId: string;
  period: string;
  /** The population it was drawn from and the rate (R38: at least 20 %). */
  population: number;
  rate: number;
  items: { applicationNo: string; result: SamplingResult | null; reason: string; decidedOn: string | null }[];
};

type Archive = { applicationNo: string; purpose: string; committedOn: string };

/**
 * The bureau's side of R38: for a month, the population is every approved case whose archive reached
 * it that month and that was not under its full re-review (no re-review package); at least
 * ceil(rate × N) of them are drawn at random (seeded by the period, so a draw can be repeated).
 */
export function bureauSampling(store: { get: () => SamplingRequest[]; set: (all: SamplingRequest[]) => void }, archives: () => Archive[]) {
  function draw(period: string, rate: number): SamplingRequest {
    if (store.get().some((r) => r.period === period)) throw new Error(`${period} 已抽查，不再重复抽取`);
    const all = archives();
    const reReviewed = new Set(all.filter((a) => a.purpose === 'REREVIEW').map((a) => a.applicationNo));
    const population = [...new Set(all.filter((a) => a.purpose === 'ARCHIVE' && a.committedOn.startsWith(period) && !reReviewed.has(a.applicationNo))
      .map((a) => a.applicationNo))].sort();
    const random = seededRandom([...period].reduce((h, c) => Math.imul(h, 31) + c.charCodeAt(0), 7));
    const shuffled = population.map((no) => ({ no, key: random() })).sort((a, b) => a.key - b.key).map((x) => x.no);
    const request: SamplingRequest = {
      samplingId: `SP${period.replace('-', '')}`, period, population: population.length, rate,
      items: shuffled.slice(0, sampleSize(population.length, rate)).map((applicationNo) => ({ applicationNo, result: null, reason: '', decidedOn: null })),
    };
    store.set([...store.get(), request]);
    return request;
  }

  function decide(samplingId: string, applicationNo: string, result: SamplingResult, reason: string, decidedOn: string): boolean {
    let found = false;
    store.set(store.get().map((r) => (r.samplingId !== samplingId ? r : {
      ...r, items: r.items.map((i) => {
        if (i.applicationNo !== applicationNo || i.result !== null) return i;
        found = true;
        return { ...i, result, reason, decidedOn };
      }),
    })));
    return found;
  }

  return { draw, decide, requests: store.get };
}

export type BureauSampling = ReturnType<typeof bureauSampling>;
