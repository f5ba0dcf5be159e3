import { describe, expect, it } from 'vitest';
import { aliasesOf, canonicalPath, getAt, parsePath, pathProblem, setAt, tablePath } from '../../src/sweep/parameter-path.js';

const scenario = { modes: { cooperative: { training: 0.12 } }, villages: [{ name: 'P', households: 150 }], shares: [0.2, 0.8] };

describe('parameter paths', () => {
  it('reads list indices as numbers and maps them to the parameter table notation', () => {
    expect(parsePath('villages.0.households')).toEqual(['villages', 0, 'households']);
    expect(tablePath('villages.12.households')).toBe('villages[].households');
  });

  it('accepts a path to a leaf and rejects groups, unknown fields and indices out of range', () => {
    expect(pathProblem(scenario, 'modes.cooperative.training')).toBeUndefined();
    expect(pathProblem(scenario, 'villages.0.households')).toBeUndefined();
    expect(pathProblem(scenario, 'modes.cooperative.trainng')).toMatch(/no field "trainng".*did you mean "training"/);
    expect(pathProblem(scenario, 'modes.cooperative')).toMatch(/group of parameters/);
    expect(pathProblem(scenario, 'villages.3.households')).toMatch(/has 1 item/);
    expect(pathProblem(scenario, 'villages.households')).toMatch(/is a list: use an index, e\.g\. villages\.0\.households/);
    expect(pathProblem(scenario, 'villages')).toMatch(/list of groups/);
    expect(pathProblem(scenario, 'modes.cooperative.training.x')).toMatch(/single value/);
  });

  it('sets values on a copy and leaves the original untouched', () => {
    const changed = setAt(scenario, { 'modes.cooperative.training': 0.5, 'villages.0.households': 40 });
    expect(getAt(changed, 'modes.cooperative.training')).toBe(0.5);
    expect(getAt(changed, 'villages.0.households')).toBe(40);
    expect(scenario.modes.cooperative.training).toBe(0.12);
    expect(scenario.villages[0].households).toBe(150);
    expect(changed.shares).toBe(scenario.shares); // untouched parts are shared, not copied
  });

  it('compares paths as parsed: leading zeros name the same list item, so a second spelling is a second setting', () => {
    expect(canonicalPath('villages.00.households')).toBe('villages.0.households');
    expect(canonicalPath('villages.010.households')).toBe('villages.10.households');
    expect(aliasesOf(['villages.0.households', 'modes.cooperative.training', 'villages.00.households'])).toEqual([{ path: 'villages.00.households', first: 'villages.0.households' }]);
    expect(aliasesOf(['villages.0.households', 'villages.1.households'])).toEqual([]);
  });
});
