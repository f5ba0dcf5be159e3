import { describe, expect, it } from 'vitest';
import { BudgetError, checkBudget, defaultRunWorkers, MAX_SECONDS, runEstimate, SECONDS_WORTH_THREADS, sweepEstimate } from '../../src/run/budget.js';

const GB = 2 ** 30;
const machine = { freeBytes: 6 * GB, heapLimitBytes: 4 * GB };

describe('budgets before work', () => {
  it('grow with households, years and replicates, and sweeps with points over workers', () => {
    const one = runEstimate({ households: 150, years: 20, replicates: 1, panel: false });
    const many = runEstimate({ households: 150, years: 20, replicates: 100, panel: false });
    expect(many.heapBytes).toBeCloseTo(100 * one.heapBytes);
    expect(runEstimate({ households: 10_000_000, years: 20, replicates: 1, panel: false }).bytes).toBeGreaterThan(8 * GB);
    const sweep = (workers: number) => sweepEstimate({ households: 150, years: 20, replicates: 2, points: 1000, workers, linesPerRun: 60 });
    expect(sweep(2).seconds).toBeCloseTo(sweep(1).seconds / 2);
  });

  it('a run on workers takes whole rounds of replicates (never split), each worker with its own engine memory', () => {
    const county = (replicates: number, workers: number) => runEstimate({ households: 27_500, years: 20, replicates, runsPerReplicate: 5, workers, panel: false });
    expect(county(10, 1).seconds).toBeCloseTo(5 * runEstimate({ households: 27_500, years: 20, replicates: 10, panel: false }).seconds);
    expect(county(10, 2).seconds).toBeCloseTo(county(10, 1).seconds / 2);
    expect(county(10, 4).seconds).toBeCloseTo((3 / 10) * county(10, 1).seconds); // 3 rounds of 4, 4, 2
    expect(county(3, 8).seconds).toBeCloseTo(county(1, 1).seconds); // at most one worker per replicate
    expect(county(10, 2).bytes).toBeGreaterThan(county(10, 1).bytes);
    expect(county(10, 2).heapBytes).toBe(county(10, 1).heapBytes); // the kept rows are the same
  });

  it('gives ipasim run every core only when the replicates take long enough to pay for the workers\' warm-up', () => {
    const work = (households: number, replicates: number) => ({ households, years: 20, replicates, runsPerReplicate: 5 });
    expect(defaultRunWorkers(work(150, 10), 8)).toBe(1); // P village: about a second of work
    expect(defaultRunWorkers(work(27_500, 10), 8)).toBe(8); // the county: minutes
    expect(defaultRunWorkers(work(27_500, 3), 8)).toBe(3); // at most one worker per replicate
    expect(defaultRunWorkers(work(27_500, 10), 1)).toBe(1);
    const atThreshold = runEstimate({ ...work(150, 10), workers: 1, panel: false }).seconds;
    expect(atThreshold).toBeLessThan(SECONDS_WORTH_THREADS);
  });

  it('refuses 1,500 replicates of the baseline and a 10-million-household village with the estimate and what to do', () => {
    expect(() => checkBudget(runEstimate({ households: 150, years: 20, replicates: 1500, panel: false }), 'Lower --replicates', machine)).toThrow(/about \d+ GB needed, 6\.0 GB free.*\nLower --replicates, or add --force/);
    expect(() => checkBudget(runEstimate({ households: 10_000_000, years: 20, replicates: 1, panel: false }), 'Fewer households', machine)).toThrow(BudgetError);
    expect(() => checkBudget(runEstimate({ households: 150, years: 20, replicates: 20, panel: true }), 'x', machine)).not.toThrow();
  });

  it('refuses work longer than a day, and too much heap even with free memory', () => {
    const long = { bytes: GB, heapBytes: 0, seconds: MAX_SECONDS + 1 };
    expect(() => checkBudget(long, 'x', { freeBytes: 100 * GB, heapLimitBytes: 4 * GB })).toThrow(/of computing/);
    expect(() => checkBudget({ bytes: 5 * GB, heapBytes: 5 * GB, seconds: 1 }, 'x', { freeBytes: 100 * GB, heapLimitBytes: 4 * GB })).toThrow(/JavaScript heap/);
  });
});
