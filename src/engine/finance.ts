/**
 * Step 7: spending, medical costs, savings and debt. Medical costs of the chronically ill,
 * disabled and acutely ill are paid by ordinary insurance, by preferential cover for registered
 * households while it runs (004), and the rest out of pocket; shortfalls become debt.
 */
import type { Scenario } from '../scenario/schema.js';
import { PURPOSE, uniform } from './random.js';
import type { State } from './state.js';
import type { YearContext } from './year.js';

export function stepFinance(s: State, sc: Scenario, y: YearContext): void {
  const f = sc.economy.finance;
  const acuteBySize = Float64Array.from({ length: 9 }, (_, n) => 1 - Math.pow(1 - f.acuteIllness, n));
  for (let h = 0; h < s.count; h++) {
    if (!s.hActive[h]) continue;
    const acute = acuteBySize[s.hSize[h]];
    const cost = s.hSick[h] * f.medicalChronic + (uniform(s.hYearHash[h], PURPOSE.acuteIllness) < acute ? f.acuteCost : 0);
    const extra = s.hRegistered[h] ? y.amount.medical : 0;
    const oop = cost * Math.max(0, 1 - f.ordinaryReimbursement - extra);
    y.fiscal.medical += cost * extra; s.hFiscal[h] += cost * extra;
    s.hMedical[h] = oop;
    const interest = s.hDebt[h] * f.debtInterest;
    let cash = s.hSavings[h] + s.hPerCapita[h] * Math.max(1, s.hResident[h]) - f.consumptionPerPerson * Math.max(1, s.hHome[h]) - oop - interest;
    if (cash < 0) { s.hDebt[h] -= cash; cash = 0; }
    const repay = Math.min(cash, s.hDebt[h]);
    s.hSavings[h] = cash - repay; s.hDebt[h] -= repay;
  }
}
