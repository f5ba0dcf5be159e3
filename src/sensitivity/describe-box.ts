/**
 * The plain-language sentence of a scenario-discovery box, naming only the dimensions the
 * box restricts and always beside the base rate: "K < 0.4 in 84% of runs where dividend end
 * ≤ 2026 (2.9 times the base rate of 29%; the box holds 62% of the runs that meet it and 30%
 * of all runs)". A box that does not clearly beat the base rate (claims.ts) is reported as
 * finding nothing.
 */
import { boxBeatsBaseRate } from './claims.js';
import type { BoxLimit, PrimBox } from './prim.js';

/** A readable name for a parameter path: its last two segments, camelCase split into words. */
export function factorLabel(path: string): string {
  const parts = path.split('.').filter((p) => !/^\d+$/.test(p));
  return parts.slice(-2).join(' ').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Three significant digits, no trailing zeros; whole numbers in full. */
export function formatValue(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(3)));
}

/** A share in percent to one decimal, without a trailing ".0": 84%, 38.4% (so 38.4% and 37.8% stay apart). */
const pct = (share: number) => `${Number((100 * share).toFixed(1))}%`;
/** A lift, two significant digits: 2.9, 1.02 → 1.0. */
const times = (x: number) => (Number.isFinite(x) ? x.toPrecision(2) : '–');

/** The conditions of a box, one per restricted dimension ("a ≤ 3", "0.1 ≤ b ≤ 0.2"). */
export function boxConditions(box: PrimBox, bounds: readonly BoxLimit[], labels: readonly string[]): string[] {
  const out: string[] = [];
  box.limits.forEach((l, d) => {
    const low = l.min > bounds[d].min, high = l.max < bounds[d].max;
    if (low && high) out.push(`${formatValue(l.min)} ≤ ${labels[d]} ≤ ${formatValue(l.max)}`);
    else if (low) out.push(`${labels[d]} ≥ ${formatValue(l.min)}`);
    else if (high) out.push(`${labels[d]} ≤ ${formatValue(l.max)}`);
  });
  return out;
}

/**
 * The sentence for `box`; `condition` reads as the outcome, e.g. "returnToPovertyRate > 0.1";
 * `baseRate` is the share of all runs that meet it.
 */
export function describeBox(condition: string, box: PrimBox, bounds: readonly BoxLimit[], labels: readonly string[], baseRate: number): string {
  if (labels.length !== box.limits.length || bounds.length !== box.limits.length) throw new RangeError(`describe box: ${box.limits.length} dimensions but ${labels.length} labels and ${bounds.length} bounds`);
  const where = boxConditions(box, bounds, labels);
  if (where.length === 0) return `${condition} in ${pct(baseRate)} of all runs (the base rate); no parameter range singles them out`;
  const lift = box.density / baseRate;
  if (!boxBeatsBaseRate(box, baseRate)) return `no parameter range singles out the runs with ${condition}: it holds in ${pct(baseRate)} of all runs (the base rate), and in ${pct(box.density)} of the best box found (${where.join(' and ')}), not clearly more (lift ${times(lift)})`;
  return `${condition} in ${pct(box.density)} of runs where ${where.join(' and ')} (${times(lift)} times the base rate of ${pct(baseRate)}; the box holds ${pct(box.coverage)} of the runs that meet it and ${pct(box.support)} of all runs)`;
}
