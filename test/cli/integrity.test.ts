/**
 * End to end (the built CLI): what ipasim reads back is checked before use (issue 25). A run
 * folder found by a rerun, a calibration's state and batches, a posterior sample and a sweep's
 * batches, damaged or copied in from another folder, are refused with exit code 2 naming the
 * file and the fix; never used, never an "internal error".
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';
import { BASE, CLI, expectRefusal, ipasim } from './cli-process.js';

const tmp = () => tempDir('ipasim-integrity-');

describe('a rerun finds a damaged results folder', () => {
  const root = tmp();
  const scenario = join(root, 'small.yaml');
  const run = (out: string, ...more: string[]) => ipasim(root, 'run', scenario, '--replicates', '2', '--no-charts', '--out', out, ...more);
  beforeAll(() => {
    writeFileSync(scenario, `extends: ${BASE}\nname: small\nvillages: [{ name: P, households: 30 }]\ntime: { end: 2028 }\n`);
    expect(run('whole').status).toBe(0);
  });
  const damaged = (name: string, harm: (dir: string) => void) => {
    const out = join(root, name);
    cpSync(join(root, 'whole'), out, { recursive: true });
    harm(out);
    return out;
  };

  it('yearly.csv cut short: refused naming it and --force, not "nothing rerun"; --force remakes it', () => {
    const out = damaged('cut', (dir) => writeFileSync(join(dir, 'yearly.csv'), readFileSync(join(dir, 'yearly.csv')).subarray(0, 1000)));
    const r = run(out);
    expectRefusal(r, /cut\/yearly\.csv is damaged \(1000 bytes, \d+ recorded: truncated\): run the same command with --force to simulate it again and replace the folder/);
    expect(r.stdout).not.toMatch(/nothing rerun/);
    const forced = run(out, '--force');
    expect(forced.status, forced.stderr).toBe(0);
    expect(readFileSync(join(out, 'yearly.csv'))).toEqual(readFileSync(join(root, 'whole', 'yearly.csv')));
    expect(run(out).stdout).toMatch(/nothing rerun/);
  });

  it('summary.json edited: refused, its figures never printed', () => {
    const out = damaged('edited', (dir) => {
      // One digit of the first figure changed (which figures a short run has depends on its windows).
      const text = readFileSync(join(dir, 'summary.json'), 'utf8'), edited = text.replace(/("[A-Za-z]+": -?)(\d)/, (_, key: string, d: string) => `${key}${(Number(d) + 1) % 10}`);
      expect(edited).not.toBe(text);
      writeFileSync(join(dir, 'summary.json'), edited);
    });
    const r = run(out);
    expectRefusal(r, /edited\/summary\.json is damaged \(its SHA-256 differs/);
    expect(r.stdout).toBe('');
  });

  it('summary.json cut inside a string: refused naming it (not "Unterminated string in JSON")', () => {
    const out = damaged('truncated', (dir) => writeFileSync(join(dir, 'summary.json'), readFileSync(join(dir, 'summary.json')).subarray(0, 500)));
    expectRefusal(run(out), /truncated\/summary\.json is damaged \(500 bytes/);
  });
});

describe('a calibration reads back only its own, undamaged files', () => {
  const root = tmp();
  const TARGETS = `name: tiny\nscenario: scen.yaml\nset: { villages.0.households: 30, time.end: 2026 }\nseed: 3\nreplicates: 2\nparameters:\n  demography.return: {}\n  awareness.noise: { min: 0.12, max: 0.28 }\nmethod: { particles: 8, finalMoves: 1, maxGenerations: 3 }\ntargets:\n  - { name: registered, value: "survey('T2', 'registered', 'yes')", observed: 80.8, sd: 4.6, source: "001 T2" }\n  - { name: migrant-share, value: "survey('S4.1', 'people-away-as-migrants', 'share')", observed: 33.3, tolerance: 8, source: "001" }\n`;
  const calibrate = (out: string) => ipasim(root, 'calibrate', 'tiny.yaml', '--workers', '1', '--no-write-scenario', '--commit-every', '2', '--out', out);
  beforeAll(() => {
    writeFileSync(join(root, 'scen.yaml'), 'name: p-village\nseed: 1\n');
    writeFileSync(join(root, 'tiny.yaml'), TARGETS);
    const whole = calibrate('whole');
    expect(whole.status, whole.stderr).toBe(0);
    // Another calibration (another seed): its files must never be taken for this one's.
    writeFileSync(join(root, 'other.yaml'), TARGETS.replace('seed: 3', 'seed: 4'));
    const other = ipasim(root, 'calibrate', 'other.yaml', '--workers', '1', '--no-write-scenario', '--commit-every', '2', '--out', 'other');
    expect(other.status, other.stderr).toBe(0);
  });
  const copy = (name: string) => {
    cpSync(join(root, 'whole'), join(root, name), { recursive: true });
    return join(root, name);
  };
  const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

  it('a digit of state.json changed: refused naming it, instead of a different posterior; once removed, the same posterior', () => {
    const dir = copy('digit');
    // The state a rerun reads: the last generation's (how many a run takes depends on the model).
    const last = readdirSync(dir).filter((f) => /^gen-\d+$/.test(f) && existsSync(join(dir, f, 'state.json'))).sort().pop()!;
    edit(join(dir, last, 'state.json'), (t) => {
      // One digit of the first figure of the state changed (its particles come first).
      const edited = t.replace(/("particles":\s*\[\s*\[\s*-?\d*\.?)(\d)/, (_m, head: string, d: string) => `${head}${(Number(d) + 1) % 10}`);
      expect(edited).not.toBe(t);
      return edited;
    });
    expectRefusal(calibrate('digit'), new RegExp(`digit/${last}/state\\.json is damaged or was edited .*: remove it and run the same command again: the generation is completed again from its batches`));
    rmSync(join(dir, last, 'state.json'));
    const again = calibrate('digit');
    expect(again.status, again.stderr).toBe(0);
    expect(readFileSync(join(dir, 'posterior.csv'), 'utf8')).toBe(readFileSync(join(root, 'whole/posterior.csv'), 'utf8'));
  });

  it('a particle dropped from state.json: refused', () => {
    const dir = copy('dropped');
    const file = join(dir, 'gen-001/state.json');
    const state = JSON.parse(readFileSync(file, 'utf8'));
    state.state.particles.pop();
    writeFileSync(file, JSON.stringify(state, null, 2));
    expectRefusal(calibrate('dropped'), /dropped\/gen-001\/state\.json is damaged or was edited/);
  });

  it('a batch line rewritten: refused naming the batch and what to remove (never "best chi-square 0.000")', () => {
    const dir = copy('rewritten');
    edit(join(dir, 'gen-000/batches/batch-all-000001.csv'), (t) => t.replace(/\n0,0,3,[^\n]*/, '\n0,0,3,80.8,33.3'));
    const r = calibrate('rewritten');
    expectRefusal(r, new RegExp(`rewritten/gen-000/batches/batch-all-000001\\.csv is damaged \\(.*\\): remove .*gen-000/state\\.json and this batch file, then run the same command again`));
    expect(r.stderr).not.toMatch(/chi-square 0\.000/);
  });

  it('a batch cut short, or missing its last line: exit 2 with the fix, not "a candidate has 0 runs" (exit 1)', () => {
    for (const [name, harm] of [['cut', (t: string) => t.slice(0, t.length / 2)], ['lastline', (t: string) => t.replace(/[^\n]*\n# end: /, '# end: ')]] as const) {
      const dir = copy(name);
      edit(join(dir, 'gen-001/batches/batch-all-000002.csv'), harm);
      const batch = `${name}/gen-001/batches/batch-all-000002\\.csv`;
      expectRefusal(calibrate(name), new RegExp(`${batch} is damaged \\(\\d+ bytes, \\d+ recorded: truncated\\): remove `));
      // In a generation still open, the batch's own end line tells.
      rmSync(join(dir, 'gen-001/state.json'));
      for (const g of ['gen-002', 'gen-003']) rmSync(join(dir, g), { recursive: true, force: true });
      expectRefusal(calibrate(name), new RegExp(`damaged batch file ${batch} \\((no end line: cut short|\\d+ bytes, \\d+ recorded)\\): remove it and run the same command again: its candidates will be run again`));
    }
  });

  it('a batch or a state from another calibration: refused as foreign, naming both calibrations', () => {
    let dir = copy('foreign-batch');
    const batch = join(dir, 'gen-001/batches/batch-all-000002.csv');
    cpSync(join(root, 'other/gen-001/batches/batch-all-000002.csv'), batch);
    expectRefusal(calibrate('foreign-batch'), /gen-001\/batches\/batch-all-000002\.csv (is damaged|belongs to another)/);
    // In a generation still open (its state.json not yet written), the batch's own end line speaks.
    rmSync(join(dir, 'gen-001/state.json'));
    for (const g of ['gen-002', 'gen-003']) rmSync(join(dir, g), { recursive: true, force: true });
    expectRefusal(calibrate('foreign-batch'), /batch file .*gen-001\/batches\/batch-all-000002\.csv belongs to another calibration \([0-9a-f]{16}, this one is [0-9a-f]{16}\)/);
    dir = copy('foreign-state');
    cpSync(join(root, 'other/gen-001/state.json'), join(dir, 'gen-001/state.json'));
    expectRefusal(calibrate('foreign-state'), /foreign-state\/gen-001\/state\.json belongs to another calibration/);
  });

  it('a posterior cut short, in a calibration folder or shipped beside its targets file, is refused; one from another calibration too', () => {
    writeFileSync(join(root, 'small.yaml'), `extends: scen.yaml\nname: small\nvillages: [{ name: P, households: 30 }]\ntime: { end: 2026 }\n`);
    const posterior = (file: string) => ipasim(root, 'run', 'small.yaml', '--posterior', '3', '--posterior-file', file, '--no-charts', '--out', `p-${Math.random().toString(36).slice(2)}`);
    expect(posterior('whole/posterior.csv').status).toBe(0);
    writeFileSync(join(root, 'cut.csv'), readFileSync(join(root, 'whole/posterior.csv')).subarray(0, 300));
    expectRefusal(posterior('cut.csv'), /damaged posterior file cut\.csv \(no end line: cut short\)/);
    const dir = copy('swapped');
    cpSync(join(root, 'other/posterior.csv'), join(dir, 'posterior.csv'));
    expectRefusal(posterior('swapped/posterior.csv'), /posterior file swapped\/posterior\.csv was written by another calibration \(other@[0-9a-f]{16}\), not by the calibration in swapped \(tiny@[0-9a-f]{16}\)/);
    // As ipasim calibrate ships it: beside the targets file, found through the scenario's comment.
    writeFileSync(join(root, 'shipped.yaml'), 'extends: small.yaml\ndemography: { return: 0.02 } # calibrated: tiny.yaml\n');
    cpSync(join(root, 'whole/posterior.csv'), join(root, 'tiny.posterior.csv'));
    const found = ipasim(root, 'run', 'shipped.yaml', '--posterior', '3', '--no-charts', '--out', 'shipped-ok');
    expect(found.status, found.stderr).toBe(0);
    writeFileSync(join(root, 'tiny.posterior.csv'), readFileSync(join(root, 'whole/posterior.csv')).subarray(0, 400));
    expectRefusal(ipasim(root, 'run', 'shipped.yaml', '--posterior', '3', '--no-charts', '--out', 'shipped-cut'), /damaged posterior file .*tiny\.posterior\.csv \(no end line: cut short\)/);
  });
});

describe('the shipped posterior', () => {
  it('is whole, and a copy cut short (head -c 20000) is refused', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'cut.csv'), readFileSync('calibration/p-village.posterior.csv').subarray(0, 20000));
    expectRefusal(ipasim(process.cwd(), 'run', 'scenarios/p-village.yaml', '--posterior', '3', '--posterior-file', join(dir, 'cut.csv'), '--out', join(dir, 'never')), /damaged posterior file .*cut\.csv \(no end line: cut short\)/);
    expect(readdirSync(dir)).toEqual(['cut.csv']);
    // One row per particle of the shipped calibration file's method.
    const particles = /^method:\n(?:  .*\n)*?  particles: (\d+)/m.exec(readFileSync('calibration/p-village.yaml', 'utf8'))![1];
    expect(readFileSync('calibration/p-village.posterior.csv', 'utf8')).toMatch(new RegExp(`\\n# end: rows=${particles} bytes=\\d+ of=p-village@[0-9a-f]{16} sha256=[0-9a-f]{64}\\n$`));
  });
});

