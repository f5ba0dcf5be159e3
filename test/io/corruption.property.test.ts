/**
 * The integrity property (issue 12): truncate any committed file at a random offset, or flip a
 * byte there, and every reader that uses it (resume, merge, compare, report, analyze) either
 * refuses with exit code 2 naming the file (or its folder), or gives exactly what it gives on
 * the undamaged folder. Never a silently different result, never an "internal error".
 */
import { cpSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRunData } from '../../src/charts/run-data.js';
import { readSweepChartData } from '../../src/charts/sweep/sweep-chart-data.js';
import { recordInManifest } from '../../src/io/integrity.js';
import { exitCodeOf } from '../../src/cli/guard.js';
import { runCommand } from '../../src/cli/run.js';
import { compareCommand } from '../../src/report/compare-command.js';
import { mergeShards } from '../../src/sweep/merge.js';
import { readSweepData } from '../../src/sweep/read-sweep-folder.js';
import { commitBatch, openSweepFolder, writeFinalTables } from '../../src/sweep/sweep-folder.js';
import { sweepManifestJson, type SweepManifest } from '../../src/sweep/sweep-manifest.js';
import { pointsCsv, runsTables } from '../../src/sweep/tables.js';
import { shardPoints } from '../../src/sweep/shard.js';
import { tempDir } from '../temp-dir.js';

const root = tempDir('ipasim-corrupt-');

const sweepManifest = (shard: SweepManifest['shard']): SweepManifest => ({
  kind: 'ipasim-sweep', sweep: 'fixture', sweepFile: 'fixture.yaml', hash: 'abcdef12', design: { type: 'grid', seed: 1, factors: [] }, points: 6, replicates: 2, seeds: [1, 2],
  shard, ipasimVersion: '0.1.0', gitCommit: null, node: 'v20', resolvedSweep: { replicates: 2 }, resolvedScenario: { seed: 1 },
});
/** Rows of a point: two replicates, two summary figures, one of them text-quoted never (as runs.csv). */
const linesOf = (p: number) => [0, 1].flatMap((r) => [`${p},${r},${1 + r},,all,K,${(0.1 * p + 0.01 * r).toFixed(3)}`, `${p},${r},${1 + r},2030,all,incomeMean,${5230.82 + p}`]);

beforeAll(async () => {
  // Two paired runs (A with the household panel), as ipasim run writes them.
  const scenario = join(root, 'small.yaml');
  writeFileSync(scenario, `extends: ${join(process.cwd(), 'scenarios/p-village.yaml')}\nname: small\nvillages: [{ name: P, households: 20 }]\ntime: { end: 2024 }\n`);
  for (const [out, panel] of [['run-a', true], ['run-b', false]] as const)
    await runCommand({ scenario, seed: 1, replicates: 2, out: join(root, out), panel, charts: false, lang: 'en' });
  // A sweep interrupted after two batches.
  const progress = join(root, 'progress');
  openSweepFolder(progress, sweepManifest(null), sweepManifestJson(sweepManifest(null)));
  commitBatch(progress, 1, new Map([[0, linesOf(0)], [2, linesOf(2)]]));
  commitBatch(progress, 2, new Map([[1, linesOf(1)]]));
  // Two finished shards of a six-point sweep.
  for (const index of [1, 2]) {
    const dir = join(root, 'sharded/shards', `${index}-of-2`);
    const m = sweepManifest({ index, count: 2 });
    openSweepFolder(dir, m, sweepManifestJson(m));
    const mine = shardPoints(6, m.shard);
    writeFinalTables(dir, m, { 'points.csv': pointsCsv({ columns: ['x'], rows: new Map(mine.map((p) => [p, [p / 10]])) }), ...runsTables(new Map(mine.map((p) => [p, linesOf(p)]))) });
  }
  mergeShards(['1-of-2', '2-of-2'].map((s) => join(root, 'sharded/shards', s)), join(root, 'merged'));
  // As ipasim analyze leaves it: sensitivity.json beside the tables, recorded in the manifest.
  const sensitivity = `${JSON.stringify({ sweep: 'fixture', design: 'morris', outputs: [{ metric: 'K', mode: 'all', year: null, noiseShare: 0.125, morris: [{ factor: 'x', mu: 0.5, muStar: 0.5, muStarLow: 0.25, muStarHigh: 0.75, sigma: 0.0625 }] }] }, null, 2)}\n`;
  writeFileSync(join(root, 'merged/sensitivity.json'), sensitivity);
  recordInManifest(join(root, 'merged'), { 'sensitivity.json': sensitivity }, 'run ipasim analyze again');
});

