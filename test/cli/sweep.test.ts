/** End to end: `ipasim sweep` and `ipasim merge` with the built CLI on a small village. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';

const CLI = join(process.cwd(), 'dist/src/cli/main.js');
const ipasim = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
/** sweep and merge without charts (drawn and checked once, in the first test): faster. */
const quick = (...args: string[]) => ipasim(...args, '--no-charts');
const tmp = () => tempDir('ipasim-sweep-');
const TABLES = ['manifest.json', 'points.csv', 'runs.csv', 'runs.arrow'];

/** 12 points x 3 replicates of a 40-household village over 2016-2030. */
function sweepFile(dir: string, extra = ''): string {
  const file = join(dir, 'small-sweep.yaml');
  writeFileSync(file, `scenario: ${join(process.cwd(), 'scenarios/p-village.yaml')}
set: { villages.0.households: 40, time.end: 2030 }
replicates: 3
design:
  type: grid
  parameters:
    enterprise.sharesRate: [0, 0.04, 0.08, 0.12]
    demography.outMigration: { min: 0.1, max: 0.4, levels: 3 }
outputs: { metrics: [incomeDropPct, returnToPovertyRate, K], yearly: [incomeMean] }
${extra}`);
  return file;
}
const bytes = (dir: string) => Object.fromEntries(TABLES.map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));

