import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';
import { commitBatch, openSweepFolder, writeFinalTables } from '../../src/sweep/sweep-folder.js';
import type { SweepManifest } from '../../src/sweep/sweep-manifest.js';
import { UserError } from '../../src/user-error.js';

const manifest = (over: Partial<SweepManifest> = {}): SweepManifest => ({
  kind: 'ipasim-sweep', sweep: 's', sweepFile: 's.yaml', hash: 'abc', design: { type: 'grid', seed: 1, factors: [] }, points: 4, replicates: 1, seeds: [1],
  shard: null, ipasimVersion: '0.1.0', gitCommit: null, node: 'v20', resolvedSweep: { replicates: 1 }, resolvedScenario: { seed: 1 }, ...over,
});
const open = (dir: string, m = manifest()) => openSweepFolder(dir, m, JSON.stringify(m));

describe('sweep folders', () => {
  it('keep committed batches across reopening, points with no rows included', () => {
    const dir = join(tempDir('ipasim-sf-'), 'sweep');
    const { owner } = open(dir);
    commitBatch(dir, 1, new Map([[2, ['2,0,1,,all,K,0.5']], [0, []]]), owner);
    commitBatch(dir, 2, new Map([[1, ['1,0,1,,all,K,0.25']]]), owner);
    const state = open(dir);
    expect([...state.committed.keys()].sort()).toEqual([0, 1, 2]);
    expect(state.committed.get(2)).toEqual(['2,0,1,,all,K,0.5']);
    expect(state.batches).toBe(2);
    expect(state.complete).toBe(false);
  });

  it('ignore temporary files a kill left behind', () => {
    const dir = join(tempDir('ipasim-sf-'), 'sweep');
    open(dir);
    writeFileSync(join(dir, 'batches', '.batch-000001.csv.tmp-1-abcd'), '# points: 0\n0,0,1,,al');
    expect(open(dir).committed.size).toBe(0);
  });

  it('refuse to resume a different sweep, naming what changed', () => {
    const dir = join(tempDir('ipasim-sf-'), 'sweep');
    open(dir);
    expect(() => open(dir, manifest({ resolvedSweep: { replicates: 2 } }))).toThrow(UserError);
    expect(() => open(dir, manifest({ resolvedSweep: { replicates: 2 } }))).toThrow(/different sweep: the sweep file changed/);
    expect(() => open(dir, manifest({ ipasimVersion: '0.2.0' }))).toThrow(/the ipasim version \(0\.1\.0 there, 0\.2\.0 here\)/);
    const b = join(tempDir('ipasim-sf-'), 'sweep');
    open(b, manifest({ gitCommit: 'a'.repeat(40) }));
    expect(() => open(b, manifest({ gitCommit: 'b'.repeat(40) }))).toThrow(/the code \(git commit aaaaaaaaaa there, bbbbbbbbbb here\)/);
    expect(readdirSync(dir).sort()).toEqual(['batches', 'manifest.json']);
  });

  it('refuse a non-empty folder that is not a sweep, and a damaged batch', () => {
    const other = tempDir('ipasim-sf-');
    writeFileSync(join(other, 'notes.txt'), 'mine');
    expect(() => open(other)).toThrow(/holds no sweep manifest/);
    const dir = join(tempDir('ipasim-sf-'), 'sweep');
    open(dir);
    writeFileSync(join(dir, 'batches', 'batch-000001.csv'), '0,0,1,,all,K,0.5\n');
    expect(() => open(dir)).toThrow(/damaged batch file/);
  });

  it('refuse a batch cut short at a row boundary, naming it and saying its points will be redone; once removed, the folder resumes', () => {
    const dir = join(tempDir('ipasim-sf-'), 'sweep');
    const { owner } = open(dir);
    commitBatch(dir, 1, new Map([[0, ['0,0,1,,all,K,0.5', '0,0,1,,all,R,0.25', '0,0,1,,all,V,0.75']]]), owner);
    commitBatch(dir, 2, new Map([[1, ['1,0,1,,all,K,0.5']]]), owner);
    const file = join(dir, 'batches', 'batch-000001.csv');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, text.indexOf('0,0,1,,all,R'))); // two rows and the trailer lost
    expect(() => open(dir)).toThrow(new RegExp(`damaged batch file ${file} .*remove it and run the same command again: its points will be redone`));
    rmSync(file);
    expect([...open(dir).committed.keys()]).toEqual([1]);
  });

  it('refuse a whole batch copied in from another sweep, naming it; once removed, the folder resumes', () => {
    const other = join(tempDir('ipasim-sf-'), 'other');
    const theirs = open(other, manifest({ resolvedScenario: { seed: 2 } }));
    commitBatch(other, 1, new Map([[0, ['0,0,1,,all,K,0.9']]]), theirs.owner);
    const dir = join(tempDir('ipasim-sf-'), 'sweep');
    const { owner } = open(dir);
    commitBatch(dir, 1, new Map([[1, ['1,0,1,,all,K,0.5']]]), owner);
    const copied = join(dir, 'batches', 'batch-000002.csv');
    writeFileSync(copied, readFileSync(join(other, 'batches', 'batch-000001.csv')));
    expect(() => open(dir)).toThrow(new RegExp(`batch file ${copied} belongs to another sweep \\(${theirs.owner}, this one is ${owner}\\)`));
    rmSync(copied);
    expect([...open(dir).committed.keys()]).toEqual([1]);
  });

  it('a finished folder is sealed: its tables are checked before "nothing to do"', () => {
    const dir = join(tempDir('ipasim-sf-'), 'sweep');
    open(dir);
    writeFinalTables(dir, manifest(), { 'points.csv': 'point\n0\n', 'runs.csv': 'point,replicate,seed,year,mode,metric,value\n0,0,1,,all,K,0.5\n', 'runs.arrow': new Uint8Array([1, 2]) });
    expect(open(dir).complete).toBe(true);
    writeFileSync(join(dir, 'runs.csv'), 'point,replicate,seed,year,mode,metric,value\n');
    expect(() => open(dir)).toThrow(/runs\.csv is damaged \(.*\): run the sweep again into a new folder/);
  });
});
