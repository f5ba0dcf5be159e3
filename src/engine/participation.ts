/**
 * Step 4c/5b: which of the eight measures (001 T1) a household takes part in this year,
 * nominally (enrolled, received) and really (actually working at it). Nominal participation
 * in breeding can be high while real participation is low (001 §4.1.4).
 */
import type { Scenario } from '../scenario/schema.js';
import { takesUp } from './awareness.js';
import { practises } from './empowerment.js';
import { INDUSTRY_GRANT } from './industrySupport.js';
import { WORKED_JOB, WORKED_WELFARE, WORKED_WORKSHOP } from './labor.js';
import { LI_FOLLOWED } from './lowIncome.js';
import { MODE_BIT } from './modes.js';
import { cannotWork } from './laborTest.js';
import { PURPOSE, uniform } from './random.js';
import { MEASURE as M, N_MEASURES, N_SOURCES, SRC } from './sources.js';
import type { State } from './state.js';
import type { YearContext } from './year.js';

const bit = (m: number) => 1 << m;

/** hTrained bits: took training this year; reached as a followed low-income household (the weekend school's skills, empowerment.ts). */
export const TRAINED = 1, TRAINED_LOW_INCOME = 2;

export function recordParticipation(s: State, sc: Scenario, y: YearContext): void {
  // Training comes with cooperative places and the weekend school of the employment mode.
  const trainAccess = MODE_BIT.cooperative | MODE_BIT.employment;
  const { hActive, hYearHash, hV, hAware, hNominal, hReal, hIncome, hCoop, hCoopLabor, hGranted, hHerd, hTrained, hAccess, hLabor, hFiscal } = s;
  const training = y.level.training > 0, infrastructure = y.level.infrastructure > 0, material = y.level.materialHelp > 0;
  // After the transition skills training also reaches the followed low-income households able to work (policy.lowIncome.targeting.training).
  const lowIncome = y.level.lowIncome > 0 && sc.policy.lowIncome.targeting.training === 'low-income';
  const cost = sc.empowerment.trainingCost;
  for (let h = 0, n = s.count; h < n; h++) {
    if (!hActive[h]) continue;
    const hash = hYearHash[h], inc = h * N_SOURCES, aw = h * N_MEASURES, V = hV[h], modes = hAccess[h], labor = hLabor[h];
    let nominal = hNominal[h] & bit(M.financial), real = nominal;
    if (hIncome[inc + SRC.dividends] > 0) { nominal |= bit(M.dividends); real |= bit(M.dividends); }
    if (hCoop[h]) { nominal |= bit(M.cooperative); if (hCoopLabor[h] >= 0.25) real |= bit(M.cooperative); }
    if (hGranted[h] & (1 | INDUSTRY_GRANT)) { nominal |= bit(M.individual); if (hHerd[h] > 0) real |= bit(M.individual); }
    const job = s.hPostsWorked[h] & (WORKED_JOB | WORKED_WORKSHOP | WORKED_WELFARE) ? 1 : 0;
    const followed = lowIncome && (s.hLowIncome[h] & LI_FOLLOWED) !== 0 && !cannotWork(sc, s, h);
    const trained = training && (modes & trainAccess || followed) && labor > 0.2 && takesUp(sc, uniform(hash, PURPOSE.training), hAware[aw + M.technical], V) ? 1 : 0;
    hTrained[h] = trained && followed ? TRAINED | TRAINED_LOW_INCOME : trained;
    if (job > 0 || (trained && modes & MODE_BIT.employment)) nominal |= bit(M.employment);
    if (job > 0) real |= bit(M.employment);
    if (infrastructure && labor >= 0.3 && takesUp(sc, uniform(hash, PURPOSE.infrastructure), hAware[aw + M.infrastructure], V)) { nominal |= bit(M.infrastructure); real |= bit(M.infrastructure); }
    // Really taking part in technical help is putting the training to work, as K counts it (empowerment.ts).
    if (trained) { nominal |= bit(M.technical); if (practises(s, h)) real |= bit(M.technical); }
    if (material && takesUp(sc, uniform(hash, PURPOSE.material), hAware[aw + M.material], V)) { nominal |= bit(M.material); if (hIncome[inc + SRC.planting] > 0) real |= bit(M.material); }
    hNominal[h] = nominal;
    hReal[h] = real;
    if (trained) { y.fiscal.training += cost; hFiscal[h] += cost; }
  }
}
