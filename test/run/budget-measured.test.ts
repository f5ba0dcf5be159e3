/**
 * The budgets against reality: real `ipasim run`, `sweep` and `calibrate` processes, measured
 * here (their peak resident memory, every thread: bench/peak-memory.ts), at small sizes that
 * differ in what the estimates are made of (replicates, households and workers, points,
 * particles). Each estimate must lie within a factor of 2 of the peak measured. Memory only:
 * time depends on the machine's load, and no test here times anything.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';
import { builtCli, measurePeak } from '../../bench/peak-memory.js';
import { calibrationBudget } from '../../src/calibrate/run-calibration.js';
import { loadTargets } from '../../src/calibrate/load-targets.js';
import { simulate } from '../../src/engine/simulate.js';
import { runEstimate, type Estimate } from '../../src/run/budget.js';
import { loadSweep } from '../../src/sweep/load-sweep.js';
import { sweepBudget } from '../../src/sweep/run-sweep.js';

const dir = tempDir('ipasim-budget-measured-');
const village = (households: number, end = 2035) => `extends: ${join(process.cwd(), 'scenarios/p-village.yaml')}\nname: budget\nvillages: [{ name: P, count: ${Math.max(1, Math.round(households / 200))}, households: ${Math.min(households, 200)} }]\ntime: { end: ${end} }\n`;
const MB = 2 ** 20;

/** The peak of `ipasim <args>` in the test folder, beside the estimate: within a factor of 2 either way. */
function expectWithinTwo(estimate: Estimate, args: string[]): void {
  const { peakBytes } = measurePeak(builtCli(), args, dir);
  const ratio = estimate.bytes / peakBytes;
  console.log(`budget: ipasim ${args.slice(0, 2).join(' ')}: estimated ${Math.round(estimate.bytes / MB)} MB, measured peak ${Math.round(peakBytes / MB)} MB (${ratio.toFixed(2)}x)`);
  expect(ratio, `${args.join(' ')}: estimated ${Math.round(estimate.bytes / MB)} MB, measured ${Math.round(peakBytes / MB)} MB`).toBeGreaterThan(0.5);
  expect(ratio, `${args.join(' ')}: estimated ${Math.round(estimate.bytes / MB)} MB, measured ${Math.round(peakBytes / MB)} MB`).toBeLessThan(2);
}

describe('memory estimates, against peaks measured here', () => {
  const run = (households: number, replicates: number, workers: number, charts: boolean) => {
    const file = `run-${households}-${replicates}-${workers}.yaml`;
    writeFileSync(join(dir, file), village(households));
    const estimate = runEstimate({ households, years: 20, replicates, workers, cores: availableParallelism(), panel: false, charts, modeEffects: true });
    expectWithinTwo(estimate, ['run', file, '--replicates', String(replicates), '--workers', String(workers), '--out', `out-${file}`, ...(charts ? [] : ['--no-charts'])]);
  };

  it('ipasim run: one small replicate in one thread', () => run(60, 1, 1, false));
  it('ipasim run: 40 replicates, their yearly rows kept until aggregated', () => run(40, 40, 1, false));
  it('ipasim run: 6,000 households on 2 workers, with charts', () => run(6000, 2, 2, true));

  it('ipasim sweep: 120 points of 2 replicates on 2 workers', async () => {
    writeFileSync(join(dir, 'small.yaml'), village(40, 2021));
    writeFileSync(join(dir, 'sweep.yaml'), 'name: budget-sweep\nscenario: small.yaml\nreplicates: 2\ndesign:\n  type: grid\n  parameters:\n    modes.cooperative.training: { min: 0, max: 0.24, levels: 120 }\noutputs:\n  yearly: [incomeMean, povertyRate]\n');
    const sweep = await loadSweep(join(dir, 'sweep.yaml'));
    expectWithinTwo(sweepBudget(sweep, sweep.table.rows.length, 2, false), ['sweep', 'sweep.yaml', '--workers', '2', '--no-charts', '--out', 'sweep-out']);
  });

  it('ipasim calibrate: 1,000 particles of a small village', async () => {
    writeFileSync(join(dir, 'cal.yaml'), village(20, 2021));
    writeFileSync(join(dir, 'targets.yaml'), `name: budget-cal\nscenario: cal.yaml\nseed: 3\nreplicates: 1\nparameters:\n  demography.return: {}\n  awareness.noise: { min: 0.12, max: 0.28 }\nmethod: { particles: 1000, finalMoves: 0, maxGenerations: 1 }\ntargets:\n  - { name: registered, value: "survey('T2', 'registered', 'yes')", observed: 80.8, sd: 4.6, source: "001 T2" }\n  - { name: growth, value: "yearly('incomeMean', year=2020) / yearly('incomeMean', year=2016)", observed: 1.36, tolerance: 0.15, source: white paper }\n`);
    const plan = await loadTargets(join(dir, 'targets.yaml'), {}, simulate);
    expectWithinTwo(calibrationBudget(plan, 1), ['calibrate', 'targets.yaml', '--workers', '1', '--no-write-scenario', '--out', 'cal-out']);
  });
});
