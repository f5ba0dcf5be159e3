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
 * the difference is what that thing costs. Speeds come from the engine alone, in one process.
 * Time figures depend on what else runs on the machine (the load average is printed): on a
 * shared machine, run it when it is quiet, or read the speeds as lower bounds.
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

/** Child: `households` simulated once without mode effects, then `runs` small runs; prints the engine's own seconds. */
async function engineChild(households: number, effects: boolean): Promise<void> {
  const { Scenario } = await import('../src/scenario/schema.js');
  const { simulate } = await import('../src/engine/simulate.js');
  const sc = Scenario.parse({ name: 'bench', villages: [{ name: 'v', count: Math.max(1, Math.round(households / 200)), households: Math.min(households, 200) }] });
  const small = Scenario.parse({ name: 'small', villages: [{ name: 'v', households: 40 }] });
  for (let i = 0; i < 5; i++) simulate(small, { seed: i, modeEffects: effects }); // warm-up
  let t0 = performance.now();
  for (let i = 0; i < 20; i++) simulate(small, { seed: i, modeEffects: effects });
  const smallSeconds = (performance.now() - t0) / 1000 / 20;
  t0 = performance.now();
  simulate(sc, { seed: 1, modeEffects: effects });
  console.log(JSON.stringify({ seconds: (performance.now() - t0) / 1000, smallSeconds }));
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
  const oneThread = run('small40.yaml', '--replicates', '2', '--workers', '1', '--no-charts');
  const twoWorkers = run('small40.yaml', '--replicates', '2', '--workers', '2', '--no-charts');
  const mid = run('mid.yaml', '--replicates', '1', '--workers', '1', '--no-charts');
  const panel = run('mid.yaml', '--replicates', '1', '--workers', '1', '--no-charts', '--panel');
  const engine = (households: number, effects: boolean) => {
    const m = measurePeak(here, ['--child', 'engine', String(households), String(effects)], dir);
    return { ...m, ...(JSON.parse(m.stdout.trim().split('\n').pop()!) as { seconds: number; smallSeconds: number }) };
  };
  const plainSmall = engine(40, false), plainBig = engine(BIG, false), effectsBig = engine(BIG, true);
  const workerBytes = Math.max(0, (twoWorkers.peakBytes - oneThread.peakBytes) / 2);
  const plainPerHousehold = (plainBig.peakBytes - plainSmall.peakBytes) / (BIG - 40);

  const points = 400;
  writeFileSync(join(dir, 'sweep.yaml'), SWEEP(points));
  const sweep = measurePeak(cli, ['sweep', 'sweep.yaml', '--out', 'sweep-out', '--workers', '1', '--no-charts'], dir);
  // Lines per run: 5 modes x the default summary metrics, and 5 modes x 2 yearly metrics x 6 years (2016-2021).
  const lines = points * 2 * (5 * DEFAULT_SUMMARY_METRICS.length + 5 * 2 * 6);
  const sweepPerLine = (sweep.peakBytes - base.peakBytes - workerBytes) / lines;

  writeFileSync(join(dir, 'targets.yaml'), TARGETS);
  const particles = 3000;
  const calibrate = measurePeak(cli, ['calibrate', 'targets.yaml', '--out', 'cal-out', '--workers', '1', '--particles', String(particles), '--no-write-scenario'], dir);
  // What a candidate holds: its parameters, and per seed its line (candidate, replicate, seed, the targets' values).
  const values = 2 + 1 * (3 + 3);
  const calibratePerValue = (calibrate.peakBytes - charts.peakBytes - workerBytes) / (particles * values);

  const measured = {
    baseBytes: base.peakBytes,
    chartsBytes: Math.max(0, charts.peakBytes - base.peakBytes),
    bytesPerReplicateYear: (replicates.peakBytes - base.peakBytes) / (59 * YEARS),
    bytesPerHousehold: plainPerHousehold,
    bytesPerHouseholdWithEffects: (big.peakBytes - base.peakBytes) / (BIG - 40),
    workerBytes,
    panelBytesPerHouseholdYear: Math.max(0, (panel.peakBytes - mid.peakBytes) / (MID * YEARS)),
    sweepBytesPerLine: Math.max(0, sweepPerLine),
    calibrateBytesPerValue: Math.max(0, calibratePerValue),
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
    chartsBytes: 'What drawing the charts and the report adds to a run (also a finished sweep or calibration).',
    bytesPerReplicateYear: 'What each replicate adds, per simulated year, while `ipasim run` keeps its yearly rows for aggregation (60 replicates against 1).',
    bytesPerHousehold: 'Resident bytes per household of one run of the engine without mode effects (20,000 households against 40).',
    bytesPerHouseholdWithEffects: 'The same for an `ipasim run` replicate: the run and its four mode counterfactuals.',
    workerBytes: 'What one worker thread adds: its isolate and modules (`--workers 2` against 1, two replicates).',
    panelBytesPerHouseholdYear: 'What `--panel` adds per household-year (2,000 households).',
    sweepBytesPerLine: 'What a sweep keeps per runs.csv line until its final tables (the line, runs.csv and runs.arrow).',
    calibrateBytesPerValue: 'What a calibration holds per particle and number of it: its parameters, and per seed the candidate line (3 fields and the targets\' values).',
    householdYearsPerSecond: 'Engine speed on one core, a run without mode effects (20,000 households).',
    effectsCost: 'How many such runs one run with mode effects costs (the run and its four counterfactuals).',
    secondsPerRun: 'Fixed cost of one run: building, collecting and summarising (a 40-household village).',
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
