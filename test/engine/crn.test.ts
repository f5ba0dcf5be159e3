/**
 * Common random numbers: every draw is keyed by mechanism, entity and event, so switching a
 * mechanism off leaves the draws (and outcomes) of every other mechanism unchanged.
 */
import { describe, expect, it } from 'vitest';
import { netIncome } from '../../src/engine/poverty.js';
import { simulate } from '../../src/engine/simulate.js';
import { SLOTS } from '../../src/engine/state.js';
import type { Scenario } from '../../src/scenario/schema.js';
import { deepMerge, smallScenario, snapshotPersons, type Overrides, type PersonSnapshot } from './helpers.js';

interface Trace {
  persons: PersonSnapshot;
  /** livestockPrice and cropPrice of each village, by year. */
  prices: number[][];
  /** Sum of all household incomes, by year (to show that the runs really differ). */
  income: number[];
  savings: number[];
}

function trace(sc: Scenario, seed: number): Trace {
  const prices: number[][] = [], income: number[] = [], savings: number[] = [];
  let persons: PersonSnapshot | undefined;
  simulate(sc, {
    seed, collect: false,
    inspect: (s, world, year) => {
      prices.push(world.villages.flatMap((v) => [v.livestockPrice, v.cropPrice]));
      let t = 0, sv = 0;
      for (let h = 0; h < s.count; h++) if (s.hActive[h]) { t += netIncome(s, h); sv += s.hSavings[h]; }
      income.push(t); savings.push(sv);
      if (year === sc.time.end) persons = snapshotPersons(s);
    },
  });
  return { persons: persons!, prices, income, savings };
}

describe('common random numbers', () => {
  const base: Overrides = { villages: [{ name: 'P', households: 70 }], economy: { market: { disasterProbability: 0.5 } } };
  const variants: [string, Overrides][] = [
    ['dividends paid as public goods instead of per household', { collective: { rule: 'public-goods' } }],
    ['no disasters', { economy: { market: { disasterProbability: 0 } } }],
    ['no shareholding access', { modes: { shareholding: { access: 0 } } }],
  ];

  it.each(variants)('switching a mechanism off (%s) leaves every person and the price path unchanged', (_, off) => {
    const on = smallScenario(base);
    const offSc = smallScenario(deepMerge(base, off));
    const a = trace(on, 11), b = trace(offSc, 11);
    // The runs really differ in what households earn and keep ...
    expect(b.income).not.toEqual(a.income);
    expect(b.savings).not.toEqual(a.savings);
    // ... yet demography does not read income: every person's fate is the same.
    expect(b.persons.count).toBe(a.persons.count);
    expect(b.persons.pAlive).toEqual(a.persons.pAlive);
    expect(b.persons.pAge).toEqual(a.persons.pAge);
    expect(b.persons.pHealth).toEqual(a.persons.pHealth);
    expect(b.persons.pAway).toEqual(a.persons.pAway);
    expect(b.persons.pSex).toEqual(a.persons.pSex);
    // Prices follow their own stream.
    expect(b.prices).toEqual(a.prices);
    expect(a.prices.length).toBe(on.time.end - on.time.start + 1);
  });

  it('turning births off leaves the year-2 deaths of the initial population unchanged', () => {
    // Formation off, so a person leaves a slot only by death (or with a dissolving household).
    const over: Overrides = { villages: [{ name: 'P', households: 80 }], demography: { mortalityAt60: 0.05, formation: 0 } };
    const year2 = 2017;
    const gone = (births: number) => {
      let start: PersonSnapshot | undefined, died: number[] = [], born = 0;
      simulate(smallScenario(deepMerge(over, { demography: { births } })), {
        seed: 5, collect: false,
        inspect: (s, _w, year) => {
          if (year === 2016) start = snapshotPersons(s);
          if (year !== year2) return;
          const now = snapshotPersons(s);
          died = [];
          for (let p = 0; p < start!.count * SLOTS; p++) {
            if (!start!.pAlive[p]) { if (now.pAlive[p]) born++; continue; }
            // Still the same person: alive, one year older, same sex (a newborn may take a dead person's slot).
            const same = now.pAlive[p] && now.pAge[p] === Math.min(110, start!.pAge[p] + 1) && now.pSex[p] === start!.pSex[p];
            if (!same) { died.push(p); if (now.pAlive[p]) born++; }
          }
        },
      });
      return { died, born };
    };
    const withBirths = gone(0.3), without = gone(0);
    expect(withBirths.born).toBeGreaterThan(0);
    expect(without.born).toBe(0);
    expect(without.died.length).toBeGreaterThan(0);
    expect(withBirths.died).toEqual(without.died);
  });

  it('the same scenario and seed give deep-equal results; another seed differs', () => {
    const sc = smallScenario({ villages: [{ name: 'P', households: 50 }], time: { start: 2016, end: 2023, surveyYear: 2020 } });
    const a = simulate(sc, { seed: 3, panel: true });
    const b = simulate(sc, { seed: 3, panel: true });
    expect(b).toEqual(a);
    const c = simulate(sc, { seed: 4, panel: true });
    expect(c.yearly).not.toEqual(a.yearly);
    expect(c.panel).not.toEqual(a.panel);
  });

  it('a run does not change its scenario', () => {
    const sc = smallScenario({ villages: [{ name: 'P', households: 40 }], time: { start: 2016, end: 2021, surveyYear: 2019 } });
    const copy = structuredClone(sc);
    simulate(sc, { seed: 1 });
    expect(sc).toEqual(copy);
  });
});
