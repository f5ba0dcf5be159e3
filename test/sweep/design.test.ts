import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/scenario-file.js';
import type { Scenario } from '../../src/scenario/schema.js';
import { buildDesign, designPointCount } from '../../src/sweep/design.js';
import { axisValues, gridRows } from '../../src/sweep/design/grid.js';
import { latinHypercubeRows } from '../../src/sweep/design/lhs.js';
import { pointValues } from '../../src/sweep/points.js';
import seedrandom from 'seedrandom';

let base: Scenario;
beforeAll(async () => { base = (await loadScenario('scenarios/p-village.yaml')).scenario; });

describe('grid designs', () => {
  it('lists every combination with the last parameter varying fastest', () => {
    expect(gridRows([[1, 2], ['a', 'b', 'c']])).toEqual([[1, 'a'], [1, 'b'], [1, 'c'], [2, 'a'], [2, 'b'], [2, 'c']]);
  });

  it('spaces levels evenly, hits both ends exactly, and merges integer levels that round together', () => {
    expect(axisValues({ min: 0.05, max: 0.45, levels: 5 }, false)).toEqual([0.05, 0.15, 0.25, 0.35, 0.45]);
    expect(axisValues({ min: 0.1, max: 0.3, levels: 3 }, false).at(-1)).toBe(0.3);
    expect(axisValues({ min: 2024, max: 2026, levels: 5 }, true)).toEqual([2024, 2025, 2026]);
  });

  it('expands a linked axis to each of its paths plus offset', () => {
    const { table, problems } = buildDesign({ type: 'grid', parameters: { withdrawal: { paths: { 'policy.instruments.dividend.end': 0, 'analysis.withdrawalStart': 1 }, values: [2024, 2028] } } as never }, base, 1);
    expect(problems).toEqual([]);
    expect(table!.columns).toEqual(['withdrawal']);
    expect(pointValues(table!, 1)).toEqual({ 'policy.instruments.dividend.end': 2028, 'analysis.withdrawalStart': 2029 });
  });

  it('refuses a path set twice (as a plain axis and inside a linked axis): points.csv would claim values never run', () => {
    const { table, problems } = buildDesign({ type: 'grid', parameters: { 'analysis.withdrawalStart': [2025, 2027], wy: { paths: { 'policy.instruments.dividend.end': 0, 'analysis.withdrawalStart': 1 }, values: [2024] } } as never }, base, 1);
    expect(table).toBeUndefined();
    expect(problems).toEqual([{ at: ['design', 'parameters', 'wy', 'paths', 'analysis.withdrawalStart'], message: expect.stringMatching(/analysis\.withdrawalStart is set twice: by its own axis and by the linked axis wy/) }]);
    const sampled = buildDesign({ type: 'lhs', samples: 4, parameters: { a: { paths: { 'enterprise.sharesRate': 0 } }, 'enterprise.sharesRate': {} } } as never, base, 1);
    expect(sampled.problems[0].message).toMatch(/set twice/);
  });

  it('refuses integer levels that round together instead of silently giving fewer points', () => {
    const { table, problems } = buildDesign({ type: 'grid', parameters: { 'policy.instruments.dividend.end': { min: 2024, max: 2025, levels: 4 } } }, base, 1);
    expect(table).toBeUndefined();
    expect(problems[0].message).toMatch(/levels 4 from 2024 to 2025 give only 2 distinct values \(2024, 2025\); set levels to 2 or list the values/);
  });

  it('counts a design\'s points from its description, before building any row', () => {
    expect(designPointCount({ type: 'grid', parameters: { a: [1, 2, 3], b: { min: 0, max: 1, levels: 1000 }, c: { paths: { x: 0 }, values: [1, 2] } } } as never)).toBe(6000);
    expect(designPointCount({ type: 'saltelli', samples: 512, parameters: { a: {}, b: {} } } as never)).toBe(512 * 4);
    expect(designPointCount({ type: 'morris', trajectories: 10, levels: 4, parameters: { a: {}, b: {}, c: {} } } as never)).toBe(40);
  });

  it('names a wrong path with the sweep-file field it came from', () => {
    const { table, problems } = buildDesign({ type: 'grid', parameters: { 'modes.cooperative.trainig': [0, 1] } }, base, 1);
    expect(table).toBeUndefined();
    expect(problems).toEqual([{ at: ['design', 'parameters', 'modes.cooperative.trainig'], message: expect.stringMatching(/did you mean "training"/) }]);
  });
});

