import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exitCodeOf } from '../../src/cli/guard.js';
import { mergeShards } from '../../src/sweep/merge.js';
import { shardPoints } from '../../src/sweep/shard.js';
import { openSweepFolder, writeFinalTables } from '../../src/sweep/sweep-folder.js';
import { sweepManifestJson, type SweepManifest } from '../../src/sweep/sweep-manifest.js';
import { pointsCsv, runsTables } from '../../src/sweep/tables.js';
import { tempDir } from '../temp-dir.js';

const manifest = (shard: SweepManifest['shard']): SweepManifest => ({
  kind: 'ipasim-sweep', sweep: 's', sweepFile: 's.yaml', hash: 'abc', design: { type: 'grid', seed: 1, factors: [] }, points: 4, replicates: 1, seeds: [1],
  shard, ipasimVersion: '0.1.0', gitCommit: null, node: 'v20', resolvedSweep: {}, resolvedScenario: {},
});

function shards(): string[] {
  const root = tempDir('ipasim-merge-');
  return [1, 2].map((index) => {
    const dir = join(root, 'shards', `${index}-of-2`), m = manifest({ index, count: 2 });
    openSweepFolder(dir, m, sweepManifestJson(m));
    const mine = shardPoints(4, m.shard);
    writeFinalTables(dir, m, { 'points.csv': pointsCsv({ columns: ['x'], rows: new Map(mine.map((p) => [p, [p]])) }), ...runsTables(new Map(mine.map((p) => [p, [`${p},0,1,,all,K,0.${p}`, `${p},0,1,,all,R,0.${p}`]]))) });
    return dir;
  });
}

describe('ipasim merge', () => {
  it('refuses a shard whose runs.csv lost its last line, naming the file and the remedy, and writes nothing', () => {
    const dirs = shards();
    const runs = join(dirs[1], 'runs.csv');
    writeFileSync(runs, readFileSync(runs, 'utf8').split('\n').slice(0, -2).join('\n') + '\n');
    const out = join(dirs[0], '../../merged');
    let error: unknown;
    try { mergeShards(dirs, out); } catch (err) { error = err; }
    const { code, text } = exitCodeOf(error);
    expect(code).toBe(2);
    expect(text).toContain(`${runs} is damaged (`);
    expect(text).toMatch(/rerun shard 2\/2 into a new folder/);
    expect(existsSync(out)).toBe(false);
  });

  it('merges whole shards into a sealed folder, and refuses to merge over it', () => {
    const dirs = shards();
    const out = join(dirs[0], '../../merged');
    expect(mergeShards(dirs, out)).toEqual({ points: 4, shards: 2 });
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).integrity.files['runs.csv'].rows).toBe(8);
    expect(() => mergeShards(dirs, out)).toThrow(/already holds merged results/);
  });
});
