import { describe, expect, it } from 'vitest';
import { FULL_WITH_EFFECTS, planCollection } from '../../src/engine/collection.js';
import type { RunResult } from '../../src/engine/output.js';
import { simulate } from '../../src/engine/simulate.js';
import { rowCollection, runRows, UnknownMetricError, type RowSpec } from '../../src/sweep/run-rows.js';
import { smallScenario } from '../engine/helpers.js';

const mode = (name: string, drop: number) => ({ mode: name, households: 10, incomeBefore: 5000, incomeAfter: 4000, incomeDropPct: drop, yearsAboveLineShare: 1, povertyRateEnd: 0, returnToPovertyRate: NaN, R: 0.5, K: 0.25, V: 0.125, hematopoiesisShare: 0.8, fiscalCostPerHousehold: 100 });
const result = {
  summary: { modes: [mode('shareholding', 9), mode('all', 3)], fiscal: { byInstrument: {}, total: 12345, perRegisteredNotPoor: 67.5 } },
  yearly: [
    { year: 2021, mode: 'all', group: 'all', metric: 'incomeMean', value: 5100.123456 },
    { year: 2020, mode: 'all', group: 'all', metric: 'povertyRate', value: 0.1 },
    { year: 2020, mode: 'all', group: 'all', metric: 'incomeMean', value: 5000 },
    { year: 2020, mode: 'shareholding', group: 'all', metric: 'incomeMean', value: 4000 },
    { year: 2020, mode: 'all', group: 'registered', metric: 'incomeMean', value: 1 },
  ],
} as unknown as RunResult;

describe('runs.csv rows of one run', () => {
  it('lists summary figures per mode in the order asked, run-wide figures only on the all row, undefined as empty', () => {
    expect(runRows(3, 1, 8, result, { modes: ['all', 'shareholding'], metrics: ['incomeDropPct', 'returnToPovertyRate', 'fiscalTotal'], yearly: [] })).toEqual([
      '3,1,8,,all,incomeDropPct,3',
      '3,1,8,,all,returnToPovertyRate,',
      '3,1,8,,all,fiscalTotal,12345',
      '3,1,8,,shareholding,incomeDropPct,9',
      '3,1,8,,shareholding,returnToPovertyRate,',
    ]);
  });

  it('adds yearly metrics of group all after the summary, by year, then mode and metric as asked', () => {
    const rows = runRows(0, 0, 1, result, { modes: ['all', 'shareholding'], metrics: ['K'], yearly: ['povertyRate', 'incomeMean'] });
    expect(rows).toEqual([
      '0,0,1,,all,K,0.25', '0,0,1,,shareholding,K,0.25',
      '0,0,1,2020,all,povertyRate,0.1', '0,0,1,2020,all,incomeMean,5000', '0,0,1,2020,shareholding,incomeMean,4000',
      '0,0,1,2021,all,incomeMean,5100.12',
    ]);
  });

  it('refuses a yearly metric the engine does not produce, naming those it does', () => {
    expect(() => runRows(0, 0, 1, result, { modes: ['all'], metrics: ['K'], yearly: ['incomeMaen'] })).toThrow(UnknownMetricError);
    expect(() => runRows(0, 0, 1, result, { modes: ['all'], metrics: ['K'], yearly: ['incomeMaen'] })).toThrow(/"incomeMaen".*incomeMean, povertyRate/);
  });
});

describe('what a point collects for its rows', () => {
  const sc = smallScenario({ villages: [{ name: 'P', households: 40 }] });

  it('gives the rows the full collection gives, summary figures, yearly metrics, fiscal items and effects alike', () => {
    const spec: RowSpec = { modes: ['all', 'cooperative'], metrics: ['incomeDropPct', 'R', 'incomeEffectAfter', 'fiscalTotal', 'fiscalPerRegisteredNotPoor'], yearly: ['gini', 'effect.povertyRate', 'fiscal.pension', 'proPoorGrowth'] };
    const collect = rowCollection(sc, spec);
    expect(runRows(0, 0, 5, simulate(sc, { seed: 5, collect }), spec)).toEqual(runRows(0, 0, 5, simulate(sc, { seed: 5, collect: FULL_WITH_EFFECTS }), spec));
  });

  it('asks for no counterfactual, survey or yearly row when its rows read none', () => {
    const collect = rowCollection(sc, { modes: ['all'], metrics: ['K', 'fiscalTotal'], yearly: [] });
    expect(collect).toEqual({ yearly: [], effects: false, survey: false, summary: ['K'] });
    expect(planCollection(sc, collect).counterfactuals).toEqual([]);
  });

  it('refuses a yearly metric yearly.csv does not have before anything runs', () => {
    expect(() => rowCollection(sc, { modes: ['all'], metrics: ['K'], yearly: ['incomeMaen'] })).toThrow(UnknownMetricError);
  });
});
