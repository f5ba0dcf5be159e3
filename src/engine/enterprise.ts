/**
 * The leading enterprise and the village fund (001 §4.2; 002 §3.3). The enterprise keeps
 * accounts: sales follow the livestock price (it breeds alpacas) and a shock of its own; it
 * pays its costs, the village jobs, the fund's fixed return on the loan and the return on its
 * shares (cut in a year it makes a loss). Losses draw on its reserve; after `closeAfter` years
 * with the reserve exhausted it fails, after which the promised "guaranteed bottom income" is
 * paid only in part. The photovoltaic project and workshop rents also pay into the fund. Sets
 * each village's fund income for the year.
 *
 * The station can break down once its inverters are worn (stationRuns): the collective repairs
 * it from its upkeep reserve or loses it (docs/model.md §7.21).
 *
 * The contracts fix their returns in yuan of the day (140,000 a year on the 2016 loan, 160,000
 * on the 2018 shares; 20,000-40,000 a year from the photovoltaic station: 001 §4.2), so in 2020
 * yuan they lose value with the CPI (prices.ts realFixed): nothing here is frozen in real terms.
 */
import type { Scenario } from '../scenario/schema.js';
import { realFixed } from './prices.js';
import { draw, event, normal, type StreamKeys } from './random.js';
import type { Village, World } from './world.js';
import type { YearContext } from './year.js';

export function stepEnterprise(world: World, sc: Scenario, y: YearContext, keys: StreamKeys): void {
  const e = sc.enterprise, pv = sc.photovoltaic, year = y.year;
  for (const v of world.villages) {
    const scale = v.fundScale;
    const lent = year >= e.loanYear && year <= e.loanEnd;
    const loanReturn = lent ? realFixed(sc, e.loanPrincipal * e.loanRate * scale, year) : 0;
    let shareReturn = year >= e.sharesYear ? realFixed(sc, e.sharesPrincipal * e.sharesRate * scale, year) : 0;
    if (v.enterpriseAlive && scale > 0) {
      const sales = e.revenue * scale * y.trend.livestock * Math.exp(e.breedingExposure * v.livestockPrice + e.shock * normal(keys.enterprise, v.index, year) - e.shock ** 2 / 2);
      const wages = Math.round(e.jobs * scale) * y.pay.localYear; // full-time local pay (wages.ts)
      const before = sales - e.costs * scale * y.trend.livestock - wages - loanReturn;
      v.enterpriseBadYear = before - shareReturn < 0;
      if (v.enterpriseBadYear) shareReturn *= e.badYearPayout;
      v.enterpriseProfit = before - shareReturn;
      v.enterpriseReserve += v.enterpriseProfit;
      v.enterpriseLossYears = v.enterpriseReserve < 0 ? v.enterpriseLossYears + 1 : 0;
      if (year === e.failureYear || v.enterpriseLossYears >= e.closeAfter) {
        v.enterpriseAlive = false;
        v.enterpriseFailedIn = year;
      }
    }
    let income = 0;
    if (lent) income += v.enterpriseAlive ? loanReturn : e.guaranteePaid * loanReturn;
    if (year >= e.sharesYear && v.enterpriseAlive) income += shareReturn;
    if (year >= pv.start && stationRuns(v, sc, y, keys)) income += realFixed(sc, (pv.incomeMin + (pv.incomeMax - pv.incomeMin) * draw(keys.photovoltaic, v.index, year)) * scale, year);
    income += v.workshopsOpen * sc.collective.workshopRent;
    v.fundIncome = income;
  }
}

/** Event of the yearly breakdown draw of a station (stream photovoltaic; its income draw uses the plain year). */
const BREAKDOWN_PURPOSE = 1;

/**
 * Whether village v's photovoltaic station runs this year. Past its inverter life it breaks down
 * with probability photovoltaic.breakdown a year; the collective then repairs it from its upkeep
 * reserve (collective.ts) if the reserve covers the repair, else the station stops for good.
 */
function stationRuns(v: Village, sc: Scenario, y: YearContext, keys: StreamKeys): boolean {
  const pv = sc.photovoltaic;
  if (!v.stationRunning) return false;
  if (y.year < pv.start + pv.inverterLife || draw(keys.photovoltaic, v.index, event(y.year, BREAKDOWN_PURPOSE)) >= pv.breakdown) return true;
  const cost = pv.repairCost * v.fundScale;
  if (v.collectiveReserve >= cost) {
    v.collectiveReserve -= cost;
    y.collective.repairs += cost;
    return true;
  }
  v.stationRunning = false;
  return false;
}

/** Fiscal outlay for the fund in `year`: the principal invested that year (yuan of the day), summed over villages, in 2020 yuan. */
export function fundInvestment(world: World, sc: Scenario, year: number): number {
  const e = sc.enterprise;
  let total = 0;
  for (const v of world.villages) total += ((year === e.loanYear ? e.loanPrincipal : 0) + (year === e.sharesYear ? e.sharesPrincipal : 0)) * v.fundScale;
  return realFixed(sc, total, year);
}