describe('a sweep resumes only its own batches', () => {
  it('a whole batch copied in from another sweep is refused, not sealed into runs.csv', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'base.yaml'), `extends: ${BASE}\nvillages: [{ name: P, households: 20 }]\ntime: { end: 2024 }\n`);
    const sweep = (name: string, values: string) => `name: ${name}\nscenario: base.yaml\nreplicates: 1\ndesign:\n  type: grid\n  parameters:\n    modes.cooperative.training: ${values}\n`;
    writeFileSync(join(dir, 'a.yaml'), sweep('a', '[0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]'));
    writeFileSync(join(dir, 'b.yaml'), sweep('b', '[0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75]'));
    // Each interrupted after its first batch, as after Ctrl-C: the child signals itself once the batch is committed (fixtures/signal-hook.mjs).
    const hook = pathToFileURL(join(process.cwd(), 'test/cli/fixtures/signal-hook.mjs')).href;
    for (const name of ['a', 'b']) {
      const child = spawn(process.execPath, ['--import', hook, CLI, 'sweep', `${name}.yaml`, '--out', name, '--workers', '1', '--commit-every', '1', '--no-charts'], { cwd: dir, stdio: 'ignore', env: { ...process.env, IPASIM_TEST_SIGNAL: 'SIGINT', IPASIM_TEST_WHEN: 'first-batch' } });
      expect(await new Promise((resolve) => child.on('exit', (code) => resolve(code)))).toBe(130);
    }
    const copied = join(dir, 'b/batches/batch-000099.csv');
    cpSync(join(dir, 'a/batches', readdirSync(join(dir, 'a/batches')).find((f) => f.startsWith('batch-'))!), copied);
    expectRefusal(ipasim(dir, 'sweep', 'b.yaml', '--out', 'b', '--workers', '1', '--no-charts'), /batch file .*b\/batches\/batch-000099\.csv belongs to another sweep .*Remove it and run the same command again: its points will be redone/);
    expect(existsSync(join(dir, 'b/runs.csv'))).toBe(false);
    rmSync(copied);
    const resumed = ipasim(dir, 'sweep', 'b.yaml', '--out', 'b', '--workers', '1', '--no-charts');
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(readFileSync(join(dir, 'b/points.csv'), 'utf8')).toMatch(/^point,modes\.cooperative\.training\n0,0\.05\n/);
  });

  it('a finished sweep with a damaged runs.arrow is refused, not "nothing to do"', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'base.yaml'), `extends: ${BASE}\nvillages: [{ name: P, households: 20 }]\ntime: { end: 2024 }\n`);
    writeFileSync(join(dir, 's.yaml'), 'name: s\nscenario: base.yaml\nreplicates: 1\ndesign:\n  type: grid\n  parameters:\n    modes.cooperative.training: [0, 0.2]\n');
    expect(ipasim(dir, 'sweep', 's.yaml', '--out', 'o', '--workers', '1', '--no-charts').status).toBe(0);
    const arrow = readFileSync(join(dir, 'o/runs.arrow'));
    arrow[200] ^= 0x40;
    writeFileSync(join(dir, 'o/runs.arrow'), arrow);
    const r = ipasim(dir, 'sweep', 's.yaml', '--out', 'o', '--workers', '1', '--no-charts');
    expectRefusal(r, /o\/runs\.arrow is damaged \(its SHA-256 differs/);
    expect(r.stdout).not.toMatch(/nothing to do/);
  });
});
