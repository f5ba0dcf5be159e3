/**
 * Which of several items (the modes of a run, or several runs) can be told apart on one figure,
 * and in which order: the one ordering every table, finding, chart reading, report and the
 * classroom demo states.
 *
 *   samples (values by seed) ─▶ every pair: paired differences over the seeds both share
 *                                (common random numbers), else Welch's difference of means
 *                             ─▶ simultaneous intervals (Bonferroni over the pairs)
 *                             ─▶ a pair is ranked only where its interval excludes 0
 *                             ─▶ compact letters (Piepho 2004): items sharing a letter cannot be told apart
 *
 * Comparing every pair, not neighbours in the sorted list, matters: a chain of overlapping
 * neighbours can hide a clear gap between its ends. A single item has no order; one replicate
 * has no interval, so nothing is ranked.
 *
 * Piepho, H.-P. (2004), "An algorithm for a letter-based representation of all-pairwise
 * comparisons", Journal of Computational and Graphical Statistics 13(2), 456-466.
 */
import { tQuantile } from './student-t.js';

/** One item's figure, one value per seed (NaN where undefined). */
export interface Sample {
  key: string;
  values: readonly number[];
  /** The seed of each value: values with the same seed in two samples are paired. */
  seeds: readonly number[];
}

export interface PairComparison {
  a: string;
  b: string;
  /** Mean of a − b (paired) or difference of means (unpaired), and its simultaneous interval. */
  diff: number;
  low: number;
  high: number;
  /** Pairs (paired) or the smaller sample (unpaired). */
  n: number;
  paired: boolean;
  /** 1: a clearly above b; -1: clearly below; 0: the interval holds 0 (or there is none). */
  sign: -1 | 0 | 1;
}

export interface Ordering {
  /** Best first (by mean), with the mean and the letters of their groups. */
  items: { key: string; mean: number; n: number; letters: string }[];
  pairs: PairComparison[];
  /** 'single': one item; 'no-interval': too few values to compare; 'none': no pair told apart; 'ordered': some are. */
  status: 'single' | 'no-interval' | 'none' | 'ordered';
  /** Coverage of each pair's interval (simultaneous over the pairs: 1 − (1 − confidence) / pairs). */
  pairLevel: number;
  confidence: number;
  higherIsBetter: boolean;
}

export interface OrderingOptions {
  higherIsBetter: boolean;
  /** Family-wise coverage of the pairs' intervals (default 0.95). */
  confidence?: number;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const variance = (xs: readonly number[], m: number) => xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1);

/** a − b over the seeds both share with a defined value, or Welch when they share fewer than two. */
function comparePair(a: Sample, b: Sample, level: number): Omit<PairComparison, 'sign'> {
  const bySeed = new Map<number, number>();
  b.seeds.forEach((s, i) => { if (Number.isFinite(b.values[i])) bySeed.set(s, b.values[i]); });
  const d: number[] = [];
  a.seeds.forEach((s, i) => { const y = bySeed.get(s); if (y !== undefined && Number.isFinite(a.values[i])) d.push(a.values[i] - y); });
  const q = (df: number) => tQuantile(1 - (1 - level) / 2, df);
  if (d.length >= 2) {
    const m = mean(d), half = q(d.length - 1) * Math.sqrt(variance(d, m) / d.length);
    return { a: a.key, b: b.key, diff: m, low: m - half, high: m + half, n: d.length, paired: true };
  }
  const va = a.values.filter(Number.isFinite), vb = b.values.filter(Number.isFinite);
  const ma = va.length ? mean(va) : NaN, mb = vb.length ? mean(vb) : NaN;
  if (va.length < 2 || vb.length < 2) return { a: a.key, b: b.key, diff: ma - mb, low: NaN, high: NaN, n: Math.min(va.length, vb.length), paired: false };
  const qa = variance(va, ma) / va.length, qb = variance(vb, mb) / vb.length, se = Math.sqrt(qa + qb);
  const df = se > 0 ? (qa + qb) ** 2 / (qa ** 2 / (va.length - 1) + qb ** 2 / (vb.length - 1)) : va.length + vb.length - 2;
  const half = q(df) * se;
  return { a: a.key, b: b.key, diff: ma - mb, low: ma - mb - half, high: ma - mb + half, n: Math.min(va.length, vb.length), paired: false };
}

