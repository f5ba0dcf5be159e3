import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';
import { exitCodeOf } from '../../src/cli/guard.js';
import { existingResults } from '../../src/run/existing-results.js';
import { sealed } from '../io/sealed-fixture.js';

const scenario = { name: 'x', time: { start: 2016, end: 2035 } };
const TABLES = { 'yearly.csv': 'year,mode,group,metric,value\n2016,all,all,K,0.5\n', 'summary.json': '{"scenario":"x"}\n', 'survey.csv': 'table,item,category,unit,model,target\n' };
/** A run folder as ipasim writes it: the tables, and the manifest sealed over them. */
function folder(manifest?: object): string {
  const dir = join(tempDir('ipasim-existing-'), 'run');
  mkdirSync(dir);
  if (manifest) for (const [name, text] of Object.entries(sealed({ ...TABLES, 'manifest.json': JSON.stringify(manifest) }))) writeFileSync(join(dir, name), text);
  return dir;
}

describe('what a run finds in its results folder', () => {
  it('nothing, or an empty folder: run', () => {
    expect(existingResults('/does/not/exist', { resolvedScenario: scenario, seeds: [1], panel: false })).toEqual({ kind: 'none' });
    expect(existingResults(folder(), { resolvedScenario: scenario, seeds: [1], panel: false })).toEqual({ kind: 'none' });
  });

  it('the same scenario (keys in any order), seeds and panel option: the same results', () => {
    const dir = folder({ resolvedScenario: { time: { end: 2035, start: 2016 }, name: 'x' }, seeds: [1, 2], panel: false });
    expect(existingResults(dir, { resolvedScenario: scenario, seeds: [1, 2], panel: false })).toEqual({ kind: 'same', summary: TABLES['summary.json'] });
  });

  it('the same inputs, but a file cut short, edited or missing, or the manifest edited: damaged, naming the file and --force (exit 2)', () => {
    const want = { resolvedScenario: scenario, seeds: [1, 2], panel: false };
    const damage: [string, (dir: string) => void, RegExp][] = [
      ['yearly.csv', (dir) => writeFileSync(join(dir, 'yearly.csv'), TABLES['yearly.csv'].slice(0, 30)), /yearly\.csv is damaged \(30 bytes, \d+ recorded: truncated\)/],
      ['summary.json', (dir) => writeFileSync(join(dir, 'summary.json'), '{"scenario":"y"}\n'), /summary\.json is damaged \(its SHA-256 differs/],
      ['survey.csv', (dir) => rmSync(join(dir, 'survey.csv')), /survey\.csv is missing/],
      ['manifest.json', (dir) => writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')), startedAt: 'edited' })), /manifest\.json is damaged or was edited/],
    ];
    for (const [name, harm, message] of damage) {
      const dir = folder({ resolvedScenario: scenario, seeds: [1, 2], panel: false });
      harm(dir);
      const found = existingResults(dir, want);
      expect(found.kind, name).toBe('damaged');
      const { code, text } = exitCodeOf((found as { error: Error }).error);
      expect(code).toBe(2);
      expect(text).toMatch(message);
      expect(text).toMatch(/run the same command with --force to simulate it again and replace the folder/);
    }
  });

  it('anything else says what is there', () => {
    const dir = folder({ resolvedScenario: scenario, seeds: [1, 2], panel: false });
    expect(existingResults(dir, { resolvedScenario: { ...scenario, name: 'y' }, seeds: [1, 2], panel: false })).toEqual({ kind: 'other', what: 'a run of a different scenario' });
    expect(existingResults(dir, { resolvedScenario: scenario, seeds: [1, 2, 3], panel: false })).toEqual({ kind: 'other', what: 'a run with seeds 1, 2' });
    expect(existingResults(dir, { resolvedScenario: scenario, seeds: [1, 2], panel: true })).toMatchObject({ kind: 'other' });
    const foreign = folder();
    writeFileSync(join(foreign, 'notes.txt'), 'mine');
    expect(existingResults(foreign, { resolvedScenario: scenario, seeds: [1], panel: false })).toMatchObject({ kind: 'other', what: expect.stringMatching(/no manifest\.json/) });
    const sweep = folder();
    writeFileSync(join(sweep, 'manifest.json'), JSON.stringify({ kind: 'ipasim-sweep' }));
    expect(existingResults(sweep, { resolvedScenario: scenario, seeds: [1], panel: false })).toEqual({ kind: 'other', what: 'a sweep folder (ipasim sweep)' });
  });
});
