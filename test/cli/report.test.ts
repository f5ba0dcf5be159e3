/** End to end: `ipasim report` on a run folder and on hand-made sweep folders (the built CLI; npm test builds dist/ first). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gridSweep, morrisSweep } from '../charts/sweep-fixtures.js';
import { sealed } from '../io/sealed-fixture.js';
import { tempDir } from '../temp-dir.js';

const CLI = join(process.cwd(), 'dist/src/cli/main.js');
const ipasim = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: process.cwd() });
const tmp = () => tempDir('ipasim-report-cli-');
function smallScenario(dir: string): string {
  const file = join(dir, 'small.yaml');
  writeFileSync(file, `extends: ${join(process.cwd(), 'scenarios/p-village.yaml')}\nname: small\nvillages: [{ name: P, households: 40 }]\ntime: { end: 2030 }\n`);
  return file;
}
function writeFolder(dir: string, files: Record<string, string>): string {
  mkdirSync(dir, { recursive: true });
  for (const [n, t] of Object.entries(sealed(files))) writeFileSync(join(dir, n), t);
  return dir;
}

describe('ipasim report', () => {
  it('draws the charts and report of a run folder written with --no-charts, in both languages side by side, leaving the results untouched', () => {
    const dir = tmp(), out = join(dir, 'run');
    expect(ipasim('run', smallScenario(dir), '--out', out, '--no-charts', '--replicates', '2').status).toBe(0);
    const before = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f))]));
    const r = ipasim('report', out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/charts \(income, composition, poverty, empowerment, participation, fiscal, survey\) and report\.html written/);
    expect(readdirSync(join(out, 'charts'))).toHaveLength(21);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('Income per person by mode');
    const zh = ipasim('report', out, '--lang', 'zh');
    expect(zh.status, zh.stderr).toBe(0);
    expect(zh.stdout).toContain('report.zh.html written');
    expect(readFileSync(join(out, 'report.zh.html'), 'utf8')).toContain('各模式人均纯收入');
    expect(readFileSync(join(out, 'charts/income.zh.svg'), 'utf8')).toContain('各模式人均纯收入');
    // The English report and charts are still there, unchanged by the Chinese ones.
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('Income per person by mode');
    expect(readdirSync(join(out, 'charts'))).toHaveLength(42);
    for (const [f, bytes] of Object.entries(before)) expect(readFileSync(join(out, f)).equals(bytes), f).toBe(true);
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('draws one heatmap per sweep, and the Morris chart once sensitivity.json exists', () => {
    const dir = tmp();
    const grid = writeFolder(join(dir, 'grid'), gridSweep());
    const r = ipasim('report', grid);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(join(grid, 'charts')).sort()).toEqual(['heatmap.png', 'heatmap.svg', 'heatmap.vl.json']);
    expect(readFileSync(join(grid, 'report.html'), 'utf8')).toContain('ipasim analyze');
    const morris = writeFolder(join(dir, 'morris'), morrisSweep());
    expect(ipasim('report', morris, '--lang', 'zh').status).toBe(0);
    expect(readdirSync(join(morris, 'charts')).filter((f) => f.endsWith('.svg')).sort()).toEqual(['heatmap.zh.svg', 'morris.zh.svg']);
    expect(readFileSync(join(morris, 'report.zh.html'), 'utf8')).toContain('Morris 筛选');
  });

  it('refuses a yearly.csv cut short (charts would stop early), naming it, and draws nothing', () => {
    const dir = tmp(), out = join(dir, 'run');
    const scenario = join(dir, 's.yaml');
    writeFileSync(scenario, `extends: ${join(process.cwd(), 'scenarios/p-village.yaml')}\nvillages: [{ name: P, households: 20 }]\ntime: { end: 2028 }\n`);
    expect(ipasim('run', scenario, '--out', out, '--no-charts').status).toBe(0);
    const yearly = readFileSync(join(out, 'yearly.csv'), 'utf8');
    writeFileSync(join(out, 'yearly.csv'), yearly.slice(0, yearly.indexOf('\n2026,') + 1)); // whole rows up to 2025
    const r = ipasim('report', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^error: ${join(out, 'yearly.csv')} is damaged \\(\\d+ bytes, \\d+ recorded: truncated\\)`));
    expect(existsSync(join(out, 'report.html'))).toBe(false);
  });

  it('a folder that is not a results folder exits 2 with one line, no stack trace', () => {
    const dir = tmp();
    for (const args of [['report', join(dir, 'missing')], ['report', dir]]) {
      const r = ipasim(...args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^error: (results folder not found|not a results folder)/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
