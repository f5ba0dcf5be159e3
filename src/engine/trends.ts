/**
 * Real growth of earnings. Each series is a factor relative to its level in the price base year
 * (2020 yuan): wages of migrants and of local work, farm value per mu, livestock margins and
 * business income follow their own trends (economy.growth, with sources).
 */
import type { Scenario } from '../scenario/schema.js';

export interface Trends {
  migrantWage: number;
  localWage: number;
  farm: number;
  livestock: number;
  business: number;
}

export function trendsAt(sc: Scenario, year: number): Trends {
  const g = sc.economy.growth, dt = year - sc.economy.priceBaseYear;
  return {
    migrantWage: Math.pow(1 + g.migrantWage, dt),
    localWage: Math.pow(1 + g.localWage, dt),
    farm: Math.pow(1 + g.farm, dt),
    livestock: Math.pow(1 + g.livestock, dt),
    business: Math.pow(1 + g.business, dt),
  };
}
