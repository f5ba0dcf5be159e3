/**
 * The summary windows: which years a run's "before withdrawal" and "after withdrawal" figures
 * average, derived from the scenario's own instruments (docs/results.md, "The windows").
 *
 * An instrument is *withdrawn* when it runs at full level in the simulated years and its path
 * lowers its level after its end year, inside the horizon: `abrupt`, `taper`, or `fold` (and
 * `strengthen`) to a level below 1. `keep`, and `fold`/`strengthen` to 1 or more, withdraw
 * nothing. The one-off start-up grant is no withdrawal either: each household receives it once
 * (income.ts), so its end year closes the offer to new households and takes nothing from those
 * already granted.
 *
 * - start: the first year any withdrawn instrument runs below full level (its end + 1);
 * - complete: the first year every withdrawn instrument sits at its final level (a taper's
 *   end + years, any other path's end + 1), at most the last simulated year;
 * - before: the `analysis.window` years before start; after: the `window` years after
 *   complete, moved back to fit the horizon (never before start);
 * - trough: start and the two years after it, where the shock looks for income's lowest year.
 *
 * `analysis.withdrawalStart` (and `analysis.withdrawalComplete`) override the derived years:
 * the rule is then 'analysis'. With nothing withdrawn and no override there are no windows
 * (rule 'none'): the figures that need them are undefined, and the table says why.
 *
 * One set of windows per run, not per mode: a table whose columns averaged different years
 * could not be read across. The withdrawn instruments are listed, so a reader sees the dates.
 */
import type { Instrument, InstrumentName, Scenario } from '../scenario/schema.js';
import { instrumentLevel } from './policy.js';

/** Instruments given once per household: ending them withdraws nothing already given. */
const ONE_OFF: ReadonlySet<string> = new Set<InstrumentName>(['startupGrant']);

/** Years after start in which the shock looks for the lowest income (start included). */
export const TROUGH_YEARS = 3;

export interface WithdrawnInstrument {
  instrument: InstrumentName;
  /** Last year at full level. */
  end: number;
  path: Instrument['path'];
  /** Years of a taper; the level it settles at (0 for abrupt and taper, `to` for fold and strengthen). */
  years: number;
  to: number;
  /** First year at its final level (clipped to the horizon). */
  settled: number;
}

export interface WithdrawalWindows {
  /** How the years were chosen: from the instruments, set in `analysis`, or none (nothing withdrawn). */
  rule: 'instruments' | 'analysis' | 'none';
  /** The instruments whose level falls after their end year, earliest end first. */
  withdrawn: WithdrawnInstrument[];
  start: number | null;
  complete: number | null;
  before: [number, number] | null;
  after: [number, number] | null;
  trough: [number, number] | null;
}

/** The withdrawn instruments of a scenario (see the module comment), earliest end first. */
export function withdrawnInstruments(sc: Scenario): WithdrawnInstrument[] {
  const { start: t0, end: t1 } = sc.time;
  const out: WithdrawnInstrument[] = [];
  for (const [name, ins] of Object.entries(sc.policy.instruments) as [InstrumentName, Instrument][]) {
    if (ONE_OFF.has(name) || ins.start > ins.end || ins.end < t0 || ins.end >= t1) continue;
    if (!(instrumentLevel(ins, ins.end + 1) < 1)) continue;
    const settled = ins.path === 'taper' ? ins.end + ins.years : ins.end + 1;
    out.push({ instrument: name, end: ins.end, path: ins.path, years: ins.years, to: instrumentLevel(ins, settled), settled: Math.min(settled, t1) });
  }
  return out.sort((a, b) => a.end - b.end || a.instrument.localeCompare(b.instrument));
}

export function withdrawalWindows(sc: Scenario): WithdrawalWindows {
  const { start: t0, end: t1 } = sc.time;
  const w = sc.analysis.window;
  const withdrawn = withdrawnInstruments(sc);
  const set = sc.analysis.withdrawalStart;
  if (set === null && withdrawn.length === 0) return { rule: 'none', withdrawn, start: null, complete: null, before: null, after: null, trough: null };
  // Validation keeps a set start inside [t0 + 1, t1] and a set completion inside [start, t1].
  const start = set ?? Math.min(...withdrawn.map((x) => x.end + 1));
  const settling = withdrawn.filter((x) => x.end >= start - 1).map((x) => x.settled);
  const complete = sc.analysis.withdrawalComplete ?? Math.min(t1, Math.max(start, ...settling));
  const afterStart = Math.max(start, Math.min(complete + 1, t1 - w + 1));
  return {
    rule: set === null ? 'instruments' : 'analysis',
    withdrawn,
    start,
    complete,
    before: [Math.max(t0, start - w), start - 1],
    after: [afterStart, Math.min(afterStart + w - 1, t1)],
    trough: [start, Math.min(start + TROUGH_YEARS - 1, t1)],
  };
}
