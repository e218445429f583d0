/** A small seeded generator (mulberry32): the corpus is a pure function of its seed. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Mixes a string (layout id, degradation) into a seed, so every page has its own stream. */
  static of(seed: number, ...parts: readonly (string | number)[]): Rng {
    let h = (seed ^ 0x9e3779b9) >>> 0;
    for (const ch of parts.join('|')) {
      h = Math.imul(h ^ ch.charCodeAt(0), 0x85ebca6b) >>> 0;
      h = (h ^ (h >>> 13)) >>> 0;
    }
    return new Rng(h);
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  range(lo: number, hi: number): number {
    return lo + this.next() * (hi - lo);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** `n` distinct items, in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0] as T);
    return out;
  }

  /** Roughly normal, mean 0, deviation 1 (sum of uniforms). */
  gauss(): number {
    return (this.next() + this.next() + this.next() + this.next() - 2) * Math.sqrt(3);
  }
}

/** Smooth noise in [0, 1] on a coarse grid, interpolated: ink that pools and thins. */
export function valueNoise(rng: Rng, cells: number): (u: number, v: number) => number {
  const n = cells + 2;
  const grid = Array.from({ length: n * n }, () => rng.next());
  return (u, v) => {
    const x = Math.min(Math.max(u, 0), 1) * cells;
    const y = Math.min(Math.max(v, 0), 1) * cells;
    const i = Math.floor(x);
    const j = Math.floor(y);
    const fx = x - i;
    const fy = y - j;
    const at = (a: number, b: number): number => grid[b * n + a] ?? 0;
    return (at(i, j) * (1 - fx) + at(i + 1, j) * fx) * (1 - fy) + (at(i, j + 1) * (1 - fx) + at(i + 1, j + 1) * fx) * fy;
  };
}

/**
 * Per-pixel noise that is cheap enough for millions of pixels: a table of normal deviates read at
 * xorshift positions (no closure, no division per pixel).
 */
export class Grain {
  private readonly table = new Float32Array(1 << 16);
  private state: number;

  constructor(rng: Rng) {
    for (let i = 0; i < this.table.length; i += 1) this.table[i] = rng.gauss();
    this.state = (rng.int(1, 0x7ffffffe) | 1) >>> 0;
  }

  /** Mean 0, deviation 1. */
  next(): number {
    let s = this.state;
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    this.state = s >>> 0;
    return this.table[this.state >>> 16] ?? 0;
  }
}
