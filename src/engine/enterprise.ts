/**
 * The leading enterprise and the village fund (001 §4.2; 002 §3.3). The fund earns a fixed
 * return on its loan and a variable return on its shares; the enterprise shares the
 * livestock price shock, has bad years (reduced share payout) and may fail, after which the
 * promised "guaranteed bottom income" is paid only in part. The photovoltaic project and
 * workshop rents also pay into the fund. Sets each village's fund income for the year.
 */
import type { Scenario } from '../scenario/schema.js';
import { draw, type StreamKeys } from './random.js';
import type { World } from './world.js';

export function stepEnterprise(world: World, sc: Scenario, year: number, keys: StreamKeys): void {
  const e = sc.enterprise, pv = sc.photovoltaic;
  for (const v of world.villages) {
    if (v.enterpriseAlive) {
      const price = e.breedingExposure * v.livestockPrice;
      v.enterpriseBadYear = price < e.badYearThreshold;
      const hazard = v.enterpriseBadYear ? e.failureHazardBadYear : e.failureHazard;
      if (year === e.failureYear || (year > e.loanYear && draw(keys.enterprise, v.index, year) < hazard)) {
        v.enterpriseAlive = false;
        v.enterpriseFailedIn = year;
      }
    }
    let income = 0;
    const scale = v.fundScale;
    if (year >= e.loanYear) income += (v.enterpriseAlive ? 1 : e.guaranteePaid) * e.loanPrincipal * e.loanRate * scale;
    if (year >= e.sharesYear && v.enterpriseAlive)
      income += (v.enterpriseBadYear ? e.badYearPayout : 1) * e.sharesPrincipal * e.sharesRate * Math.exp(0.5 * e.breedingExposure * v.livestockPrice) * scale;
    if (year >= pv.start) income += (pv.incomeMin + (pv.incomeMax - pv.incomeMin) * draw(keys.photovoltaic, v.index, year)) * scale;
    income += v.workshopsOpen * sc.collective.workshopRent;
    v.fundIncome = income;
  }
}

/** Fiscal outlay for the fund in `year`: the principal invested that year, summed over villages. */
export function fundInvestment(world: World, sc: Scenario, year: number): number {
  const e = sc.enterprise;
  let total = 0;
  for (const v of world.villages) total += ((year === e.loanYear ? e.loanPrincipal : 0) + (year === e.sharesYear ? e.sharesPrincipal : 0)) * v.fundScale;
  return total;
}
