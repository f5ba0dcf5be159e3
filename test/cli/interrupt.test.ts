/**
 * End to end (the built CLI): signals (issue 25). SIGINT and SIGTERM alike stop every command
 * with exit code 130 and a message, a second signal too; `run --force` replaces its folder so
 * that, whatever stops it (SIGKILL included), the path holds the old folder or the new one, and
 * the next run puts back or removes what a killed one left beside it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';

const CLI = join(process.cwd(), 'dist/src/cli/main.js');
const BASE = join(process.cwd(), 'scenarios/p-village.yaml');
const tmp = () => tempDir('ipasim-signal-');
const ipasim = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd });

/** Starts the CLI, sends `signals` (after `after` ms, or once `after()` holds; then each `gap` ms after the previous), and resolves with its exit code and stderr. */
function interrupt(cwd: string, args: string[], after: number | (() => boolean), signals: NodeJS.Signals[], gap = 300): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const send = () => signals.forEach((s, i) => setTimeout(() => { if (child.exitCode === null && child.signalCode === null) child.kill(s); }, i * gap));
  if (typeof after === 'number') setTimeout(send, after);
  else {
    const check = () => { if (after()) { clearInterval(poll); send(); } };
    const poll = setInterval(check, 5);
    child.on('exit', () => clearInterval(poll));
  }
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr })));
}

/**
 * Starts the CLI with test/cli/fixtures/signal-hook.mjs, which has the process send itself
 * `signal` (`times` times at once) at a point of its own work (`when`; for 'read', once it has read `file`), so the signal lands at
 * the same point however busy the machine; resolves with its exit code and stderr.
 */
function interruptAt(cwd: string, args: string[], when: 'first-batch' | 'read' | 'worker-online', signal: NodeJS.Signals, times = 1, file = ''): Promise<{ code: number | null; stderr: string }> {
  const hook = pathToFileURL(join(process.cwd(), 'test/cli/fixtures/signal-hook.mjs')).href;
  const env = { ...process.env, IPASIM_TEST_SIGNAL: signal, IPASIM_TEST_WHEN: when, IPASIM_TEST_TIMES: String(times), IPASIM_TEST_FILE: file };
  const child = spawn(process.execPath, ['--import', hook, CLI, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], env });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

/** The hidden siblings ipasim leaves beside `out` only while it writes it. */
const siblings = (dir: string, out: string) => readdirSync(dir).filter((f) => f.startsWith(`.${out}.`));

describe('run --force, stopped at any moment', () => {
  const root = tmp();
  const scenario = join(root, 'small.yaml');
  const args = (out: string, ...more: string[]) => ['run', scenario, '--replicates', '3', '--no-charts', '--workers', '1', '--out', out, ...more];
  beforeAll(() => {
    writeFileSync(scenario, `extends: ${BASE}\nname: small\nvillages: [{ name: P, count: 3, households: 150 }]\ntime: { end: 2030 }\n`);
    expect(ipasim(root, ...args('old')).status).toBe(0);
  });
  /** The folder at `out` is a whole run: its manifest verifies (report reads every file), and says which one it is. */
  const whole = (dir: string) => {
    const r = ipasim(root, 'report', dir, '--lang', 'en');
    expect(r.status, `${dir}: ${r.stderr}`).toBe(0);
    return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).panel as boolean;
  };

  it.each([
    ['SIGINT', 150], ['SIGTERM', 150], ['SIGINT', 900], ['SIGTERM', 1800], ['SIGINT', 3000],
  ] as const)('%s after %i ms: exit 130 with a message, the old folder or the new one in place, nothing left beside it', async (signal, after) => {
    const dir = tempDir('ipasim-signal-case-');
    cpSync(join(root, 'old'), join(dir, 'out'), { recursive: true });
    const r = await interrupt(dir, args('out', '--panel', '--force'), after, [signal]);
    // A signal before Node has run ipasim's first line can only end the process, as for any program.
    if (r.code !== 0 && r.signal !== signal) {
      expect(r.code, r.stderr).toBe(130);
      expect(r.stderr).toMatch(/^interrupted/m);
    }
    expect(typeof whole(join(dir, 'out'))).toBe('boolean'); // the old (no panel) or the new (panel)
    expect(siblings(dir, 'out')).toEqual([]);
  });

  it('SIGTERM while the new folder is written keeps the old one: the swap happens only once the new one is complete', async () => {
    const dir = tempDir('ipasim-signal-writing-');
    cpSync(join(root, 'old'), join(dir, 'out'), { recursive: true });
    const r = await interrupt(dir, args('out', '--panel', '--force'), () => siblings(dir, 'out').some((f) => f.includes('.tmp-')), ['SIGTERM']);
    expect([0, 130]).toContain(r.code);
    expect(whole(join(dir, 'out'))).toBe(r.code === 0);
    expect(siblings(dir, 'out')).toEqual([]);
  });

  it.each([300, 1200, 2500])('SIGKILL after %i ms: the next run finds a whole folder (putting back the old one if need be) and nothing stale', async (after) => {
    const dir = tempDir('ipasim-signal-kill-');
    cpSync(join(root, 'old'), join(dir, 'out'), { recursive: true });
    const r = await interrupt(dir, args('out', '--panel', '--force'), after, ['SIGKILL']);
    expect(r.code === 0 || r.signal === 'SIGKILL').toBe(true);
    const next = ipasim(dir, ...args('out', '--panel', '--force'));
    expect(next.status, next.stderr).toBe(0);
    expect(whole(join(dir, 'out'))).toBe(true);
    expect(siblings(dir, 'out')).toEqual([]);
  });

  it('killed between the two renames of the swap: the next run puts the old folder back, says so, and finds its results there', () => {
    const dir = tempDir('ipasim-signal-window-');
    // A process that is gone, as a killed --force would be.
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid!;
    cpSync(join(root, 'old'), join(dir, `.out.old-${dead}`), { recursive: true });
    writeFileSync(join(dir, `.out.tmp-${dead}-0123abcd`), 'half of a new folder');
    const r = ipasim(dir, ...args('out'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/note: out was missing after an interrupted --force; its previous results \(left in .*\.out\.old-\d+\) were put back/);
    expect(r.stdout).toMatch(/results already in out\/.*nothing rerun/);
    expect(whole(join(dir, 'out'))).toBe(false);
    expect(siblings(dir, 'out')).toEqual([]);
  });

  it('a temporary folder left by a SIGKILL during an ordinary write is removed by the next run', () => {
    const dir = tempDir('ipasim-signal-stale-');
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid!;
    cpSync(join(root, 'old'), join(dir, `.fresh.tmp-${dead}-89abcdef`), { recursive: true });
    expect(ipasim(dir, ...args('fresh')).status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['fresh']);
    renameSync(join(dir, 'fresh'), join(dir, 'kept'));
    expect(existsSync(join(dir, 'kept/manifest.json'))).toBe(true);
  });
});

