/**
 * The integrity property (issues 12 and 25): take any file ipasim reads back from a real run,
 * sweep or calibration folder, or a posterior sample, and damage it at random: cut it short,
 * flip a byte, drop a line, or swap in the same file from another folder of the same kind.
 * Every reader that uses it (rerun, report, compare, resume, merge, analyze, a calibration's
 * resume, run --posterior) either refuses with exit code 2 naming the file (or its folder), or
 * gives exactly what it gives on the undamaged folder. Never a silently different result, never
 * an "internal error".
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';
import { completedRecords, readCommitted } from '../../src/calibrate/calibration-folder.js';
import { readPosterior } from '../../src/calibrate/posterior-draws.js';
import { readRunData } from '../../src/charts/run-data.js';
import { readSweepChartData } from '../../src/charts/sweep/sweep-chart-data.js';
import { recordInManifest } from '../../src/io/integrity.js';
import { exitCodeOf } from '../../src/cli/guard.js';
import { runCommand, type RunArgs } from '../../src/cli/run.js';
import { compareCommand } from '../../src/report/compare-command.js';
import { mergeShards } from '../../src/sweep/merge.js';
import { readSweepData } from '../../src/sweep/read-sweep-folder.js';
import { commitBatch, openSweepFolder, writeFinalTables } from '../../src/sweep/sweep-folder.js';
import { sweepManifestJson, type SweepManifest } from '../../src/sweep/sweep-manifest.js';
import { pointsCsv, runsTables } from '../../src/sweep/tables.js';
import { shardPoints } from '../../src/sweep/shard.js';

const root = tempDir('ipasim-corrupt-');
const CLI = join(process.cwd(), 'dist/src/cli/main.js');

/** A sweep's manifest; `other` makes it another sweep (another base scenario). */
const sweepManifest = (shard: SweepManifest['shard'], other = false): SweepManifest => ({
  kind: 'ipasim-sweep', sweep: 'fixture', sweepFile: 'fixture.yaml', hash: 'abcdef12', design: { type: 'grid', seed: 1, factors: [] }, points: 6, replicates: 2, seeds: [1, 2],
  shard, ipasimVersion: '0.1.0', gitCommit: null, node: 'v20', resolvedSweep: { replicates: 2 }, resolvedScenario: { seed: other ? 2 : 1 },
});
/** Rows of a point: two replicates, two summary figures; another sweep's values differ. */
const linesOf = (p: number, other = false) => [0, 1].flatMap((r) => [`${p},${r},${1 + r},,all,K,${(0.1 * p + 0.01 * r + (other ? 0.5 : 0)).toFixed(3)}`, `${p},${r},${1 + r},2030,all,incomeMean,${5230.82 + p}`]);

/** A sweep interrupted after two batches, as `progress` (or another sweep's, as `progress2`). */
function interruptedSweep(dir: string, other: boolean): void {
  const m = sweepManifest(null, other);
  const { owner } = openSweepFolder(dir, m, sweepManifestJson(m));
  commitBatch(dir, 1, new Map([[0, linesOf(0, other)], [2, linesOf(2, other)]]), owner);
  commitBatch(dir, 2, new Map([[1, linesOf(1, other)]]), owner);
}

/** Two finished shards of a six-point sweep, merged, with the sensitivity.json analyze would add. */
function shardedSweep(dir: string, other: boolean): void {
  for (const index of [1, 2]) {
    const shardDir = join(dir, 'sharded/shards', `${index}-of-2`);
    const m = sweepManifest({ index, count: 2 }, other);
    openSweepFolder(shardDir, m, sweepManifestJson(m));
    const mine = shardPoints(6, m.shard);
    writeFinalTables(shardDir, m, { 'points.csv': pointsCsv({ columns: ['x'], rows: new Map(mine.map((p) => [p, [p / 10]])) }), ...runsTables(new Map(mine.map((p) => [p, linesOf(p, other)]))) });
  }
  mergeShards(['1-of-2', '2-of-2'].map((s) => join(dir, 'sharded/shards', s)), join(dir, 'merged'));
  const sensitivity = `${JSON.stringify({ sweep: 'fixture', design: 'morris', outputs: [{ metric: 'K', mode: 'all', year: null, noiseShare: other ? 0.25 : 0.125, morris: [{ factor: 'x', mu: 0.5, muStar: 0.5, muStarLow: 0.25, muStarHigh: 0.75, sigma: 0.0625 }] }] }, null, 2)}\n`;
  writeFileSync(join(dir, 'merged/sensitivity.json'), sensitivity);
  recordInManifest(join(dir, 'merged'), { 'sensitivity.json': sensitivity }, 'run ipasim analyze again');
}

