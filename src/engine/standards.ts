/**
 * The published standards of the social floor, by year, in yuan of the price base year (2020).
 * Each is entered nominal, as published, with its source (policy.pension.basic,
 * policy.minimumLiving.standard, policy.monitoring.threshold), deflated by the CPI
 * (prices.ts), and after its last data year grows at a real rate with a prior: no standard is
 * frozen in 2020. The instruments' levels (policy.ts) then scale what is paid.
 *
 *   pension(t)     = 12 × (basic(t) + personalAccount)                       per resident 60+
 *   dibao(t)       = provinceRatio × national rural standard(t)               per person
 *   tekun(t)       = ratio × dibao(t)                                         per person
 *   threshold(t)   = line(t) × (1 + monitoringBand)     before the first threshold year
 *                  = published threshold(t)             from it on
 */
import type { Scenario } from '../scenario/schema.js';
import { realValue } from './prices.js';
import { seriesYears, type Series } from './series.js';

/** The rural residents' basic pension per person of pension age, a year, at full level. */
export function pensionPerPerson(sc: Scenario, year: number): number {
  const p = sc.policy.pension;
  return 12 * (realValue(sc, p.basic as Series, year, p.realGrowthAfter) + p.personalAccount);
}

/** The basic pension alone (the state's part, without the personal account), per person of pension age, a year. */
export function basicPensionPerPerson(sc: Scenario, year: number): number {
  const p = sc.policy.pension;
  return 12 * realValue(sc, p.basic as Series, year, p.realGrowthAfter);
}

/** The minimum living guarantee's rural standard for the village's province, per person a year, as published. */
export function publishedDibaoStandard(sc: Scenario, year: number): number {
  const m = sc.policy.minimumLiving;
  return m.provinceRatio * realValue(sc, m.standard as Series, year, m.realGrowthAfter);
}

/** The guarantee's standard paid in `year` at the instrument's `level` (its withdrawal path) and amount. */
export function dibaoStandard(sc: Scenario, year: number, level: number): number {
  return publishedDibaoStandard(sc, year) * level * sc.policy.instruments.livingSupport.amount;
}

/** Extreme-poverty support's basic living standard per person in `year`, at its instrument's `level`. */
export function tekunStandard(sc: Scenario, year: number, level: number): number {
  return sc.policy.extremePoverty.ratio * publishedDibaoStandard(sc, year) * level * sc.policy.instruments.extremePoverty.amount;
}

/** The return-to-poverty monitoring threshold per person in `year`, given the year's poverty line. */
export function monitoringThreshold(sc: Scenario, year: number, line: number): number {
  const m = sc.policy.monitoring, series = m.threshold as Series;
  if (year < seriesYears(series)[0]) return line * (1 + sc.policy.monitoringBand);
  return realValue(sc, series, year, m.thresholdGrowthAfter);
}
