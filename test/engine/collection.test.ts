/**
 * Collection on request (collection.ts): a run that names what it reads collects only that,
 * and every value it collects is the full collection's, bit for bit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factualOnly, FULL_WITH_EFFECTS, lastYearRead, planCollection, UnknownYearlyMetric, type Collection, type YearlyWant } from '../../src/engine/collection.js';
import { EFFECT_METRICS, PAIRED_GROUPS } from '../../src/engine/modeEffects.js';
import { GROUPS, MODE_KEYS, MODES, type YearlyRow } from '../../src/engine/output.js';
import { addCounterfactuals, simulate } from '../../src/engine/simulate.js';
import { SUMMARY_FIELDS, type SummaryField } from '../../src/engine/summary.js';
import { METRICS } from '../../src/engine/yearlyMetrics.js';
import { smallScenario } from './helpers.js';

const sc = smallScenario({ villages: [{ name: 'P', households: 50 }] });
const SEED = 3;
const full = simulate(sc, { seed: SEED, collect: FULL_WITH_EFFECTS });
const keyOf = (r: Pick<YearlyRow, 'year' | 'mode' | 'group' | 'metric'>) => `${r.year}|${r.mode}|${r.group}|${r.metric}`;
const fullValue = new Map(full.yearly.map((r) => [keyOf(r), r.value]));
const { start: t0, end: t1 } = sc.time;

/** A want of any metric yearly.csv has (effects of the four modes in paired groups, fiscal items of mode and group all). */
const want: fc.Arbitrary<YearlyWant> = fc.oneof(
  fc.record({ metric: fc.constantFrom(...METRICS), mode: fc.constantFrom(...MODE_KEYS), group: fc.constantFrom(...GROUPS) }),
  fc.record({ metric: fc.constantFrom('proPoorGrowth', 'gini', 'incomeMedian', 'bottom20Mean', 'volatility'), mode: fc.constantFrom(...MODE_KEYS), group: fc.constantFrom(...GROUPS) }),
  fc.record({ metric: fc.constantFrom(...EFFECT_METRICS.map((m) => `effect.${m}`)), mode: fc.constantFrom(...MODES), group: fc.constantFrom(...([...PAIRED_GROUPS] as typeof GROUPS[number][])) }),
  fc.record({ metric: fc.constantFrom('fiscal.pension', 'fiscal.fund'), mode: fc.constant('all' as const), group: fc.constant('all' as const) }),
).chain((w) => fc.tuple(fc.integer({ min: t0, max: t1 }), fc.integer({ min: 0, max: 3 })).map(([from, len]) => ({ ...w, from, to: Math.min(t1, from + len) })));

/** The keys a list of wants names. */
const keysOf = (wants: readonly YearlyWant[]) => new Set(wants.flatMap((w) => Array.from({ length: w.to - w.from + 1 }, (_, i) => keyOf({ ...w, year: w.from + i }))));

