/**
 * The order of the modes on one criterion, told only as far as the replicates support it.
 * Modes sorted best first are cut into tiers: a new tier starts where a mode's 95% interval no
 * longer overlaps the previous mode's. "a > b ≈ c" then reads: a clearly first, b and c not
 * told apart. One tier means no clear order. With one replicate there are no intervals, so
 * there is no order to print.
 */
import { RANKING_CRITERIA } from '../engine/ranking.js';
import type { RunSummary } from '../engine/output.js';
import { modeInterval, overlaps, type Interval } from './mode-intervals.js';

export interface ModeOrder {
  criterion: string;
  /** Best first; each inner list is a tier of modes whose intervals overlap their neighbour's. */
  tiers: string[][];
  /** False when the intervals do not separate any two modes (or there is one replicate). */
  clear: boolean;
}

export function modeOrder(summary: RunSummary & { replicates?: RunSummary[] }, criterion: string, modes: readonly string[]): ModeOrder {
  const c = RANKING_CRITERIA.find((x) => x.criterion === criterion);
  if (!c) throw new Error(`unknown ranking criterion ${criterion}`);
  const value = (m: Record<string, unknown>) => c.value(m as never);
  const items = modes
    .map((mode) => ({ mode, iv: modeInterval(summary, mode, value) }))
    .filter((x) => Number.isFinite(x.iv.mean))
    .sort((a, b) => (c.higherIsBetter ? b.iv.mean - a.iv.mean : a.iv.mean - b.iv.mean));
  const tiers: string[][] = [];
  let previous: Interval | undefined;
  for (const { mode, iv } of items) {
    if (previous && overlaps(previous, iv)) tiers[tiers.length - 1].push(mode);
    else tiers.push([mode]);
    previous = iv;
  }
  return { criterion, tiers, clear: tiers.length > 1 };
}

/** "a > b ≈ c", with the caller's mode names. */
export function orderText(o: ModeOrder, name: (mode: string) => string): string {
  return o.tiers.map((t) => t.map(name).join(' ≈ ')).join(' > ');
}
