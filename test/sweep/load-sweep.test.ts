import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../../src/scenario/errors.js';
import { loadSweep } from '../../src/sweep/load-sweep.js';
import { tempDir } from '../temp-dir.js';

const write = (text: string) => {
  const file = join(tempDir('ipasim-ls-'), 'test-sweep.yaml');
  writeFileSync(file, text);
  return file;
};
const errorOf = async (text: string) => {
  const err = await loadSweep(write(text)).then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(ScenarioError);
  return (err as ScenarioError).issues;
};

describe('loading sweep files', () => {
  it.each(readdirSync('sweeps').filter((f) => f.endsWith('.yaml')))('the shipped sweep %s is valid and starts with its question', async (f) => {
    const sweep = await loadSweep(join('sweeps', f));
    expect(sweep.table.rows.length).toBeGreaterThan(0);
    expect(sweep.name).toBe(f.replace('.yaml', ''));
    expect(readFileSync(join('sweeps', f), 'utf8')).toMatch(/^# Question: /);
  });

  it('defaults the name to the file name and the seed to the base scenario\'s, and hashes what was resolved', async () => {
    const text = 'scenario: p-village\ndesign: { type: grid, parameters: { enterprise.sharesRate: [0.05, 0.1] } }\n';
    const a = await loadSweep(write(text)), b = await loadSweep(write(text));
    expect(a.name).toBe('test-sweep');
    expect(a.sweep.seed).toBe(1);
    expect(a.seeds).toEqual([1]);
    expect(a.hash).toBe(b.hash);
    expect((await loadSweep(write(text.replace('0.1]', '0.11]')))).hash).not.toBe(a.hash);
  });

  it('reports a bad fixed change at the line of set', async () => {
    const issues = await errorOf('scenario: p-village\nset:\n  demography.outMigration: 2\ndesign: { type: grid, parameters: { enterprise.sharesRate: [0.05] } }\n');
    expect(issues).toEqual([expect.objectContaining({ line: 3, path: ['set', 'demography.outMigration'], message: expect.stringMatching(/outside the allowed range 0 to 1/) })]);
  });

  it('reports a missing base scenario at the line of scenario', async () => {
    const issues = await errorOf('scenario: ./nowhere.yaml\ndesign: { type: grid, parameters: { enterprise.sharesRate: [0.05] } }\n');
    expect(issues[0]).toMatchObject({ line: 1, path: ['scenario'], message: expect.stringMatching(/base scenario not found/) });
  });

  it('reports an invalid value of a linked axis at the path inside it', async () => {
    const issues = await errorOf('scenario: p-village\ndesign:\n  type: grid\n  parameters:\n    y:\n      values: [2099]\n      paths: { policy.instruments.dividend.end: 0, analysis.withdrawalStart: 2 }\n');
    expect(issues[0]).toMatchObject({ path: ['design', 'parameters', 'y'], message: expect.stringMatching(/analysis\.withdrawalStart = 2101: outside the allowed range 2000 to 2100/) });
  });

  it('rejects unknown fields in the sweep file itself', async () => {
    const issues = await errorOf('scenario: p-village\nreplicate: 3\ndesign: { type: grid, parameters: { enterprise.sharesRate: [0.05] } }\n');
    expect(issues[0]).toMatchObject({ line: 2, message: expect.stringMatching(/unknown field "replicate".*did you mean "replicates"/) });
  });
});
