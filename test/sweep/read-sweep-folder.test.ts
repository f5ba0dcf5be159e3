import { describe, expect, it } from 'vitest';
import { sweepDataFromFiles } from '../../src/sweep/read-sweep-folder.js';
import { UserError } from '../../src/user-error.js';
import { gridSweep, variantsSweep } from '../charts/sweep-fixtures.js';

describe('reading a sweep folder', () => {
  it('keeps every replicate of every output, and the variant names', () => {
    const grid = sweepDataFromFiles(gridSweep(), '/g');
    expect(grid.points).toBe(9);
    expect(grid.columns).toEqual(['policy.instruments.dividend.end', 'modes.cooperative.training']);
    const drop = grid.outputs.find((o) => o.metric === 'incomeDropPct' && o.mode === 'all')!;
    expect(drop.values.length).toBe(9 * 2);
    expect(drop.values[1] - drop.values[0]).toBeCloseTo(0.1); // replicate 1 of point 0 is 0.1 above replicate 0
    expect(grid.outputs.find((o) => o.metric === 'incomeMean')!.year).toBe(2030);
    expect(sweepDataFromFiles(variantsSweep(), '/v').variants).toEqual(['early', 'mid', 'late']);
  });

  it('refuses a run given twice, a missing run, and a shard, naming the file', () => {
    const twice = gridSweep();
    twice['runs.csv'] += '0,0,1,,all,R,0\n';
    expect(() => sweepDataFromFiles(twice, '/g')).toThrow(/\/g\/runs\.csv line \d+: a second value for point 0, replicate 0, all R/);
    const missing = gridSweep();
    missing['runs.csv'] = missing['runs.csv'].split('\n').filter((l) => !l.startsWith('8,1,')).join('\n');
    expect(() => sweepDataFromFiles(missing, '/g')).toThrow(/lacks .* for point 8, replicate 1: is the sweep complete\?/);
    const shard = gridSweep();
    shard['manifest.json'] = JSON.stringify({ ...JSON.parse(shard['manifest.json']), shard: { index: 1, count: 3 } });
    expect(() => sweepDataFromFiles(shard, '/g')).toThrow(UserError);
    expect(() => sweepDataFromFiles(shard, '/g')).toThrow(/merge the shards first/);
  });
});
