/**
 * Step 4a after the transition: identification and monitoring of the rural low-income population
 * (docs/model.md §7.21; 2025 No. 1 central document; 国办函〔2023〕39号). While the lowIncome
 * instrument runs, at the start of each year, from last year's income and spending:
 *
 *   floor  = the household received the guarantee or extreme-poverty support
 *   edge   = not on the floor, pc < edgeMultiple × dibao(t), property test
 *   rigid  = neither, pc < the village's mean pc, (pc × r − medical) / r < edgeMultiple × dibao(t), property test
 *   risk   = at risk (poverty.ts: poor before support, or under the monitoring threshold after a fall)
 *   property test: (savings − debt) / r < assetYears × dibao(t)
 *
 * with pc last year's income per resident member, medical last year's out-of-pocket medical
 * spending and dibao(t) the guarantee's published standard. Recipients of the floor and the
 * households at risk are known; the others are found with probability `detection`, and stay
 * found while they qualify. The cadres follow at most round(capacity × amount × households) of
 * the found households a year: those they followed last year first, then the poorest. The
 * followed households are the ones the monitoring watches (grants, inclusion in the guarantee,
 * priority for posts), and the ones posts, industry support and training reach (places.ts,
 * industrySupport.ts, participation.ts); medical assistance reaches every found household
 * (finance.ts).
 */
import type { Scenario } from '../scenario/schema.js';
import { PURPOSE, uniform } from './random.js';
import { publishedDibaoStandard } from './standards.js';
import type { State } from './state.js';
import type { VillageIndex } from './villageIndex.js';
import type { World } from './world.js';
import type { YearContext } from './year.js';

/** hLowIncome bits: the categories, found by the monitoring, followed by the cadres, industry support received this year. */
export const LI_FLOOR = 1, LI_EDGE = 2, LI_RIGID = 4, LI_RISK = 8, LI_FOUND = 16, LI_FOLLOWED = 32, LI_INDUSTRY = 64;
const QUALIFIES = LI_FLOOR | LI_EDGE | LI_RIGID | LI_RISK;
/** Packing of the follow-up order into one double: continuing first, then income in tens of yuan (20 bits), then the position (22 bits). */
const INCOME_BITS = 2 ** 20, POSITION_BITS = 2 ** 22;

/** Scratch reused across years: one priority key per found household of a village. */
export interface LowIncomeScratch { keys: Float64Array }
export const newLowIncomeScratch = (): LowIncomeScratch => ({ keys: new Float64Array(1024) });

/**
 * Whether the monitoring watches household h this year: while the low-income monitoring runs,
 * the households its cadres follow; before, a household at risk last year that is registered
 * (help cadres) or, from policy.monitoring.everyoneFrom, any (the return-to-poverty monitoring).
 */
export function isWatched(s: State, sc: Scenario, monitoring: boolean, lowIncome: boolean, year: number, h: number): boolean {
  if (!monitoring) return false;
  if (lowIncome) return (s.hLowIncome[h] & LI_FOLLOWED) !== 0;
  return s.hAtRisk[h] === 1 && (s.hRegistered[h] === 1 || year >= sc.policy.monitoring.everyoneFrom);
}

/** The categories household h qualifies under (LI_FLOOR ... LI_RISK), from last year's state. */
function categories(s: State, sc: Scenario, h: number, standard: number, villageMean: number): number {
  const li = sc.policy.lowIncome, r = Math.max(1, s.hResident[h]), pc = s.hPerCapita[h];
  let bits = s.hAtRisk[h] ? LI_RISK : 0;
  if (s.hDibao[h] > 0) return bits | LI_FLOOR;
  const edge = li.edgeMultiple * standard;
  if ((s.hSavings[h] - s.hDebt[h]) / r >= li.assetYears * standard) return bits;
  if (pc < edge) return bits | LI_EDGE;
  if (pc < villageMean && (pc * r - s.hMedical[h]) / r < edge) bits |= LI_RIGID;
  return bits;
}

export function identifyLowIncome(s: State, sc: Scenario, world: World, idx: VillageIndex, y: YearContext, scratch: LowIncomeScratch): void {
  if (!(y.level.lowIncome > 0)) {
    s.hLowIncome.fill(0);
    return;
  }
  const li = sc.policy.lowIncome, standard = publishedDibaoStandard(sc, y.year);
  const { hActive, hLowIncome, hPerCapita, hBeforeSupport, hYearHash } = s;
  for (const v of world.villages) {
    const a = idx.start[v.index], b = idx.start[v.index + 1];
    // A household formed this year has no income of last year to judge (no record yet).
    let sum = 0, n = 0;
    for (let i = a; i < b; i++) {
      const h = idx.order[i];
      if (hPerCapita[h] !== 0 || hBeforeSupport[h] !== 0) { sum += hPerCapita[h]; n++; }
    }
    const mean = n > 0 ? sum / n : 0;
    if (scratch.keys.length < b - a) scratch.keys = new Float64Array(2 * (b - a));
    let found = 0;
    for (let i = a; i < b; i++) {
      const h = idx.order[i], before = hLowIncome[h];
      hLowIncome[h] = 0;
      if (!hActive[h] || (hPerCapita[h] === 0 && hBeforeSupport[h] === 0)) continue;
      const bits = categories(s, sc, h, standard, mean);
      if (!(bits & QUALIFIES)) continue;
      const known = bits & (LI_FLOOR | LI_RISK) || before & LI_FOUND;
      if (!known && uniform(hYearHash[h], PURPOSE.lowIncomeFind) >= li.detection) { hLowIncome[h] = bits; continue; }
      hLowIncome[h] = bits | LI_FOUND;
      // Followed last year first, then the lowest income first.
      const income = Math.min(INCOME_BITS - 1, Math.max(0, Math.floor(hPerCapita[h] / 10)));
      scratch.keys[found++] = ((before & LI_FOLLOWED ? 0 : 1) * INCOME_BITS + income) * POSITION_BITS + (i - a);
    }
    const capacity = Math.round(li.capacity * y.amount.lowIncome * (b - a));
    const order = scratch.keys.subarray(0, found).sort();
    for (let j = 0; j < Math.min(capacity, found); j++) hLowIncome[idx.order[a + (order[j] % POSITION_BITS)]] |= LI_FOLLOWED;
  }
}
