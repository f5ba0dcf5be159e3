import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../../src/scenario/errors.js';
import { loadScenarioFromText } from '../../src/scenario/from-text.js';
import { loadScenario } from '../../src/scenario/scenario-file.js';

const read = (name: string) => readFileSync(`scenarios/${name}.yaml`, 'utf8');
const library = { 'p-village': read('p-village') };

async function issuesOf(promise: Promise<unknown>) {
  const err = await promise.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(ScenarioError);
  return (err as ScenarioError).issues;
}

describe('loading a scenario from text (the browser path)', () => {
  it('gives the same resolved scenario as loading the file from disk, extends included', async () => {
    const fromText = await loadScenarioFromText('p-village-ageing.yaml', read('p-village-ageing'), { library });
    const fromDisk = await loadScenario('scenarios/p-village-ageing.yaml');
    expect(fromText.scenario).toEqual(fromDisk.scenario);
    expect(fromText.files).toEqual(['scenarios/p-village.yaml', 'p-village-ageing.yaml']);
  });

  it('names an unnamed scenario after its file', async () => {
    const { scenario } = await loadScenarioFromText('dir/my-test.yml', 'extends: p-village\nname: null\n', { library });
    expect(scenario.name).toBe('my-test');
  });

  it('reports a mistake with file, line and field', async () => {
    const [issue] = await issuesOf(loadScenarioFromText('bad.yaml', 'extends: p-village\nmodes:\n  cooperative:\n    access: 1.4\n', { library }));
    expect(issue).toMatchObject({ file: 'bad.yaml', line: 4, column: 5, path: ['modes', 'cooperative', 'access'] });
    expect(issue.message).toMatch(/between 0 and 1, got 1.4/);
  });

  it('refuses an extends that names no bundled scenario, at the extends line', async () => {
    const [issue] = await issuesOf(loadScenarioFromText('x.yaml', 'name: x\nextends: ../elsewhere/base\n', { library }));
    expect(issue).toMatchObject({ file: 'x.yaml', line: 2, path: ['extends'] });
    expect(issue.message).toMatch(/no scenario "..\/elsewhere\/base"/);
  });

  it('detects an extends cycle among bundled texts', async () => {
    const issues = await issuesOf(loadScenarioFromText('a.yaml', 'extends: b\n', { library: { b: 'extends: a\n', a: 'extends: b\n' } }));
    expect(issues[0].message).toMatch(/extends cycle/);
  });
});
