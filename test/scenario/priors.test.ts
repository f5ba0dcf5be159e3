import { describe, expect, it } from 'vitest';
import { parameterRows, samplingRange } from '../../src/scenario/parameter-table.js';
import { Scenario } from '../../src/scenario/schema.js';
import { num, share, withPrior } from '../../src/scenario/schema/param.js';
import { resolveFactors } from '../../src/sweep/factors.js';

/** Not quantities of the world: nothing to believe about them. */
const NOT_QUANTITIES = new Set(['seed']);

describe('priors of assumption parameters', () => {
  it('every assumption parameter has a prior (a plausible range inside its validity bound, with a reason)', () => {
    const rows = parameterRows(Scenario).filter((r) => r.source === 'assumption' && (r.type === 'number' || r.type === 'integer') && !NOT_QUANTITIES.has(r.path));
    const missing = rows.filter((r) => !r.prior).map((r) => r.path);
    expect(missing, `assumption parameters without a prior (add withPrior(...) beside them in src/scenario/schema/):\n${missing.join('\n')}`).toEqual([]);
  });

  it('a prior lies inside its validity bound, holds the default and gives a reason', () => {
    for (const r of parameterRows(Scenario).filter((row) => row.prior)) {
      const p = r.prior!;
      expect(p.min, r.path).toBeGreaterThanOrEqual(r.min!);
      expect(p.max, r.path).toBeLessThanOrEqual(r.max!);
      expect(p.min <= (r.default as number) && (r.default as number) <= p.max, `${r.path}: default ${r.default} outside its prior`).toBe(true);
      expect(p.why.length, r.path).toBeGreaterThan(10);
    }
  });

  it('the post-2025 defaults that rest on an assumption or on one county say so: the loan\'s term, the aid share, one medical-aid share for every category, the collective\'s paid-out share', () => {
    const row = (path: string) => parameterRows(Scenario).find((r) => r.path === path)!;
    expect(row('enterprise.loanEnd')).toMatchObject({ source: 'assumption', default: 2035, prior: { min: 2025, max: 2035 } });
    expect(row('collective.afterTransition.aidShare')).toMatchObject({ source: 'assumption', prior: { min: 0, max: 0.4 } });
    const medical = row('policy.instruments.medicalAssistance.amount');
    expect(medical.source).toBe('assumption');
    expect(medical.description).toContain('every category');
    expect(medical.prior!.why).toContain('国办发〔2021〕42号');
    const paid = row('collective.afterTransition.distributedShare');
    expect(paid.source).toContain('one county');
    expect(paid.prior!.min).toBeLessThanOrEqual(0.5);
    expect(row('policy.minimumLiving.disregardAssetIncome')).toMatchObject({ default: 0 });
  });

  it('withPrior refuses a prior outside the bound, one that misses the default, and one without a reason', () => {
    expect(() => withPrior(share(0.2, 'assumption', 'x'), -0.1, 0.5, 'why')).toThrow(/outside its validity bound/);
    expect(() => withPrior(share(0.2, 'assumption', 'x'), 0.3, 0.5, 'why')).toThrow(/does not hold the default 0.2/);
    expect(() => withPrior(num(5, 0, 10, 'u', 'assumption', 'x'), 6, 2, 'why')).toThrow(/min must be below max/);
    expect(() => withPrior(num(5, 0, 10, 'u', 'assumption', 'x'), 2, 6, ' ')).toThrow(/give the reason/);
  });

  it('the prior is what sweeps and calibration sample by default; the validity bound stays for validation', () => {
    expect(samplingRange(Scenario, 'demography.return')).toEqual({ min: 0, max: 0.05, prior: true });
    expect(samplingRange(Scenario, 'villages.0.landPerPerson')).toEqual({ min: 1.5, max: 4, prior: true });
    // A parameter from a seed document keeps its validity bound as the sampling range.
    expect(samplingRange(Scenario, 'enterprise.loanRate')).toEqual({ min: 0, max: 0.3, prior: false });
    const base = Scenario.parse({ name: 'x' });
    const { factors } = resolveFactors({ 'demography.return': {} }, base, ['design', 'parameters']);
    expect(factors[0]).toMatchObject({ min: 0, max: 0.05 });
    expect(Scenario.safeParse({ name: 'x', demography: { return: 0.5 } }).success).toBe(true);
  });
});
