import { describe, expect, it } from 'vitest';
import { BudgetError, calibrateEstimate, checkBudget, defaultRunWorkers, MAX_SECONDS, runEstimate, SECONDS_WORTH_THREADS, sweepEstimate } from '../../src/run/budget.js';
import { MEASURED } from '../../src/run/budget-measured.js';

const GB = 2 ** 30;
const machine = { freeBytes: 6 * GB, heapLimitBytes: 4 * GB };
const P_VILLAGE = { households: 144, years: 20 };

describe('budgets before work', () => {
  it('grow with households, years and replicates, and a sweep\'s time falls with the workers that have a core', () => {
    const one = runEstimate({ ...P_VILLAGE, replicates: 1, panel: false });
    const many = runEstimate({ ...P_VILLAGE, replicates: 100, panel: false });
    expect(many.heapBytes).toBeCloseTo(100 * one.heapBytes);
    expect(many.bytes - one.bytes).toBeCloseTo(99 * 20 * MEASURED.bytesPerReplicateYear);
    expect(runEstimate({ households: 10_000_000, years: 20, replicates: 1, panel: false }).bytes).toBeGreaterThan(8 * GB);
    const sweep = (workers: number, cores = 8) => sweepEstimate({ ...P_VILLAGE, replicates: 2, points: 1000, workers, cores, linesPerRun: 60 });
    expect(sweep(2).seconds).toBeCloseTo(sweep(1).seconds / 2);
  });

  it('workers beyond the cores share them: they add memory, never speed (150 threads on 2 cores take what 2 take)', () => {
    const sweep = (workers: number) => sweepEstimate({ households: 200, years: 20, replicates: 8, points: 150, workers, cores: 2, linesPerRun: 60 });
    expect(sweep(150).seconds).toBeCloseTo(sweep(2).seconds);
    expect(sweep(150).bytes).toBeGreaterThan(sweep(2).bytes + 100 * MEASURED.workerBytes);
    const run = (workers: number) => runEstimate({ households: 27_500, years: 20, replicates: 10, workers, cores: 2, panel: false });
    expect(run(10).seconds).toBeCloseTo(run(2).seconds);
    const calibrate = (workers: number) => calibrateEstimate({ ...P_VILLAGE, seeds: 8, particles: 200, generations: 30, parameters: 27, targets: 43, workers, cores: 2, modeEffects: true });
    expect(calibrate(64).seconds).toBeCloseTo(calibrate(2).seconds);
  });

  it('a run on workers takes whole rounds of replicates (never split), each worker with its own engine memory', () => {
    const county = (replicates: number, workers: number) => runEstimate({ households: 27_500, years: 20, replicates, workers, cores: 8, panel: false });
    expect(county(10, 2).seconds).toBeCloseTo(county(10, 1).seconds / 2);
    expect(county(10, 4).seconds).toBeCloseTo((3 / 10) * county(10, 1).seconds); // 3 rounds of 4, 4, 2
    expect(county(3, 8).seconds).toBeCloseTo(county(1, 1).seconds); // at most one worker per replicate
    expect(county(10, 2).bytes).toBeGreaterThan(county(10, 1).bytes);
    expect(county(10, 2).heapBytes).toBe(county(10, 1).heapBytes); // the kept rows are the same
    // The mode effects: the run and its four counterfactuals cost what the measurement says.
    const plain = runEstimate({ households: 27_500, years: 20, replicates: 1, panel: false, modeEffects: false });
    expect(county(1, 1).seconds).toBeCloseTo(MEASURED.effectsCost * plain.seconds);
  });

  it('gives ipasim run every core only when the replicates take long enough to pay for the workers\' warm-up', () => {
    const work = (households: number, replicates: number) => ({ households, years: 20, replicates, modeEffects: true });
    expect(defaultRunWorkers(work(144, 10), 8)).toBe(1); // P village: a few seconds of work
    expect(defaultRunWorkers(work(27_500, 10), 8)).toBe(8); // the county: minutes
    expect(defaultRunWorkers(work(27_500, 3), 8)).toBe(3); // at most one worker per replicate
    expect(defaultRunWorkers(work(27_500, 10), 1)).toBe(1);
    expect(runEstimate({ ...work(144, 10), workers: 1, panel: false }).seconds).toBeLessThan(SECONDS_WORTH_THREADS);
  });

  it('lets 90 replicates of P village run on a machine with 2 GB free (they need well under one), and refuses 15,000', () => {
    const ninety = runEstimate({ ...P_VILLAGE, replicates: 90, panel: false, charts: true });
    expect(ninety.bytes).toBeLessThan(GB);
    expect(() => checkBudget(ninety, 'x', { freeBytes: 2 * GB, heapLimitBytes: 4 * GB })).not.toThrow();
    expect(() => checkBudget(runEstimate({ ...P_VILLAGE, replicates: 15_000, panel: false }), 'Lower --replicates', machine)).toThrow(/about \d+(\.\d)? GB needed, 6\.0 GB free.*\nLower --replicates, or add --force/);
    expect(() => checkBudget(runEstimate({ households: 10_000_000, years: 20, replicates: 1, panel: false }), 'Fewer households', machine)).toThrow(BudgetError);
  });

  it('refuses a calibration of a billion particles before it starts, with the estimate', () => {
    const huge = calibrateEstimate({ households: 80, years: 20, seeds: 1, particles: 1e9, generations: 3, parameters: 27, targets: 43, workers: 2, cores: 2, modeEffects: true });
    expect(() => checkBudget(huge, 'Use fewer --particles', machine)).toThrow(/this work is too big for this machine: about \d+ GB needed/);
    const shipped = calibrateEstimate({ ...P_VILLAGE, seeds: 8, particles: 200, generations: 30, parameters: 27, targets: 43, workers: 2, cores: 2, modeEffects: true });
    expect(() => checkBudget(shipped, 'x', machine)).not.toThrow();
  });

  it('refuses work longer than a day, and too much heap even with free memory', () => {
    const long = { bytes: GB, heapBytes: 0, seconds: MAX_SECONDS + 1 };
    expect(() => checkBudget(long, 'x', { freeBytes: 100 * GB, heapLimitBytes: 4 * GB })).toThrow(/of computing/);
    expect(() => checkBudget({ bytes: 5 * GB, heapBytes: 5 * GB, seconds: 1 }, 'x', { freeBytes: 100 * GB, heapLimitBytes: 4 * GB })).toThrow(/JavaScript heap/);
  });
});
