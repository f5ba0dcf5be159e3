/**
 * Each mode's effect (modeEffects.ts): the run against the same village with that mode's access
 * withheld, on the households that have the mode (docs/results.md).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FULL, FULL_WITH_EFFECTS } from '../../src/engine/collection.js';
import { MODE_BIT } from '../../src/engine/modes.js';
import { MODES, type RunResult } from '../../src/engine/output.js';
import { simulate } from '../../src/engine/simulate.js';
import { rowValue, smallScenario } from './helpers.js';

const sc = smallScenario({ villages: [{ name: 'P', households: 120 }] });
const SEED = 4;
const YEARS = [2018, 2019, 2020, 2021];

describe('mode effects', () => {
  let run: RunResult;
  const alone: Record<string, RunResult> = {};
  beforeAll(() => {
    run = simulate(sc, { seed: SEED, collect: FULL_WITH_EFFECTS });
    for (const mode of MODES) alone[mode] = simulate(sc, { seed: SEED, withhold: MODE_BIT[mode], collect: FULL });
  });

  it('are the run minus the same seed with the mode withheld, on that mode\'s households, for every reported metric', () => {
    for (const mode of MODES) for (const metric of ['incomeMean', 'incomeBeforeAssistanceMean', 'selfMadeIncomeMean', 'povertyRate']) for (const year of YEARS) {
      const expected = rowValue(run.yearly, year, mode, 'all', metric) - rowValue(alone[mode].yearly, year, mode, 'all', metric);
      expect(rowValue(run.yearly, year, mode, 'all', `effect.${metric}`), `${mode} ${metric} ${year}`).toBeCloseTo(expected, 9);
    }
  });

  it('start the counterfactuals from a copy of the village, to the last bit the same as building it again with the mode withheld', () => {
    let compared = 0;
    for (const r of run.yearly) {
      if (!r.metric.startsWith('effect.')) continue;
      const metric = r.metric.slice('effect.'.length);
      const expected = rowValue(run.yearly, r.year, r.mode, r.group, metric) - rowValue(alone[r.mode].yearly, r.year, r.mode, r.group, metric);
      expect(Object.is(r.value, expected), `${r.year} ${r.mode} ${r.group} ${r.metric}`).toBe(true);
      compared++;
    }
    expect(compared).toBe((sc.time.end - sc.time.start + 1) * 4 * 3 * 5); // years x modes x paired groups x metrics
  });

  it('before means-tested assistance equal the effect on all income plus what living support and monitoring paid less', () => {
    for (const mode of MODES) for (const year of YEARS) {
      const paidLess = (src: string) => rowValue(alone[mode].yearly, year, mode, 'all', `income.${src}`) - rowValue(run.yearly, year, mode, 'all', `income.${src}`);
      const expected = rowValue(run.yearly, year, mode, 'all', 'effect.incomeMean') + paidLess('livingSupport') + paidLess('monitoring');
      expect(rowValue(run.yearly, year, mode, 'all', 'effect.incomeBeforeAssistanceMean'), `${mode} ${year}`).toBeCloseTo(expected, 9);
    }
  });

  it('show the floor responding: dividends raise income before assistance by more than total income, as living support pays less', () => {
    const mean = (metric: string) => YEARS.reduce((a, y) => a + rowValue(run.yearly, y, 'shareholding', 'all', metric), 0) / YEARS.length;
    expect(mean('effect.incomeBeforeAssistanceMean')).toBeGreaterThan(0);
    expect(mean('effect.incomeBeforeAssistanceMean')).toBeGreaterThan(mean('effect.incomeMean'));
  });
});
