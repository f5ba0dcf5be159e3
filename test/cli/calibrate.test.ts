/** End to end: `ipasim calibrate` and `ipasim run --posterior` with the built CLI on a small village. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';

const CLI = join(process.cwd(), 'dist/src/cli/main.js');
const ipasim = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd });
const tmp = () => tempDir('ipasim-calibrate-');
const OUTPUTS = ['posterior.csv', 'parameters.csv', 'fit.csv', 'generations.csv', 'fit.vl.json', 'fit.svg', 'report.md'];

const TARGETS = `# a tiny calibration for tests
name: tiny
scenario: scen.yaml
set: { villages.0.households: 40, time.end: 2030 }
seed: 3
replicates: 2
parameters:
  demography.return: {}
  awareness.noise: { min: 0.12, max: 0.28 }
method: { particles: 8, finalMoves: 1, maxGenerations: 3 }
targets:
  - name: registered
    value: "survey('T2', 'registered', 'yes')"
    observed: 80.8
    sd: 4.6
    source: 001 T2
  - name: migrant-share
    value: "survey('S4.1', 'people-away-as-migrants', 'share')"
    observed: 33.3
    tolerance: 8
    source: 001 §4.1.2
  - name: income-growth
    value: "yearly('incomeMean', year=2020, group='registered') / yearly('incomeMean', year=2016, group='registered')"
    observed: 1.42
    tolerance: 0.15
    source: white paper 2021
`;

/** An uncalibrated scenario (the schema's reference values), with a comment calibrate must keep. */
const SCENARIO = '# Question: the P-village baseline before calibration.\nname: p-village\ndescription: reference values\nseed: 1\n';

