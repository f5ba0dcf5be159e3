/**
 * Step 4c/5b: which of the eight measures (001 T1) a household takes part in this year,
 * nominally (enrolled, received) and really (actually working at it). Nominal participation
 * in breeding can be high while real participation is low (001 §4.1.4).
 */
import type { Scenario } from '../scenario/schema.js';
import { takeUp } from './awareness.js';
import { MODE_BIT } from './modes.js';
import { draw, event, type StreamKeys } from './random.js';
import { MEASURE as M, N_MEASURES, N_SOURCES, SRC } from './sources.js';
import type { State } from './state.js';
import type { YearContext } from './year.js';

const bit = (m: number) => 1 << m;

export function recordParticipation(s: State, sc: Scenario, y: YearContext, keys: StreamKeys): void {
  const trainAccess = MODE_BIT.cooperative | MODE_BIT.employment | MODE_BIT.individual;
  for (let h = 0; h < s.count; h++) {
    if (!s.hActive[h]) continue;
    const id = s.hId[h], inc = h * N_SOURCES, aw = h * N_MEASURES, V = s.hV[h];
    const offer = (m: number, purpose: number) => draw(keys.participation, id, event(y.year, purpose)) < takeUp(sc, s.hAware[aw + m], V);
    let nominal = s.hNominal[h] & bit(M.financial), real = nominal;
    if (s.hIncome[inc + SRC.dividends] > 0) { nominal |= bit(M.dividends); real |= bit(M.dividends); }
    if (s.hCoop[h]) { nominal |= bit(M.cooperative); if (s.hCoopLabor[h] >= 0.25) real |= bit(M.cooperative); }
    if (s.hGranted[h]) { nominal |= bit(M.individual); if (s.hHerd[h] > 0) real |= bit(M.individual); }
    const job = s.hEntJobs[h] + s.hWorkshopPosts[h] + s.hWelfarePosts[h];
    s.hTrained[h] = y.level.training > 0 && s.hModes[h] & trainAccess && s.hLabor[h] > 0.2 && offer(M.technical, 30) ? 1 : 0;
    if (job > 0 || (s.hTrained[h] && s.hModes[h] & MODE_BIT.employment)) nominal |= bit(M.employment);
    if (job > 0) real |= bit(M.employment);
    if (y.level.infrastructure > 0 && s.hLabor[h] >= 0.3 && offer(M.infrastructure, 31)) { nominal |= bit(M.infrastructure); real |= bit(M.infrastructure); }
    if (s.hTrained[h]) { nominal |= bit(M.technical); if (s.hHerd[h] > 0 || s.hCoopLabor[h] > 0 || job > 0) real |= bit(M.technical); }
    if (y.level.materialHelp > 0 && offer(M.material, 32)) { nominal |= bit(M.material); if (s.hIncome[inc + SRC.planting] > 0) real |= bit(M.material); }
    s.hNominal[h] = nominal;
    s.hReal[h] = real;
    if (s.hTrained[h]) { y.fiscal.training += sc.empowerment.trainingCost; s.hFiscal[h] += sc.empowerment.trainingCost; }
  }
}
