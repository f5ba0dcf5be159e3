/**
 * The baseline against the record of 2016-2020 (issue 11's "done when"; docs/validation.md §3):
 * registered households start poor and poorer than the others, their income rises through the
 * campaign and so does the others', none is under the line by 2020, monitoring support stays the exception and the
 * median is never pinned to the line. Each must hold in at least 17 of 20 seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/engine/output.js';
import { simulate } from '../../src/engine/simulate.js';
import { loadScenario } from '../../src/scenario/scenario-file.js';

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
let runs: RunResult[];
const value = (r: RunResult, metric: string, year: number, group = 'all') => {
  const row = r.yearly.find((x) => x.year === year && x.mode === 'all' && x.group === group && x.metric === metric);
  if (!row) throw new Error(`no ${metric} ${group} ${year}`);
  return row.value;
};
const seedsWhere = (ok: (r: RunResult) => boolean) => runs.filter(ok).length;

describe('the baseline reproduces the record of 2016-2020', () => {
  beforeAll(async () => {
    const { scenario } = await loadScenario('scenarios/p-village.yaml');
    runs = SEEDS.map((seed) => simulate(scenario, { seed }));
  });

  it('in 2016 registered households are poorer than the others, and in 2017 the village is near its exit (under 2 % of people poor, within the calibration\'s tolerance of 2 points)', () => {
    expect(seedsWhere((r) => value(r, 'incomeMean', 2016, 'registered') < value(r, 'incomeMean', 2016, 'not-registered'))).toBeGreaterThanOrEqual(17);
    // As the calibration reads it: the mean over seeds within the target's tolerance (one seed's
    // village of 150 moves by a household or two).
    expect(runs.reduce((t, r) => t + value(r, 'povertyHeadcount', 2017), 0) / runs.length).toBeLessThanOrEqual(0.04);
  });

  it('income per person of registered households rises through 2016-2020', () => {
    expect(seedsWhere((r) => [2017, 2018, 2019, 2020].every((y) => value(r, 'incomeMean', y, 'registered') > value(r, 'incomeMean', 2016, 'registered')))).toBeGreaterThanOrEqual(17);
    expect(seedsWhere((r) => value(r, 'incomeMean', 2020, 'registered') > 1.2 * value(r, 'incomeMean', 2016, 'registered'))).toBeGreaterThanOrEqual(17);
  });

  it('the other households\' income is above its 2016 level in 2020 (the record: every rural group\'s rose)', () => {
    expect(seedsWhere((r) => value(r, 'incomeMean', 2020, 'not-registered') > value(r, 'incomeMean', 2016, 'not-registered'))).toBeGreaterThanOrEqual(17);
  });

  // The record's "no registered household under the line" is an administrative verdict; since
  // issue 22 nothing holds the model's registered households at the line (the last push gives
  // posts, animals and the guarantee, docs/model.md §7.13), so a household or two stays under it
  // in some seeds (docs/validation.md §3). What is asserted is the calibration target's own
  // tolerance: under 2 % of registered households.
  it('by 2020 under 2 % of registered households are under the line', () => {
    expect(seedsWhere((r) => value(r, 'povertyRate', 2020, 'registered') < 0.02)).toBeGreaterThanOrEqual(17);
  });

  it('by 2020 fewer than 10% of households receive any monitoring support', () => {
    expect(seedsWhere((r) => value(r, 'monitoringSupportRate', 2020) < 0.1)).toBeGreaterThanOrEqual(17);
  });

  it('the median income is never pinned to the poverty line', () => {
    for (const r of runs) for (const row of r.yearly) if (row.metric === 'incomeMedian' && row.mode === 'all' && row.group === 'all') expect(Math.abs(row.value - 4000)).toBeGreaterThan(1);
  });
});
