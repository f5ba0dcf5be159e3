/**
 * The Arrow IPC copy of runs.csv (docs/sweeps.md): the same rows with real column types, for
 * pandas (read_feather), R (arrow::read_ipc_file) and polars (read_ipc). Built from the CSV
 * lines themselves, so the two files cannot disagree.
 */
import { Dictionary, Float64, Int32, Table, Utf8, tableToIPC, vectorFromArray } from 'apache-arrow';

/** runs.csv data lines (no header) → Arrow IPC file bytes. */
export function runsArrow(lines: readonly string[]): Uint8Array {
  const n = lines.length;
  const point = new Array<number>(n), replicate = new Array<number>(n), seed = new Array<number>(n);
  const year = new Array<number | null>(n), mode = new Array<string>(n), metric = new Array<string>(n), value = new Array<number | null>(n);
  for (let i = 0; i < n; i++) {
    const f = lines[i].split(',');
    if (f.length !== 7) throw new Error(`runs line ${i + 1} has ${f.length} fields, expected 7: ${lines[i]}`);
    point[i] = Number(f[0]); replicate[i] = Number(f[1]); seed[i] = Number(f[2]);
    year[i] = f[3] === '' ? null : Number(f[3]);
    mode[i] = f[4]; metric[i] = f[5];
    value[i] = f[6] === '' ? null : Number(f[6]);
  }
  const table = new Table({
    point: vectorFromArray(point, new Int32()),
    replicate: vectorFromArray(replicate, new Int32()),
    seed: vectorFromArray(seed, new Int32()),
    year: vectorFromArray(year, new Int32()),
    // Explicit dictionary ids: arrow otherwise numbers them from a process-wide counter, and the
    // bytes would depend on how many tables were built before.
    mode: vectorFromArray(mode, new Dictionary(new Utf8(), new Int32(), 0)),
    metric: vectorFromArray(metric, new Dictionary(new Utf8(), new Int32(), 1)),
    value: vectorFromArray(value, new Float64()),
  });
  return tableToIPC(table, 'file');
}
