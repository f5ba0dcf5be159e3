import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitBatch, openSweepFolder } from '../../src/sweep/sweep-folder.js';
import type { SweepManifest } from '../../src/sweep/sweep-manifest.js';
import { UserError } from '../../src/user-error.js';

const manifest = (over: Partial<SweepManifest> = {}): SweepManifest => ({
  kind: 'ipasim-sweep', sweep: 's', sweepFile: 's.yaml', hash: 'abc', design: { type: 'grid', seed: 1, factors: [] }, points: 4, replicates: 1, seeds: [1],
  shard: null, ipasimVersion: '0.1.0', gitCommit: null, node: 'v20', resolvedSweep: { replicates: 1 }, resolvedScenario: { seed: 1 }, ...over,
});
const open = (dir: string, m = manifest()) => openSweepFolder(dir, m, JSON.stringify(m));

describe('sweep folders', () => {
  it('keep committed batches across reopening, points with no rows included', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'ipasim-sf-')), 'sweep');
    expect(open(dir).committed.size).toBe(0);
    commitBatch(dir, 1, new Map([[2, ['2,0,1,,all,K,0.5']], [0, []]]));
    commitBatch(dir, 2, new Map([[1, ['1,0,1,,all,K,0.25']]]));
    const state = open(dir);
    expect([...state.committed.keys()].sort()).toEqual([0, 1, 2]);
    expect(state.committed.get(2)).toEqual(['2,0,1,,all,K,0.5']);
    expect(state.batches).toBe(2);
    expect(state.complete).toBe(false);
  });

  it('ignore temporary files a kill left behind', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'ipasim-sf-')), 'sweep');
    open(dir);
    writeFileSync(join(dir, 'batches', '.batch-000001.csv.tmp-1-abcd'), '# points: 0\n0,0,1,,al');
    expect(open(dir).committed.size).toBe(0);
  });

  it('refuse to resume a different sweep, naming what changed', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'ipasim-sf-')), 'sweep');
    open(dir);
    expect(() => open(dir, manifest({ resolvedSweep: { replicates: 2 } }))).toThrow(UserError);
    expect(() => open(dir, manifest({ resolvedSweep: { replicates: 2 } }))).toThrow(/different sweep: the sweep file changed/);
    expect(() => open(dir, manifest({ ipasimVersion: '0.2.0' }))).toThrow(/the ipasim version \(0\.1\.0 there, 0\.2\.0 here\)/);
    const b = join(mkdtempSync(join(tmpdir(), 'ipasim-sf-')), 'sweep');
    open(b, manifest({ gitCommit: 'a'.repeat(40) }));
    expect(() => open(b, manifest({ gitCommit: 'b'.repeat(40) }))).toThrow(/the code \(git commit aaaaaaaaaa there, bbbbbbbbbb here\)/);
    expect(readdirSync(dir).sort()).toEqual(['batches', 'manifest.json']);
  });

  it('refuse a non-empty folder that is not a sweep, and a damaged batch', () => {
    const other = mkdtempSync(join(tmpdir(), 'ipasim-sf-'));
    writeFileSync(join(other, 'notes.txt'), 'mine');
    expect(() => open(other)).toThrow(/holds no sweep manifest/);
    const dir = join(mkdtempSync(join(tmpdir(), 'ipasim-sf-')), 'sweep');
    open(dir);
    writeFileSync(join(dir, 'batches', 'batch-000001.csv'), '0,0,1,,all,K,0.5\n');
    expect(() => open(dir)).toThrow(/damaged batch file/);
  });
});
