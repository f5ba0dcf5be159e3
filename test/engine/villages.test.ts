import { describe, expect, it } from 'vitest';
import { buildPopulation } from '../../src/engine/population.js';
import { streamKeys } from '../../src/engine/random.js';
import { buildVillages } from '../../src/engine/villages.js';
import { loadScenario } from '../../src/scenario/scenario-file.js';
import { Scenario } from '../../src/scenario/schema.js';

describe('villages', () => {
  it('spreads a group registeredTotal exactly over its villages, in proportion to size', () => {
    const sc = Scenario.parse({ villages: [{ name: 'poor', count: 7, households: 90, heterogeneity: 0.4, registeredTotal: 401 }] });
    const villages = buildVillages(sc, streamKeys(3));
    expect(villages.reduce((a, v) => a + v.registered, 0)).toBe(401);
    for (const v of villages) expect(Math.abs(v.registered - (401 * v.households) / villages.reduce((a, w) => a + w.households, 0))).toBeLessThan(1);
  });

  it('villages of a heterogeneous group differ in their attributes, within the spread', () => {
    const sc = Scenario.parse({ villages: [{ name: 'g', count: 20, orgCapacity: 0.5, heterogeneity: 0.3 }] });
    const org = buildVillages(sc, streamKeys(1)).map((v) => v.orgCapacity);
    expect(new Set(org).size).toBe(20);
    for (const x of org) { expect(x).toBeGreaterThanOrEqual(0.35 - 1e-12); expect(x).toBeLessThanOrEqual(0.65 + 1e-12); }
  });

  it('a homogeneous group gives identical villages', () => {
    const sc = Scenario.parse({ villages: [{ name: 'g', count: 5 }] });
    expect(new Set(buildVillages(sc, streamKeys(1)).map((v) => v.landPerPerson)).size).toBe(1);
  });

  it('the Yangqu county scenario starts with 43 poor villages holding exactly 8,830 registered-poor households', async () => {
    const { scenario } = await loadScenario('scenarios/yangqu-county.yaml');
    const { state, villages } = buildPopulation(scenario, streamKeys(1));
    expect(villages.filter((v) => v.name.startsWith('poor-'))).toHaveLength(43);
    let registered = 0, other = 0;
    for (let h = 0; h < state.count; h++) { if (state.hRegistered[h]) registered++; else other++; }
    expect(registered).toBe(8830);
    expect(other).toBeGreaterThan(registered); // among non-poor households and villages
  });
});
