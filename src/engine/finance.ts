/**
 * Step 7: spending, medical costs, savings and debt. Medical costs of the chronically ill,
 * disabled and acutely ill resident members are paid by ordinary insurance, by preferential
 * cover for registered households while it runs (004), after the transition by medical assistance
 * for the households identified as low-income (lowIncome.ts), and the rest out of pocket; shortfalls
 * become debt. Members at home consume in the village; a tied migrant's living costs away are
 * the household's spending too (its earnings are the household's income, NBS household survey);
 * members settled away spend their own.
 */
import type { Scenario } from '../scenario/schema.js';
import { LI_FOUND } from './lowIncome.js';
import { PURPOSE, uniform } from './random.js';
import type { State } from './state.js';
import type { YearContext } from './year.js';

export function stepFinance(s: State, sc: Scenario, y: YearContext): void {
  const f = sc.economy.finance, assistance = y.amount.medicalAssistance;
  const acuteBySize = Float64Array.from({ length: 9 }, (_, n) => 1 - Math.pow(1 - f.acuteIllness, n));
  for (let h = 0; h < s.count; h++) {
    if (!s.hActive[h]) continue;
    const resident = s.hResident[h], acute = acuteBySize[resident];
    const cost = s.hSick[h] * f.medicalChronic + (uniform(s.hYearHash[h], PURPOSE.acuteIllness) < acute ? f.acuteCost : 0);
    const extra = s.hRegistered[h] ? y.amount.medical : 0;
    let oop = cost * Math.max(0, 1 - f.ordinaryReimbursement - extra);
    y.fiscal.medical += cost * extra; s.hFiscal[h] += cost * extra;
    // Medical assistance for the households the low-income monitoring found (after the transition), on what insurance leaves.
    if (assistance > 0 && s.hLowIncome[h] & LI_FOUND && oop > 0) {
      const paid = Math.min(oop, cost * assistance);
      oop -= paid;
      y.fiscal.medicalAssistance += paid; s.hFiscal[h] += paid;
    }
    s.hMedical[h] = oop;
    const interest = s.hDebt[h] * f.debtInterest;
    // Tied migrants' income is booked net of their living costs away (labor.ts): only those at home consume here.
    let cash = s.hSavings[h] + s.hPerCapita[h] * Math.max(1, resident) - f.consumptionPerPerson * Math.max(1, s.hHome[h]) - oop - interest;
    if (cash < 0) { s.hDebt[h] -= cash; cash = 0; }
    const repay = Math.min(cash, s.hDebt[h]);
    s.hSavings[h] = cash - repay; s.hDebt[h] -= repay;
  }
}
