import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { existingResults } from '../../src/run/existing-results.js';
import { replaceResultsDir } from '../../src/run/replace-results-dir.js';
import { tempDir } from '../temp-dir.js';

const scenario = { name: 'x', time: { start: 2016, end: 2035 } };
function folder(manifest?: object): string {
  const dir = join(tempDir('ipasim-existing-'), 'run');
  mkdirSync(dir);
  if (manifest) writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

describe('what a run finds in its results folder', () => {
  it('nothing, or an empty folder: run', () => {
    expect(existingResults('/does/not/exist', { resolvedScenario: scenario, seeds: [1], panel: false })).toEqual({ kind: 'none' });
    expect(existingResults(folder(), { resolvedScenario: scenario, seeds: [1], panel: false })).toEqual({ kind: 'none' });
  });

  it('the same scenario (keys in any order), seeds and panel option: the same results', () => {
    const dir = folder({ resolvedScenario: { time: { end: 2035, start: 2016 }, name: 'x' }, seeds: [1, 2], panel: false });
    expect(existingResults(dir, { resolvedScenario: scenario, seeds: [1, 2], panel: false })).toEqual({ kind: 'same' });
  });

  it('anything else says what is there', () => {
    const dir = folder({ resolvedScenario: scenario, seeds: [1, 2], panel: false });
    expect(existingResults(dir, { resolvedScenario: { ...scenario, name: 'y' }, seeds: [1, 2], panel: false })).toEqual({ kind: 'other', what: 'a run of a different scenario' });
    expect(existingResults(dir, { resolvedScenario: scenario, seeds: [1, 2, 3], panel: false })).toEqual({ kind: 'other', what: 'a run with seeds 1, 2' });
    expect(existingResults(dir, { resolvedScenario: scenario, seeds: [1, 2], panel: true })).toMatchObject({ kind: 'other' });
    const foreign = folder();
    writeFileSync(join(foreign, 'notes.txt'), 'mine');
    expect(existingResults(foreign, { resolvedScenario: scenario, seeds: [1], panel: false })).toMatchObject({ kind: 'other', what: expect.stringMatching(/no manifest\.json/) });
  });
});

describe('--force: replacing a results folder', () => {
  it('leaves only the new files, and no hidden sibling', async () => {
    const dir = folder({ old: true });
    await replaceResultsDir(dir, { 'summary.json': '{}' });
    expect(readdirSync(dir)).toEqual(['summary.json']);
    expect(readdirSync(join(dir, '..'))).toEqual(['run']);
  });

  it('puts the old folder back when the new one cannot be written', async () => {
    const dir = folder({ old: true });
    await expect(replaceResultsDir(dir, { '../escape': 'x' })).rejects.toThrow(/invalid results file name/);
    expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))).toEqual({ old: true });
    expect(readdirSync(join(dir, '..'))).toEqual(['run']);
  });
});
