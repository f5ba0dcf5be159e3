/**
 * Budget benchmark: measures what src/run/budget.ts estimates memory and time from, and
 * writes the figures into src/run/budget-measured.ts (the estimates' only source), printing
 * each beside the value it replaces. Run it after a change to the engine's state, its
 * collected metrics, the results files or the worker pool: `npm run bench:budget`
 * (`-- --dry-run` prints without writing). test/run/budget-measured.test.ts then checks the
 * estimates against peaks it measures itself, at small sizes.
 *
 * Every memory figure is the peak resident memory of a whole process (bench/peak-memory.ts):
 * `ipasim run`, `sweep` and `calibrate` themselves, at two sizes that differ in one thing, so
 * the difference is what that thing costs. Speeds come from the engine alone, in one process,
 * as CPU time: what a core does when it is not shared (the load average is printed; on a busy
 * machine even CPU time grows somewhat, and the estimates then err on the long side).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SUMMARY_METRICS } from '../src/sweep/run-rows.js';
import { builtCli, measurePeak } from './peak-memory.js';

const here = fileURLToPath(import.meta.url);
const root = resolve(here, '../../..');
const YEARS = 20; // 2016-2035, the shipped horizon
const BIG = 20_000;
const MID = 2_000;

/**
 * Child: `households` simulated once (with or without mode effects), after 20 runs of a
 * 40-household village; prints the engine's own CPU seconds for each (CPU, not wall time: the
 * run has a core to itself only on a quiet machine, and CPU time is much less sensitive to what
 * else runs).
 */
async function engineChild(households: number, effects: boolean): Promise<void> {
  const { Scenario } = await import('../src/scenario/schema.js');
  const { simulate } = await import('../src/engine/simulate.js');
  const { FULL, FULL_WITH_EFFECTS } = await import('../src/engine/collection.js');
  const sc = Scenario.parse({ name: 'bench', villages: [{ name: 'v', count: Math.max(1, Math.round(households / 200)), households: Math.min(households, 200) }] });
  const small = Scenario.parse({ name: 'small', villages: [{ name: 'v', households: 40 }] });
  const cpu = (from: NodeJS.CpuUsage) => { const d = process.cpuUsage(from); return (d.user + d.system) / 1e6; };
  for (let i = 0; i < 5; i++) simulate(small, { seed: i, collect: effects ? FULL_WITH_EFFECTS : FULL }); // warm-up
  let t0 = process.cpuUsage();
  for (let i = 0; i < 20; i++) simulate(small, { seed: i, collect: effects ? FULL_WITH_EFFECTS : FULL });
  const smallSeconds = cpu(t0) / 20;
  t0 = process.cpuUsage();
  simulate(sc, { seed: 1, collect: effects ? FULL_WITH_EFFECTS : FULL });
  console.log(JSON.stringify({ seconds: cpu(t0), smallSeconds }));
}

const scenario = (households: number, end = 2035) => `extends: ${join(root, 'scenarios/p-village.yaml')}\nname: bench\nvillages: [{ name: P, count: ${Math.max(1, Math.round(households / 200))}, households: ${Math.min(households, 200)} }]\ntime: { end: ${end} }\n`;

const SWEEP = (points: number) => `name: bench-sweep\nscenario: small6.yaml\nreplicates: 2\ndesign:\n  type: grid\n  parameters:\n    modes.cooperative.training: { min: 0, max: 0.24, levels: ${points} }\noutputs:\n  yearly: [incomeMean, povertyRate]\n`;

const TARGETS = `name: bench-targets\nscenario: small40.yaml\nset: { villages.0.households: 20, time.end: 2021 }\nseed: 3\nreplicates: 1\nparameters:\n  demography.return: {}\n  awareness.noise: { min: 0.12, max: 0.28 }\nmethod: { particles: 8, finalMoves: 0, maxGenerations: 1 }\ntargets:\n  - { name: registered, value: "survey('T2', 'registered', 'yes')", observed: 80.8, sd: 4.6, source: "001 T2" }\n  - { name: migrant-share, value: "survey('S4.1', 'people-away-as-migrants', 'share')", observed: 33.3, tolerance: 8, source: "001" }\n  - { name: growth, value: "yearly('incomeMean', year=2020) / yearly('incomeMean', year=2016)", observed: 1.36, tolerance: 0.15, source: white paper }\n`;