describe('ipasim sweep', () => {
  it('writes the same tables, byte for byte, with one worker or two', () => {
    const dir = tmp(), file = sweepFile(dir);
    const one = ipasim('sweep', file, '--workers', '1', '--out', join(dir, 'one'));
    const two = ipasim('sweep', file, '--workers', '2', '--out', join(dir, 'two'), '--commit-every', '1', '--no-charts');
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    expect(readdirSync(join(dir, 'one')).sort()).toEqual(['charts', 'manifest.json', 'points.csv', 'report.html', 'runs.arrow', 'runs.csv']);
    expect(readdirSync(join(dir, 'one/charts'))).toContain('heatmap.svg');
    expect(readdirSync(join(dir, 'two')).sort()).toEqual(['manifest.json', 'points.csv', 'runs.arrow', 'runs.csv']);
    expect(bytes(join(dir, 'two'))).toEqual(bytes(join(dir, 'one')));
    const runs = readFileSync(join(dir, 'one/runs.csv'), 'utf8').trim().split('\n');
    // 12 points x 3 replicates x (5 modes x 3 summary figures + 15 years x 5 modes of incomeMean)
    expect(runs.length - 1).toBe(12 * 3 * (5 * 3 + 15 * 5));
    expect(readFileSync(join(dir, 'one/points.csv'), 'utf8').split('\n')[1]).toBe('0,0,0.1');
    expect(one.stdout).toContain('12 points run');
    expect(one.stdout).toMatch(/charts and report\.html: \d+ charts/);
  });

  it('resumes after Ctrl-C and after a hard kill with nothing lost or doubled', async () => {
    const dir = tmp(), file = sweepFile(dir);
    expect(quick('sweep', file, '--workers', '1', '--out', join(dir, 'whole')).status).toBe(0);
    for (const signal of ['SIGINT', 'SIGKILL'] as const) {
      const out = join(dir, signal);
      const code = await runUntilFirstBatch(['sweep', file, '--workers', '1', '--commit-every', '1', '--no-charts', '--out', out], signal);
      expect(code).toBe(signal === 'SIGINT' ? 130 : null);
      expect(existsSync(join(out, 'runs.csv'))).toBe(false);
      const resumed = quick('sweep', file, '--workers', '2', '--out', out);
      expect(resumed.status, resumed.stderr).toBe(0);
      expect(resumed.stderr).toMatch(/resuming: \d+ points already done/);
      expect(bytes(out)).toEqual(bytes(join(dir, 'whole')));
      expect(existsSync(join(out, 'batches'))).toBe(false);
    }
    const again = quick('sweep', file, '--out', join(dir, 'whole'));
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/nothing to do/);
  });

  it('refuses a batch cut short, naming it; once it is removed the sweep resumes to the same bytes (never stuck)', async () => {
    const dir = tmp(), file = sweepFile(dir), out = join(dir, 'cut');
    expect(quick('sweep', file, '--workers', '1', '--out', join(dir, 'whole')).status).toBe(0);
    expect(await runUntilFirstBatch(['sweep', file, '--workers', '1', '--commit-every', '1', '--no-charts', '--out', out], 'SIGINT')).toBe(130);
    const batch = join(out, 'batches', readdirSync(join(out, 'batches')).find((f) => f.startsWith('batch-'))!);
    const text = readFileSync(batch, 'utf8');
    writeFileSync(batch, text.slice(0, text.length - 100)); // inside a row: a number or a name cut
    const refused = quick('sweep', file, '--workers', '1', '--out', out);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`error: damaged batch file ${batch} (`);
    expect(refused.stderr).toMatch(/remove it and run the same command again: its points will be redone/);
    rmSync(batch);
    const resumed = quick('sweep', file, '--workers', '2', '--out', out);
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(bytes(out)).toEqual(bytes(join(dir, 'whole')));
  });

  it('draws the charts of a finished sweep whose charts were never drawn (killed while drawing) on the next run', () => {
    const dir = tmp(), file = sweepFile(dir), out = join(dir, 'nocharts');
    expect(quick('sweep', file, '--out', out).status).toBe(0);
    expect(existsSync(join(out, 'report.html'))).toBe(false);
    const again = ipasim('sweep', file, '--out', out);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/nothing to do: .* is complete \(12 points\)\ncharts and report\.html: \d+ charts/);
    expect(existsSync(join(out, 'report.html'))).toBe(true);
  });

  it('refuses to resume a folder started by a changed sweep, and leaves it as it was', () => {
    const dir = tmp(), file = sweepFile(dir), out = join(dir, 'out');
    expect(quick('sweep', file, '--out', out).status).toBe(0);
    const before = bytes(out);
    writeFileSync(file, readFileSync(file, 'utf8').replace('replicates: 3', 'replicates: 4'));
    const r = quick('sweep', file, '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/different sweep: the sweep file changed/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(bytes(out)).toEqual(before);
  });

  it('reports a mistake in the sweep file at its line and writes nothing', () => {
    const dir = tmp(), file = sweepFile(dir).replace('small-sweep', 'small-sweep');
    writeFileSync(file, readFileSync(file, 'utf8').replace('demography.outMigration', 'demography.outMigraton'));
    const r = quick('sweep', file, '--out', join(dir, 'out'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/small-sweep\.yaml:8:5 +design\.parameters\["demography\.outMigraton"\]: .*did you mean "outMigration"/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('ipasim sweep --shard and ipasim merge', () => {
  it('three shards merged equal the single-machine folder byte for byte', () => {
    const dir = tmp(), file = sweepFile(dir);
    expect(quick('sweep', file, '--out', join(dir, 'single')).status).toBe(0);
    for (const i of [3, 1, 2]) {
      const r = quick('sweep', file, '--shard', `${i}/3`, '--out', join(dir, 'sharded'), '--workers', '1');
      expect(r.status, r.stderr).toBe(0);
    }
    expect(readdirSync(join(dir, 'sharded/shards')).sort()).toEqual(['1-of-3', '2-of-3', '3-of-3']);
    const m = quick('merge', join(dir, 'sharded'));
    expect(m.status, m.stderr).toBe(0);
    expect(bytes(join(dir, 'sharded'))).toEqual(bytes(join(dir, 'single')));
  });

  it('refuses a set with a shard missing or given twice, or from another sweep', () => {
    const dir = tmp(), file = sweepFile(dir);
    for (const i of [1, 2]) expect(quick('sweep', file, '--shard', `${i}/3`, '--out', join(dir, 's')).status).toBe(0);
    const missing = quick('merge', join(dir, 's'));
    expect(missing.status).toBe(2);
    expect(missing.stderr, missing.stderr).toMatch(/shard 3\/3 missing/);
    const twice = quick('merge', join(dir, 's/shards/1-of-3'), join(dir, 's/shards/1-of-3'), '--out', join(dir, 'm'));
    expect(twice.stderr).toMatch(/given twice/);
    const other = sweepFile(tmp(), '');
    writeFileSync(other, readFileSync(other, 'utf8').replace('replicates: 3', 'replicates: 2'));
    expect(quick('sweep', other, '--shard', '3/3', '--out', join(dir, 'o')).status).toBe(0);
    const mixed = quick('merge', join(dir, 's/shards/1-of-3'), join(dir, 's/shards/2-of-3'), join(dir, 'o/shards/3-of-3'), '--out', join(dir, 'm'));
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toMatch(/belongs to a different sweep/);
    expect(existsSync(join(dir, 'm'))).toBe(false);
  });
});

/** Starts the CLI, sends `signal` as soon as a batch is committed, resolves with the exit code. */
/**
 * Runs the CLI and interrupts it with `signal` right after its first batch is committed: the
 * child loads fixtures/signal-hook.mjs, which signals itself from inside the
 * commit, so the interruption comes at the same point however busy the machine is (no timer,
 * no polling). Resolves the exit code (null when killed by the signal).
 */
function runUntilFirstBatch(args: string[], signal: NodeJS.Signals): Promise<number | null> {
  const hook = pathToFileURL(join(process.cwd(), 'test/cli/fixtures/signal-hook.mjs')).href;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', hook, CLI, ...args], { stdio: 'ignore', env: { ...process.env, IPASIM_TEST_SIGNAL: signal, IPASIM_TEST_WHEN: 'first-batch' } });
    child.on('exit', (code) => resolve(code));
    child.on('error', reject);
  });
}

describe('ipasim schema --kind sweep', () => {
  it('the committed sweeps/schema.json is what the command generates, and knows every design', () => {
    const r = ipasim('schema', '--kind', 'sweep', '--stdout');
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync('sweeps/schema.json', 'utf8')).toBe(r.stdout);
    expect(r.stdout).toMatch(/"saltelli"/);
    expect(r.stdout).toMatch(/"morris"/);
  });
});
