/**
 * The plain-language sentence of a scenario-discovery box, naming only the dimensions the
 * box restricts: "returnToPovertyRate > 0.1 in 84% of runs where dividend end ≤ 2026 and
 * out migration ≥ 0.04 (62% of all such runs; the box holds 30% of runs)".
 */
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

const pct = (share: number) => `${Math.round(share * 100)}%`;

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

/** The sentence for `box`; `condition` reads as the outcome, e.g. "returnToPovertyRate > 0.1". */
export function describeBox(condition: string, box: PrimBox, bounds: readonly BoxLimit[], labels: readonly string[]): string {
  if (labels.length !== box.limits.length || bounds.length !== box.limits.length) throw new RangeError(`describe box: ${box.limits.length} dimensions but ${labels.length} labels and ${bounds.length} bounds`);
  const where = boxConditions(box, bounds, labels);
  if (where.length === 0) return `${condition} in ${pct(box.density)} of all runs (no parameter range singles them out)`;
  return `${condition} in ${pct(box.density)} of runs where ${where.join(' and ')} (${pct(box.coverage)} of all such runs; the box holds ${pct(box.support)} of runs)`;
}
