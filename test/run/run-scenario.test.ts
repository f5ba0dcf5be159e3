import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/engine/output.js';
import { formatJson } from '../../src/io/json.js';
import { shortHash } from '../../src/io/hash.js';
import { defaultOutDir, runScenario, type Simulate } from '../../src/run/run-scenario.js';
import { fakeRunResult } from './fixtures.js';

const YEARS = 5; // 2020-2024 in the fixtures

/** A fake engine: results from the fixtures, calling onYear once per year; records its calls. */
function fakeEngine(over: (seed: number) => Partial<RunResult> = () => ({})) {
  const calls: { seed: number; panel?: boolean }[] = [];
  const simulate: Simulate<{ name: string }> = (_scenario, opts) => {
    calls.push({ seed: opts.seed, panel: opts.panel });
    for (let y = 0; y < YEARS; y++) opts.onYear?.(2020 + y);
    return { ...fakeRunResult({ seed: opts.seed, panel: opts.panel }), ...over(opts.seed) };
  };
  return { simulate, calls };
}

const base = { scenario: { name: 'fake' }, scenarioName: 'fake', seed: 7, panel: false, yearsPerRun: YEARS };

describe('running a scenario', () => {
  it('one replicate: yearly, summary and survey files, without band columns, from the plain run', async () => {
    const { simulate, calls } = fakeEngine();
    const { files, summary, seeds } = await runScenario({ ...base, replicates: 1, simulate });
    expect(Object.keys(files).sort()).toEqual(['summary.json', 'survey.csv', 'yearly.csv']);
    expect(files['yearly.csv'].split('\n')[0]).toBe('year,mode,group,metric,value');
    expect(files['yearly.csv'].split('\n')[1]).toBe('2020,shareholding,all,incomeMean,1007');
    expect(files['survey.csv'].split('\n')[0]).toBe('table,item,category,unit,model,target');
    expect(files['summary.json']).toBe(formatJson(fakeRunResult({ seed: 7 }).summary));
    expect(summary).not.toHaveProperty('replicates');
    expect(seeds).toEqual([7]);
    expect(calls).toEqual([{ seed: 7, panel: false }]);
  });

  it('several replicates: band columns, aggregated summary with each replicate, replicate 0’s survey', async () => {
    const { simulate, calls } = fakeEngine();
    const { files, summary } = await runScenario({ ...base, replicates: 3, simulate });
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
    const { simulate, calls } = fakeEngine();
    const { files } = await runScenario({ ...base, replicates: 2, panel: true, simulate });
    expect(Object.keys(files).sort()).toEqual(['panel.csv', 'summary.json', 'survey.csv', 'yearly.csv']);
    expect(files['panel.csv']).toBe('year,household,modes,income\n2020,1,shareholding+employment,9876.54\n');
    expect(calls.map((c) => c.panel)).toEqual([true, false]);
  });

  it('fails if a requested panel is missing', async () => {
    const { simulate } = fakeEngine(() => ({ panel: undefined }));
    await expect(runScenario({ ...base, replicates: 1, panel: true, simulate })).rejects.toThrow(/no panel/);
  });

  it('reports progress in simulated years over all replicates, ending at the total', async () => {
    const { simulate } = fakeEngine();
    const ticks: [number, number][] = [];
    await runScenario({ ...base, replicates: 3, simulate, onProgress: (d, t) => ticks.push([d, t]) });
    expect(ticks.every(([, t]) => t === 15)).toBe(true);
    expect(ticks.map(([d]) => d)).toEqual([...ticks.map(([d]) => d)].sort((a, b) => a - b));
    expect(ticks.at(-1)).toEqual([15, 15]);
    expect(new Set(ticks.map(([d]) => d))).toEqual(new Set(Array.from({ length: 15 }, (_, i) => i + 1)));
  });

  it('is deterministic: the same inputs give byte-identical files', async () => {
    const a = await runScenario({ ...base, replicates: 3, panel: true, simulate: fakeEngine().simulate });
    const b = await runScenario({ ...base, replicates: 3, panel: true, simulate: fakeEngine().simulate });
    expect(a.files).toEqual(b.files);
  });

  it('accepts an asynchronous engine', async () => {
    const { simulate } = fakeEngine();
    const { files } = await runScenario({ ...base, replicates: 2, simulate: async (s, o) => simulate(s, o) });
    expect(files['yearly.csv'].split('\n')[0]).toContain('p05');
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
