/**
 * A run's yearly rows as columns, for the trip from a worker thread to the main one: typed
 * arrays and a table of the distinct (mode, group, metric) keys. Posting the 38,500 row
 * objects of a P-village replicate cost 11-20 ms to serialise in the worker and 18-49 ms to
 * read back in the main thread (min and median of 30), a third to a half of what a warm
 * replicate itself takes (70-150 ms); packed, 1-7 ms to pack, about 1 ms to copy and 2-4 ms
 * to unpack (docs/performance.md). Float64Array keeps every value's bits, -0 and NaN included.
 */
import { GROUPS, MODE_KEYS, type YearlyRow } from '../engine/output.js';

export interface PackedYearly {
  /** The distinct (mode, group, metric) of the rows, in order of first appearance. */
  keys: Pick<YearlyRow, 'mode' | 'group' | 'metric'>[];
  year: Int32Array;
  /** Row r's index in `keys`. */
  key: Uint32Array;
  value: Float64Array;
}

const MODE_INDEX = new Map<string, number>(MODE_KEYS.map((m, i) => [m, i]));
const GROUP_INDEX = new Map<string, number>(GROUPS.map((g, i) => [g, i]));

/** Packs a run's rows; they must be plain engine rows (no bands: bands come only with aggregation). */
export function packYearly(rows: readonly YearlyRow[]): PackedYearly {
  const n = rows.length;
  const packed: PackedYearly = { keys: [], year: new Int32Array(n), key: new Uint32Array(n), value: new Float64Array(n) };
  // metric -> the key index of each (mode, group) cell, -1 until seen
  const byMetric = new Map<string, Int32Array>();
  for (let r = 0; r < n; r++) {
    const row = rows[r];
    if (row.p05 !== undefined || row.p95 !== undefined) throw new Error(`packYearly: row ${r} has bands; only a single run's rows are packed`);
    const mode = MODE_INDEX.get(row.mode), group = GROUP_INDEX.get(row.group);
    if (mode === undefined || group === undefined) throw new Error(`packYearly: row ${r} has an unknown mode or group (${row.mode}, ${row.group})`);
    const cell = mode * GROUPS.length + group;
    let slots = byMetric.get(row.metric);
    if (!slots) byMetric.set(row.metric, (slots = new Int32Array(MODE_KEYS.length * GROUPS.length).fill(-1)));
    if (slots[cell] < 0) slots[cell] = packed.keys.push({ mode: row.mode, group: row.group, metric: row.metric }) - 1;
    packed.year[r] = row.year;
    packed.key[r] = slots[cell];
    packed.value[r] = row.value;
  }
  return packed;
}

/** The rows again, field for field as the engine made them. */
export function unpackYearly(p: PackedYearly): YearlyRow[] {
  const rows = new Array<YearlyRow>(p.year.length);
  for (let r = 0; r < rows.length; r++) {
    const k = p.keys[p.key[r]];
    rows[r] = { year: p.year[r], mode: k.mode, group: k.group, metric: k.metric, value: p.value[r] };
  }
  return rows;
}
