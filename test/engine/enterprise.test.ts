import { describe, expect, it } from 'vitest';
import { priceLevel } from '../../src/engine/prices.js';
import { simulate } from '../../src/engine/simulate.js';
import { Scenario } from '../../src/scenario/schema.js';

describe('the fund\'s returns by their contracts', () => {
  it('the loan\'s 140,000 and the shares\' 160,000 a year are fixed in yuan of the day: in 2020 yuan they fall with the CPI', () => {
    // No photovoltaic income, no workshop rent, an enterprise that never has a bad year.
    const sc = Scenario.parse({
      villages: [{ name: 'P', households: 40 }], time: { end: 2030 },
      photovoltaic: { incomeMin: 0, incomeMax: 0 }, workshops: { perVillage: 0 }, enterprise: { reserve: 1e9, revenue: 1e8 },
    });
    const e = sc.enterprise, fund = new Map<number, number>();
    let scale = 0;
    simulate(sc, { seed: 1, collect: false, inspect: (_s, w, y) => { fund.set(y, w.villages[0].fundIncome); scale = w.villages[0].fundScale; } });
    const nominal = (y: number) => (e.loanPrincipal * e.loanRate + (y >= e.sharesYear ? e.sharesPrincipal * e.sharesRate : 0)) * scale;
    for (const y of [2017, 2018, 2020, 2024, 2030]) expect(fund.get(y)).toBeCloseTo(nominal(y) / priceLevel(sc, y), 4);
    expect(fund.get(2030)!).toBeLessThan(fund.get(2020)!);
  });

  it('the loan pays its return to enterprise.loanEnd and nothing after: the shares keep paying', () => {
    const sc = Scenario.parse({
      villages: [{ name: 'P', households: 40 }], time: { end: 2030 },
      photovoltaic: { incomeMin: 0, incomeMax: 0 }, workshops: { perVillage: 0 }, enterprise: { reserve: 1e9, revenue: 1e8, loanEnd: 2027 },
    });
    const e = sc.enterprise, fund = new Map<number, number>();
    let scale = 0;
    simulate(sc, { seed: 1, collect: false, inspect: (_s, w, y) => { fund.set(y, w.villages[0].fundIncome); scale = w.villages[0].fundScale; } });
    for (const y of [2020, 2027]) expect(fund.get(y)).toBeCloseTo((e.loanPrincipal * e.loanRate + e.sharesPrincipal * e.sharesRate) * scale / priceLevel(sc, y), 4);
    for (const y of [2028, 2030]) expect(fund.get(y)).toBeCloseTo(e.sharesPrincipal * e.sharesRate * scale / priceLevel(sc, y), 4);
  });

  it('the photovoltaic station\'s income is nominal too: the same draws are worth less in later years', () => {
    const pv = (end: number) => {
      const sc = Scenario.parse({ villages: [{ name: 'P', households: 40 }], time: { end }, enterprise: { loanPrincipal: 0, sharesPrincipal: 0 }, workshops: { perVillage: 0 } });
      const f = new Map<number, number>();
      simulate(sc, { seed: 2, collect: false, inspect: (_s, w, y) => f.set(y, w.villages[0].fundIncome) });
      return { f, sc };
    };
    const { f, sc } = pv(2030);
    for (const y of [2017, 2020, 2030]) {
      const real = f.get(y)!;
      expect(real * priceLevel(sc, y)).toBeGreaterThanOrEqual(sc.photovoltaic.incomeMin * 0.5);
      expect(real * priceLevel(sc, y)).toBeLessThanOrEqual(sc.photovoltaic.incomeMax * 2);
    }
  });
});
