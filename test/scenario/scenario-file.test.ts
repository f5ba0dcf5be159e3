import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScenarioError, formatScenarioError } from '../../src/scenario/errors.js';
import { loadScenario } from '../../src/scenario/scenario-file.js';
import { Scenario } from '../../src/scenario/schema.js';
import { tempDir } from '../temp-dir.js';

function files(spec: Record<string, string>): string {
  const dir = tempDir('ipasim-load-');
  for (const [name, text] of Object.entries(spec)) writeFileSync(join(dir, name), text);
  return dir;
}

async function issues(file: string) {
  try { await loadScenario(file); } catch (e) { if (e instanceof ScenarioError) return e.issues; throw e; }
  throw new Error('expected a ScenarioError');
}

describe('reading ipasim scenario files (the real schema)', () => {
  it('refuses a file that sets nothing (empty, only comments, or {}), pointing to extends: p-village', async () => {
    const dir = files({ 'empty.yaml': '', 'comments.yaml': '# to do\n', 'braces.yaml': '{}\n' });
    for (const f of ['empty.yaml', 'comments.yaml', 'braces.yaml']) {
      const [i] = await issues(join(dir, f));
      expect(i).toMatchObject({ line: 1, column: 1 });
      expect(i.message).toMatch(/sets nothing .*write "extends: p-village"/);
    }
  });

  it('fills every default from the schema, and names the scenario after its file', async () => {
    const dir = files({ 'a.yaml': 'seed: 3\n' });
    expect((await loadScenario(join(dir, 'a.yaml'))).scenario).toEqual(Scenario.parse({ name: 'a', seed: 3 }));
  });

  it('reports a wrong type with file, line, column and field path', async () => {
    const dir = files({ 'a.yaml': 'name: a\neconomy:\n  planting:\n    netPerMu: abc\n' });
    const [i] = (await issues(join(dir, 'a.yaml')));
    expect(i).toMatchObject({ line: 4, column: 5, path: ['economy', 'planting', 'netPerMu'] });
    expect(i.file).toContain('a.yaml');
    expect(i.message).toMatch(/expected number, got string "abc"/);
  });

  it('rejects an unknown field at its line and suggests the nearest name', async () => {
    const dir = files({ 'a.yaml': 'modes:\n  cooperative:\n    trainng: 0.2\n' });
    const [i] = (await issues(join(dir, 'a.yaml')));
    expect(i).toMatchObject({ line: 3, path: ['modes', 'cooperative', 'trainng'] });
    expect(i.message).toContain('did you mean "training"');
  });

  it('names the bound of an out-of-range value', async () => {
    const dir = files({ 'a.yaml': 'modes:\n  cooperative:\n    access: 1.4\n' });
    expect((await issues(join(dir, 'a.yaml')))[0].message).toMatch(/between 0 and 1, got 1.4/);
  });

  it('reports YAML syntax errors with a line number', async () => {
    const dir = files({ 'a.yaml': 'name: a\nmodes: [1,\n' });
    expect((await issues(join(dir, 'a.yaml')))[0].line).toBeGreaterThan(0);
  });

  it('gives line numbers for JSON scenarios too', async () => {
    const dir = files({ 'a.json': '{\n  "name": "a",\n  "seed": -4\n}\n' });
    expect((await issues(join(dir, 'a.json')))[0]).toMatchObject({ line: 3, path: ['seed'] });
  });

  it('merges objects from the parent and replaces lists', async () => {
    const dir = files({
      'base.yaml': 'name: base\nmodes:\n  cooperative: { access: 0.3, training: 0.2 }\neconomy:\n  market:\n    epidemicYears: [2020, 2022]\n',
      'child.yaml': 'extends: base\nname: child\nmodes:\n  cooperative: { access: 0.9 }\neconomy:\n  market:\n    epidemicYears: [2030]\n',
    });
    const { scenario, files: chain } = await loadScenario(join(dir, 'child.yaml'));
    expect(scenario.modes.cooperative).toMatchObject({ access: 0.9, training: 0.2 });
    expect(scenario.economy.market.epidemicYears).toEqual([2030]);
    expect(chain).toHaveLength(2);
  });

  it('reports an error in an inherited field in the parent file', async () => {
    const dir = files({ 'base.yaml': 'name: base\nseed: -1\n', 'child.yaml': 'extends: base\nname: child\n' });
    const [i] = (await issues(join(dir, 'child.yaml')));
    expect(i.file).toContain('base.yaml');
    expect(i.line).toBe(2);
  });

  it('null in a child deletes the inherited value, which then takes its default', async () => {
    const dir = files({ 'base.yaml': 'name: base\nmodes:\n  cooperative: { access: 0.3 }\n', 'child.yaml': 'extends: base\nmodes:\n  cooperative: { access: null }\n' });
    expect((await loadScenario(join(dir, 'child.yaml'))).scenario.modes.cooperative.access).toBe(Scenario.parse({}).modes.cooperative.access);
  });

  it('refuses an extends cycle and names the chain', async () => {
    const dir = files({ 'a.yaml': 'extends: b\n', 'b.yaml': 'extends: a\n' });
    expect((await issues(join(dir, 'a.yaml')))[0].message).toMatch(/extends cycle: .*a\.yaml -> .*b\.yaml -> .*a\.yaml/);
  });

  it('reports a missing file and a missing extends target clearly', async () => {
    const dir = files({ 'child.yaml': 'extends: nowhere\n' });
    expect((await issues(join(dir, 'missing.yaml')))[0].message).toMatch(/file not found/);
    const [i] = (await issues(join(dir, 'child.yaml')));
    expect(i.message).toMatch(/file not found: .*nowhere/);
    expect(i.file).toContain('child.yaml');
  });

  it('checks cross-field rules such as shares that must add up to 1', async () => {
    const dir = files({ 'a.yaml': 'population:\n  headAge: { under40: 0.5 }\n' });
    expect((await issues(join(dir, 'a.yaml')))[0]).toMatchObject({ path: ['population', 'headAge'], line: 2 });
  });

  it('formats many issues within one screen and without a stack trace', async () => {
    const yaml = Array.from({ length: 40 }, (_, i) => `unknown${i}: 1`).join('\n') + '\n';
    const dir = files({ 'a.yaml': yaml });
    try { await loadScenario(join(dir, 'a.yaml')); } catch (e) {
      const text = formatScenarioError(e as ScenarioError);
      expect(text.split('\n').length).toBeLessThanOrEqual(21);
      expect(text).toContain('and 20 more');
      expect(text).not.toMatch(/\bat .*\.ts:\d+/);
      return;
    }
    throw new Error('expected an error');
  });
});
