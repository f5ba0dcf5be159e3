/**
 * `ipasim sweep`, end to end:
 *
 *   sweep file → loadSweep (validated plan) → folder (new, or resumed: committed points kept)
 *     → the remaining points on a worker pool → finished points committed in batches
 *     → final tables (points.csv, runs.csv, runs.arrow) once every point is in.
 *
 * The clock only decides when to commit a batch, never what a table holds.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { assertCanCreate } from '../io/results-dir.js';
import { folderName } from '../io/folder-name.js';
import { runPool } from '../pool/run-pool.js';
import { workerUrl } from '../pool/worker-url.js';
import { checkBudget, householdsOf, sweepEstimate, type Estimate } from '../run/budget.js';
import { loadSweep, sweepContext, type LoadedSweep } from './load-sweep.js';
import { pointValues } from './points.js';
import { needsModeEffects } from './run-rows.js';
import type { PointTask } from './run-point.js';
import { shardDirName, shardPoints } from './shard.js';
import { commitBatch, openSweepFolder, writeFinalTables } from './sweep-folder.js';
import { buildSweepManifest, sweepManifestJson, type Shard } from './sweep-manifest.js';
import { pointsCsv, runsTables } from './tables.js';

export interface SweepRunOptions {
  file: string;
  /** The sweep's folder (default results/<name>/<seed>-<hash>); a shard goes into its shards/ subfolder. */
  out?: string;
  workers: number;
  shard?: Shard;
  /** Commit a batch after this many points, or after `commitEveryMs`, whichever comes first. */
  batchPoints?: number;
  commitEveryMs?: number;
  now?: () => number;
  signal?: AbortSignal;
  /** Start even when the budget (src/run/budget.ts) says the sweep is beyond this machine. */
  force?: boolean;
  /** Whether the charts are drawn when the sweep completes (the budget counts them). */
  charts?: boolean;
  /** Called once the plan is known, before any run. */
  onStart?: (info: { dir: string; sweep: LoadedSweep; points: number; todo: number; runsPerPoint: number; estimate: Estimate }) => void;
  onRun?: () => void;
}

export interface SweepOutcome {
  dir: string;
  /** Points of this sweep (or shard). */
  points: number;
  /** Points run now; points found already committed. */
  ran: number;
  resumed: number;
  status: 'complete' | 'interrupted' | 'already-complete';
}

/** The memory and time of running `points` of the sweep on `workers` threads, and drawing its charts at the end unless `charts` is false. */
export function sweepBudget(sweep: LoadedSweep, points: number, workers: number, charts = true): Estimate {
  const { base, sweep: s } = sweep;
  const years = base.time.end - base.time.start + 1;
  const linesPerRun = s.outputs.modes.length * s.outputs.metrics.length + years * s.outputs.modes.length * s.outputs.yearly.length;
  return sweepEstimate({ households: householdsOf(base), years, replicates: sweep.seeds.length, points, workers, linesPerRun, modeEffects: needsModeEffects(s.outputs), charts });
}

export async function runSweep(o: SweepRunOptions): Promise<SweepOutcome> {
  const sweep = await loadSweep(o.file, o.signal);
  const shard = o.shard ?? null;
  const top = o.out ?? join('results', folderName(sweep.name, 'sweep'), `${sweep.sweep.seed}-${sweep.hash}`);
  const dir = shard ? join(top, 'shards', shardDirName(shard)) : top;
  const mine = shardPoints(sweep.table.rows.length, shard);
  const budget = sweepBudget(sweep, mine.length, o.workers, o.charts);
  if (!o.force) checkBudget(budget, 'Use fewer points, replicates, households or --workers, or split the sweep with --shard i/n over several machines');

  const manifest = buildSweepManifest({
    sweep: sweep.name, sweepFile: o.file, hash: sweep.hash, design: sweep.table.info, points: sweep.table.rows.length,
    replicates: sweep.seeds.length, seeds: sweep.seeds, shard, resolvedSweep: sweep.sweep, resolvedScenario: sweep.base,
  });
  if (!existsSync(dir)) assertCanCreate(dir); // --out afile/sub, a read-only place: say so now
  const state = openSweepFolder(dir, manifest, sweepManifestJson(manifest));
  if (state.complete) return { dir, points: mine.length, ran: 0, resumed: mine.length, status: 'already-complete' };

  const todo: PointTask[] = mine.filter((p) => !state.committed.has(p)).map((point) => ({ point, values: pointValues(sweep.table, point) }));
  o.onStart?.({ dir, sweep, points: mine.length, todo: todo.length, runsPerPoint: sweep.seeds.length, estimate: sweepBudget(sweep, todo.length, o.workers, o.charts) });

  const now = o.now ?? Date.now;
  const batchPoints = o.batchPoints ?? 32, commitEveryMs = o.commitEveryMs ?? 2000;
  let batch = state.batches;
  let pending = new Map<number, string[]>();
  let lastCommit = now();
  const commit = () => {
    if (pending.size === 0) return;
    commitBatch(dir, ++batch, pending, state.owner);
    for (const [p, lines] of pending) state.committed.set(p, lines);
    pending = new Map();
    lastCommit = now();
  };

  const ctx = sweepContext(sweep);
  let status: 'done' | 'interrupted';
  try {
    status = await runPool(todo, ctx, o.workers, {
      onProgress: () => o.onRun?.(),
      onResult: (i, lines: string[]) => {
        pending.set(todo[i].point, lines);
        if (pending.size >= batchPoints || now() - lastCommit >= commitEveryMs) commit();
      },
    }, { script: workerUrl('sweep/worker.js'), label: (t) => `point ${t.point}`, signal: o.signal });
  } finally {
    // Whatever happened, points that finished are kept: a rerun resumes after them.
    commit();
  }
  const resumed = mine.length - todo.length;
  if (status === 'interrupted') return { dir, points: mine.length, ran: state.committed.size - resumed, resumed, status };

  const rows = new Map(mine.map((p) => [p, sweep.table.rows[p]]));
  writeFinalTables(dir, manifest, {
    'points.csv': pointsCsv({ columns: sweep.table.columns, variantNames: sweep.table.variantNames, rows }),
    ...runsTables(state.committed),
  });
  return { dir, points: mine.length, ran: todo.length, resumed, status: 'complete' };
}
