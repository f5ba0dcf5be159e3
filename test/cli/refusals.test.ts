/**
 * End to end (the built CLI): user mistakes found by trying ipasim as a new user would (issues
 * 12 and 25) each exit 2 with a one-screen message, no "internal error", no stack trace, and
 * nothing written; Ctrl-C or SIGTERM while a large design loads exits 130 leaving nothing behind.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';
import { BASE, CLI, expectRefusal, ipasim } from './cli-process.js';

const tmp = () => tempDir('ipasim-refuse-');

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
    // The child signals itself as soon as it has read the sweep file (fixtures/signal-hook.mjs), before the design's
    // 160,000 points are validated, however busy the machine: no timer decides when the signal comes.
    const hook = pathToFileURL(join(process.cwd(), 'test/cli/fixtures/signal-hook.mjs')).href;
    const child = spawn(process.execPath, ['--import', hook, CLI, 'sweep', 'big.yaml', '--out', 'out'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, IPASIM_TEST_SIGNAL: 'SIGTERM', IPASIM_TEST_WHEN: 'read', IPASIM_TEST_FILE: 'big.yaml' } });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code, stderr).toBe(130);
    expect(stderr).toMatch(/interrupted: nothing was written/);
    expect(readdirSync(dir)).toEqual(['big.yaml']);
  });
});

describe('user mistakes found in issue 25: exit 2 with a clear message, before any work', () => {
  it('one parameter set twice through an alias (villages.00.households is villages.0.households): refused, not run twice', () => {
    const dir = tmp();
    scenario(dir, 'base', '');
    writeFileSync(join(dir, 's.yaml'), 'name: s\nscenario: base.yaml\nreplicates: 1\ndesign:\n  type: grid\n  parameters:\n    villages.0.households: [10, 12]\n    villages.00.households: [14, 16]\n');
    expectRefusal(ipasim(dir, 'sweep', 's.yaml', '--out', 'o'), /s\.yaml:8:5 +design\.parameters\["villages\.00\.households"\]: villages\.00\.households is set twice: by the axis villages\.0\.households and by its own axis; a parameter can move with one axis only/);
    writeFileSync(join(dir, 'v.yaml'), 'name: v\nscenario: base.yaml\ndesign:\n  type: variants\n  variants:\n    - { name: a, set: { villages.0.households: 10, villages.000.households: 12 } }\n');
    expectRefusal(ipasim(dir, 'sweep', 'v.yaml', '--out', 'o'), /villages\.000\.households is set twice \(villages\.0\.households names the same parameter\)/);
    expect(readdirSync(dir).sort()).toEqual(['base.yaml', 's.yaml', 'v.yaml']);
  });

  it('calibrate: an alias among the parameters, a name "..", a tolerance or an observed value no fit can weigh, an expression nested 3,000 deep', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'scen.yaml'), 'name: p-village\nseed: 1\n');
    const targets = (over: string) => `scenario: scen.yaml\nset: { villages.0.households: 20, time.end: 2026 }\nreplicates: 1\nparameters:\n  demography.return: {}\n${over}`;
    const target = (fields: string) => `targets:\n  - { name: registered, value: "survey('T2', 'registered', 'yes')", ${fields}, source: "001 T2" }\n`;
    const cases: [string, string, RegExp][] = [
      ['alias.yaml', targets(`  villages.00.households: { min: 10, max: 30 }\n  villages.0.households: { min: 10, max: 30 }\n${target('observed: 80.8, sd: 4.6')}`), /villages\.0\.households is calibrated twice \(villages\.00\.households names the same parameter\)/],
      ['dots.yaml', `name: ".."\n${targets(target('observed: 80.8, sd: 4.6'))}`, /the calibration name "\.\." cannot name a results folder/],
      ['dot.yaml', `name: "."\n${targets(target('observed: 80.8, sd: 4.6'))}`, /the calibration name "\." cannot name a results folder/],
      ['tiny-tolerance.yaml', targets(target('observed: 80.8, tolerance: 1e-300')), /target registered: observed 80\.8 with tolerance 1e-300 .* more than a fit can weigh/],
      ['huge-observed.yaml', targets(target('observed: 1e308, sd: 4.6')), /target registered: observed 1e\+308 with sd 4\.6 .* more than a fit can weigh/],
      ['nested.yaml', targets(`targets:\n  - { name: deep, value: "${'('.repeat(3000)}1${')'.repeat(3000)}", observed: 1, sd: 1, source: x }\n`), /target deep: nested more than 100 levels deep/],
    ];
    for (const [file, text, message] of cases) {
      writeFileSync(join(dir, file), text);
      expectRefusal(ipasim(dir, 'calibrate', file, '--no-write-scenario'), message);
    }
    expect(existsSync(join(dir, 'results'))).toBe(false);
  });

  it('calibrate: a billion particles, or work beyond the machine, is refused before it starts, with the estimate and --force', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'scen.yaml'), 'name: p-village\nseed: 1\n');
    expectRefusal(ipasim(dir, 'calibrate', 'calibration/none.yaml', '--particles', '1000000000'), /--particles must be at most 100,000, as in a targets file/);
    writeFileSync(join(dir, 'big.yaml'), `scenario: scen.yaml\nset: { villages.0.count: 300 }\nreplicates: 50\nparameters:\n  demography.return: {}\nmethod: { particles: 100000, maxGenerations: 1000 }\ntargets:\n  - { name: registered, value: "survey('T2', 'registered', 'yes')", observed: 80.8, sd: 4.6, source: "001 T2" }\n`);
    expectRefusal(ipasim(dir, 'calibrate', 'big.yaml', '--no-write-scenario'), /too big for this machine: .*\nUse fewer --particles, --generations or --replicates, or a smaller village .*, or add --force to start it anyway/);
    expect(readdirSync(dir).sort()).toEqual(['big.yaml', 'scen.yaml']);
  });

  it('a withdrawal start outside the simulated years is refused, never moved', () => {
    const dir = tmp();
    for (const year of [2040, 2010]) {
      const file = scenario(dir, `w${year}`, `analysis: { withdrawalStart: ${year} }\n`);
      expectRefusal(ipasim(dir, 'validate', file), new RegExp(`analysis\\.withdrawalStart: withdrawal start ${year} lies outside the simulated years 2016-2022: give a year from 2017 to 2022`));
    }
  });

  it('--seed "" (and any empty option value) is refused, not run as seed 0', () => {
    const dir = tmp();
    const file = scenario(dir, 'ok', '');
    expectRefusal(ipasim(dir, 'run', file, '--seed', ''), /--seed was given an empty value/);
    expectRefusal(ipasim(dir, 'run', file, '--out='), /--out was given an empty value/);
    expect(readdirSync(dir)).toEqual(['ok.yaml']);
  });

  it('a 64-character name of 4-byte characters is refused before simulating, not by ENAMETOOLONG after', () => {
    const dir = tmp();
    const file = scenario(dir, 'long', `name: "${'𠀀'.repeat(64)}"\n`);
    expectRefusal(ipasim(dir, 'run', file, '--no-charts'), /cannot name a results folder: it is 256 bytes long in UTF-8, at most 192 fit/);
    expect(readdirSync(dir)).toEqual(['long.yaml']);
    expectRefusal(ipasim(dir, 'run', file, '--no-charts', '--out', 'é'.repeat(120)), /the name .* is 240 bytes long; at most 225 fit/);
  });

  it('file-system problems in words: a folder given as a file, a symbolic link loop', () => {
    const dir = tmp();
    const file = scenario(dir, 'ok', '');
    mkdirSync(join(dir, 'folder'));
    expectRefusal(ipasim(dir, 'run', file, '--posterior', '2', '--posterior-file', 'folder'), /folder is not a file: give a posterior sample/);
    symlinkSync('loop-b', join(dir, 'loop-a'));
    symlinkSync('loop-a', join(dir, 'loop-b'));
    expectRefusal(ipasim(dir, 'run', 'loop-a'), /loop-a +cannot read the file: it is a symbolic link that leads back to itself \(a loop\)/);
    mkdirSync(join(dir, 'fake/manifest.json'), { recursive: true });
    expectRefusal(ipasim(dir, 'analyze', 'fake'), /fake\/manifest\.json is not a file \(a folder of that name\?\)/);
  });

  it('an --out in a folder ipasim may not write into is refused before simulating, even when the folder exists and is empty', () => {
    const dir = tmp();
    chmodSync(dir, 0o755);
    const file = scenario(dir, 'ok', '');
    mkdirSync(join(dir, 'ro/empty'), { recursive: true });
    chmodSync(join(dir, 'ro'), 0o555);
    // As root, permissions do not apply: run as nobody then.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = spawnSync(process.execPath, [CLI, 'run', file, '--no-charts', '--out', 'ro/empty'], { encoding: 'utf8', cwd: dir, ...asUser });
    expectRefusal(r, /cannot write the results folder ro\/empty: no permission to write into .*\/ro \(choose another --out\)/);
    expect(r.stdout).toBe('');
  });

  it('messages that say what is there: a posterior point that does not fit, a run folder given to sweep or analyze, a calibration folder given to report', () => {
    const dir = tmp();
    const file = scenario(dir, 'ok', '');
    writeFileSync(join(dir, 'post.csv'), 'particle,demography.return,loglik,generation,candidate\n0,7,-1,0,0\n');
    const sealed = spawnSync(process.execPath, ['--input-type=module', '-e', `import { posteriorText } from '${join(process.cwd(), 'dist/src/calibrate/posterior-draws.js')}'; import { readFileSync, writeFileSync } from 'node:fs'; writeFileSync('post.csv', posteriorText(readFileSync('post.csv', 'utf8'), 'x.yaml', '0123456789abcdef'));`], { cwd: dir, encoding: 'utf8' });
    expect(sealed.status, sealed.stderr).toBe(0);
    const r = ipasim(dir, 'run', file, '--posterior', '2', '--posterior-file', 'post.csv', '--no-charts');
    expectRefusal(r, /post\.csv: a posterior point does not fit this scenario \(demography\.return: .*\): recalibrate/);
    expect(r.stderr).not.toMatch(/\(\[\)/);
    expect(ipasim(dir, 'run', file, '--replicates', '1', '--no-charts', '--out', 'run').status).toBe(0);
    writeFileSync(join(dir, 's.yaml'), 'name: s\nscenario: ok.yaml\nreplicates: 1\ndesign:\n  type: grid\n  parameters:\n    modes.cooperative.training: [0, 0.1]\n');
    const s = ipasim(dir, 'sweep', 's.yaml', '--out', 'run');
    expectRefusal(s, /run is a run's results folder \(ipasim run\), not a sweep folder: choose another --out/);
    expect(s.stderr).not.toMatch(/kind undefined/);
    expectRefusal(ipasim(dir, 'analyze', 'run'), /run is a run's results folder \(ipasim run\), not a sweep folder/);
    mkdirSync(join(dir, 'cal'));
    writeFileSync(join(dir, 'cal/manifest.json'), JSON.stringify({ kind: 'ipasim-calibration', name: 'x' }));
    const rep = ipasim(dir, 'report', 'cal');
    expectRefusal(rep, /cal is a calibration folder \(ipasim calibrate\): its report is cal\/report\.md/);
    expect(rep.stderr).not.toMatch(/older ipasim/);
  });
});
