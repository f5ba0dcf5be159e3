/** The replicates of `ipasim run` on worker threads (needs dist/: npm run build) against the same in this thread. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runReplicate, runReplicates } from '../../src/run/run-replicates.js';
import { runScenario, type Replicate } from '../../src/run/run-scenario.js';
import { loadScenario } from '../../src/scenario/scenario-file.js';
import type { Scenario } from '../../src/scenario/schema.js';
import { setAt } from '../../src/sweep/parameter-path.js';
import { UserError } from '../../src/user-error.js';
import { tempDir } from '../temp-dir.js';

const YEARS = 15; // 2016-2030
let scenario: Scenario;
beforeAll(async () => {
  const file = join(tempDir('ipasim-replicates-'), 'small.yaml');
  writeFileSync(file, `extends: ${join(process.cwd(), 'scenarios/p-village.yaml')}\nname: small\nvillages: [{ name: P, households: 30 }]\ntime: { end: 2030 }\n`);
  ({ scenario } = await loadScenario(file));
});
const replicates = (n: number, panel = false): Replicate[] => Array.from({ length: n }, (_, r) => ({ replicate: r, seed: 7 + r, panel: panel && r === 0 }));

describe('the replicates of a run', () => {
  it('are plain data: the yearly rows made, not a getter over the engine', () => {
    const r = runReplicate(scenario, { replicate: 0, seed: 7, panel: false });
    expect(Object.getOwnPropertyDescriptor(r, 'yearly')).toMatchObject({ value: expect.any(Array) });
    expect(r.yearly.length).toBeGreaterThan(1000);
    expect(r.yearly.some((row) => row.metric.startsWith('effect.'))).toBe(true); // with each mode's counterfactuals
  });

  it('on two workers equal those run in this thread, in replicate order, panel included, every year reported', async () => {
    const one = await runReplicates(replicates(3, true), { scenario, workers: 1 });
    const years = [0, 0, 0];
    const two = await runReplicates(replicates(3, true), { scenario, workers: 2, onYear: (r) => years[r]++ });
    expect(two.map((r) => r.summary.seed)).toEqual([7, 8, 9]);
    expect(two).toStrictEqual(one);
    expect(two[0].panel?.rows.length).toBeGreaterThan(0);
    expect(two[1].panel).toBeUndefined();
    expect(years).toEqual([YEARS, YEARS, YEARS]);
  });

  it('with --posterior, replicate r runs scenario r, on workers as in this thread, put back in order', async () => {
    // Replicate 0's village is the largest: on two workers it finishes last, after 1 and 2.
    const scenarios = [90, 20, 25].map((households) => setAt(scenario, { 'villages.0.households': households }));
    const one = await runReplicates(replicates(3), { scenario, scenarios, workers: 1 });
    const two = await runReplicates(replicates(3), { scenario, scenarios, workers: 2 });
    expect(two.map((r) => r.summary.population.householdsStart)).toEqual([90, 20, 25]);
    expect(two).toStrictEqual(one);
    expect(two[2]).toStrictEqual(runReplicate(scenarios[2], { replicate: 2, seed: 9, panel: false }));
    expect(two[2]).not.toStrictEqual(runReplicate(scenario, { replicate: 2, seed: 9, panel: false }));
  });

  it('a failing replicate rejects naming it and its seed, as a bug (not a user error)', async () => {
    const script = new URL('./fixtures/failing-run-worker.mjs', import.meta.url);
    const err = await runReplicates(replicates(3), { scenario, workers: 2, script }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(UserError);
    expect((err as Error).message).toBe('replicate 1 (seed 8): an impossible state in 2020');
  });

  it('progress over workers reaches the total, one tick per simulated year, never going back', async () => {
    const ticks: [number, number][] = [];
    await runScenario({ scenarioName: 'small', seed: 7, replicates: 4, panel: false, yearsPerRun: YEARS, onProgress: (d, t) => ticks.push([d, t]), runReplicates: (reps, onYear) => runReplicates(reps, { scenario, workers: 2, onYear }) });
    expect(ticks.map(([d]) => d)).toEqual(Array.from({ length: 4 * YEARS }, (_, i) => i + 1));
    expect(ticks.every(([, t]) => t === 4 * YEARS)).toBe(true);
  });
});