/** Typed arrays and maps as plain JSON, so readers' results compare as text. */
const plain = (_k: string, v: unknown) => (v instanceof Float64Array ? [...v] : v instanceof Map ? [...v] : v);

/** What each reader gives for a folder (as comparable text), given copies of the fixtures under `at`. */
const readers: Record<string, (at: string) => Promise<string>> = {
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
  analyze: async (at) => JSON.stringify(readSweepData(join(at, 'merged')), plain),
  'report (sweep)': async (at) => JSON.stringify(readSweepChartData(join(at, 'merged')), plain),
};

/** Every committed file, and the readers that use its folder. */
const targets: { file: string; readers: string[] }[] = [
  ...['manifest.json', 'yearly.csv', 'summary.json', 'survey.csv', 'replicates.csv', 'panel.csv'].map((f) => ({ file: `run-a/${f}`, readers: ['report', 'compare'] })),
  ...['manifest.json', 'batches/batch-000001.csv', 'batches/batch-000002.csv'].map((f) => ({ file: `progress/${f}`, readers: ['resume'] })),
  ...['manifest.json', 'points.csv', 'runs.csv', 'runs.arrow'].map((f) => ({ file: `sharded/shards/1-of-2/${f}`, readers: ['merge'] })),
  ...['manifest.json', 'points.csv', 'runs.csv', 'runs.arrow', 'sensitivity.json'].map((f) => ({ file: `merged/${f}`, readers: ['analyze', 'report (sweep)'] })),
];

let copies = 0;
function copyFixtures(): string {
  const at = join(root, `copy-${copies++}`);
  for (const d of ['run-a', 'run-b', 'progress', 'sharded', 'merged']) cpSync(join(root, d), join(at, d), { recursive: true });
  return at;
}

describe('a damaged results file', () => {
  it('is refused with exit code 2 naming it, or changes nothing, for every reader (truncated or one byte flipped at a random offset)', async () => {
    const baseline: Record<string, string> = {};
    const clean = copyFixtures();
    for (const [name, read] of Object.entries(readers)) baseline[name] = (await read(clean)).replaceAll(clean, '<fixtures>');
    rmSync(clean, { recursive: true });
    let refused = 0, unchanged = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.integer({ min: 1, max: 255 }), async (target, truncate, where, mask) => {
        const at = copyFixtures();
        const file = join(at, target.file);
        const size = statSync(file).size;
        const offset = Math.floor(where * size);
        if (truncate) truncateSync(file, offset);
        else {
          const bytes = readFileSync(file);
          bytes[offset] ^= mask;
          writeFileSync(file, bytes);
        }
        for (const name of target.readers) {
          let out: string | undefined, error: unknown;
          try { out = (await readers[name](at)).replaceAll(at, '<fixtures>'); } catch (err) { error = err; }
          if (error === undefined) { expect(out, `${name} after damaging ${target.file}`).toBe(baseline[name]); unchanged++; continue; }
          const { code, text } = exitCodeOf(error);
          expect(code, `${name} after damaging ${target.file}: ${text}`).toBe(2);
          // Named: the file itself, or (for a sweep's manifest) the folder it describes.
          const named = text.includes(basename(file)) || text.includes(dirname(file));
          expect(named, `${name} after damaging ${target.file}: ${text}`).toBe(true);
          refused++;
        }
        rmSync(at, { recursive: true });
      }),
      { numRuns: 150, seed: 12 },
    );
    // Both outcomes occur (a flipped blank in JSON changes nothing; almost everything else is refused).
    expect(refused).toBeGreaterThan(100);
  });
});