const TARGETS = (seed: number) => `scenario: scen.yaml\nset: { villages.0.households: 20, time.end: 2026 }\nseed: ${seed}\nreplicates: 2\nparameters:\n  demography.return: {}\n  awareness.noise: { min: 0.12, max: 0.28 }\nmethod: { particles: 6, finalMoves: 1, maxGenerations: 2 }\ntargets:\n  - { name: registered, value: "survey('T2', 'registered', 'yes')", observed: 80.8, sd: 4.6, source: "001 T2" }\n  - { name: migrant-share, value: "survey('S4.1', 'people-away-as-migrants', 'share')", observed: 33.3, tolerance: 8, source: "001" }\n`;

/** The run arguments of a fixture run folder. */
const runArgs = (scenario: string, out: string, seed: number, panel: boolean): RunArgs => ({ scenario, seed, replicates: 2, out, panel, charts: false, lang: 'en' });

beforeAll(async () => {
  // Two paired runs (A with the household panel), as ipasim run writes them, and A again with another seed (for swaps).
  const scenario = join(root, 'small.yaml');
  writeFileSync(scenario, `extends: ${join(process.cwd(), 'scenarios/p-village.yaml')}\nname: small\nvillages: [{ name: P, households: 20 }]\ntime: { end: 2024 }\n`);
  await runCommand(runArgs(scenario, join(root, 'fixtures/run-a'), 1, true));
  await runCommand(runArgs(scenario, join(root, 'fixtures/run-b'), 1, false));
  await runCommand(runArgs(scenario, join(root, 'others/run-a'), 7, true));
  // Sweeps: this one and another, interrupted and sharded.
  interruptedSweep(join(root, 'fixtures/progress'), false);
  interruptedSweep(join(root, 'others/progress'), true);
  shardedSweep(join(root, 'fixtures'), false);
  shardedSweep(join(root, 'others'), true);
  // Two calibrations (ipasim calibrate itself) of two targets files, each with its posterior
  // shipped beside its targets file; the other one's is what a user might copy into place.
  for (const [where, targets, seed] of [['fixtures', 'tiny', 3], ['others', 'other', 4]] as const) {
    writeFileSync(join(root, where, 'scen.yaml'), 'name: p-village\nseed: 1\n');
    writeFileSync(join(root, where, `${targets}.yaml`), TARGETS(seed));
    const r = spawnSync(process.execPath, [CLI, 'calibrate', `${targets}.yaml`, '--workers', '1', '--commit-every', '2', '--no-write-scenario', '--out', 'cal'], { cwd: join(root, where), encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    cpSync(join(root, where, 'cal/posterior.csv'), join(root, where, 'tiny.posterior.csv'));
  }
});

/** Typed arrays and maps as plain JSON, so readers' results compare as text. */
const plain = (_k: string, v: unknown) => (v instanceof Float64Array ? [...v] : v instanceof Map ? [...v] : v);

/** What each reader gives for the fixtures copied under `at` (as comparable text). */
const readers: Record<string, (at: string) => Promise<string>> = {
  rerun: async (at) => runCommand(runArgs(join(root, 'small.yaml'), join(at, 'run-a'), 1, true)),
  report: async (at) => JSON.stringify(readRunData(join(at, 'run-a'))),
  compare: async (at) => compareCommand({ a: join(at, 'run-a'), b: join(at, 'run-b'), lang: 'en' }),
  resume: async (at) => {
    const m = sweepManifest(null);
    return JSON.stringify([...openSweepFolder(join(at, 'progress'), m, sweepManifestJson(m)).committed]);
  },
  merge: async (at) => {
    const out = join(at, 'merge-out');
    mergeShards(['1-of-2', '2-of-2'].map((s) => join(at, 'sharded/shards', s)), out);
    return readdirSync(out).sort().map((f) => `${f}:${readFileSync(join(out, f)).toString('base64')}`).join('\n');
  },
  'sweep (finished)': async (at) => JSON.stringify(openSweepFolder(join(at, 'merged'), sweepManifest(null), sweepManifestJson(sweepManifest(null))).complete),
  analyze: async (at) => JSON.stringify(readSweepData(join(at, 'merged')), plain),
  'report (sweep)': async (at) => JSON.stringify(readSweepChartData(join(at, 'merged')), plain),
  'calibrate (resume)': async (at) => {
    const dir = join(at, 'cal');
    const records = completedRecords(dir);
    return JSON.stringify({ records, committed: records.map((_r, g) => [...readCommitted(dir, g)]) });
  },
  'run --posterior-file (calibration folder)': async (at) => JSON.stringify(readPosterior(join(at, 'cal/posterior.csv'))),
  'run --posterior (shipped)': async (at) => JSON.stringify(readPosterior(join(at, 'tiny.posterior.csv'))),
};

/** Every file those readers read back, and the readers that use it. */
function targetsOf(dir: string): { file: string; readers: string[] }[] {
  const files = (sub: string) => readdirSync(join(dir, sub), { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, sub, f)).isFile()).map((f) => `${sub}/${f}`);
  return [
    ...['manifest.json', 'yearly.csv', 'summary.json', 'survey.csv', 'replicates.csv', 'panel.csv'].map((f) => ({ file: `run-a/${f}`, readers: ['rerun', 'report', 'compare'] })),
    ...['manifest.json', 'batches/batch-000001.csv', 'batches/batch-000002.csv'].map((f) => ({ file: `progress/${f}`, readers: ['resume'] })),
    ...['manifest.json', 'points.csv', 'runs.csv', 'runs.arrow'].map((f) => ({ file: `sharded/shards/1-of-2/${f}`, readers: ['merge'] })),
    ...['manifest.json', 'points.csv', 'runs.csv', 'runs.arrow', 'sensitivity.json'].map((f) => ({ file: `merged/${f}`, readers: ['sweep (finished)', 'analyze', 'report (sweep)'] })),
    ...files('cal').filter((f) => /manifest\.json$|state\.json$|batch-[^/]+\.csv$/.test(f)).map((file) => ({ file, readers: ['calibrate (resume)', 'run --posterior-file (calibration folder)'] })),
    { file: 'cal/posterior.csv', readers: ['run --posterior-file (calibration folder)'] },
    { file: 'tiny.posterior.csv', readers: ['run --posterior (shipped)'] },
  ];
}

let copies = 0;
function copyFixtures(): string {
  const at = join(root, `copy-${copies++}`);
  cpSync(join(root, 'fixtures'), at, { recursive: true });
  return at;
}

type Damage = { kind: 'truncate' | 'flip' | 'drop-line' | 'swap'; where: number; mask: number };

/** Damages `file` (its twin in the other folders is `other`); false when this damage cannot apply (no twin to swap in). */
function damage(file: string, other: string, d: Damage): boolean {
  const bytes = readFileSync(file);
  const offset = Math.floor(d.where * bytes.length);
  if (d.kind === 'truncate') writeFileSync(file, bytes.subarray(0, offset));
  else if (d.kind === 'flip') { bytes[offset] ^= d.mask; writeFileSync(file, bytes); }
  else if (d.kind === 'drop-line') {
    const lines = bytes.toString('latin1').split(/(?<=\n)/);
    lines.splice(Math.floor(d.where * lines.length), 1);
    writeFileSync(file, Buffer.from(lines.join(''), 'latin1'));
  } else {
    if (!existsSync(other)) return false;
    cpSync(other, file);
  }
  return true;
}

describe('a damaged or foreign file', () => {
  it('is refused with exit code 2 naming it, or changes nothing, for every reader (cut short, a byte flipped, a line dropped, or swapped in from another folder)', async () => {
    const baseline: Record<string, string> = {};
    const clean = copyFixtures();
    for (const [name, read] of Object.entries(readers)) baseline[name] = (await read(clean)).replaceAll(clean, '<fixtures>');
    const targets = targetsOf(clean);
    rmSync(clean, { recursive: true });
    const outcomes = { refused: 0, unchanged: 0, kinds: new Set<string>(), folders: new Set<string>() };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), fc.constantFrom('truncate', 'flip', 'drop-line', 'swap'), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.integer({ min: 1, max: 255 }), async (target, kind, where, mask) => {
        const at = copyFixtures();
        const file = join(at, target.file);
        if (!damage(file, join(root, 'others', target.file), { kind, where, mask })) return rmSync(at, { recursive: true });
        for (const name of target.readers) {
          let out: string | undefined, error: unknown;
          try { out = (await readers[name](at)).replaceAll(at, '<fixtures>'); } catch (err) { error = err; }
          if (error === undefined) { expect(out, `${name} after ${kind} of ${target.file}`).toBe(baseline[name]); outcomes.unchanged++; continue; }
          const { code, text } = exitCodeOf(error);
          expect(code, `${name} after ${kind} of ${target.file}: ${text}`).toBe(2);
          // Named: the file itself, or (for a manifest) the folder it describes.
          expect(text.includes(basename(file)) || text.includes(dirname(file)), `${name} after ${kind} of ${target.file}: ${text}`).toBe(true);
          outcomes.refused++;
          outcomes.kinds.add(kind);
          outcomes.folders.add(target.file.split('/')[0]);
        }
        rmSync(at, { recursive: true });
      }),
      { numRuns: 300, seed: 25 },
    );
    // Both outcomes occur (a flipped blank in JSON changes nothing; almost everything else is refused), every damage and every kind of folder.
    expect(outcomes.refused).toBeGreaterThan(200);
    expect([...outcomes.kinds].sort()).toEqual(['drop-line', 'flip', 'swap', 'truncate']);
    expect([...outcomes.folders].sort()).toEqual(expect.arrayContaining(['cal', 'merged', 'progress', 'run-a', 'sharded', 'tiny.posterior.csv']));
  });
});
