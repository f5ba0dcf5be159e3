/**
 * The fit of a posterior: for each target the model's median and 90% interval over every
 * posterior particle and every common seed, beside the observed value and its tolerance; and
 * each parameter's posterior median and 90% interval. Pure: tables as text, no files.
 */
import { formatCsv, quoteField } from '../io/csv.js';
import { quantile } from '../run/replicates.js';
import type { CalibrationPlan } from './load-targets.js';
import type { SmcState } from './smc.js';

export interface FitRow {
  target: string;
  observed: number;
  /** Half-width of agreement: the tolerance, or 2 sd. */
  within: number;
  /** Which of the two `within` is. */
  withinBasis: '2 sd' | 'tolerance';
  median: number;
  p05: number;
  p95: number;
  /** |median − observed| ≤ within. */
  inside: boolean;
  source: string;
}

export interface ParameterRow {
  path: string;
  priorMin: number;
  priorMax: number;
  median: number;
  p05: number;
  p95: number;
}

/** `values[particle][seed][target]`: each posterior particle's target values in each seed. */
export function fitRows(plan: Pick<CalibrationPlan, 'targets'>, values: readonly (readonly (readonly number[])[])[]): FitRow[] {
  return plan.targets.map((t, k) => {
    const sample = values.flatMap((p) => p.map((seed) => seed[k])).filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
    const [p05, median, p95] = sample.length ? [0.05, 0.5, 0.95].map((q) => quantile(sample, q)) : [NaN, NaN, NaN];
    return { target: t.name, observed: t.observed, within: t.within, withinBasis: t.withinBasis, median, p05, p95, inside: Math.abs(median - t.observed) <= t.within, source: t.source };
  });
}

/**
 * Each parameter's posterior median and 90% interval. The median, the value written into the
 * scenario, is kept to 4 significant digits: far finer than any posterior interval here, and
 * a number a reader can take in.
 */
export function parameterRows(plan: Pick<CalibrationPlan, 'parameters'>, state: Pick<SmcState, 'particles'>): ParameterRow[] {
  return plan.parameters.map((p, j) => {
    const xs = state.particles.map((theta) => theta[j]).sort((a, b) => a - b);
    const [p05, median, p95] = [0.05, 0.5, 0.95].map((q) => quantile(xs, q));
    const written = p.integer ? Math.round(median) : Math.min(p.max, Math.max(p.min, Number(median.toPrecision(4))));
    return { path: p.path, priorMin: p.min, priorMax: p.max, median: written, p05, p95 };
  });
}

export function fitCsv(rows: readonly FitRow[]): string {
  return formatCsv(['target', 'observed', 'within', 'within_basis', 'median', 'p05', 'p95', 'within_tolerance', 'source'],
    rows.map((r) => [r.target, r.observed, r.within, r.withinBasis, r.median, r.p05, r.p95, r.inside ? 'yes' : 'no', r.source]), { missing: 'empty' });
}

/**
 * posterior.csv: one row per particle (equal weights), values printed exactly (shortest
 * round-trip form) so that `run --posterior` runs the very points the calibration ran.
 */
export function posteriorCsv(plan: Pick<CalibrationPlan, 'parameters'>, state: Pick<SmcState, 'particles' | 'loglik'>, origins: readonly [number, number][]): string {
  const exact = (x: number) => (Number.isFinite(x) ? String(x) : '');
  const header = ['particle', ...plan.parameters.map((p) => p.path), 'loglik', 'generation', 'candidate'].map(quoteField).join(',');
  const rows = state.particles.map((theta, i) => [String(i), ...theta.map(exact), exact(state.loglik[i]), String(origins[i][0]), String(origins[i][1])].join(','));
  return `${header}\n${rows.map((r) => `${r}\n`).join('')}`;
}

/** The fit as a terminal table: one line per target. */
export function fitText(rows: readonly FitRow[]): string {
  const num = (x: number) => (Number.isFinite(x) ? (Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toFixed(3)) : '–');
  // "±" says what it is on every row: twice the target's standard error, or its tolerance.
  const table = [['target', 'observed', '± (2 sd or tolerance)', 'model median', '90% interval', 'within'], ...rows.map((r) => [r.target, num(r.observed), `${num(r.within)} (${r.withinBasis})`, num(r.median), `${num(r.p05)} – ${num(r.p95)}`, r.inside ? 'yes' : 'NO'])];
  const widths = table[0].map((_, j) => Math.max(...table.map((row) => row[j].length)));
  const lines = table.map((row) => row.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join('  '));
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const inside = rows.filter((r) => r.inside).length;
  return `${lines.join('\n')}\n±: twice the target's standard error (2 sd), or its tolerance where the targets file gives one; within: |model median − observed| ≤ ±\n${inside} of ${rows.length} targets within ± at the posterior median`;
}
