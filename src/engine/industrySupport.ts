/**
 * Step 5 after the transition: industry support (产业帮扶) for the followed low-income households
 * able to work (docs/model.md §7.21; 2025 No. 1 central document: developmental help for those
 * who can work; MARA 2023: each monitored household able and willing to work gets at least one
 * industry or employment measure). By need and capacity, not to everyone:
 *
 *   eligible = followed (lowIncome.ts), can work (the labour test), labor at home ≥
 *              modes.individual.sellOffLabor (it can keep animals), never supported before
 *   places   = round(policy.lowIncome.industryPerVillage × households × min(1, level))
 *   offered with probability min(1, places / eligible), taken up with q(a_individual, V)
 *
 * A household that takes it receives animals worth amount_industrySupport in kind (到户类资产):
 * capital, not income, like the start-up grant (income.ts); what they yield is breeding income
 * and keeping them is practice (empowerment.ts). No mode is needed: the help follows need.
 */
import type { Scenario } from '../scenario/schema.js';
import { takesUp } from './awareness.js';
import { LI_FOLLOWED, LI_INDUSTRY } from './lowIncome.js';
import { cannotWork } from './laborTest.js';
import { PURPOSE, uniform } from './random.js';
import { MEASURE, N_MEASURES } from './sources.js';
import type { State } from './state.js';
import type { VillageIndex } from './villageIndex.js';
import type { World } from './world.js';
import type { YearContext } from './year.js';

/** hGranted bit: industry support received (bits 1, 2, 4: start-up, monitoring and last-push grants). */
export const INDUSTRY_GRANT = 8;

function eligible(s: State, sc: Scenario, h: number): boolean {
  return s.hActive[h] === 1 && (s.hLowIncome[h] & LI_FOLLOWED) !== 0 && !(s.hGranted[h] & INDUSTRY_GRANT)
    && s.hLabor[h] >= sc.modes.individual.sellOffLabor && !cannotWork(sc, s, h);
}

export function industrySupport(s: State, sc: Scenario, world: World, idx: VillageIndex, y: YearContext): void {
  if (!(y.level.industrySupport > 0)) return;
  const value = y.amount.industrySupport, animals = value / sc.economy.breeding.animalValue, keep = 1 - sc.frictions.leakage;
  for (const v of world.villages) {
    const a = idx.start[v.index], b = idx.start[v.index + 1];
    let candidates = 0;
    for (let i = a; i < b; i++) if (eligible(s, sc, idx.order[i])) candidates++;
    if (candidates === 0) continue;
    const offer = Math.min(1, Math.round(sc.policy.lowIncome.industryPerVillage * (b - a) * Math.min(1, y.level.industrySupport)) / candidates);
    for (let i = a; i < b; i++) {
      const h = idx.order[i], hash = s.hYearHash[h];
      if (!eligible(s, sc, h) || uniform(hash, PURPOSE.industryOffer) >= offer) continue;
      if (!takesUp(sc, uniform(hash, PURPOSE.industryTakeUp), s.hAware[h * N_MEASURES + MEASURE.individual], s.hV[h])) continue;
      s.hGranted[h] |= INDUSTRY_GRANT;
      s.hLowIncome[h] |= LI_INDUSTRY;
      s.hHerd[h] += animals * keep;
      s.hFiscal[h] += value;
      y.fiscal.industrySupport += value;
    }
  }
}
