/**
 * One run for the page: the engine's `simulate` (the same code the CLI runs), reduced to the
 * series and household snapshots the page draws. Pure; runs in the worker (worker.ts) and in
 * tests under Node.
 */
import { simulate } from '../../../src/engine/simulate.js';
import { povertyLine } from '../../../src/engine/policy.js';
import { withdrawalWindows } from '../../../src/engine/windows.js';
import { SLOTS, type State } from '../../../src/engine/state.js';
import type { Scenario } from '../../../src/scenario/schema.js';
import type { YearlyRow } from '../../../src/engine/output.js';
import { SERIES_METRICS, type HouseholdYear, type ReplicateSeries, type RunResultMessage, type SeriesMetric, type Status } from './protocol.js';
import type { VillageKey } from './villages.js';

/** The most households drawn as marks per village; the series always cover every household. */
export const MAX_DRAWN = 600;

export function runVillage(village: VillageKey, scenario: Scenario, seed: number, clock: () => number = () => 0): RunResultMessage {
  const years: number[] = [];
  for (let y = scenario.time.start; y <= scenario.time.end; y++) years.push(y);
  const households: HouseholdYear[][] = [];
  const known = new Map<number, HouseholdYear>(); // the last snapshot of every household seen so far
  const started = clock();
  const result = simulate(scenario, {
    seed,
    // Read-only look at the live state after each year (see SimulateOptions.inspect).
    inspect: (s, _world, year) => {
      const seen = new Set<number>();
      for (let h = 0; h < s.count; h++) {
        // The first MAX_DRAWN households to appear are drawn (all of them in a village).
        if (!s.hActive[h] || (known.size >= MAX_DRAWN && !known.has(s.hId[h]))) continue;
        const snap = snapshot(s, h);
        known.set(snap.id, snap);
        seen.add(snap.id);
      }
      const row: HouseholdYear[] = [];
      for (const [id, snap] of [...known].sort((a, b) => a[0] - b[0])) row.push(seen.has(id) ? snap : { ...snap, status: 'gone' });
      households.push(row);
    },
  });
  const ms = clock() - started;
  const w = withdrawalWindows(scenario);
  return {
    village, scenarioName: scenario.name, seed, years, series: seriesOf(result.yearly, scenario, SERIES_METRICS) as Record<SeriesMetric, number[]>, households, ms,
    line: years.map((y) => povertyLine(scenario, y)),
    withdrawal: { rule: w.rule, start: w.start, before: w.before, after: w.after },
  };
}

/** The series of `metrics` (mode all, group all), one value per simulated year, NaN where undefined. */
function seriesOf(rows: readonly YearlyRow[], scenario: Scenario, metrics: readonly SeriesMetric[]): Partial<Record<SeriesMetric, number[]>> {
  const n = scenario.time.end - scenario.time.start + 1;
  const series = Object.fromEntries(metrics.map((m) => [m, Array.from({ length: n }, () => NaN)])) as Partial<Record<SeriesMetric, number[]>>;
  for (const r of rows) {
    const values = series[r.metric as SeriesMetric];
    if (r.mode === 'all' && r.group === 'all' && values) values[r.year - scenario.time.start] = r.value;
  }
  return series;
}

/** Another seed of a village for the findings: the series they read, no household snapshots. */
export function replicateSeries(village: VillageKey, scenario: Scenario, seed: number, metrics: readonly SeriesMetric[]): ReplicateSeries {
  return { village, seed, series: seriesOf(simulate(scenario, { seed }).yearly, scenario, metrics) };
}

function snapshot(s: State, h: number): HouseholdYear {
  const pc = s.hPerCapita[h];
  // The engine's own flags: hPoor (below the line, one-fen resolution) and hAtRisk (below line x (1 + band)).
  const status: Status = s.hPoor[h] ? 'poor' : s.hAtRisk[h] ? 'atRisk' : 'above';
  return {
    id: s.hId[h], status, perCapita: pc, size: s.hSize[h], registered: s.hRegistered[h] === 1,
    dibao: s.hDibao[h] === 1, supported: s.hSupported[h] === 1,
    headAge: s.pAge[h * SLOTS + s.hHead[h]], R: s.hR[h], K: s.hK[h], V: s.hV[h],
  };
}
