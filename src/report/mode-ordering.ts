/**
 * The modes of a run ordered on one ranking criterion (src/engine/ranking.ts) by ordering.ts:
 * replicate r of every mode comes from the same seed, so each pair of modes is compared by its
 * paired differences over the replicates. What the terminal table, the report's finding and
 * the chart readings say about which mode does better comes from here.
 */
import type { RunSummary } from '../engine/output.js';
import { RANKING_CRITERIA } from '../engine/ranking.js';
import { modeFigure } from './mode-intervals.js';
import { orderItems, type Ordering, type Sample } from './ordering.js';
import { replicateSummaries } from './paired-differences.js';

/** Each mode's figure by replicate, keyed by the replicate's seed. */
export function modeSamples(summary: RunSummary & { replicates?: RunSummary[] }, modes: readonly string[], value: (m: Record<string, unknown>) => unknown): Sample[] {
  const reps = replicateSummaries(summary);
  const seeds = reps.map((s) => s.seed);
  return modes.map((mode) => ({ key: mode, seeds, values: reps.map((s) => modeFigure(s, mode, value)) }));
}

/** The ordering of `modes` on a figure of summary.json, `higherIsBetter` saying which end is best. */
export function figureOrdering(summary: RunSummary & { replicates?: RunSummary[] }, modes: readonly string[], key: string, higherIsBetter: boolean): Ordering {
  return orderItems(modeSamples(summary, modes, (m) => m[key]), { higherIsBetter });
}

/** The ordering of `modes` on a ranking criterion (incomeShockPct, incomeDropPct, incomeEffectAfter, empowerment, ...). */
export function modeOrdering(summary: RunSummary & { replicates?: RunSummary[] }, criterion: string, modes: readonly string[]): Ordering {
  const c = RANKING_CRITERIA.find((x) => x.criterion === criterion);
  if (!c) throw new Error(`unknown ranking criterion ${criterion}`);
  // A figure read back from summary.json may be null (undefined): NaN, so a sum of them stays undefined.
  const asNumbers = (m: Record<string, unknown>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v === null ? NaN : v]));
  return orderItems(modeSamples(summary, modes, (m) => c.value(asNumbers(m) as never)), { higherIsBetter: c.higherIsBetter });
}
