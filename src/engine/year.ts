/** What every mechanism reads about the current year: policy levels, the line, fiscal tallies. */
import type { InstrumentName, Scenario } from '../scenario/schema.js';
import { newCollectiveAccounts, type CollectiveItem } from './collective.js';
import { levelsAt, povertyLine, type Levels } from './policy.js';
import { dibaoStandard, monitoringThreshold, pensionPerPerson, tekunStandard } from './standards.js';
import { trendsAt, type Trends } from './trends.js';
import { payRates, type PayRates } from './wages.js';

/** Fiscal cost items: every instrument plus the fund's principal. */
export type FiscalItem = InstrumentName | 'fund';

export interface YearContext {
  year: number;
  line: number;
  level: Levels;
  amount: Levels;
  /** Real growth factors of farm, livestock and business earnings relative to the price base year. */
  trend: Trends;
  /** The social floor's standards this year (standards.ts), at their instruments' levels: yuan per person a year. */
  pension: number;
  dibaoStandard: number;
  tekunStandard: number;
  /** The return-to-poverty monitoring threshold (per-capita income under which a fall marks a household at risk). */
  monitoringThreshold: number;
  /** Pay rates from data this year (wages.ts), in base-year yuan. */
  pay: PayRates;
  /** Fiscal cost this year by item (yuan). */
  fiscal: Record<FiscalItem, number>;
  /** The village collectives' accounts this year, summed over villages (collective.ts). */
  collective: Record<CollectiveItem, number>;
}

export function yearContext(sc: Scenario, year: number): YearContext {
  const { level, amount } = levelsAt(sc, year);
  const fiscal = { fund: 0 } as Record<FiscalItem, number>;
  for (const k of Object.keys(level) as InstrumentName[]) fiscal[k] = 0;
  const line = povertyLine(sc, year);
  return {
    year, line, level, amount, trend: trendsAt(sc, year), pay: payRates(sc, year), fiscal, collective: newCollectiveAccounts(),
    pension: pensionPerPerson(sc, year) * amount.pension,
    dibaoStandard: dibaoStandard(sc, year, level.livingSupport),
    tekunStandard: tekunStandard(sc, year, level.extremePoverty),
    monitoringThreshold: monitoringThreshold(sc, year, line),
  };
}
