/** End to end: `ipasim analyze` (the built CLI) on hand-made sweep folders with known answers. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { morrisRows } from '../../src/sensitivity/morris.js';
import { saltelliRows } from '../../src/sensitivity/saltelli.js';
import { ishigami, ishigamiIndices } from '../sensitivity/analytic.js';
import { sealed } from '../io/sealed-fixture.js';
import { sealManifest } from '../../src/io/integrity.js';
import { tempDir } from '../temp-dir.js';

const CLI = join(process.cwd(), 'dist/src/cli/main.js');
const ipasim = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: process.cwd() });

interface Fixture {
  type: string;
  factors: { path: string; min: number; max: number; integer: boolean }[];
  /** Parameter values per point. */
  points: number[][];
  replicates: number;
  /** Output rows of one run: [year ('' for summary), mode, metric, value ('' for undefined)]. */
  run: (x: number[], replicate: number) => (string | number)[][];
  extra?: Record<string, unknown>;
}

/** Writes manifest.json, points.csv and runs.csv as docs/sweeps.md specifies them. */
function sweepFolder(f: Fixture): string {
  const dir = join(tempDir('ipasim-analyze-'), 'sweep');
  mkdirSync(dir);
  const seeds = Array.from({ length: f.replicates }, (_, r) => 1 + r);
  const manifest = JSON.stringify({
    kind: 'ipasim-sweep', sweep: 'fixture', sweepFile: 'fixture.yaml', hash: 'abc', design: { type: f.type, seed: 1, factors: f.factors, ...f.extra },
    points: f.points.length, replicates: f.replicates, seeds, shard: null, ipasimVersion: '0.1.0', gitCommit: null, node: process.version, resolvedSweep: {}, resolvedScenario: {},
  }, null, 2);
  const points = ['point,' + f.factors.map((x) => x.path).join(','), ...f.points.map((p, i) => `${i},${p.join(',')}`)].join('\n') + '\n';
  const lines = ['point,replicate,seed,year,mode,metric,value'];
  f.points.forEach((x, p) => { for (let r = 0; r < f.replicates; r++) for (const row of f.run(x, r)) lines.push(`${p},${r},${seeds[r]},${row.join(',')}`); });
  const files = sealed({ 'manifest.json': manifest, 'points.csv': points, 'runs.csv': lines.join('\n') + '\n' });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const toPi = (u: number) => -Math.PI + 2 * Math.PI * u;
const ishigamiFactors = ['economy.a', 'economy.b', 'economy.c'].map((path) => ({ path, min: -Math.PI, max: Math.PI, integer: false }));

/** A Saltelli sweep of the Ishigami function (N = 512), two replicates with small noise. */
function ishigamiSweep(): string {
  const rng = seedrandom('fixture-noise');
  return sweepFolder({
    type: 'saltelli', factors: ishigamiFactors, extra: { samples: 512 }, replicates: 2,
    points: saltelliRows(3, 512, 1).map((u) => u.map(toPi)),
    run: (x, replicate) => {
      const y = ishigami(x.map((v) => (v + Math.PI) / (2 * Math.PI)));
      return [
        ['', 'all', 'ishigami', +(y + 0.1 * (rng() - 0.5)).toPrecision(6)],
        ['', 'all', 'constant', 1],
        ['', 'all', 'sometimes', replicate === 1 && rng() < 0.3 ? '' : +x[0].toPrecision(6)],
        [2030, 'all', 'povertyRate', +(0.1 + 0.01 * x[1]).toPrecision(6)],
      ];
    },
  });
}

describe('ipasim analyze', () => {
  it('writes Sobol indices of a Saltelli sweep that match the Ishigami function\'s, with the noise share and skipped outputs', () => {
    const dir = ishigamiSweep();
    const r = ipasim('analyze', dir, '--bootstrap', '200');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Sobol indices of');
    expect(r.stdout).toContain('skipped constant (all)');
    // the Sobol bars are drawn into the folder with the report
    expect(r.stdout).toMatch(/charts and report\.html: \d+ charts/);
    expect(existsSync(join(dir, 'charts', 'sobol.svg'))).toBe(true);
    expect(existsSync(join(dir, 'report.html'))).toBe(true);
    const json = JSON.parse(readFileSync(join(dir, 'sensitivity.json'), 'utf8'));
    expect(json.design).toBe('saltelli');
    expect(json.confidence).toBe(0.95);
    const ish = json.outputs.find((o: { metric: string }) => o.metric === 'ishigami');
    const t = ishigamiIndices();
    ish.sobol.forEach((s: { factor: string; S1: number; ST: number; S1Low: number; S1High: number }, i: number) => {
      expect(s.factor).toBe(ishigamiFactors[i].path);
      expect(Math.abs(s.S1 - t.S1[i])).toBeLessThan(0.06);
      expect(Math.abs(s.ST - t.ST[i])).toBeLessThan(0.05);
      expect(s.S1Low).toBeLessThan(s.S1High);
    });
    expect(ish.noiseShare).toBeGreaterThan(0);
    expect(ish.noiseShare).toBeLessThan(0.01);
    // Undefined in some replicates: averaged over the defined ones; x1 alone decides it.
    const some = json.outputs.find((o: { metric: string }) => o.metric === 'sometimes');
    expect(some.undefinedRuns).toBeGreaterThan(0);
    expect(some.sobol[0].ST).toBeGreaterThan(0.9);
    const yearly = json.outputs.find((o: { metric: string }) => o.metric === 'povertyRate');
    expect(yearly.year).toBe(2030);
    expect(yearly.sobol[1].S1).toBeGreaterThan(0.95);
    expect(json.skipped).toEqual([{ metric: 'constant', mode: 'all', year: null, reason: 'the same at every point: no variance to apportion' }]);
    const csv = readFileSync(join(dir, 'sensitivity.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('metric,mode,year,factor,index,value,low,high');
    expect(csv).toHaveLength(1 + 3 * 3 * 2); // three outputs, three factors, S1 and ST
    expect(csv[1]).toMatch(/^ishigami,all,,economy\.a,S1,0\.3\d*,0\.\d+,0\.\d+$/);
    expect(csv.some((l) => l.startsWith('povertyRate,all,2030,economy.b,S1,'))).toBe(true);
  });

  it('is deterministic: the same folder analysed twice gives byte-identical files', () => {
    const dir = ishigamiSweep();
    ipasim('analyze', dir, '--bootstrap', '100');
    const first = readFileSync(join(dir, 'sensitivity.json'), 'utf8');
    ipasim('analyze', dir, '--bootstrap', '100');
    expect(readFileSync(join(dir, 'sensitivity.json'), 'utf8')).toBe(first);
  });

  it('with --where writes PRIM boxes and a sentence naming the restricted factors', () => {
    const dir = ishigamiSweep();
    const r = ipasim('analyze', dir, '--bootstrap', '0', '--where', 'povertyRate@2030 > 0.12', '--mode', 'all');
    expect(r.status, r.stderr).toBe(0);
    const d = JSON.parse(readFileSync(join(dir, 'discovery.json'), 'utf8'));
    expect(d.where).toBe('povertyRate@2030 > 0.12');
    const all = d.modes[0];
    // povertyRate > 0.12 exactly when economy.b > 2: the box restricts b alone, from below.
    expect(all.box.limits.map((l: { restricted: boolean }) => l.restricted)).toEqual([false, true, false]);
    // Density x coverage picks the box just before the last peel: nearly all of b > 2, nearly pure.
    expect(all.box.limits[1].min).toBeGreaterThan(1.8);
    expect(all.box.limits[1].min).toBeLessThan(2.05);
    expect(all.box.density).toBeGreaterThan(0.95);
    expect(all.box.coverage).toBeGreaterThan(0.95);
    expect(all.sentence).toMatch(/^povertyRate@2030 > 0\.12 in (9\d|100)(\.\d)?% of runs where economy b ≥ [12]\.\d+ \([\d.]+ times the base rate of [\d.]+%; the box holds [\d.]+% of the runs that meet it/);
    expect(all.baseRate).toBeCloseTo(all.positives / all.runs, 5);
    expect(all.beatsBaseRate).toBe(true);
    expect(all.box.lift).toBeCloseTo(all.box.density / all.baseRate, 4);
    expect(r.stdout).toContain(all.sentence);
    expect(all.trajectory[0].support).toBe(1);
  });

  it('says replicate noise first and names a factor only where its index is clearly above both 0 and the noise share', () => {
    // y = x_a + noise whose sd dwarfs x_a's effect: the indices would rank a, but noise explains most of the variance.
    const rng = seedrandom('loud-noise');
    const dir = sweepFolder({
      type: 'saltelli', factors: ishigamiFactors, extra: { samples: 128 }, replicates: 2,
      points: saltelliRows(3, 128, 1).map((u) => u.map(toPi)),
      run: (x) => [['', 'all', 'noisy', +(0.1 * x[0] + 5 * (rng() - 0.5)).toPrecision(6)], ['', 'all', 'clean', +(x[0] + 0.01 * rng()).toPrecision(6)]],
    });
    const r = ipasim('analyze', dir, '--bootstrap', '200');
    expect(r.status, r.stderr).toBe(0);
    // The estimator takes the noise between neighbouring points as every factor's effect (ST near 1 for all):
    // an output that is mostly noise names no factor at all.
    expect(r.stdout).toMatch(/noisy \(all\): replicate noise 9\d% of the variance, most of it: the indices measure mostly noise and single out no factor/);
    expect(r.stdout).toMatch(/clean \(all\): replicate noise 0% of the variance; clearly above it: economy\.a ST 1\.0\d/);
    expect(r.stdout).not.toMatch(/matters most/);
    const report = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(report).toMatch(/replicate noise explains most of the variance \(9\d%\), so the indices measure mostly noise and single out no factor/);
    expect(report).toContain("clearly above both zero and that share: economy.a (total-order index 1.0");
  });

  it('PRIM says plainly when no box beats the base rate, and states the base rate', () => {
    // The condition holds in a random 40% of runs, whatever the parameters: any box is noise.
    const rng = seedrandom('coin');
    const dir = sweepFolder({
      type: 'saltelli', factors: ishigamiFactors, extra: { samples: 128 }, replicates: 2,
      points: saltelliRows(3, 128, 1).map((u) => u.map(toPi)),
      run: () => [['', 'all', 'coin', rng() < 0.4 ? 1 : 0]],
    });
    const r = ipasim('analyze', dir, '--bootstrap', '0', '--where', 'coin > 0.5');
    expect(r.status, r.stderr).toBe(0);
    const all = JSON.parse(readFileSync(join(dir, 'discovery.json'), 'utf8')).modes[0];
    expect(all.beatsBaseRate).toBe(false);
    expect(all.sentence).toMatch(/^(no parameter range singles out the runs with coin > 0\.5: it holds in [\d.]+% of all runs \(the base rate\)|coin > 0\.5 in [\d.]+% of all runs \(the base rate\); no parameter range singles them out)/);
    const report = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(report).toMatch(/a base rate of \d+(\.\d)?%/);
    expect(report).not.toMatch(/<th>parameter<\/th>/); // no table of a box that finds nothing
  });

  it('the README\'s --where example finds a box that beats the base rate on a smaller sobol-baseline (16 samples)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const where = /ipasim analyze results\/sobol-baseline\/1-\* --where "([^"]+)"/.exec(readme.slice(readme.indexOf('## Sensitivity analysis')))?.[1];
    expect(where, 'README: no analyze --where example under "Sensitivity analysis"').toBeDefined();
    expect(readme).toContain(`--where "${where}"`); // the tour uses the same condition
    const dir = tempDir('ipasim-analyze-readme-');
    const sweep = readFileSync('sweeps/sobol-baseline.yaml', 'utf8').replace(/samples: \d+/, 'samples: 16').replace('../scenarios/p-village.yaml', join(process.cwd(), 'scenarios/p-village.yaml'));
    writeFileSync(join(dir, 'sobol.yaml'), sweep);
    const s = ipasim('sweep', join(dir, 'sobol.yaml'), '--out', join(dir, 'out'), '--no-charts');
    expect(s.status, s.stderr).toBe(0);
    const a = ipasim('analyze', join(dir, 'out'), '--where', where!, '--mode', 'all', '--bootstrap', '0', '--no-charts');
    expect(a.status, a.stderr).toBe(0);
    const all = JSON.parse(readFileSync(join(dir, 'out/discovery.json'), 'utf8')).modes[0];
    expect(all.baseRate).toBeGreaterThan(0.05);
    expect(all.baseRate).toBeLessThan(0.95);
    expect(all.beatsBaseRate).toBe(true);
    expect(all.box.lift).toBeGreaterThan(1.5);
    expect(a.stdout).toContain('times the base rate');
  });

  it('writes Morris measures from the values actually run: an inert factor has mu* = 0, an integer factor is measured per share of its range', () => {
    const factors = [{ path: 'policy.end', min: 2021, max: 2030, integer: true }, { path: 'economy.x', min: 0, max: 2, integer: false }, { path: 'economy.inert', min: 0, max: 1, integer: false }];
    const points = morrisRows(3, 30, 4, 2).map((u) => [Math.round(2021 + 9 * u[0]), 2 * u[1], u[2]]);
    const dir = sweepFolder({
      type: 'morris', factors, extra: { trajectories: 30, levels: 4 }, replicates: 1, points,
      run: (x) => [['', 'all', 'y', +(0.5 * (x[0] - 2021) + x[1] ** 2).toPrecision(6)]],
    });
    const r = ipasim('analyze', dir, '--bootstrap', '100');
    expect(r.status, r.stderr).toBe(0);
    const m = JSON.parse(readFileSync(join(dir, 'sensitivity.json'), 'utf8')).outputs[0];
    expect(m.noiseShare).toBeNull(); // one replicate
    expect(m.morris[0].muStar).toBeCloseTo(4.5, 6); // 0.5 per year x 9 years of range
    expect(m.morris[2].muStar).toBe(0);
    expect(m.morris[1].muStar).toBeGreaterThan(0);
    const csv = readFileSync(join(dir, 'sensitivity.csv'), 'utf8');
    expect(csv).toContain('y,all,,economy.inert,mu,0,,\n');
  });

  it('refuses a grid sweep without --where, and a shard folder, with one line on stderr and exit code 2', () => {
    const grid = sweepFolder({ type: 'grid', factors: [], points: [[1], [2]], replicates: 1, run: (x) => [['', 'all', 'y', x[0]]] });
    const r = ipasim('analyze', grid);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/grid design: Sobol indices need a saltelli design/);
    expect(r.stderr).not.toMatch(/at .*\.js/); // no stack trace
    expect(existsSync(join(grid, 'sensitivity.json'))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(grid, 'manifest.json'), 'utf8'));
    writeFileSync(join(grid, 'manifest.json'), JSON.stringify({ ...manifest, shard: { index: 1, count: 2 } }));
    expect(ipasim('analyze', grid).stderr).toMatch(/manifest\.json is damaged or was edited/); // an edit breaks the seal
    writeFileSync(join(grid, 'manifest.json'), JSON.stringify(sealManifest({ ...manifest, shard: { index: 1, count: 2 } }, manifest.integrity.files)));
    expect(ipasim('analyze', grid).stderr).toMatch(/merge the shards first/);
  });

  it('runs PRIM on a grid sweep with --where', () => {
    const grid = sweepFolder({ type: 'grid', factors: [], points: Array.from({ length: 20 }, (_, i) => [i]), replicates: 2, run: (x) => [['', 'all', 'y', x[0]]] });
    const r = ipasim('analyze', grid, '--where', 'y >= 15');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('y >= 15 in 100% of runs where');
    expect(existsSync(join(grid, 'sensitivity.json'))).toBe(false);
  });

  it('explains a mistyped --where, an unknown metric or mode, and a missing folder', () => {
    const dir = ishigamiSweep();
    expect(ipasim('analyze', dir, '--where', 'ishigami is big').stderr).toMatch(/write it as <metric> <op> <number>/);
    expect(ipasim('analyze', dir, '--where', 'nope > 1').stderr).toMatch(/nope is not among the sweep's outputs .* summary metrics: ishigami, constant, sometimes/);
    expect(ipasim('analyze', dir, '--mode', 'cooperative').stderr).toMatch(/--mode cooperative: not in this sweep's runs.csv, which has all/);
    const missing = ipasim('analyze', join(dir, 'nothing-here'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/sweep folder not found/);
  });
});
