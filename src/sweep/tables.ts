/**
 * The final tables of a sweep from its committed points: points.csv, runs.csv and runs.arrow,
 * points in design order whatever order they finished in, so any number of workers, shards or
 * resumptions gives the same bytes. Pure.
 */
import { quoteField } from '../io/csv.js';
import { RUNS_HEADER } from './run-rows.js';
import { runsArrow } from './runs-arrow.js';

/** points.csv rows: `point`, then `variant` for a variants design, then one column per parameter path. */
export interface PointsTable {
  columns: readonly string[];
  variantNames?: readonly string[];
  /** Point number → its values, for the points this table covers. */
  rows: ReadonlyMap<number, readonly (number | string | boolean)[]>;
}

/** Values print exactly (shortest round-trip form), not to 6 digits: a point must be reproducible from its row. */
export function pointsCsv(t: PointsTable): string {
  const header = ['point', ...(t.variantNames ? ['variant'] : []), ...t.columns];
  const order = [...t.rows.keys()].sort((a, b) => a - b);
  const lines = order.map((p) => [String(p), ...(t.variantNames ? [t.variantNames[p]] : []), ...t.rows.get(p)!.map(String)].map(quoteField).join(','));
  return [header.map(quoteField).join(','), ...lines].join('\n') + '\n';
}

/** runs.csv and its Arrow copy from each point's lines. */
export function runsTables(committed: ReadonlyMap<number, readonly string[]>): { 'runs.csv': string; 'runs.arrow': Uint8Array } {
  const lines = [...committed.keys()].sort((a, b) => a - b).flatMap((p) => committed.get(p)!);
  return { 'runs.csv': `${RUNS_HEADER.join(',')}\n${lines.map((l) => `${l}\n`).join('')}`, 'runs.arrow': runsArrow(lines) };
}