/** A folder with the targets file and an uncalibrated scenario (which calibrate writes into). */
function setup(targets = TARGETS): string {
  const dir = tmp();
  writeFileSync(join(dir, 'scen.yaml'), SCENARIO);
  writeFileSync(join(dir, 'tiny.yaml'), targets);
  return dir;
}
const bytes = (dir: string, files = OUTPUTS) => Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('ipasim calibrate', () => {
  it('writes the posterior, fit and report, the same bytes with one worker or two, and with --write-scenario the medians into the scenario', () => {
    const dir = setup();
    const before = readFileSync(join(dir, 'scen.yaml'), 'utf8');
    // Without --write-scenario the scenario is left alone (it may be the shipped baseline).
    const two = ipasim(dir, 'calibrate', 'tiny.yaml', '--workers', '2', '--out', 'two', '--commit-every', '1');
    expect(readFileSync(join(dir, 'scen.yaml'), 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'tiny.posterior.csv'))).toBe(false);
    const one = ipasim(dir, 'calibrate', 'tiny.yaml', '--workers', '1', '--out', 'one');
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    expect(bytes(join(dir, 'two'))).toEqual(bytes(join(dir, 'one')));
    // The terminal shows the fit table and the posterior.
    expect(one.stdout).toMatch(/^target +observed/m);
    expect(one.stdout).toMatch(/migrant-share +33\.30 +8\.00 \(tolerance\) /);
    expect(one.stdout).toMatch(/registered +80\.80 +9\.20 \(2 sd\) /);
    expect(one.stdout).toContain("±: twice the target's standard error (2 sd), or its tolerance where the targets file gives one");
    expect(one.stdout).toMatch(/of 3 targets within ± at the posterior median/);
    // posterior.csv: 8 particles, the two parameters, inside their priors; then its end line.
    const [head, ...rows] = readFileSync(join(dir, 'one/posterior.csv'), 'utf8').trim().split('\n');
    expect(rows.pop()).toMatch(/^# end: rows=8 bytes=\d+ of=tiny@[0-9a-f]{16} sha256=[0-9a-f]{64}$/);
    expect(head).toBe('particle,demography.return,awareness.noise,loglik,generation,candidate');
    expect(rows).toHaveLength(8);
    for (const r of rows) {
      const [, ret, noise] = r.split(',').map(Number);
      expect(ret).toBeGreaterThanOrEqual(0); expect(ret).toBeLessThanOrEqual(0.05);
      expect(noise).toBeGreaterThanOrEqual(0.12); expect(noise).toBeLessThanOrEqual(0.28);
    }
    expect(readFileSync(join(dir, 'one/fit.csv'), 'utf8').split('\n')[0]).toBe('target,observed,within,within_basis,median,p05,p95,within_tolerance,source');
    expect(readFileSync(join(dir, 'scen.yaml'), 'utf8')).toBe(before);
    // The finished folder given --write-scenario afterwards writes without running anything again.
    const write = ipasim(dir, 'calibrate', 'tiny.yaml', '--out', 'one', '--write-scenario');
    expect(write.status, write.stderr).toBe(0);
    expect(write.stdout).toMatch(/^0 candidate runs in /m);
    expect(write.stdout).toContain('calibrated values written to');
    // The medians went into the scenario with their provenance; its comments stayed.
    const scen = readFileSync(join(dir, 'scen.yaml'), 'utf8');
    const medians = Object.fromEntries(readFileSync(join(dir, 'one/parameters.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')).map((f) => [f[0], f[3]]));
    expect(scen).toMatch(new RegExp(`return: ${medians['demography.return']} # calibrated: tiny\\.yaml`));
    expect(scen).toMatch(new RegExp(`noise: ${medians['awareness.noise']} # calibrated: tiny\\.yaml`));
    expect(scen).toContain('# Question: the P-village baseline before calibration.');
    expect(readFileSync(join(dir, 'tiny.posterior.csv'), 'utf8')).toBe(readFileSync(join(dir, 'one/posterior.csv'), 'utf8'));
  });

  it('resumes a calibration cut in the middle of a generation and ends with the same posterior', () => {
    const dir = setup();
    expect(ipasim(dir, 'calibrate', 'tiny.yaml', '--workers', '1', '--out', 'whole', '--no-write-scenario').status).toBe(0);
    const cut = join(dir, 'cut');
    expect(ipasim(dir, 'calibrate', 'tiny.yaml', '--workers', '1', '--out', 'cut', '--no-write-scenario', '--commit-every', '1').status).toBe(0);
    // As after a kill during the last generation: its state not yet written, one batch of its candidates lost, no outputs.
    const last = readFileSync(join(cut, 'generations.csv'), 'utf8').trim().split('\n').length - 2;
    expect(last).toBeGreaterThanOrEqual(1);
    const gen = join(cut, `gen-${String(last).padStart(3, '0')}`);
    for (const f of OUTPUTS) rmSync(join(cut, f));
    rmSync(join(gen, 'state.json'));
    rmSync(join(gen, 'batches/batch-all-000001.csv'));
    const resumed = ipasim(dir, 'calibrate', 'tiny.yaml', '--workers', '2', '--out', 'cut', '--no-write-scenario');
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(resumed.stderr).toMatch(new RegExp(`resuming at generation ${last}`));
    expect(bytes(cut)).toEqual(bytes(join(dir, 'whole')));
  });

  it('resumes after Ctrl-C with nothing lost or doubled', async () => {
    const dir = setup();
    const budget = ['--particles', '24', '--generations', '1', '--no-write-scenario'];
    expect(ipasim(dir, 'calibrate', 'tiny.yaml', '--out', 'whole', ...budget).status).toBe(0);
    // The child sends itself SIGINT right after committing its first batch file (fixtures/signal-hook.mjs):
    // the same point of the work on a quiet machine and a loaded one, no polling of the disk.
    const hook = pathToFileURL(join(process.cwd(), 'test/cli/fixtures/signal-hook.mjs')).href;
    const child = spawn(process.execPath, ['--import', hook, CLI, 'calibrate', 'tiny.yaml', '--out', 'cut', '--workers', '1', '--commit-every', '1', ...budget], { cwd: dir, stdio: 'ignore', env: { ...process.env, IPASIM_TEST_SIGNAL: 'SIGINT', IPASIM_TEST_WHEN: 'first-batch' } });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(130);
    expect(existsSync(join(dir, 'cut/posterior.csv'))).toBe(false);
    const resumed = ipasim(dir, 'calibrate', 'tiny.yaml', '--out', 'cut', '--workers', '2', ...budget);
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(resumed.stderr).toMatch(/generation 0: 24 candidates \(\d+ to run here\)/);
    expect(bytes(join(dir, 'cut'))).toEqual(bytes(join(dir, 'whole')));
  });

  it('runs generation by generation in shards (as on SLURM) to the same posterior as one machine', () => {
    const dir = setup();
    expect(ipasim(dir, 'calibrate', 'tiny.yaml', '--out', 'single', '--no-write-scenario').status).toBe(0);
    let complete = false;
    for (let step = 0; step < 10 && !complete; step++) {
      for (const shard of step % 2 ? ['1/2', '2/2'] : ['2/2', '1/2']) {
        const r = ipasim(dir, 'calibrate', 'tiny.yaml', '--out', 'sharded', '--shard', shard, '--workers', '1', '--no-write-scenario');
        expect(r.status, r.stderr).toBe(0);
        expect(r.stdout).toMatch(new RegExp(`^shard ${shard.replace('/', '\\/')}: \\d+ candidates run`));
        complete ||= /the calibration is complete/.test(r.stdout);
      }
    }
    expect(complete).toBe(true);
    expect(existsSync(join(dir, 'sharded/posterior.csv'))).toBe(false); // shards never write the outputs
    const final = ipasim(dir, 'calibrate', 'tiny.yaml', '--out', 'sharded', '--no-write-scenario');
    expect(final.status, final.stderr).toBe(0);
    expect(bytes(join(dir, 'sharded'))).toEqual(bytes(join(dir, 'single')));
  });

  it('refuses a folder started by a changed targets file, and leaves it as it was', () => {
    const dir = setup();
    expect(ipasim(dir, 'calibrate', 'tiny.yaml', '--out', 'out', '--no-write-scenario', '--quick').status).toBe(0);
    const before = bytes(join(dir, 'out'));
    writeFileSync(join(dir, 'tiny.yaml'), TARGETS.replace('observed: 80.8', 'observed: 75'));
    const r = ipasim(dir, 'calibrate', 'tiny.yaml', '--out', 'out', '--no-write-scenario', '--quick');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/holds another calibration: the targets file/);
    expect(bytes(join(dir, 'out'))).toEqual(before);
  });
});

