/**
 * Step 8: empowerment on three levels (001 §2), each from what the household holds and does
 * this year, never from what it is enrolled in or what it receives.
 *
 * - R (resources and opportunities): the resources held and used: land farmed, a herd,
 *   savings net of debt, access to a market through the cooperative, a job, a workshop post or
 *   a business, and skills in use. Nothing reads R: the mechanisms read these holdings
 *   themselves (restocking reads savings, sheds and skill), so reading R too would count them twice.
 * - K (knowledge and skills): grows with practice ("the mortality rate went down", 001 §4.2) and
 *   with training taken, but training only when it is put to work (a trained household that
 *   practises nothing keeps nothing of it); decays without practice.
 * - V (values and agency): grows with the agency a household exercises: running its own
 *   production or job, really taking part in a measure, a say in the cooperative or in the
 *   village's decisions; fades when it exercises none. "Waiting for need" (001 §4.1.3) is
 *   passive receipt without practice: receiving transfers neither raises nor lowers V, so
 *   withdrawing them alone leaves V where the household's own practice puts it.
 */
import type { Scenario } from '../scenario/schema.js';
import { WORKED_JOB, WORKED_WORKSHOP } from './labor.js';
import { MODE_BIT } from './modes.js';
import { TRAINED_LOW_INCOME } from './participation.js';
import { MEASURE, measureCount } from './sources.js';
import { SLOTS, type State } from './state.js';
import type { YearContext } from './year.js';

/** Labor a cooperative member must put in to count as working in it (not only holding a share). */
export const COOP_WORK = 0.25;
/** The seven measures a household takes part in by acting (dividends are received, not done: 001 §4.2). */
const ACTIVE_MEASURES = 0xff & ~(1 << MEASURE.dividends);

/** Whether household h reaches a market through an organised channel this year: cooperative work, a job or workshop post worked, a business. */
function marketAccess(s: State, h: number): boolean {
  return s.hCoopLabor[h] >= COOP_WORK || (s.hPostsWorked[h] & (WORKED_JOB | WORKED_WORKSHOP)) !== 0 || s.hBusiness[h] === 1;
}

/** Whether household h practises a skilled activity this year: its own herd, or work in a market channel (marketAccess). */
export function practises(s: State, h: number): boolean {
  return s.hHerdLabor[h] > 0 || marketAccess(s, h);
}

/**
 * R of household h in [0, 1]: the mean of five resources held and used, each in [0, 1] against
 * one full worker's or one year's worth (`practice` from practises, `K` the skill it worked with).
 */
export function resources(s: State, sc: Scenario, h: number, practice: boolean, K: number): number {
  const e = sc.economy, mu = e.planting.muPerWorker;
  const farmed = Math.min(s.hLand[h], s.hFarmLabor[h] * mu);
  const land = Math.min(1, farmed / mu);
  const herd = Math.min(1, s.hHerd[h] / e.breeding.headsPerWorker);
  const savings = Math.min(1, Math.max(0, s.hSavings[h] - s.hDebt[h]) / (e.finance.consumptionPerPerson * Math.max(1, s.hHome[h])));
  const market = marketAccess(s, h) ? 1 : 0;
  const skills = practice ? K : 0;
  return (land + herd + savings + market + skills) / 5;
}

/**
 * The agency household h exercises this year, in [0, 1]: 1 when it practises (runs its own
 * production or job), else its voice (a cooperative member's vote, a cadre or party member in
 * the village's decisions) and each measure it really takes part in, by their weights.
 */
export function agencyExercised(s: State, sc: Scenario, h: number, practice: boolean): number {
  if (practice) return 1;
  const E = sc.empowerment, voice = s.hCoop[h] === 1 || s.hConnected[h] === 1 ? 1 : 0;
  return Math.min(1, E.voiceWeight * voice + E.participationWeight * measureCount(s.hReal[h] & ACTIVE_MEASURES));
}

export function stepEmpowerment(s: State, sc: Scenario, y: YearContext): void {
  const E = sc.empowerment, ageMax = sc.economy.workingAgeMax;
  const coopTraining = sc.modes.cooperative.training * y.amount.training, jobTraining = sc.modes.employment.training * y.amount.training;
  for (let h = 0; h < s.count; h++) {
    if (!s.hActive[h]) continue;
    const practice = practises(s, h);
    let K = s.hK[h];
    s.hR[h] = resources(s, sc, h, practice, K);
    if (practice) {
      // Training counts only when taken (hTrained: take-up by a member at home, participation.ts)
      // and put to work: the cooperative's lectures by members who work in it, the weekend school
      // by households with employment access or, after the transition, reached as followed low-income households.
      const training = s.hTrained[h] ? (s.hCoopLabor[h] >= COOP_WORK ? coopTraining : 0) + (s.hAccess[h] & MODE_BIT.employment || s.hTrained[h] & TRAINED_LOW_INCOME ? jobTraining : 0) : 0;
      const ageFactor = s.pAge[h * SLOTS + s.hHead[h]] > ageMax ? E.oldAgeLearning : 1;
      K += Math.min(1, E.practiceGain + training) * ageFactor * (1 - K);
    } else K -= E.skillDecay * K;
    s.hK[h] = Math.min(1, Math.max(0, K));
    const a = agencyExercised(s, sc, h, practice);
    const V = s.hV[h] + E.agencyGain * a * (1 - s.hV[h]) - E.agencyDecay * (1 - a) * s.hV[h];
    s.hV[h] = Math.min(1, Math.max(0, V));
  }
}
