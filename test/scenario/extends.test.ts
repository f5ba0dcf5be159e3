import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeLayers, readExtendsChain } from '../../src/scenario/extends.js';
import { loadScenarioFile } from '../../src/scenario/load.js';
import { Scenario } from '../../src/scenario/schema.js';
import { loadIssues, scenarioFiles, TestScenario } from './fixtures/scenario-files.js';

const BASE = 'name: base\nmodes:\n  cooperative:\n    access: 0.3\n    training: 0.2\nmarket:\n  epidemicYears: [2020, 2022]\n';

describe('extends: merging', () => {
  it('merges nested objects key by key and replaces lists wholesale', async () => {
    const dir = scenarioFiles({
      'base.yaml': BASE,
      'child.yaml': 'extends: base\nname: child\nmodes:\n  cooperative:\n    access: 0.9\nmarket:\n  epidemicYears: [2030]\n',
    });
    const { value, files, input } = await loadScenarioFile(join(dir, 'child.yaml'), TestScenario);
    expect(value.name).toBe('child');
    expect(value.modes.cooperative).toMatchObject({ access: 0.9, training: 0.2 });
    expect(value.market.epidemicYears).toEqual([2030]);
    expect(files).toEqual([join(dir, 'base.yaml'), join(dir, 'child.yaml')]);
    expect(input).not.toHaveProperty('extends');
  });

  it('null in the child deletes the inherited key, so the schema default applies again', async () => {
    const dir = scenarioFiles({
      'base.yaml': 'modes:\n  cooperative:\n    access: 0.9\n    training: 0.5\n',
      'child.yaml': 'extends: base\nmodes:\n  cooperative:\n    access: null\n',
    });
    const { value, input } = await loadScenarioFile(join(dir, 'child.yaml'), TestScenario);
    expect(value.modes.cooperative).toMatchObject({ access: 0.3, training: 0.5 });
    expect(input).toStrictEqual({ modes: { cooperative: { training: 0.5 } } });
  });

  it('applies a chain of three files in order, each overriding its parent', async () => {
    const dir = scenarioFiles({
      'a.yaml': 'seed: 1\nname: a\nmodes: { individual: { access: 0.1 } }\n',
      'b.yaml': 'extends: a\nseed: 2\nname: b\n',
      'c.yaml': 'extends: b\nseed: 3\n',
    });
    const { value, files } = await loadScenarioFile(join(dir, 'c.yaml'), TestScenario);
    expect(value).toMatchObject({ seed: 3, name: 'b', modes: { individual: { access: 0.1 } } });
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['a.yaml', 'b.yaml', 'c.yaml']);
  });

  it('villages merge by name: a child entry named like a parent village keeps that village\'s other values', async () => {
    const dir = scenarioFiles({
      'base.yaml': 'villages:\n  - { name: P, households: 150, earningsLevel: 0.27, landPerPerson: 3.1 }\n',
      'child.yaml': 'extends: base\nvillages:\n  - { name: P, households: 40, landPerPerson: null }\n  - { name: Q, households: 20 }\n',
    });
    const { value } = await loadScenarioFile(join(dir, 'child.yaml'), Scenario);
    expect(value.villages[0]).toMatchObject({ name: 'P', households: 40, earningsLevel: 0.27 });
    expect(value.villages[0].landPerPerson).not.toBe(3.1); // null: back to the schema default
    expect(value.villages[1]).toMatchObject({ name: 'Q', households: 20 });
    expect(value.villages[1].earningsLevel).not.toBe(0.27); // another name: a new village
  });

  it('a small P village extending the calibrated baseline keeps its calibrated values', async () => {
    const dir = scenarioFiles({ 'small.yaml': `extends: ${join(process.cwd(), 'scenarios/p-village.yaml')}\nvillages: [{ name: P, households: 40 }]\n` });
    const { value } = await loadScenarioFile(join(dir, 'small.yaml'), Scenario);
    const base = (await loadScenarioFile('scenarios/p-village.yaml', Scenario)).value;
    expect(value.villages[0]).toEqual({ ...base.villages[0], households: 40 });
  });

  it('does not change the parent data it merges into', async () => {
    const dir = scenarioFiles({ 'base.yaml': BASE, 'child.yaml': 'extends: base\nmodes: { cooperative: { access: 1 } }\n' });
    const layers = await readExtendsChain(join(dir, 'child.yaml'));
    mergeLayers(layers);
    expect(layers[0].data).toMatchObject({ modes: { cooperative: { access: 0.3 } } });
  });
});

