import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/engine/output.js';
import { formatJson } from '../../src/io/json.js';
import { shortHash } from '../../src/io/hash.js';
import { defaultOutDir, runScenario, type Replicate, type RunReplicates } from '../../src/run/run-scenario.js';
import { fakeRunResult } from './fixtures.js';

const YEARS = 5; // 2020-2024 in the fixtures

/**
 * A fake engine: results from the fixtures, calling onYear once per year of each replicate;
 * records the replicates it was given. `order` is the order it simulates them in (workers
 * finish in any order); it returns the results in the replicates' order, as the real one does.
 */
function fakeEngine(over: (seed: number) => Partial<RunResult> = () => ({}), order = (n: number) => Array.from({ length: n }, (_, i) => i)) {
  const calls: Replicate[] = [];
  const runReplicates: RunReplicates = async (replicates, onYear) => {
    const results: RunResult[] = [];
    for (const i of order(replicates.length)) {
      const r = replicates[i];
      calls.push(r);
      for (let y = 0; y < YEARS; y++) onYear(r.replicate);
      results[i] = { ...fakeRunResult({ seed: r.seed, panel: r.panel }), ...over(r.seed) };
    }
    return results;
  };
  return { runReplicates, calls };
}

const base = { scenarioName: 'fake', seed: 7, panel: false, yearsPerRun: YEARS };