describe('SIGINT and SIGTERM alike: exit 130 with a message, on every command', () => {
  it('run, while its workers simulate: SIGTERM gives 130 (not 143) and says nothing was written', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'big.yaml'), `extends: ${BASE}\nvillages: [{ name: V, count: 20, households: 200 }]\n`);
    const r = await interruptAt(dir, ['run', 'big.yaml', '--replicates', '4', '--workers', '2', '--no-charts', '--out', 'never'], 'worker-online', 'SIGTERM');
    expect(r.code, r.stderr).toBe(130);
    expect(r.stderr).toMatch(/interrupted while simulating: nothing was written/);
    expect(readdirSync(dir)).toEqual(['big.yaml']);
  });

  it('a signal delivered twice at once (as GNU timeout does) is one request: the calibration stops gracefully, committing what finished', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'scen.yaml'), 'name: p-village\nseed: 1\n');
    writeFileSync(join(dir, 'tiny.yaml'), `name: tiny\nscenario: scen.yaml\nset: { villages.0.households: 60, time.end: 2026 }\nreplicates: 1\nparameters:\n  demography.return: {}\nmethod: { particles: 60, maxGenerations: 2 }\ntargets:\n  - { name: registered, value: "survey('T2', 'registered', 'yes')", observed: 80.8, sd: 4.6, source: "001 T2" }\n`);
    const r = await interruptAt(dir, ['calibrate', 'tiny.yaml', '--workers', '1', '--commit-every', '1', '--no-write-scenario', '--out', 'out'], 'first-batch', 'SIGTERM', 2);
    expect(r.code, r.stderr).toBe(130);
    expect(r.stderr).toMatch(/interrupted after [\d.]+ s: finished candidates are committed in out\/\.\nRun the same command again to resume\./);
  });

  it('calibrate, a second SIGTERM: still 130 with a message (not 143, not silent)', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'scen.yaml'), 'name: p-village\nseed: 1\n');
    writeFileSync(join(dir, 'tiny.yaml'), `name: tiny\nscenario: scen.yaml\nset: { villages.0.households: 60, time.end: 2026 }\nreplicates: 1\nparameters:\n  demography.return: {}\nmethod: { particles: 60, maxGenerations: 2 }\ntargets:\n  - { name: registered, value: "survey('T2', 'registered', 'yes')", observed: 80.8, sd: 4.6, source: "001 T2" }\n`);
    const batches = join(dir, 'out/gen-000/batches');
    const r = await interrupt(dir, ['calibrate', 'tiny.yaml', '--workers', '1', '--commit-every', '1', '--no-write-scenario', '--out', 'out'], () => existsSync(batches) && readdirSync(batches).length > 0, ['SIGTERM', 'SIGTERM']);
    expect(r.code, r.stderr).toBe(130);
    expect(r.stderr).toMatch(/interrupted (again \(SIGTERM\): stopped at once|after [\d.]+ s: finished candidates are committed)/);
    // What was committed is whole: the same command resumes from it.
    const resumed = ipasim(dir, 'calibrate', 'tiny.yaml', '--workers', '1', '--no-write-scenario', '--out', 'out');
    expect(resumed.status, resumed.stderr).toBe(0);
  });

  it('analyze: SIGTERM gives 130 with a message', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'base.yaml'), `extends: ${BASE}\nvillages: [{ name: P, households: 20 }]\ntime: { end: 2024 }\n`);
    writeFileSync(join(dir, 's.yaml'), 'name: s\nscenario: base.yaml\nreplicates: 1\ndesign:\n  type: saltelli\n  samples: 16\n  parameters:\n    modes.cooperative.training: {}\n    demography.outMigration: {}\n');
    expect(ipasim(dir, 'sweep', 's.yaml', '--out', 'o', '--no-charts').status).toBe(0);
    // The signal comes once analyze has read the sweep's manifest, before the indices are computed: it looks at the signal between steps and before writing.
    const r = await interruptAt(dir, ['analyze', 'o', '--bootstrap', '100000', '--no-charts'], 'read', 'SIGTERM', 1, 'o/manifest.json');
    expect(r.code, r.stderr).toBe(130);
    expect(r.stderr).toMatch(/^interrupted/m);
    expect(r.stderr).not.toMatch(/while ipasim was starting/);
  });
});