describe('variants', () => {
  it('gives every variant the full set of columns, with the base value where it sets none', () => {
    const { table } = buildDesign({ type: 'variants', variants: [{ name: 'a', set: { 'enterprise.sharesRate': 0.05 } }, { name: 'b', set: { 'demography.outMigration': 0.4 } }] }, base, 1);
    expect(table!.variantNames).toEqual(['a', 'b']);
    expect(table!.rows).toEqual([[0.05, base.demography.outMigration], [base.enterprise.sharesRate, 0.4]]);
  });
});

describe('sampling designs', () => {
  it('a Latin hypercube puts exactly one point in each stratum of every parameter', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 60 }), fc.integer(), (k, n, seed) => {
      const rows = latinHypercubeRows(k, n, seedrandom.alea(String(seed)));
      for (let j = 0; j < k; j++) {
        const strata = rows.map((r) => Math.floor(r[j] * n)).sort((a, b) => a - b);
        expect(strata).toEqual(Array.from({ length: n }, (_, i) => i));
      }
    }), { numRuns: 50 });
  });

  it.each(['uniform', 'lhs', 'saltelli', 'morris'] as const)('%s: values stay in range, integers are whole, and the same seed gives the same points', (type) => {
    const parameters = { 'demography.outMigration': { min: 0.1, max: 0.3 }, 'policy.instruments.dividend.end': { min: 2022, max: 2030 }, 'enterprise.sharesRate': {} };
    const design = type === 'morris' ? { type, trajectories: 4, levels: 4, parameters } : { type, samples: 16, parameters };
    const a = buildDesign(design as never, base, 7).table!, b = buildDesign(design as never, base, 7).table!, c = buildDesign(design as never, base, 8).table!;
    expect(a.rows).toEqual(b.rows);
    expect(a.rows).not.toEqual(c.rows);
    expect(a.rows.length).toBe(type === 'saltelli' ? 16 * 5 : type === 'morris' ? 4 * 4 : 16);
    for (const [m, y, r] of a.rows as number[][]) {
      expect(m).toBeGreaterThanOrEqual(0.1); expect(m).toBeLessThanOrEqual(0.3);
      expect(Number.isInteger(y)).toBe(true); expect(y).toBeGreaterThanOrEqual(2022); expect(y).toBeLessThanOrEqual(2030);
      expect(r).toBeGreaterThanOrEqual(0); expect(r).toBeLessThanOrEqual(0.3); // the schema's plausible range of sharesRate
    }
    expect(a.info.factors).toContainEqual({ path: 'enterprise.sharesRate', min: 0, max: 0.3, integer: false });
  });

  it('rounds an integer parameter with fractional bounds to whole numbers inside them, as the docs say', () => {
    const { table, problems } = buildDesign({ type: 'uniform', samples: 50, parameters: { 'policy.instruments.dividend.end': { min: 2024.4, max: 2026.6 } } }, base, 3);
    expect(problems).toEqual([]);
    const values = new Set(table!.rows.map((r) => r[0]));
    expect([...values].sort()).toEqual([2025, 2026]);
    const none = buildDesign({ type: 'uniform', samples: 5, parameters: { 'policy.instruments.dividend.end': { min: 2024.2, max: 2024.8 } } }, base, 3);
    expect(none.problems[0].message).toMatch(/takes whole numbers, and there is none from 2024\.2 to 2024\.8/);
  });

  it('rejects a range outside what the parameter allows, and a non-numeric parameter', () => {
    const { problems } = buildDesign({ type: 'lhs', samples: 4, parameters: { 'demography.outMigration': { max: 1.5 }, 'policy.instruments.dividend.path': {} } }, base, 1);
    expect(problems.map((p) => p.at.join('.'))).toEqual(['design.parameters.demography.outMigration.max', 'design.parameters.policy.instruments.dividend.path']);
    expect(problems[0].message).toMatch(/above what it allows \(1\)/);
    expect(problems[1].message).toMatch(/not a number/);
  });
});