describe('running a scenario', () => {
  it('one replicate: yearly, summary and survey files, without band columns, from the plain run', async () => {
    const { runReplicates, calls } = fakeEngine();
    const { files, summary, seeds } = await runScenario({ ...base, replicates: 1, runReplicates });
    expect(Object.keys(files).sort()).toEqual(['summary.json', 'survey.csv', 'yearly.csv']);
    expect(files['yearly.csv'].split('\n')[0]).toBe('year,mode,group,metric,value');
    expect(files['yearly.csv'].split('\n')[1]).toBe('2020,shareholding,all,incomeMean,1007');
    expect(files['survey.csv'].split('\n')[0]).toBe('table,item,category,unit,model,target');
    expect(files['summary.json']).toBe(formatJson(fakeRunResult({ seed: 7 }).summary));
    expect(summary).not.toHaveProperty('replicates');
    expect(seeds).toEqual([7]);
    expect(calls).toEqual([{ replicate: 0, seed: 7, panel: false }]);
  });

  it('several replicates: band columns, aggregated summary with each replicate, replicate 0’s survey', async () => {
    const { runReplicates, calls } = fakeEngine();
    const { files, summary } = await runScenario({ ...base, replicates: 3, runReplicates });
    expect(calls.map((c) => c.seed)).toEqual([7, 8, 9]);
    const lines = files['yearly.csv'].trim().split('\n');
    expect(lines[0]).toBe('year,mode,group,metric,value,p05,p95');
    // 1007, 1008, 1009 -> mean 1008; p05 = 1007 + 0.1 * 1 = 1007.1; p95 = 1008 + 0.9 * 1 = 1008.9.
    expect(lines[1]).toBe('2020,shareholding,all,incomeMean,1008,1007.1,1008.9');
    const json = JSON.parse(files['summary.json']);
    expect(json.replicates.map((r: { seed: number }) => r.seed)).toEqual([7, 8, 9]);
    expect(json.modes[0].incomeAfter).toBe(11008);
    expect(summary.seed).toBe(7);
    expect(files['survey.csv']).toContain('T2,head-age,40-60,percent,48.2,43.8');
  });

  it('writes panel.csv only when asked, from replicate 0, which alone records it', async () => {
    const { runReplicates, calls } = fakeEngine();
    const { files } = await runScenario({ ...base, replicates: 2, panel: true, runReplicates });
    expect(Object.keys(files).sort()).toEqual(['panel.csv', 'summary.json', 'survey.csv', 'yearly.csv']);
    expect(files['panel.csv']).toBe('year,household,modes,income\n2020,1,shareholding+employment,9876.54\n');
    expect(calls.map((c) => c.panel)).toEqual([true, false]);
  });

  it('fails if a requested panel is missing', async () => {
    const { runReplicates } = fakeEngine(() => ({ panel: undefined }));
    await expect(runScenario({ ...base, replicates: 1, panel: true, runReplicates })).rejects.toThrow(/no panel/);
  });

  it('reports progress in simulated years over all replicates, ending at the total', async () => {
    const { runReplicates } = fakeEngine();
    const ticks: [number, number][] = [];
    await runScenario({ ...base, replicates: 3, runReplicates, onProgress: (d, t) => ticks.push([d, t]) });
    expect(ticks.every(([, t]) => t === 15)).toBe(true);
    expect(ticks.map(([d]) => d)).toEqual([...ticks.map(([d]) => d)].sort((a, b) => a - b));
    expect(ticks.at(-1)).toEqual([15, 15]);
    expect(new Set(ticks.map(([d]) => d))).toEqual(new Set(Array.from({ length: 15 }, (_, i) => i + 1)));
  });

  it('is deterministic: the same inputs give byte-identical files', async () => {
    const a = await runScenario({ ...base, replicates: 3, panel: true, runReplicates: fakeEngine().runReplicates });
    const b = await runScenario({ ...base, replicates: 3, panel: true, runReplicates: fakeEngine().runReplicates });
    expect(a.files).toEqual(b.files);
  });

  it('gives the same files whatever order the replicates are simulated in', async () => {
    const inOrder = await runScenario({ ...base, replicates: 4, panel: true, runReplicates: fakeEngine().runReplicates });
    const { runReplicates, calls } = fakeEngine(undefined, () => [2, 0, 3, 1]);
    const shuffled = await runScenario({ ...base, replicates: 4, panel: true, runReplicates });
    expect(calls.map((c) => c.seed)).toEqual([9, 7, 10, 8]);
    expect(shuffled.files).toEqual(inOrder.files);
    expect(shuffled.results.map((r) => r.summary.seed)).toEqual([7, 8, 9, 10]);
  });

  it('reports progress over replicates simulated side by side, never going back, ending at the total', async () => {
    const ticks: number[] = [];
    // Two replicates interleaved year by year, as two workers report them.
    const runReplicates: RunReplicates = async (replicates, onYear) => {
      for (let y = 0; y < YEARS; y++) for (const r of replicates) onYear(r.replicate);
      return replicates.map((r) => fakeRunResult({ seed: r.seed }));
    };
    await runScenario({ ...base, replicates: 2, runReplicates, onProgress: (d) => ticks.push(d) });
    expect(ticks).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
  });

  it('fails loudly when the engine returns fewer results than replicates', async () => {
    const runReplicates: RunReplicates = async (replicates) => replicates.slice(1).map((r) => fakeRunResult({ seed: r.seed }));
    await expect(runScenario({ ...base, replicates: 3, runReplicates })).rejects.toThrow(/2 results for 3 replicates/);
  });
});

describe('the default results folder', () => {
  it('is <root>/<scenario>/<seed>-r<replicates>-<hash of the resolved scenario>', () => {
    const resolved = { name: 'p-village', time: { start: 2014, end: 2035 } };
    expect(defaultOutDir('results', 'p-village', 3, 10, resolved)).toBe(`results/p-village/3-r10-${shortHash(resolved)}`);
    expect(defaultOutDir('results', 'p-village', 3, 10, { time: { end: 2035, start: 2014 }, name: 'p-village' })).toBe(defaultOutDir('results', 'p-village', 3, 10, resolved));
    expect(defaultOutDir('results', 'p-village', 3, 10, { ...resolved, time: { start: 2015, end: 2035 } })).not.toBe(defaultOutDir('results', 'p-village', 3, 10, resolved));
  });

  it('tells runs with different replicates apart', () => {
    const resolved = { name: 'p-village' };
    expect(defaultOutDir('results', 'p-village', 1, 20, resolved)).not.toBe(defaultOutDir('results', 'p-village', 1, 10, resolved));
  });
});
