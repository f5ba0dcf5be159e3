/**
 * Villages from the scenario's village groups. With heterogeneity h, each village draws its
 * attributes uniformly within +/- h of the group's value (000: villages differ in capacity,
 * endowment and industries). A group's registeredTotal is spread over its villages by size
 * with the largest-remainder rule, so the county total is exact.
 */
import type { Scenario } from '../scenario/schema.js';
import { draw, type StreamKeys } from './random.js';
import type { Village } from './world.js';

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

export function buildVillages(sc: Scenario, keys: StreamKeys): Village[] {
  const out: Village[] = [];
  sc.villages.forEach((g, gi) => {
    const first = out.length;
    for (let i = 0; i < g.count; i++) {
      const index = out.length;
      const vary = (x: number, j: number) => x * (1 + g.heterogeneity * (2 * draw(keys.villages, index, gi * 16 + j) - 1));
      const households = Math.max(10, Math.round(vary(g.households, 0)));
      out.push({
        index, name: g.count === 1 ? g.name : `${g.name}-${i + 1}`, households,
        registered: Math.round(households * clamp01(vary(g.registeredShare, 1))),
        orgCapacity: clamp01(vary(g.orgCapacity, 2)), landPerPerson: vary(g.landPerPerson, 3),
        homogeneity: clamp01(vary(g.homogeneity, 4)), valueChain: clamp01(vary(g.valueChain, 5)),
        maturityLag: Math.round(vary(g.maturityLag, 6)), connectedShare: clamp01(vary(g.connectedShare, 7)),
        fundScale: vary(g.fundScale, 8), localWork: vary(g.localWork, 9),
        cropPrice: 0, livestockPrice: 0, disaster: false, enterpriseAlive: true, enterpriseBadYear: false,
        enterpriseFailedIn: 0, enterpriseReserve: sc.enterprise.reserve * vary(g.fundScale, 8), enterpriseLossYears: 0, enterpriseProfit: 0,
        workshopsOpen: sc.workshops.perVillage, workshopReserve: 0, workshopLossYears: 0, fundIncome: 0, fundPaid: 0,
        postsFiscal: 0, postsCollective: 0, collectiveBudget: 0, collectivePostPart: 0, collectiveReserve: 0, stationRunning: true,
        coopPlaces: sc.cooperatives.perVillage * sc.cooperatives.places, coopMembers: 0, coopStart: sc.time.start,
        coopReserve: sc.cooperatives.reserve * sc.cooperatives.perVillage, coopPayout: 0, coopSales: 0, coopLossYears: 0,
        coopHerd: 0, coopRation: 1, // the sheds are stocked as they are built (cooperative.ts)
        casualDays: sc.economy.labor.casualDays, casualSupply: 0, // set from the build's households (casualPool.ts startCasualDays)
      });
    }
    if (g.registeredTotal > 0) spreadRegistered(out.slice(first), g.registeredTotal);
  });
  return out;
}

/** Distributes `total` registered households over villages in proportion to size (largest remainder). */
function spreadRegistered(villages: Village[], total: number): void {
  const size = villages.reduce((a, v) => a + v.households, 0);
  const exact = villages.map((v) => (total * v.households) / size);
  villages.forEach((v, i) => (v.registered = Math.min(v.households, Math.floor(exact[i]))));
  let left = total - villages.reduce((a, v) => a + v.registered, 0);
  const order = villages.map((_, i) => i).sort((a, b) => exact[b] - Math.floor(exact[b]) - (exact[a] - Math.floor(exact[a])) || a - b);
  for (const i of order) { if (left <= 0) break; if (villages[i].registered < villages[i].households) { villages[i].registered++; left--; } }
}
