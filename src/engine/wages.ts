/**
 * Pay rates from data, in yuan of the price base year (2020). The rates are published monthly
 * earnings, nominal, deflated by the CPI (prices.ts); the calibration moves only quantities
 * (who works, months and days worked), never these rates (docs/model.md §7.3).
 *
 *   awayMonth(t)  = NBS earnings of migrants working away from home, a month (economy.wages.away)
 *   localMonth(t) = NBS earnings of local migrant workers, a month (economy.wages.local),
 *                   x the central region's level against the national one (economy.wages.regionFactor)
 *   after the last data year both grow at economy.wages.realGrowthAfter
 *   localYear     = localMonth x months worked a year (economy.labor.monthsWorked): a full-time local job
 *   awayYear      = awayMonth x months worked
 *   day           = localMonth / days worked a month (economy.wages.daysPerMonth): a day of casual work
 *   minimumMonth  = Yangqu's monthly minimum wage (economy.wages.minimum); after its data it grows
 *                   at economy.wages.minimumGrowthAfter
 *   costAway      = a migrant's living costs away in a year (economy.labor.costAway, in the price
 *                   base year), x awayMonth(t) / awayMonth(base year): rent and food in the cities
 *                   migrants work in rise with what they earn there, so what a migrant brings
 *                   home grows as its pay does, not faster
 *
 * These are the rates of a worker of the survey's typical schooling (junior secondary) and, away,
 * of middling experience; labor.ts scales them by a person's own schooling and experience.
 */
import type { Scenario } from '../scenario/schema.js';
import { realValue } from './prices.js';
import { seriesYears, type Series } from './series.js';

export interface PayRates {
  awayMonth: number;
  localMonth: number;
  localYear: number;
  awayYear: number;
  day: number;
  minimumMonth: number;
  costAway: number;
}

/** A nominal monthly series in base-year yuan; before its first year the first year's real value. */
function real(sc: Scenario, series: Series, year: number, growthAfter: number): number {
  return realValue(sc, series, Math.max(year, seriesYears(series)[0]), growthAfter);
}

export function payRates(sc: Scenario, year: number): PayRates {
  const w = sc.economy.wages, months = sc.economy.labor.monthsWorked;
  const awayMonth = real(sc, w.away as Series, year, w.realGrowthAfter);
  const awayBase = real(sc, w.away as Series, sc.economy.priceBaseYear, w.realGrowthAfter);
  const localMonth = real(sc, w.local as Series, year, w.realGrowthAfter) * w.regionFactor;
  return {
    awayMonth, localMonth,
    localYear: localMonth * months,
    awayYear: awayMonth * months,
    day: localMonth / w.daysPerMonth,
    minimumMonth: real(sc, w.minimum as Series, year, w.minimumGrowthAfter),
    costAway: sc.economy.labor.costAway * (awayMonth / awayBase),
  };
}

/** Pay relative to the typical (junior secondary) worker, for schooling 0 (primary or less), 1, 2. */
export function schoolingFactor(sc: Scenario, edu: number): number {
  return 1 + sc.economy.labor.educationPremium * (edu - 1);
}

/** Share of a full-time year a public-welfare post takes (part-time village work: cleaning, patrols). */
export const WELFARE_TIME = 0.4;
/** Share of a full-time year a workshop post takes (part-time work near home, 003). */
export const WORKSHOP_TIME = 0.6;

/**
 * Yearly pay of a public-welfare post: the post subsidy is pegged to the local minimum wage
 * (Ministry of Finance and MOHRSS, employment subsidy fund rules), paid pro rata for the post's
 * hours (WELFARE_TIME of full time) all year; `amount` is the instrument's level against that rule.
 */
export function welfarePostPay(pay: PayRates, amount: number): number {
  return pay.minimumMonth * 12 * WELFARE_TIME * amount;
}

/**
 * The first simulated year (or the assessment year before it) in which a full-time local job
 * of the lowest pay the model gives (primary schooling, no skill premium: localYear x the
 * schooling factor of 0) pays less over the year than twelve months of Yangqu's minimum wage,
 * or undefined when it never does. The strict reading: it holds even if the months not worked
 * were paid nothing. The scenario's validation refuses such a parameter set.
 */
export function minimumWageShortfall(sc: Scenario): { year: number; pay: number; floor: number } | undefined {
  for (let year = sc.time.start - 1; year <= sc.time.end; year++) {
    const p = payRates(sc, year), pay = p.localYear * schoolingFactor(sc, 0), floor = 12 * p.minimumMonth;
    if (!(pay >= floor)) return { year, pay, floor };
  }
  return undefined;
}