describe('ipasim calibrate: mistakes in the targets file', () => {
  const fails = (targets: string, pattern: RegExp) => {
    const dir = setup(targets);
    const r = ipasim(dir, 'calibrate', 'tiny.yaml', '--out', 'out');
    expect(r.status, r.stdout).toBe(2);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    expect(readFileSync(join(dir, 'scen.yaml'), 'utf8')).toBe(SCENARIO);
  };

  it('names the target, file and line of a metric the run does not produce, with a did-you-mean', () => {
    fails(TARGETS.replace("yearly('incomeMean', year=2020", "yearly('incomeMaen', year=2020"), /tiny\.yaml:23:5 +targets\[2\]\.value: target income-growth: yearly\.csv has no metric "incomeMaen" \(did you mean "incomeMean"\?\)/);
  });

  it('names a survey cell that does not exist', () => {
    fails(TARGETS.replace("'registered', 'yes'", "'registered', 'no'"), /targets\[0\]\.value: target registered: survey\.csv has no cell T2 \/ registered \/ no/);
  });

  it('refuses a target after 2025: observed facts only', () => {
    fails(TARGETS.replace('year=2020, group', 'year=2028, group'), /target income-growth: .*looks at 2028; nothing after 2025 may be a target/);
    fails(TARGETS.replace("survey('T2', 'registered', 'yes')", "summary('povertyRateEnd', mode='all')"), /target registered: summary\('povertyRateEnd', mode='all'\) looks at 2030; nothing after 2025/);
  });

  it('points at the character where an expression goes wrong, and never evaluates code', () => {
    fails(TARGETS.replace("survey('T2', 'registered', 'yes')", "survey('T2', 'registered' 'yes')"), /tiny\.yaml:13:5 +targets\[0\]\.value: target registered: expected "," or "\)", found "yes" \(at character 27 of/);
    fails(TARGETS.replace("survey('T2', 'registered', 'yes')", 'process.exit(0)'), /target registered: unexpected character "\."/);
  });

  it('needs either sd or tolerance, and a prior for every parameter', () => {
    fails(TARGETS.replace('    sd: 4.6\n', ''), /targets\[0\]\.sd: give either sd or tolerance/);
    fails(TARGETS.replace('  demography.return: {}', '  enterprise.loanRate: {}'), /parameters\["enterprise\.loanRate"\]: enterprise\.loanRate has no prior in the schema: give min and max/);
    fails(TARGETS.replace('{ min: 0.12, max: 0.28 }', '{ min: 0.12, max: 1.5 }'), /max 1\.5 is above what awareness\.noise allows \(1\)/);
  });
});

describe('ipasim run --posterior', () => {
  it('runs N posterior draws as replicates, with bands, the same bytes twice', () => {
    const dir = setup();
    expect(ipasim(dir, 'calibrate', 'tiny.yaml', '--workers', '2', '--out', 'cal', '--quick', '--write-scenario').status).toBe(0);
    const small = join(dir, 'small.yaml');
    writeFileSync(small, 'extends: scen.yaml\nname: small\nvillages: [{ name: P, households: 40 }]\ntime: { end: 2030 }\n');
    const a = ipasim(dir, 'run', 'small.yaml', '--posterior', '3', '--out', 'a', '--no-charts');
    const b = ipasim(dir, 'run', 'small.yaml', '--posterior', '3', '--out', 'b', '--no-charts');
    const plain = ipasim(dir, 'run', 'small.yaml', '--replicates', '3', '--out', 'plain', '--no-charts');
    expect(a.status, a.stderr).toBe(0);
    expect(a.stdout).toMatch(/3 runs of points drawn from the posterior .*tiny\.posterior\.csv/);
    const yearly = readFileSync(join(dir, 'a/yearly.csv'), 'utf8');
    expect(yearly.split('\n')[0]).toMatch(/p05,p95$/);
    expect(readFileSync(join(dir, 'b/yearly.csv'), 'utf8')).toBe(yearly);
    expect(readFileSync(join(dir, 'plain/yearly.csv'), 'utf8')).not.toBe(yearly);
  });

  it('says so when the scenario has no calibration', () => {
    const dir = setup();
    const r = ipasim(dir, 'run', 'scen.yaml', '--posterior', '3', '--out', 'a');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/has no calibrated values \(no "# calibrated: <targets file>" comment\)/);
  });
});

