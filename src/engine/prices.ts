/**
 * Constant prices. Money in the model is yuan of `economy.priceBaseYear` (2020). Published
 * figures are nominal (wages, transfer standards, contract returns): they are deflated by the
 * national consumer price index (`economy.prices.cpi`, yearly change, NBS) to the base year.
 * After the last CPI year prices rise at `economy.prices.cpiAfter` (an assumption).
 *
 *   P(base) = 1,  P(t) = P(t-1) (1 + cpi_t) for t > base,  P(t) = P(t+1) / (1 + cpi_{t+1}) for t < base
 *   real(t) = nominal(t) / P(t)
 *
 * A nominal series goes on after its last data year at a real growth rate the caller gives
 * (a parameter with a prior): real(t) = real(last) (1 + g)^(t - last).
 */
import type { Scenario } from '../scenario/schema.js';
import { lastYear, seriesValue, seriesYears, type Series } from './series.js';

/** Yearly CPI change (a share) in `year`: the data, or cpiAfter beyond them (the first value before them). */
function cpiChange(sc: Scenario, year: number): number {
  const cpi = sc.economy.prices.cpi as Series, years = seriesYears(cpi);
  if (year > years[years.length - 1]) return sc.economy.prices.cpiAfter;
  return seriesValue(cpi, year);
}

/** The price level in `year` relative to the price base year (1 in the base year). */
export function priceLevel(sc: Scenario, year: number): number {
  const base = sc.economy.priceBaseYear;
  let p = 1;
  for (let t = base + 1; t <= year; t++) p *= 1 + cpiChange(sc, t);
  for (let t = base; t > year; t--) p /= 1 + cpiChange(sc, t);
  return p;
}

/** A nominal yearly series in base-year yuan in `year`; after its data, growing at `realGrowthAfter` a year. */
export function realValue(sc: Scenario, nominal: Series, year: number, realGrowthAfter: number): number {
  const last = lastYear(nominal);
  if (year <= last) return seriesValue(nominal, year) / priceLevel(sc, year);
  return (seriesValue(nominal, last) / priceLevel(sc, last)) * Math.pow(1 + realGrowthAfter, year - last);
}

/** A fixed nominal amount (a contract's yearly return) in base-year yuan in `year`. */
export function realFixed(sc: Scenario, nominal: number, year: number): number {
  return nominal / priceLevel(sc, year);
}
