/**
 * Step 3: prices and shocks. Log price deviations follow an AR(1); each year's shock mixes
 * a county-wide component (weight: the village's homogeneity, 001 §4.1.4) with a village
 * component. Short value chains scale livestock volatility up (002 §3.2): the scenario's
 * volatility holds at the reference chain length 0.3. Disaster years are village events,
 * epidemic years are listed in the scenario (004).
 */
import type { Scenario } from '../scenario/schema.js';
import { draw, normal, type StreamKeys } from './random.js';
import type { World } from './world.js';

const REFERENCE_CHAIN = 0.3;

export function stepMarket(world: World, sc: Scenario, year: number, keys: StreamKeys): void {
  const m = sc.economy.market;
  const commonCrop = normal(keys.market, 0x7fffffff, year * 4);
  const commonStock = normal(keys.market, 0x7fffffff, year * 4 + 1);
  world.epidemic = m.epidemicYears.includes(year);
  for (const v of world.villages) {
    const w = Math.sqrt(v.homogeneity), wl = Math.sqrt(1 - v.homogeneity);
    const chain = (1 - v.valueChain) / (1 - REFERENCE_CHAIN);
    const zc = w * commonCrop + wl * normal(keys.market, v.index, year * 4);
    const zs = w * commonStock + wl * normal(keys.market, v.index, year * 4 + 1);
    v.cropPrice = m.persistence * v.cropPrice + m.cropVolatility * zc;
    v.livestockPrice = m.persistence * v.livestockPrice + m.livestockVolatility * chain * zs;
    v.disaster = draw(keys.disaster, v.index, year) < m.disasterProbability;
  }
}
