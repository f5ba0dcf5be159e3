import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { didYouMean, formatPath, formatScenarioError, ScenarioError } from '../../src/scenario/errors.js';
import { loadScenarioFile } from '../../src/scenario/load.js';
import { loadError, loadIssues, scenarioFiles, TestScenario } from './fixtures/scenario-files.js';

describe('loadScenarioFile: valid files', () => {
  it('returns the validated value with defaults, the merged input and the files read', async () => {
    const dir = scenarioFiles({ 'a.yaml': 'name: a\nmodes:\n  cooperative:\n    access: 0.7\n' });
    const loaded = await loadScenarioFile(join(dir, 'a.yaml'), TestScenario);
    expect(loaded.value).toEqual(TestScenario.parse({ name: 'a', modes: { cooperative: { access: 0.7 } } }));
    expect(loaded.input).toEqual({ name: 'a', modes: { cooperative: { access: 0.7 } } });
    expect(loaded.files).toEqual([join(dir, 'a.yaml')]);
  });

  it('treats an empty file as a scenario that changes nothing', async () => {
    const dir = scenarioFiles({ 'empty.yaml': '# nothing yet\n' });
    expect((await loadScenarioFile(join(dir, 'empty.yaml'), TestScenario)).value).toEqual(TestScenario.parse({}));
  });
});

describe('loadScenarioFile: mistakes are reported where they are', () => {
  it('reports a wrong type at its line, column and field path', async () => {
    const dir = scenarioFiles({ 'a.yaml': 'name: a\nmodes:\n  cooperative:\n    training: abc\n' });
    const [issue, ...rest] = await loadIssues(join(dir, 'a.yaml'));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ line: 4, column: 5, path: ['modes', 'cooperative', 'training'], message: 'expected number, got string "abc"' });
    expect(issue.file).toMatch(/a\.yaml$/);
  });

  it('rejects an unknown field at its own line and suggests the nearest allowed name', async () => {
    const dir = scenarioFiles({ 'a.yaml': 'modes:\n  cooperative:\n    access: 0.5\n    trainng: 0.2\n' });
    const [issue] = await loadIssues(join(dir, 'a.yaml'));
    expect(issue).toMatchObject({ line: 4, column: 5, path: ['modes', 'cooperative', 'trainng'] });
    expect(issue.message).toBe('unknown field "trainng" (did you mean "training"?)');
  });

  it('lists the allowed fields when an unknown field resembles none of them', async () => {
    const dir = scenarioFiles({ 'a.yaml': 'modes:\n  cooperative:\n    subsidy: 3\n' });
    const [issue] = await loadIssues(join(dir, 'a.yaml'));
    expect(issue.message).toBe('unknown field "subsidy"; allowed here: access, training, eligible');
  });

  it('names both bounds of an out-of-range share', async () => {
    const dir = scenarioFiles({ 'a.yaml': 'modes:\n  cooperative:\n    access: 1.4\n' });
    const [issue] = await loadIssues(join(dir, 'a.yaml'));
    expect(issue).toMatchObject({ line: 3, message: 'expected a number between 0 and 1, got 1.4' });
  });

  it('names the one bound of a whole number, without zod\'s implicit safe-integer limit', async () => {
    const dir = scenarioFiles({ 'a.yaml': 'seed: -1\n' });
    expect((await loadIssues(join(dir, 'a.yaml')))[0].message).toBe('expected a whole number at least 0, got -1');
  });

  it('lists the options of an enum and suggests the nearest one', async () => {
    const dir = scenarioFiles({ 'a.yaml': 'modes:\n  cooperative:\n    eligible: al\n' });
    expect((await loadIssues(join(dir, 'a.yaml')))[0].message).toBe('expected one of "poor", "all", got string "al" (did you mean "all"?)');
  });

  it('says what each alternative of a union wanted', async () => {
    const dir = scenarioFiles({ 'a.yaml': 'workers: many\n' });
    expect((await loadIssues(join(dir, 'a.yaml')))[0].message).toBe('expected number or "auto", got string "many"');
  });

  it('points into lists by index, and at the list item when a required field is missing', async () => {
    const dir = scenarioFiles({ 'a.yaml': 'villages:\n  - name: x\n    households: 3\n  - name: y\n    households: 0\n  - name: z\n' });
    const issues = await loadIssues(join(dir, 'a.yaml'));
    expect(issues).toEqual([
      expect.objectContaining({ line: 5, column: 5, path: ['villages', 1, 'households'], message: 'expected a whole number at least 1, got 0' }),
      expect.objectContaining({ line: 6, column: 5, path: ['villages', 2, 'households'], message: 'required field is missing (expected number)' }),
    ]);
  });

  it('passes the words of a custom rule through, at the path the rule names', async () => {
    const dir = scenarioFiles({ 'a.yaml': 'market:\n  epidemicYears: [2020, 2022, 2021]\n' });
    expect((await loadIssues(join(dir, 'a.yaml')))[0]).toMatchObject({ path: ['market', 'epidemicYears', 2], line: 2, message: 'years must increase' });
  });

  it('gives size errors of lists in items', async () => {
    const dir = scenarioFiles({ 'a.yaml': 'market:\n  epidemicYears: [2001, 2002, 2003, 2004, 2005, 2006]\n' });
    expect((await loadIssues(join(dir, 'a.yaml')))[0].message).toBe('expected at most 5 items, got 6 items');
  });

  it('gives line numbers for JSON scenarios too', async () => {
    const dir = scenarioFiles({ 'a.json': '{\n  "name": "a",\n  "seed": -4\n}\n' });
    expect((await loadIssues(join(dir, 'a.json')))[0]).toMatchObject({ line: 3, column: 3, path: ['seed'] });
  });

  it('reports a YAML syntax error with its line and column, not a crash', async () => {
    const dir = scenarioFiles({ 'a.yaml': 'name: a\nmodes:\n  cooperative: { access: 0.5\n' });
    const [issue] = await loadIssues(join(dir, 'a.yaml'));
    expect(issue.line).toBeGreaterThanOrEqual(3);
    expect(issue.column).toBeGreaterThan(0);
    expect(issue.message).toMatch(/^invalid YAML: /);
  });

  it('reports a missing file as "file not found" naming it', async () => {
    const dir = scenarioFiles({});
    const [issue] = await loadIssues(join(dir, 'missing.yaml'));
    expect(issue).toMatchObject({ path: [], message: 'file not found' });
    expect(issue.file).toMatch(/missing\.yaml$/);
  });

  it('rejects a file that is a list rather than a set of fields', async () => {
    const dir = scenarioFiles({ 'a.yaml': '- 1\n- 2\n' });
    expect((await loadIssues(join(dir, 'a.yaml')))[0].message).toBe('a scenario file must be a set of fields (name: value), not a list');
  });

  it('names files relative to the working directory', async () => {
    const [issue] = await loadIssues('test/scenario/fixtures/inherited/base.yaml');
    expect(issue.file).toBe(join('test', 'scenario', 'fixtures', 'inherited', 'base.yaml'));
  });
});

