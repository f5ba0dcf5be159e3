/**
 * Step 8: empowerment on three levels (001 §2). R follows access to opportunities; K grows
 * with practice and training and decays without them ("the mortality rate went down",
 * 001 §4.2); V grows when the household runs its own production or job and erodes with the
 * share of income that arrives as transfers ("waiting for need", 001 §4.1.3).
 */
import type { Scenario } from '../scenario/schema.js';
import { WORKED_JOB, WORKED_WORKSHOP } from './labor.js';
import { MODE_BIT } from './modes.js';
import { IS_TRANSFUSION, N_MEASURES, N_SOURCES, measureCount } from './sources.js';
import { SLOTS, type State } from './state.js';
import type { YearContext } from './year.js';

export function stepEmpowerment(s: State, sc: Scenario, y: YearContext): void {
  const E = sc.empowerment, ageMax = sc.economy.workingAgeMax;
  const coopTraining = sc.modes.cooperative.training * y.amount.training, jobTraining = sc.modes.employment.training * y.amount.training;
  for (let h = 0; h < s.count; h++) {
    if (!s.hActive[h]) continue;
    s.hR[h] += E.resourceAdjustment * (measureCount(s.hNominal[h]) / N_MEASURES - s.hR[h]);
    // Real practice: working the cooperative, the own herd or land with skill, a job or workshop post, a business.
    const practice = s.hCoopLabor[h] >= 0.25 || s.hHerdLabor[h] > 0 || (s.hPostsWorked[h] & (WORKED_JOB | WORKED_WORKSHOP)) !== 0 || s.hBusiness[h] === 1;
    const trained = s.hTrained[h] === 1;
    const ageFactor = s.pAge[h * SLOTS + s.hHead[h]] > ageMax ? E.oldAgeLearning : 1;
    let K = s.hK[h];
    if (practice || trained) {
      const training = trained ? (s.hCoop[h] ? coopTraining : 0) + (s.hAccess[h] & MODE_BIT.employment ? jobTraining : 0) : 0;
      K += Math.min(1, (practice ? E.practiceGain : 0) + training) * ageFactor * (1 - K);
    } else K -= E.skillDecay * K;
    s.hK[h] = Math.min(1, Math.max(0, K));
    let transfusion = 0, gross = 0;
    for (let k = 0, i = h * N_SOURCES; k < N_SOURCES; k++, i++) {
      const x = s.hIncome[i] > 0 ? s.hIncome[i] : 0;
      gross += x;
      if (IS_TRANSFUSION[k]) transfusion += x;
    }
    const tau = gross > 0 ? transfusion / gross : 0;
    let V = s.hV[h];
    if (practice) V += E.agencyGain * (1 - V);
    V -= E.dependencyErosion * tau * V;
    s.hV[h] = Math.min(1, Math.max(0, V));
  }
}