describe('extends: which file set a field', () => {
  it('reports an error in an inherited field in the parent file, at the parent line', async () => {
    const [issue, ...rest] = await loadIssues('test/scenario/fixtures/inherited/child.yaml');
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ file: join('test', 'scenario', 'fixtures', 'inherited', 'base.yaml'), line: 7, column: 5, path: ['modes', 'cooperative', 'training'] });
  });

  it('reports an error in an overriding field in the child file', async () => {
    const dir = scenarioFiles({ 'base.yaml': BASE, 'child.yaml': 'extends: base\nmodes:\n  cooperative:\n    access: 2\n' });
    const [issue] = await loadIssues(join(dir, 'child.yaml'));
    expect(issue).toMatchObject({ line: 4, path: ['modes', 'cooperative', 'access'] });
    expect(issue.file).toMatch(/child\.yaml$/);
  });

  it('attributes a list the child replaced to the child, even where the parent\'s list had the field', async () => {
    // The parent's second village has `households`; the child's list replaces it, and its second
    // village lacks the field. The error is the child's, not the parent's.
    const dir = scenarioFiles({
      'base.yaml': 'villages:\n  - { name: a, households: 1 }\n  - { name: b, households: 2 }\n',
      'child.yaml': 'extends: base\nvillages:\n  - { name: c, households: 3 }\n  - { name: d }\n',
    });
    const [issue] = await loadIssues(join(dir, 'child.yaml'));
    expect(issue).toMatchObject({ line: 4, path: ['villages', 1, 'households'], message: 'required field is missing (expected number)' });
    expect(issue.file).toMatch(/child\.yaml$/);
  });

  it('knows the file of each field after merging, and the null line of a deleted one', async () => {
    const dir = scenarioFiles({
      'base.yaml': BASE,
      'child.yaml': 'extends: base\nmodes:\n  cooperative:\n    access: 0.5\n    training: null\n',
    });
    const merged = mergeLayers(await readExtendsChain(join(dir, 'child.yaml')));
    const fileOf = (path: (string | number)[]) => merged.setBy(path).file.slice(dir.length + 1);
    expect(fileOf(['modes', 'cooperative', 'access'])).toBe('child.yaml');
    expect(fileOf(['name'])).toBe('base.yaml');
    expect(fileOf(['market', 'epidemicYears', 1])).toBe('base.yaml');
    expect(fileOf(['modes', 'cooperative', 'training'])).toBe('child.yaml');
    expect(merged.locate(['modes', 'cooperative', 'training'])).toMatchObject({ line: 5, column: 5 });
  });
});

describe('extends: finding the parent', () => {
  it('looks a bare name up in the file\'s own directory, then in the search directories', async () => {
    const dir = scenarioFiles({ 'library/baseline.yaml': 'seed: 7\n', 'mine/child.yaml': 'extends: baseline\n' });
    await expect(loadIssues(join(dir, 'mine/child.yaml'))).resolves.toEqual([expect.objectContaining({ path: ['extends'] })]);
    const { value } = await loadScenarioFile(join(dir, 'mine/child.yaml'), TestScenario, { searchDirs: [join(dir, 'library')] });
    expect(value.seed).toBe(7);
  });

  it('resolves a path relative to the extending file, with or without its extension, YAML or JSON', async () => {
    const dir = scenarioFiles({
      'shared/base.json': '{ "seed": 11 }',
      'runs/a.yaml': 'extends: ../shared/base.json\n',
      'runs/b.yaml': 'extends: ../shared/base\n',
    });
    expect((await loadScenarioFile(join(dir, 'runs/a.yaml'), TestScenario)).value.seed).toBe(11);
    expect((await loadScenarioFile(join(dir, 'runs/b.yaml'), TestScenario)).value.seed).toBe(11);
  });

  it('refuses an extends cycle and names the whole chain', async () => {
    const dir = scenarioFiles({ 'a.yaml': 'extends: b\n', 'b.yaml': 'name: b\nextends: a\n' });
    const [issue] = await loadIssues(join(dir, 'a.yaml'));
    expect(issue.message).toMatch(/^extends cycle: \S*a\.yaml -> \S*b\.yaml -> \S*a\.yaml$/);
    expect(issue).toMatchObject({ line: 2, path: ['extends'] });
    expect(issue.file).toMatch(/b\.yaml$/);
  });

  it('refuses a file that extends itself', async () => {
    const dir = scenarioFiles({ 'a.yaml': 'extends: ./a.yaml\n' });
    expect((await loadIssues(join(dir, 'a.yaml')))[0].message).toMatch(/^extends cycle: \S*a\.yaml -> \S*a\.yaml$/);
  });

  it('reports a missing extends target in the referring file, at its extends line', async () => {
    const dir = scenarioFiles({ 'child.yaml': 'name: child\nextends: nowhere\n' });
    const [issue] = await loadIssues(join(dir, 'child.yaml'));
    expect(issue).toMatchObject({ line: 2, column: 1, path: ['extends'] });
    expect(issue.file).toMatch(/child\.yaml$/);
    expect(issue.message).toMatch(/^file not found: no scenario "nowhere" in .* \(tried nowhere\.yaml, nowhere\.yml, nowhere\.json, nowhere\)$/);
  });

  it('rejects an extends that is not a name', async () => {
    const dir = scenarioFiles({ 'a.yaml': 'extends: [base]\n' });
    expect((await loadIssues(join(dir, 'a.yaml')))[0]).toMatchObject({ line: 1, message: 'expected the name or path of another scenario file, got a list' });
  });
});
