/** Spending, savings and debt (finance.ts). */
import { describe, expect, it } from 'vitest';
import { stepFinance } from '../../src/engine/finance.js';
import { LI_FOUND } from '../../src/engine/lowIncome.js';
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

  it('charges the village\'s consumption to members at home only: a tied migrant\'s income is already net of its costs away', () => {
    const f = sc.economy.finance;
    expect(savings(2, 0, 20_000)).toBeCloseTo(100_000 + 20_000 - 2 * f.consumptionPerPerson, 6);
    expect(savings(2, 1, 60_000)).toBeCloseTo(100_000 + 60_000 - 2 * f.consumptionPerPerson, 6);
  });
});

describe('medical assistance after the transition', () => {
  const sc = smallScenario({ time: { end: 2030 }, economy: { finance: { acuteIllness: 0, debtInterest: 0 } } });
  /** Out-of-pocket medical cost of a household of two chronically ill members, found as low-income or not, in `year`. */
  function outOfPocket(found: boolean, year: number): { oop: number; fiscal: number } {
    const s = createState(2);
    s.count = 1; s.hActive[0] = 1; s.hHome[0] = 2; s.hResident[0] = 2; s.hSize[0] = 2; s.hSick[0] = 2; s.hSavings[0] = 100_000;
    s.hLowIncome[0] = found ? LI_FOUND : 0;
    const y = yearContext(sc, year);
    stepFinance(s, sc, y);
    return { oop: s.hMedical[0], fiscal: y.fiscal.medicalAssistance };
  }

  it('pays amount_medicalAssistance of the cost for a household the low-income monitoring found, on what insurance leaves, from 2026', () => {
    const f = sc.economy.finance, cost = 2 * f.medicalChronic, share = sc.policy.instruments.medicalAssistance.amount;
    const plain = outOfPocket(false, 2027), helped = outOfPocket(true, 2027);
    expect(plain.oop).toBeCloseTo(cost * (1 - f.ordinaryReimbursement), 6);
    expect(helped.oop).toBeCloseTo(plain.oop - share * cost, 6);
    expect(helped.fiscal).toBeCloseTo(share * cost, 6);
    expect(plain.fiscal).toBe(0);
    expect(outOfPocket(true, 2025).oop).toBe(plain.oop); // the instrument starts in 2026
  });
});