/** Letters for the groups of items not told apart (insert and absorb), 'a' for the group holding the best item. */
function compactLetters(keys: readonly string[], differ: (a: string, b: string) => boolean): Map<string, string> {
  let columns: Set<string>[] = [new Set(keys)];
  for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) {
    if (!differ(keys[i], keys[j])) continue;
    const next: Set<string>[] = [];
    for (const c of columns) {
      if (c.has(keys[i]) && c.has(keys[j])) {
        next.push(new Set([...c].filter((k) => k !== keys[i])), new Set([...c].filter((k) => k !== keys[j])));
      } else next.push(c);
    }
    // Absorb: drop a column contained in another (and duplicates, keeping the first).
    columns = next.filter((c, ci) => !next.some((o, oi) => oi !== ci && [...c].every((k) => o.has(k)) && (o.size > c.size || oi < ci)));
  }
  // Letters in the order of the columns' items, best first (keys are best first): compared rank by rank.
  const ranks = (c: Set<string>) => [...c].map((k) => keys.indexOf(k)).sort((a, b) => a - b);
  columns.sort((x, y) => {
    const rx = ranks(x), ry = ranks(y);
    for (let i = 0; i < Math.min(rx.length, ry.length); i++) if (rx[i] !== ry[i]) return rx[i] - ry[i];
    return rx.length - ry.length;
  });
  const letters = new Map(keys.map((k) => [k, '']));
  columns.forEach((c, i) => { for (const k of c) letters.set(k, letters.get(k)! + String.fromCharCode(97 + i)); });
  return letters;
}

/** The ordering of `samples` on one figure (see the module comment). */
export function orderItems(samples: readonly Sample[], options: OrderingOptions): Ordering {
  const confidence = options.confidence ?? 0.95;
  const defined = samples.map((s) => ({ s, v: s.values.filter(Number.isFinite) })).filter((x) => x.v.length > 0);
  const sign = options.higherIsBetter ? 1 : -1;
  const sorted = defined.map((x) => ({ key: x.s.key, mean: mean(x.v), n: x.v.length, sample: x.s })).sort((p, q) => sign * (q.mean - p.mean));
  const m = (sorted.length * (sorted.length - 1)) / 2;
  const pairLevel = m > 0 ? 1 - (1 - confidence) / m : confidence;
  const pairs: PairComparison[] = [];
  for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) {
    const p = comparePair(sorted[i].sample, sorted[j].sample, pairLevel);
    pairs.push({ ...p, sign: !(Number.isFinite(p.low) && Number.isFinite(p.high)) ? 0 : p.low > 0 ? 1 : p.high < 0 ? -1 : 0 });
  }
  const differ = (a: string, b: string) => pairs.some((p) => ((p.a === a && p.b === b) || (p.a === b && p.b === a)) && p.sign !== 0);
  const letters = compactLetters(sorted.map((x) => x.key), differ);
  const status = sorted.length < 2 ? 'single' : pairs.every((p) => !Number.isFinite(p.low)) ? 'no-interval' : pairs.some((p) => p.sign !== 0) ? 'ordered' : 'none';
  return { items: sorted.map(({ key, mean: mu, n }) => ({ key, mean: mu, n, letters: letters.get(key)! })), pairs, status, pairLevel, confidence, higherIsBetter: options.higherIsBetter };
}

/** Whether `better` is clearly better than `worse` in `o` (its pair's interval excludes 0 in that direction). */
export function clearlyBetter(o: Ordering, better: string, worse: string): boolean {
  const p = o.pairs.find((x) => (x.a === better && x.b === worse) || (x.a === worse && x.b === better));
  if (!p || p.sign === 0) return false;
  const aAbove = p.sign === 1;
  const betterAbove = p.a === better ? aAbove : !aAbove;
  return o.higherIsBetter ? betterAbove : !betterAbove;
}

/** The item clearly better than every other, if there is one. */
export function clearBest(o: Ordering): string | undefined {
  const first = o.items[0]?.key;
  return first !== undefined && o.items.length > 1 && o.items.every((x) => x.key === first || clearlyBetter(o, first, x.key)) ? first : undefined;
}

/** The item clearly worse than every other, if there is one. */
export function clearWorst(o: Ordering): string | undefined {
  const last = o.items[o.items.length - 1]?.key;
  return last !== undefined && o.items.length > 1 && o.items.every((x) => x.key === last || clearlyBetter(o, x.key, last)) ? last : undefined;
}

/** "cooperative a, employment ab, individual b": best first, each with its letters, in the caller's names. */
export function lettersText(o: Ordering, name: (key: string) => string, join = ', '): string {
  return o.items.map((x) => `${name(x.key)} ${x.letters}`).join(join);
}
