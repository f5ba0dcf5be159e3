/**
 * Real growth of earnings that no published rate fixes: farm value per mu, livestock margins
 * and business income follow their own trends (economy.growth, with sources), each a factor
 * relative to its level in the price base year (2020 yuan). Pay rates come from data (wages.ts).
 */
import type { Scenario } from '../scenario/schema.js';

export interface Trends {
  farm: number;
  livestock: number;
  business: number;
}

export function trendsAt(sc: Scenario, year: number): Trends {
  const g = sc.economy.growth, dt = year - sc.economy.priceBaseYear;
  return {
    farm: Math.pow(1 + g.farm, dt),
    livestock: Math.pow(1 + g.livestock, dt),
    business: Math.pow(1 + g.business, dt),
  };
}