describe('formatScenarioError', () => {
  it('prints file:line:column, the dotted path and the message on one line', async () => {
    const err = await loadError('test/scenario/fixtures/inherited/base.yaml');
    expect(formatScenarioError(err)).toBe('test/scenario/fixtures/inherited/base.yaml:7:5  modes.cooperative.training: expected a number between 0 and 1, got 1.4');
  });

  it('writes list indices in brackets and quotes keys that are not plain words', () => {
    expect(formatPath(['policy', 'povertyLine', 1, 'from'])).toBe('policy.povertyLine[1].from');
    expect(formatPath(['shares', 'under 40'])).toBe('shares["under 40"]');
  });

  it('fits many issues on one screen, without a stack trace', async () => {
    const yaml = Array.from({ length: 40 }, (_, i) => `unknown${i}: 1`).join('\n') + '\n';
    const dir = scenarioFiles({ 'a.yaml': yaml });
    const err = await loadError(join(dir, 'a.yaml'));
    expect(err.issues).toHaveLength(40);
    const text = formatScenarioError(err);
    const lines = text.split('\n');
    expect(lines.length).toBeLessThan(25);
    expect(lines[0]).toMatch(/a\.yaml:1:1  unknown0: unknown field "unknown0"/);
    expect(lines.at(-1)).toBe('... and 20 more');
    expect(text).not.toMatch(/^\s+at /m);
    expect(err.message).toBe(text);
  });

  it('shows only the file when there is no position', () => {
    expect(formatScenarioError(new ScenarioError([{ file: 'x.yaml', path: [], message: 'file not found' }]))).toBe('x.yaml  file not found');
  });
});

describe('didYouMean', () => {
  it('suggests a near name, ignoring case, and stays quiet for unrelated ones', () => {
    expect(didYouMean('abrub', ['keep', 'abrupt', 'taper'])).toBe(' (did you mean "abrupt"?)');
    expect(didYouMean('Trainng', ['access', 'training'])).toBe(' (did you mean "training"?)');
    expect(didYouMean('seed', ['name', 'description'])).toBe('');
  });
});
