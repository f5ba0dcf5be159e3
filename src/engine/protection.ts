/**
 * Step 5c: social protection as it works. The minimum living guarantee (dibao) is
 * means-tested on income without it and goes to households that cannot work their way out
 * (labor at home per resident member below policy.laborPoor); it pays a share of the gap to
 * the standard (tiered payments, not a top-up), to households that are found and enrolled
 * (take-up). Return-to-poverty monitoring finds households at risk (their income before
 * monitoring support was below line x (1 + band) last year) and triggers specific
 * instruments (help cadres watch registered households from the start; the
 * monitoring watches everyone from policy.monitoring.everyoneFrom), each with capacity and take-up: a public-welfare post (priority in
 * places.ts), a one-off grant, or inclusion in the guarantee although the household can still
 * work. Nothing fills a gap to the poverty line.
 */
import type { Scenario } from '../scenario/schema.js';
import { PURPOSE, uniform } from './random.js';
import { N_SOURCES, SRC } from './sources.js';
import type { State } from './state.js';
import type { VillageIndex } from './villageIndex.js';
import type { World } from './world.js';
import type { YearContext } from './year.js';

/** Last year of the targeted poverty-alleviation campaign (001 §3.1; the 2021 census). */
const CAMPAIGN_END = 2020;
/** hGranted bit of a monitoring grant (bit 0 is the start-up grant). */
export const MONITORING_GRANT = 2;

/**
 * The dibao standard in `year` (yuan per person, 2020 prices) at the instrument's `level` this
 * year (its withdrawal path): linear from the 2016 standard to the 2020 one (the instrument's
 * amount), then flat. No standard when the amount is 0.
 */
export function dibaoStandard(sc: Scenario, year: number, level: number): number {
  const from = sc.policy.minimumLiving.standard2016, to = sc.policy.instruments.livingSupport.amount;
  const f = Math.min(1, Math.max(0, (year - 2016) / (CAMPAIGN_END - 2016)));
  return to > 0 ? (from + (to - from) * f) * level : 0;
}

/** Labor at home per resident member below which a household cannot work its way out. */
export function cannotWork(sc: Scenario, s: State, h: number): boolean {
  return s.hLabor[h] / Math.max(1, s.hResident[h]) < sc.policy.laborPoor;
}

export function stepProtection(s: State, sc: Scenario, world: World, idx: VillageIndex, y: YearContext): void {
  const mp = sc.policy.minimumLiving, mon = sc.policy.monitoring, leak = 1 - sc.frictions.leakage;
  const standard = dibaoStandard(sc, y.year, y.level.livingSupport), monitoring = Math.min(1, y.amount.monitoring);
  // The guarantee did not begin with the simulation: in the first year an eligible household has
  // had every year since mp.since to be found.
  const takeUp = y.year === sc.time.start ? 1 - (1 - mp.takeUp) ** Math.max(1, sc.time.start - mp.since) : mp.takeUp;
  for (const v of world.villages) {
    const a = idx.start[v.index], b = idx.start[v.index + 1];
    let atRisk = 0;
    for (let i = a; i < b; i++) atRisk += s.hAtRisk[idx.order[i]];
    const grants = monitoring > 0 ? Math.round(mon.grantsPerVillage * (b - a) * monitoring) : 0;
    // Grants go to the households at risk the monitoring reaches first (random order by draw).
    const pGrant = atRisk > 0 ? Math.min(1, grants / atRisk) : 0;
    for (let i = a; i < b; i++) {
      const h = idx.order[i], hash = s.hYearHash[h], inc = h * N_SOURCES, resident = Math.max(1, s.hResident[h]);
      s.hSupported[h] = 0;
      let total = 0;
      for (let k = inc; k < inc + N_SOURCES; k++) total += s.hIncome[k];
      // The means test may leave poverty-alleviation dividends out (policy.minimumLiving.disregardDividends).
      const pc = (total - mp.disregardDividends * s.hIncome[inc + SRC.dividends]) / resident;
      const watched = monitoring > 0 && s.hAtRisk[h] === 1 && (s.hRegistered[h] === 1 || y.year >= mon.everyoneFrom);
      // Minimum living guarantee: means test on income without it.
      let dibao = 0;
      if (standard > 0 && pc < standard) {
        // The campaign's final check (the exit deadline to 2020) looks at this year's income of every
        // registered household and covers those still below the line.
        const final = s.hRegistered[h] === 1 && y.year >= sc.policy.exitDeadline && y.year <= CAMPAIGN_END && total / resident < y.line
          && (mon.finalCheck >= 1 || uniform(hash, PURPOSE.dibaoFinal) < mon.finalCheck);
        // Found by the final check, or by the monitoring (which may also include a household
        // that could still work); once enrolled, a household stays while the means test holds
        // (a review, not a new application). Others apply and may be missed (take-up).
        const monitored = !final && watched && s.hDibao[h] === 0 && uniform(hash, PURPOSE.dibaoInclusion) < mon.dibaoInclusion;
        const found = final || monitored;
        // Monitoring support: brought in by the monitoring although the household could work.
        const included = monitored && !cannotWork(sc, s, h);
        const eligible = cannotWork(sc, s, h) || found || s.hDibao[h] === 1;
        const enrolled = eligible && (s.hDibao[h] === 1 || found || uniform(hash, PURPOSE.dibaoEnrol) < takeUp);
        if (enrolled) {
          dibao = mp.gapShare * (standard - pc) * resident;
          // The campaign's final check guaranteed the line to those it covered (no registered
          // household under it at the end of 2020, the census); it ends with the campaign.
          if (final) dibao = Math.max(dibao, y.line * resident - total);
          if (included) s.hSupported[h] = 1;
        }
      }
      s.hDibao[h] = dibao > 0 ? 1 : 0;
      s.hIncome[inc + SRC.livingSupport] = dibao * leak;
      y.fiscal.livingSupport += dibao; s.hFiscal[h] += dibao;
      // A one-off grant for a household at risk, within the village's capacity this year.
      if (watched && !(s.hGranted[h] & MONITORING_GRANT) && uniform(hash, PURPOSE.monitoringGrant) < pGrant) {
        s.hGranted[h] |= MONITORING_GRANT;
        s.hSupported[h] = 1;
        const grant = mon.grant * monitoring;
        s.hIncome[inc + SRC.monitoring] += grant * leak;
        y.fiscal.monitoring += grant; s.hFiscal[h] += grant;
      }
      if (watched && s.hWelfarePosts[h] && s.hIncome[inc + SRC.welfarePosts] > 0) s.hSupported[h] = 1;
    }
  }
}
