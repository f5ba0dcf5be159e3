/**
 * End to end (the built CLI): user mistakes found by trying ipasim as a new user would (issue
 * 12) each exit 2 with a one-screen message, no "internal error", no stack trace, and nothing
 * written; Ctrl-C or SIGTERM while a large design loads exits 130 leaving nothing behind.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';

const CLI = join(process.cwd(), 'dist/src/cli/main.js');
const BASE = join(process.cwd(), 'scenarios/p-village.yaml');
const tmp = () => tempDir('ipasim-refuse-');
/** Runs the CLI in `cwd`, so a default results/ folder would land there. */
const ipasim = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd });

function expectRefusal(r: ReturnType<typeof ipasim>, message: RegExp): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  expect(r.stderr.split('\n').length).toBeLessThan(25); // one screen
}

function scenario(dir: string, name: string, body: string): string {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, `extends: ${BASE}\nvillages: [{ name: P, households: 20 }]\ntime: { end: 2022 }\n${body}`);
  return file;
}

describe('names that would write outside results/', () => {
  it.each([
    ['x/../../evil', /contains "\/"/],
    ['..', /names a folder that already exists/],
    ['a'.repeat(300), /300 characters, at most 64/],
    ['a\\0b', /control character U\+0000/],
  ])('name %j exits 2 and writes nothing', (name, message) => {
    const dir = tmp();
    const file = scenario(dir, 'named', `name: "${name}"\n`);
    expectRefusal(ipasim(dir, 'run', file, '--no-charts'), message);
    expect(readdirSync(dir)).toEqual(['named.yaml']);
  });
});

describe('user errors are exit 2, before simulating', () => {
  it('--out below a file, --seed beyond the file schema\'s range, an empty scenario file', () => {
    const dir = tmp();
    const file = scenario(dir, 'ok', '');
    writeFileSync(join(dir, 'afile'), 'x');
    expectRefusal(ipasim(dir, 'run', file, '--out', 'afile/sub'), /cannot create the results folder afile\/sub: .*afile is a file/);
    expectRefusal(ipasim(dir, 'run', file, '--seed', '1e20'), /--seed must be a whole number from 0 to 2147483647, got 100000000000000000000/);
    expectRefusal(ipasim(dir, 'run', file, '--seed', '2147483648'), /--seed must be a whole number from 0 to 2147483647/);
    writeFileSync(join(dir, 'empty.yaml'), '');
    expectRefusal(ipasim(dir, 'run', 'empty.yaml'), /empty\.yaml:1:1 +the scenario sets nothing .*extends: p-village/);
    expect(readdirSync(dir).sort()).toEqual(['afile', 'empty.yaml', 'ok.yaml']);
  });
});

describe('work beyond the machine', () => {
  it('1,500 replicates of the baseline are refused with the estimate and the way out, at once', () => {
    const dir = tmp();
    const r = ipasim(dir, 'run', BASE, '--replicates', '1500');
    expectRefusal(r, /too big for this machine: about [\d.]+ GB .*\nLower --replicates.*--force/);
    expect(existsSync(join(dir, 'results'))).toBe(false);
  });

  it('validate gives the estimate of a 10-million-household scenario, and run announces it before starting', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'county.yaml'), `extends: ${BASE}\nvillages: [{ name: V, count: 2000, households: 5000 }]\n`);
    const v = ipasim(dir, 'validate', 'county.yaml');
    expect(v.status, v.stderr).toBe(0);
    expect(v.stdout).toMatch(/county\.yaml: valid .*\n(one replicate of ipasim run \(the run and its 4 mode counterfactuals\) needs about \d+(\.\d)? GB and \d+ (minutes|hours)|warning: ipasim run will refuse it without --force: .*GB)/);
  });

  it('a sweep beyond the machine is refused with its estimate before any folder exists', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'long.yaml'), `scenario: ${BASE}\nset: { villages.0.count: 5000 }\nreplicates: 10000\ndesign:\n  type: grid\n  parameters:\n    enterprise.sharesRate: [0, 0.1]\n`);
    expectRefusal(ipasim(dir, 'sweep', 'long.yaml'), /too big for this machine: .*about \d+ days of computing.*\nUse fewer points, replicates, households or --workers, or split the sweep with --shard/);
    expect(readdirSync(dir)).toEqual(['long.yaml']);
  });

  it('a 10-million-point grid is refused before it is built', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'huge.yaml'), `scenario: ${BASE}\ndesign:\n  type: grid\n  parameters:\n    enterprise.sharesRate: { min: 0, max: 0.3, levels: 1000 }\n    modes.cooperative.training: { min: 0, max: 0.3, levels: 1000 }\n    demography.outMigration: { min: 0, max: 0.3, levels: 10 }\n`);
    expectRefusal(ipasim(dir, 'sweep', 'huge.yaml'), /the design has 10,000,000 points, more than the 200,000 a sweep may have/);
    expect(existsSync(join(dir, 'results'))).toBe(false);
  });

  it('SIGTERM while a large design is being validated exits 130 and leaves no folder', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'big.yaml'), `scenario: ${BASE}\ndesign:\n  type: grid\n  parameters:\n    enterprise.sharesRate: { min: 0, max: 0.3, levels: 400 }\n    modes.cooperative.training: { min: 0, max: 0.3, levels: 400 }\n`);
    // The child signals itself as soon as it has installed its SIGTERM handler (fixtures/signal-hook.mjs), before the design's
    // 160,000 points are validated, however busy the machine: no timer decides when the signal comes.
    const hook = pathToFileURL(join(process.cwd(), 'test/cli/fixtures/signal-hook.mjs')).href;
    const child = spawn(process.execPath, ['--import', hook, CLI, 'sweep', 'big.yaml', '--out', 'out'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, IPASIM_TEST_SIGNAL: 'SIGTERM', IPASIM_TEST_WHEN: 'handler' } });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code, stderr).toBe(130);
    expect(stderr).toMatch(/interrupted: nothing was written/);
    expect(readdirSync(dir)).toEqual(['big.yaml']);
  });
});