describe('the shipped targets file', () => {
  it('the committed calibration/schema.json is what `ipasim schema --kind calibration` generates', () => {
    const r = spawnSync(process.execPath, [CLI, 'schema', '--kind', 'calibration', '--stdout'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync('calibration/schema.json', 'utf8')).toBe(r.stdout);
    expect(JSON.parse(r.stdout).properties.targets.items.properties).toHaveProperty('observed');
  });

  it('calibration/p-village.yaml loads: every target names an output of today\'s engine, none after 2025', async () => {
    const { loadTargets } = await import('../../src/calibrate/load-targets.js');
    const { simulate } = await import('../../src/engine/simulate.js');
    const plan = await loadTargets('calibration/p-village.yaml', { quick: true }, simulate);
    expect(plan.targets.map((t) => t.name)).toEqual(expect.arrayContaining(['village-exit-2017', 'migrant-share', 'registered-growth-gap-self-made', 'wage-share-2019', 'registered-poor-end-2020', 'safety-net-others-2020']));
    expect(plan.parameters.every((p) => p.min < p.max)).toBe(true);
    expect(plan.settings.particles).toBe(8);
  });

  it('runs the modes\' counterfactuals only when a target reads a mode\'s effect, and then reads the ordering per seed as 1 or 0', async () => {
    const { loadTargets } = await import('../../src/calibrate/load-targets.js');
    const { candidateContext, runCandidate } = await import('../../src/calibrate/candidate.js');
    const { simulate } = await import('../../src/engine/simulate.js');
    const ordering = `${TARGETS}  - name: shareholding-above-individual
    value: "yearly('effect.incomeMean', from=2018, to=2021, mode='shareholding') > yearly('effect.incomeMean', from=2018, to=2021, mode='individual')"
    observed: 1
    tolerance: 0.15
    source: 001 §4.2
`;
    const plain = await loadTargets(join(setup(), 'tiny.yaml'), {}, simulate);
    expect(plain.modeEffects).toBe(false);
    const plan = await loadTargets(join(setup(ordering), 'tiny.yaml'), {}, simulate);
    expect(plan.modeEffects).toBe(true);
    const lines = runCandidate(candidateContext(plan), { point: 0, values: {} });
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(['0', '1']).toContain(line.split(',').at(-1));
    // Delayed acceptance: the effect target is a second stage; a candidate its first stage rejects never runs the counterfactuals.
    expect(plan.stages).toEqual({ of: [0, 0, 0, 1], count: 2, effects: 1 });
    const rejected = runCandidate(candidateContext(plan), { point: 0, values: {}, gate: { beta: 1, ancestor: [Infinity, 0], u: [0.5, 0.5] } });
    expect(rejected.map((l) => l.split(',').at(-1))).toEqual(['skip', 'skip']);
    expect(rejected.map((l) => l.split(',').slice(0, -1))).toEqual(lines.map((l) => l.split(',').slice(0, -1)));
    const passed = runCandidate(candidateContext(plan), { point: 0, values: {}, gate: { beta: 1, ancestor: [-Infinity, -Infinity], u: [0.5, 0.5] } });
    expect(passed).toEqual(lines);
  });
});
