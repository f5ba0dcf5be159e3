import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest, gitCommit, manifestJson, packageRoot } from '../../src/io/manifest.js';

const input = {
  scenarioName: 'p-village',
  scenarioFile: 'scenarios/p-village.yaml',
  resolvedScenario: { name: 'p-village', seed: 1 },
  seeds: [7, 8, 9],
  replicates: 3,
  startedAt: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)),
  durationMs: 1234.4,
  panel: false,
};

describe('manifest.json', () => {
  it('finds the package root and reads the version from package.json', () => {
    const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8'));
    expect(pkg.name).toBe('ipasim');
    expect(buildManifest(input).ipasimVersion).toBe(pkg.version);
  });

  it('records the run, the code and the timing under the documented field names', () => {
    const m = buildManifest(input);
    expect(Object.keys(m)).toEqual(['scenario', 'scenarioFile', 'seed', 'seeds', 'replicates', 'panel', 'ipasimVersion', 'gitCommit', 'node', 'startedAt', 'durationMs', 'resolvedScenario']);
    expect(m).toMatchObject({ scenario: 'p-village', seed: 7, seeds: [7, 8, 9], startedAt: '2026-01-02T03:04:05.000Z', durationMs: 1234, node: process.version });
    expect(m.resolvedScenario).toEqual({ name: 'p-village', seed: 1 });
  });

  it('gives the commit as 40 hex digits in a git checkout, or null', () => {
    const c = gitCommit();
    expect(c === null || /^[0-9a-f]{40}$/.test(c)).toBe(true);
  });

  it('differs between identical runs only in the timing fields', () => {
    const a = buildManifest(input), b = buildManifest({ ...input, startedAt: new Date(), durationMs: 99 });
    const { startedAt: _a1, durationMs: _a2, ...restA } = a;
    const { startedAt: _b1, durationMs: _b2, ...restB } = b;
    expect(manifestJson(a)).not.toBe(manifestJson(b));
    expect(restA).toEqual(restB);
  });

  it('is 2-space JSON with a trailing newline', () => {
    const text = manifestJson(buildManifest(input));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "scenario": "p-village",');
  });

  it('refuses seeds that do not match the replicate count', () => {
    expect(() => buildManifest({ ...input, replicates: 2 })).toThrow(/3 seeds for 2 replicates/);
  });
});