describe('collection on request', () => {
  it('collects every value asked for, and each is the full collection\'s to the last bit', () => {
    fc.assert(fc.property(fc.array(want, { minLength: 1, maxLength: 6 }), (wants) => {
      const run = simulate(sc, { seed: SEED, collect: { yearly: wants, effects: false, survey: false, summary: [] } });
      const got = new Map(run.yearly.map((r) => [keyOf(r), r.value]));
      for (const key of keysOf(wants)) {
        expect(got.has(key), key).toBe(true);
        expect(Object.is(got.get(key), fullValue.get(key)), key).toBe(true);
      }
    }), { numRuns: 25 });
  });

  it('gives the summary figures asked for as the full collection does, and NaN for the others', () => {
    fc.assert(fc.property(fc.subarray([...SUMMARY_FIELDS], { minLength: 1 }), (fields) => {
      const run = simulate(sc, { seed: SEED, collect: { yearly: [], effects: false, survey: false, summary: fields } });
      run.summary.modes.forEach((m, i) => {
        for (const f of SUMMARY_FIELDS) expect(m[f], `${m.mode} ${f}`).toBe(fields.includes(f) ? full.summary.modes[i][f] : NaN);
      });
      expect(run.summary.fiscal).toEqual(full.summary.fiscal);
      expect(run.summary.population).toEqual(full.summary.population);
    }), { numRuns: 15 });
  });

  it('runs a mode\'s counterfactual only when that mode\'s effect is read', () => {
    const plan = (modes: readonly (typeof MODES)[number][]) => planCollection(sc, { yearly: modes.map((mode) => ({ metric: 'effect.incomeMean', mode, group: 'all', from: 2018, to: 2021 })), effects: false, survey: false, summary: [] });
    expect(plan([]).counterfactuals).toEqual([]);
    expect(plan(['individual', 'shareholding']).counterfactuals.map((c) => c.mode)).toEqual(['shareholding', 'individual']);
    // The summary's effect after withdrawal reads every mode's counterfactual over the after window; a horizon ending with
    // the instruments (2025) withdraws nothing, so it has no window and reads none (windows.ts).
    const effectAfter = (s: typeof sc) => planCollection(s, { yearly: [], effects: false, survey: false, summary: ['incomeEffectAfter' as SummaryField] }).counterfactuals.map((c) => c.mode);
    expect(effectAfter(smallScenario({ villages: [{ name: 'P', households: 50 }], time: { end: 2030 } }))).toEqual([...MODES]);
    expect(effectAfter(sc)).toEqual([]);
  });

  it('stops at until with every year before it as in the run to the end, and refuses an until before what it reads', () => {
    const wants: YearlyWant[] = [{ metric: 'incomeMean', mode: 'all', group: 'registered', from: 2016, to: 2019 }, { metric: 'effect.incomeBeforeAssistanceMean', mode: 'cooperative', group: 'all', from: 2018, to: 2020 }];
    const collect: Collection = { yearly: wants, effects: false, survey: true, summary: [] };
    expect(lastYearRead(sc, collect)).toBe(2021); // the survey year
    const years: number[] = [];
    const short = simulate(sc, { seed: SEED, collect, until: 2021, onYear: (y) => years.push(y) });
    expect(years.at(-1)).toBe(2021);
    for (const key of keysOf(wants)) expect(Object.is(short.yearly.find((r) => keyOf(r) === key)?.value, fullValue.get(key)), key).toBe(true);
    expect(short.survey).toEqual(full.survey);
    expect(() => simulate(sc, { seed: SEED, collect, until: 2020 })).toThrow(RangeError);
    expect(() => simulate(sc, { seed: SEED, collect: { ...collect, summary: ['R'] }, until: 2021 })).toThrow(RangeError);
  });

  it('adds the counterfactuals to a factual run afterwards with the same result as in one call', () => {
    const collect: Collection = { yearly: [{ metric: 'effect.incomeMean', mode: 'employment', group: 'registered', from: 2017, to: 2022 }, { metric: 'gini', mode: 'all', group: 'all', from: 2020, to: 2020 }], effects: false, survey: false, summary: [] };
    const once = simulate(sc, { seed: SEED, collect });
    const factual = simulate(sc, { seed: SEED, collect: factualOnly(sc, collect) });
    expect(factual.yearly.some((r) => r.metric.startsWith('effect.'))).toBe(false);
    expect(addCounterfactuals(sc, { seed: SEED, collect }, factual).yearly).toEqual(once.yearly);
  });

  it('refuses a metric yearly.csv does not have, and an effect of a group whose households a counterfactual changes', () => {
    const ask = (metric: string, group: YearlyWant['group'] = 'all') => () => planCollection(sc, { yearly: [{ metric, mode: 'individual', group, from: 2020, to: 2020 }], effects: false, survey: false, summary: [] });
    expect(ask('incomeMaen')).toThrow(UnknownYearlyMetric);
    expect(ask('effect.incomeMean', 'income-poor')).toThrow(UnknownYearlyMetric);
    expect(ask('effect.incomeMean')).not.toThrow();
  });
});
