/**
 * Cooperative production, one pooled herd per village (001 §4.2; 002 §4.3). The herd scales
 * with the labor members put in; pooled skill (management and members' K) lowers mortality,
 * pooled marketing raises the price, pooling removes most idiosyncratic risk. The surplus,
 * with the cooperative subsidy, is shared: large farmers leading the cooperative take their
 * cut, then a share by labor contributed and the rest equally among members.
 */
import type { Scenario } from '../scenario/schema.js';
import type { State } from './state.js';
import type { VillageIndex } from './villageIndex.js';
import type { World } from './world.js';
import type { YearContext } from './year.js';
import { SRC, N_SOURCES } from './sources.js';

export function cooperativeIncome(s: State, sc: Scenario, world: World, idx: VillageIndex, y: YearContext): void {
  const b = sc.economy.breeding, m = sc.economy.market, c = sc.cooperatives, elite = sc.frictions.eliteCapture;
  for (const v of world.villages) {
    const a0 = idx.start[v.index], a1 = idx.start[v.index + 1];
    let labor = 0, members = 0, skill = 0, laborW = 0, equalW = 0, leaders = 0;
    for (let i = a0; i < a1; i++) {
      const h = idx.order[i];
      if (!s.hCoop[h]) continue;
      const w = 1 + elite * s.hConnected[h];
      members++; labor += s.hCoopLabor[h]; skill += s.hK[h];
      laborW += s.hCoopLabor[h] * w; equalW += w; leaders += s.hLargeFarmer[h];
    }
    v.coopMembers = members;
    if (members === 0) continue;
    const herd = c.headsPerMember * labor;
    const K = 0.5 * (c.management * v.orgCapacity / 0.6 + skill / members);
    const mortality = b.mortality * (1 - b.skillEffect * Math.min(1, K)) + (1 - c.pooling) * b.outbreak * b.outbreakLoss;
    const ramp = Math.min(1, (y.year - v.coopStart + 1) / (v.maturityLag + 1));
    let shock = 1;
    if (v.disaster) shock *= 1 - m.disasterYieldCut * (1 - y.amount.insurance);
    if (world.epidemic) shock *= 1 - m.epidemicSalesCut;
    const revenue = herd * b.offtake * b.marginPerHead * (1 + c.scaleGain) * Math.exp(v.livestockPrice) * (1 - mortality) * shock * ramp * y.growth;
    const subsidy = members * y.amount.coopSubsidy * (1 - sc.frictions.leakage);
    y.fiscal.coopSubsidy += members * y.amount.coopSubsidy;
    if (v.disaster) y.fiscal.insurance += herd * b.offtake * b.marginPerHead * m.disasterYieldCut * y.amount.insurance;
    const surplus = revenue - herd * b.feedPerHead + subsidy;
    const toLeaders = leaders > 0 ? c.largeFarmerCapture * surplus : 0;
    const rest = surplus - toLeaders;
    for (let i = a0; i < a1; i++) {
      const h = idx.order[i];
      if (!s.hCoop[h]) continue;
      const w = 1 + elite * s.hConnected[h];
      let share = (1 - c.laborShare) * rest * (w / equalW);
      if (laborW > 0) share += c.laborShare * rest * ((s.hCoopLabor[h] * w) / laborW);
      if (s.hLargeFarmer[h]) share += toLeaders / leaders;
      s.hIncome[h * N_SOURCES + SRC.cooperative] = share;
      s.hFiscal[h] += y.amount.coopSubsidy;
    }
  }
}
