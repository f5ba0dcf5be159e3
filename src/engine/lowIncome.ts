/**
 * Step 4a after the transition: identification and monitoring of the rural low-income population
 * (docs/model.md §7.21; 2025 No. 1 central document; 国办函〔2023〕39号). While the lowIncome
 * instrument runs, at the start of each year, from last year's income and spending:
 *
 *   floor  = the household received the guarantee or extreme-poverty support
 *   edge   = not on the floor, pc < edgeMultiple × dibao(t), property test
 *   rigid  = neither, pc < the county's income per person (resident-weighted), (pc × r − medical) / r < edgeMultiple × dibao(t), property test
 *   risk   = at risk (poverty.ts: poor before support, or under the monitoring threshold after a fall)
 *   property test: (savings − debt) / r < assetYears × dibao(t)
 *
 * with pc last year's income per resident member, medical last year's out-of-pocket medical
 * spending and dibao(t) the guarantee's published standard. The heavy-spending (支出型, 刚性支出困难)
 * test follows the local rules implementing the 2023 opinion (data.md 8): per-capita income below
 * the locality's per-capita disposable income of the previous year, and income net of the rigid
 * spending within the edge test. The locality is the county: the mean over every simulated
 * village (a one-village scenario stands for its county, so there it is the village's mean). Recipients of the floor and the
 * households at risk are known; the others are found with probability `detection`, and stay
 * found while they qualify. The monitoring watches every household at risk, followed or not, as
 * the return-to-poverty monitoring did before it (isWatched: no "sudden brake" in 2026), and the
 * followed ones besides. The cadres follow at most round(capacity × amount × households) of the
 * found households a year, in this order (the 2021 guidance and MARA 2023, data.md 9: developmental
 * help goes first to the monitored households able to work):
 *
 *   1. at risk and able to work   2. at risk, unable to work
 *   3. on the edge or with heavy spending, not on the floor   4. on the floor only (the guarantee
 *      already reaches them; following adds posts, industry support and training)
 *
 * and within a rank those followed last year first (they still qualify), then the poorest. The
 * followed households are the ones posts, industry support and training reach (places.ts,
 * industrySupport.ts, participation.ts); medical assistance reaches every found household
 * (finance.ts).
 */
import type { Scenario } from '../scenario/schema.js';
import { cannotWork } from './laborTest.js';
import { PURPOSE, uniform } from './random.js';
import { publishedDibaoStandard } from './standards.js';
import type { State } from './state.js';
import type { VillageIndex } from './villageIndex.js';
import type { World } from './world.js';
import type { YearContext } from './year.js';

/** hLowIncome bits: the categories, found by the monitoring, followed by the cadres, industry support received this year. */
export const LI_FLOOR = 1, LI_EDGE = 2, LI_RIGID = 4, LI_RISK = 8, LI_FOUND = 16, LI_FOLLOWED = 32, LI_INDUSTRY = 64;
const QUALIFIES = LI_FLOOR | LI_EDGE | LI_RIGID | LI_RISK;
/** Packing of the follow-up order into one double: the rank (2 bits), continuing first, then income in tens of yuan (20 bits), then the position (22 bits). */
const INCOME_BITS = 2 ** 20, POSITION_BITS = 2 ** 22;

/** Scratch reused across years: one priority key per found household of a village. */
export interface LowIncomeScratch { keys: Float64Array }
export const newLowIncomeScratch = (): LowIncomeScratch => ({ keys: new Float64Array(1024) });

/**
 * Whether the monitoring watches household h this year: a household at risk last year that is
 * registered (help cadres) or, from policy.monitoring.everyoneFrom, any (the return-to-poverty
 * monitoring); while the low-income monitoring runs, also the households its cadres follow, so
 * the announced system never watches fewer households at risk than the withdrawal.
 */
export function isWatched(s: State, sc: Scenario, monitoring: boolean, lowIncome: boolean, year: number, h: number): boolean {
  if (!monitoring) return false;
  const atRisk = s.hAtRisk[h] === 1 && (s.hRegistered[h] === 1 || year >= sc.policy.monitoring.everyoneFrom);
  return atRisk || (lowIncome && (s.hLowIncome[h] & LI_FOLLOWED) !== 0);
}

/** The cadres' follow-up rank of a found household (0 first): at risk and able to work, at risk, edge or heavy spending, the floor only. */
function followRank(sc: Scenario, s: State, h: number, bits: number): number {
  if (bits & LI_RISK) return cannotWork(sc, s, h) ? 1 : 0;
  return bits & (LI_EDGE | LI_RIGID) ? 2 : 3;
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
  // The heavy-spending test reads the locality's mean income per person (人均) of last year: the
  // county's, i.e. every simulated village's, each household weighed by its resident members. A
  // household formed this year has no income of last year (no record yet).
  let sum = 0, n = 0;
  for (let h = 0; h < s.count; h++) {
    if (hActive[h] && (hPerCapita[h] !== 0 || hBeforeSupport[h] !== 0)) {
      const r = Math.max(1, s.hResident[h]);
      sum += hPerCapita[h] * r; n += r;
    }
  }
  const mean = n > 0 ? sum / n : 0;
  for (const v of world.villages) {
    const a = idx.start[v.index], b = idx.start[v.index + 1];
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
      // By rank; within it followed last year first (it still qualifies), then the lowest income first.
      const income = Math.min(INCOME_BITS - 1, Math.max(0, Math.floor(hPerCapita[h] / 10)));
      const rank = 2 * followRank(sc, s, h, bits) + (before & LI_FOLLOWED ? 0 : 1);
      scratch.keys[found++] = (rank * INCOME_BITS + income) * POSITION_BITS + (i - a);
    }
    const capacity = Math.round(li.capacity * y.amount.lowIncome * (b - a));
    const order = scratch.keys.subarray(0, found).sort();
    for (let j = 0; j < Math.min(capacity, found); j++) hLowIncome[idx.order[a + (order[j] % POSITION_BITS)]] |= LI_FOLLOWED;
  }
}