function main(): void {
  const dry = process.argv.includes('--dry-run');
  const dir = mkdtempSync(join(tmpdir(), 'ipasim-bench-budget-'));
  const cli = builtCli();
  writeFileSync(join(dir, 'small40.yaml'), scenario(40));
  writeFileSync(join(dir, 'small6.yaml'), scenario(40, 2021));
  writeFileSync(join(dir, 'mid.yaml'), scenario(MID));
  writeFileSync(join(dir, 'big.yaml'), scenario(BIG));
  let n = 0;
  const run = (file: string, ...args: string[]) => measurePeak(cli, ['run', file, '--out', `out-${n++}`, ...args], dir);
  const load = loadavg()[0];

  const base = run('small40.yaml', '--replicates', '1', '--workers', '1', '--no-charts');
  const charts = run('small40.yaml', '--replicates', '1', '--workers', '1');
  const replicates = run('small40.yaml', '--replicates', '60', '--workers', '1', '--no-charts');
  const big = run('big.yaml', '--replicates', '1', '--workers', '1', '--no-charts');
  const mid = run('mid.yaml', '--replicates', '1', '--workers', '1', '--no-charts');
  const panel = run('mid.yaml', '--replicates', '1', '--workers', '1', '--no-charts', '--panel');
  const engine = (households: number, effects: boolean) => {
    const m = measurePeak(here, ['--child', 'engine', String(households), String(effects)], dir);
    return { ...m, ...(JSON.parse(m.stdout.trim().split('\n').pop()!) as { seconds: number; smallSeconds: number }) };
  };
  const plainSmall = engine(40, false), plainBig = engine(BIG, false), effectsBig = engine(BIG, true);
  const plainPerHousehold = (plainBig.peakBytes - plainSmall.peakBytes) / (BIG - 40);

  // Sweeps: a small one (its base, with and without charts), a large one (per line), and the
  // small one on 4 workers (per worker: the main thread does the same in both). A worker's heap
  // grows with the runs it has done before it levels off (about 130 MB after some 60 runs of
  // this village, 30 MB after 2): the small sweep gives each of 4 workers 24 runs, midway, so
  // that short and long sweeps are both estimated within a factor of 2.
  const sweepLines = (points: number) => points * 2 * (5 * DEFAULT_SUMMARY_METRICS.length + 5 * 2 * 6); // 5 modes x the summary metrics, 5 modes x 2 yearly metrics x 6 years
  const sweep = (points: number, ...args: string[]) => {
    writeFileSync(join(dir, `sweep-${points}.yaml`), SWEEP(points));
    return measurePeak(cli, ['sweep', `sweep-${points}.yaml`, '--out', `sweep-out-${n++}`, ...args], dir);
  };
  const SMALL_SWEEP = 48;
  const sweepSmall = sweep(SMALL_SWEEP, '--workers', '1', '--no-charts');
  const sweepCharts = sweep(SMALL_SWEEP, '--workers', '1');
  const sweepFour = sweep(SMALL_SWEEP, '--workers', '4', '--no-charts');
  const sweepLarge = sweep(400, '--workers', '1', '--no-charts');
  const workerBytes = Math.max(0, (sweepFour.peakBytes - sweepSmall.peakBytes) / 3);

  // Calibrations: 8 particles (its base, the fit chart included) and 3,000.
  writeFileSync(join(dir, 'targets.yaml'), TARGETS);
  const calibrate = (particles: number) => measurePeak(cli, ['calibrate', 'targets.yaml', '--out', `cal-out-${n++}`, '--workers', '1', '--particles', String(particles), '--no-write-scenario'], dir);
  const calibrateSmall = calibrate(8), calibrateLarge = calibrate(3000);
  // What a candidate holds: its 2 parameters, and per seed (1) its line: candidate, replicate, seed and the 3 targets' values.
  const values = 2 + 1 * (3 + 3);

  const measured = {
    baseBytes: base.peakBytes,
    chartsBytes: Math.max(0, charts.peakBytes - base.peakBytes),
    bytesPerReplicateYear: (replicates.peakBytes - base.peakBytes) / (59 * YEARS),
    bytesPerHousehold: plainPerHousehold,
    bytesPerHouseholdWithEffects: (big.peakBytes - base.peakBytes) / (BIG - 40),
    workerBytes,
    panelBytesPerHouseholdYear: Math.max(0, (panel.peakBytes - mid.peakBytes) / (MID * YEARS)),
    sweepBaseBytes: sweepSmall.peakBytes,
    sweepChartsBytes: Math.max(0, sweepCharts.peakBytes - sweepSmall.peakBytes),
    sweepBytesPerLine: Math.max(0, (sweepLarge.peakBytes - sweepSmall.peakBytes) / (sweepLines(400) - sweepLines(SMALL_SWEEP))),
    calibrateBaseBytes: calibrateSmall.peakBytes,
    calibrateBytesPerValue: Math.max(0, (calibrateLarge.peakBytes - calibrateSmall.peakBytes) / ((3000 - 8) * values)),
    householdYearsPerSecond: (BIG * YEARS) / plainBig.seconds,
    effectsCost: effectsBig.seconds / plainBig.seconds,
    secondsPerRun: plainSmall.smallSeconds,
  };
  rmSync(dir, { recursive: true, force: true });

  const file = join(root, 'src/run/budget-measured.ts');
  const old = readFileSync(file, 'utf8');
  const previous = (name: string) => new RegExp(`\\n  ${name}: ([\\d.e+-]+),`).exec(old)?.[1];
  console.log(`ipasim budget benchmark: ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, load average ${load.toFixed(2)} at the start, ${loadavg()[0].toFixed(2)} at the end\n`);
  for (const [name, value] of Object.entries(measured)) console.log(`${name.padEnd(30)} ${round(value).toString().padStart(14)}   (was ${previous(name) ?? '-'})`);
  if (dry) return console.log('\n--dry-run: src/run/budget-measured.ts left as it was');
  writeFileSync(file, measuredModule(measured, load));
  console.log(`\nwrote ${file}`);
}

