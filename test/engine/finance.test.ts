/** Spending, savings and debt (finance.ts). */
import { describe, expect, it } from 'vitest';
import { stepFinance } from '../../src/engine/finance.js';
import { createState } from '../../src/engine/state.js';
import { yearContext } from '../../src/engine/year.js';
import { smallScenario } from './helpers.js';

describe('spending', () => {
  const sc = smallScenario({ economy: { finance: { acuteIllness: 0, debtInterest: 0 } } });
  /** Savings after a year of a household of `home` members at home and `tied` tied migrants, with income `income` in all. */
  function savings(home: number, tied: number, income: number): number {
    const s = createState(2);
    s.count = 1; s.hActive[0] = 1; s.hHome[0] = home; s.hResident[0] = home + tied; s.hSize[0] = home + tied;
    s.hPerCapita[0] = income / (home + tied); s.hSavings[0] = 100_000;
    stepFinance(s, sc, yearContext(sc, 2020));
    return s.hSavings[0];
  }

  it('counts a tied migrant\'s living costs away as the household\'s spending, its members at home\'s consumption in the village', () => {
    const f = sc.economy.finance, away = sc.economy.labor.costAway;
    expect(savings(2, 0, 20_000)).toBeCloseTo(100_000 + 20_000 - 2 * f.consumptionPerPerson, 6);
    expect(savings(2, 1, 60_000)).toBeCloseTo(100_000 + 60_000 - 2 * f.consumptionPerPerson - away, 6);
  });
});
