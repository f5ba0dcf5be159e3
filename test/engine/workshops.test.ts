/** The workshops' accounts (workshops.ts). */
import { describe, expect, it } from 'vitest';
import { WORKED_WORKSHOP } from '../../src/engine/labor.js';
import { simulate } from '../../src/engine/simulate.js';
import { N_SOURCES, SRC } from '../../src/engine/sources.js';
import { smallScenario, type Overrides } from './helpers.js';

/** Each year's workers: their own and subsidy-funded workshop pay. */
function pay(over: Overrides) {
  const out: { year: number; own: number; funded: number }[][] = [];
  simulate(smallScenario({ villages: [{ name: 'P', households: 120 }], ...over }), { seed: 1, collect: false, inspect: (s, _w, year) => {
    const rows: { year: number; own: number; funded: number }[] = [];
    for (let h = 0; h < s.count; h++) if (s.hActive[h] && s.hPostsWorked[h] & WORKED_WORKSHOP) rows.push({ year, own: s.hIncome[h * N_SOURCES + SRC.workshop], funded: s.hIncome[h * N_SOURCES + SRC.workshopSubsidy] });
    out.push(rows);
  } });
  return out;
}

describe('workshop accounts', () => {
  it('book the part of workers\' pay the subsidy funded, when the orders do not cover the outlays, as transfusion: the same share for every worker', () => {
    const years = pay({ workshops: { orderValue: 0.95 }, policy: { instruments: { workshopSubsidy: { amount: 60000 } } } });
    const funded = years.flat().filter((r) => r.funded > 0);
    expect(funded.length).toBeGreaterThan(0);
    for (const rows of years) {
      const shares = rows.filter((r) => r.own + r.funded > 0).map((r) => r.funded / (r.own + r.funded));
      for (const x of shares) expect(x).toBeCloseTo(shares[0], 9);
    }
  });

  it('fund no pay when the orders cover the outlays, or without a subsidy', () => {
    for (const over of [{ workshops: { orderValue: 1.6 } }, { workshops: { orderValue: 0.95 }, policy: { instruments: { workshopSubsidy: { amount: 0 } } } }] as Overrides[])
      for (const r of pay(over).flat()) expect(r.funded).toBe(0);
  });
});