/** Three significant digits: the figures vary more than that between runs. */
const round = (x: number) => Number(x.toPrecision(3));

function measuredModule(m: Record<string, number>, load: number): string {
  const doc: Record<string, string> = {
    baseBytes: 'Peak resident bytes of `ipasim run` with nothing to speak of: one replicate of a 40-household village, one thread, no charts (Node, the modules, the results files).',
    chartsBytes: 'What drawing the charts and report.html adds to a run.',
    bytesPerReplicateYear: 'What each replicate adds, per simulated year, while `ipasim run` keeps its yearly rows for aggregation (60 replicates against 1).',
    bytesPerHousehold: 'Resident bytes per household of one run of the engine without mode effects (20,000 households against 40).',
    bytesPerHouseholdWithEffects: 'The same for an `ipasim run` replicate: the run and its four mode counterfactuals.',
    workerBytes: 'What one more worker thread adds: its isolate, modules and heap after 24 runs (a 48-point sweep on 4 workers against 1).',
    panelBytesPerHouseholdYear: 'What `--panel` adds per household-year (2,000 households).',
    sweepBaseBytes: 'Peak resident bytes of a small `ipasim sweep`: 48 points of a 40-household village (96 runs) on one worker, no charts.',
    sweepChartsBytes: 'What drawing a finished sweep\'s charts and report.html adds.',
    sweepBytesPerLine: 'What a sweep keeps per runs.csv line until its final tables (the line, runs.csv and runs.arrow; 400 points against 48).',
    calibrateBaseBytes: 'Peak resident bytes of `ipasim calibrate` with nothing to speak of: 8 particles of a 20-household village on one worker, its fit chart included.',
    calibrateBytesPerValue: 'What a calibration holds per particle and number of it: its parameters, and per seed the candidate line (3 fields and the targets\' values; 3,000 particles against 8).',
    householdYearsPerSecond: 'Engine speed on one core (CPU time), a run without mode effects (20,000 households).',
    effectsCost: 'How many such runs one run with mode effects costs (the run and its four counterfactuals).',
    secondsPerRun: 'Fixed cost of one run, CPU seconds: building, collecting and summarising (a 40-household village).',
  };
  const lines = Object.entries(m).map(([k, v]) => `  /** ${doc[k]} */\n  ${k}: ${round(v)},`);
  return `/**
 * What the budgets (budget.ts) are computed from: figures measured by \`npm run bench:budget\`
 * (bench/budget.ts), which rewrites this file. Do not edit by hand; rerun the benchmark after
 * a change to the engine, its collected metrics, the results files or the worker pool.
 *
 * Measured with ${process.version} on ${cpus()[0]?.model ?? 'an unknown CPU'}, ${new Date().toISOString().slice(0, 10)}, load average ${load.toFixed(2)}.
 */
export const MEASURED = {
${lines.join('\n')}
} as const;
`;
}

if (process.argv[2] === '--child') await engineChild(Number(process.argv[4]), process.argv[5] === 'true');
else main();
