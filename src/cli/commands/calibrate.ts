/** `ipasim calibrate <targets-file>`: fit the scenario's uncertain parameters to observed facts (docs/calibration.md). */
import { availableParallelism } from 'node:os';
import type { CommandModule } from 'yargs';
import { parseShard } from '../../sweep/shard.js';
import { Interrupted } from '../../interrupt.js';
import { MAX_GENERATIONS, MAX_PARTICLES, MAX_REPLICATES } from '../../calibrate/targets-schema.js';
import { guard } from '../guard.js';
import { forceOption } from '../options.js';
import { createProgress, type Progress } from '../progress.js';

const whole = (name: string, min: number) => (v: unknown) => {
  if (v !== undefined && (!Number.isInteger(v) || (v as number) < min)) throw new Error(`--${name} must be a whole number of at least ${min}`);
};
const atMost = (name: string, max: number) => (v: unknown) => {
  if (v !== undefined && (v as number) > max) throw new Error(`--${name} must be at most ${max.toLocaleString('en-US')}, as in a targets file`);
};

export const calibrateModule: CommandModule = {
  command: 'calibrate <file>',
  describe: 'fit uncertain parameters to observed facts (adaptive SMC); write the posterior, the fit and the calibrated scenario',
  builder: (y) => y
    .positional('file', { type: 'string', demandOption: true, describe: 'targets file (YAML), e.g. calibration/p-village.yaml' })
    .option('workers', { type: 'number', default: availableParallelism(), describe: 'worker threads (default: every core)' })
    .option('out', { type: 'string', describe: 'calibration folder (default results/calibrate/<name>/<seed>-<hash>/); an unfinished one is resumed' })
    .option('quick', { type: 'boolean', default: false, describe: 'the file\'s quick: budget (few particles, one seed, two generations): checks that everything runs' })
    .option('particles', { type: 'number', describe: 'override method.particles' })
    .option('generations', { type: 'number', describe: 'override method.maxGenerations' })
    .option('replicates', { type: 'number', describe: 'override replicates (common seeds per candidate)' })
    // Off by default: writing changes a scenario file (the shipped baseline, for calibration/p-village.yaml); ask for it.
    .option('write-scenario', { type: 'boolean', default: false, describe: 'also write the posterior medians into the base scenario and the posterior beside the targets file (off unless given)' })
    .option('shard', { type: 'string', describe: 'run only shard i of n of the current generation (candidates with number mod n = i-1), then stop' })
    .option('commit-every', { type: 'number', default: 16, describe: 'commit finished candidates to disk in batches of this many (or every 2 s)' })
    .option('force', { ...forceOption, describe: 'start even when the estimated memory or time (at most every generation allowed) is beyond this machine' })
    .check((a) => {
      whole('workers', 1)(a.workers); whole('particles', 4)(a.particles); whole('generations', 1)(a.generations); whole('replicates', 1)(a.replicates); whole('commit-every', 1)(a['commit-every']);
      // The targets file's own limits (targets-schema.ts), so an override cannot reach what the file may not.
      atMost('particles', MAX_PARTICLES)(a.particles); atMost('generations', MAX_GENERATIONS)(a.generations); atMost('replicates', MAX_REPLICATES)(a.replicates);
      return true;
    })
    .example('$0 calibrate calibration/p-village.yaml', 'the full calibration on every core; run it again after Ctrl-C to resume')
    .example('$0 calibrate calibration/p-village.yaml --write-scenario', 'the same, then the medians into the scenario and its posterior')
    .example('$0 calibrate calibration/p-village.yaml --quick', 'a check in a minute that the targets and the pipeline work')
    .example('$0 calibrate calibration/p-village.yaml --shard 2/4', 'this machine\'s share of the current generation (docs/cluster.md)')
    .epilog('Files written: posterior.csv, parameters.csv, fit.csv, generations.csv, fit.vl.json, fit.svg, report.md (docs/calibration.md).'),
  handler: (a) => guard(async (signal) => {
    const { runCalibration } = await import('../../calibrate/run-calibration.js');
    const { writeOutputs } = await import('../../calibrate/write-outputs.js');
    const { completedRecords } = await import('../../calibrate/calibration-folder.js');
    const { simulate } = await import('../../engine/simulate.js');
    const { describeEstimate } = await import('../../run/budget.js');
    const shard = a.shard === undefined ? undefined : parseShard(String(a.shard));
    const started = Date.now();
    let progress: Progress | undefined;
    let done = 0;
    try {
      const outcome = await runCalibration({
        file: a.file as string, out: a.out as string | undefined, workers: a.workers as number, shard, signal, simulate, force: a.force as boolean,
        batchCandidates: a['commit-every'] as number,
        budget: { quick: a.quick as boolean, particles: a.particles as number | undefined, generations: a.generations as number | undefined, replicates: a.replicates as number | undefined },
        onStart: ({ dir, plan, resumedAt, estimate }) => process.stderr.write(`${plan.name}: ${plan.parameters.length} parameters, ${plan.targets.length} targets, ${plan.settings.particles} particles x ${plan.seeds.length} seeds, at most ${plan.settings.maxGenerations} generations${shard ? ` (shard ${shard.index}/${shard.count})` : ''}${resumedAt ? `, resuming at generation ${resumedAt}` : ''}, ${describeEstimate(estimate).replace(' and ', ' and at most ')} -> ${dir}/\n`),
        onGeneration: ({ generation, candidates, todo, runsPerCandidate, beta }) => {
          progress?.stop();
          done = 0;
          process.stderr.write(`generation ${generation}: ${candidates} candidates${todo < candidates ? ` (${todo} to run here)` : ''}, temperature ${beta.toPrecision(3)}\n`);
          progress = createProgress({ total: todo * runsPerCandidate, label: `generation ${generation}`, unit: 'runs' });
        },
        onRun: () => progress?.tick(++done),
        onGenerationDone: ({ state }) => {
          progress?.stop();
          const best = Math.max(...state.loglik);
          process.stderr.write(`  done: acceptance ${state.acceptance.toFixed(2)}, ESS ${state.ess.toFixed(0)}, best chi-square ${(-2 * best).toPrecision(4)}\n`);
        },
      });
      progress?.stop();
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      if (outcome.status === 'interrupted') throw new Interrupted(`interrupted after ${secs} s: finished candidates are committed in ${outcome.dir}/.\nRun the same command again to resume.`);
      if (outcome.status === 'shard-done' || shard) {
        console.log(`shard ${shard!.index}/${shard!.count}: ${outcome.ran} candidates run in ${secs} s${outcome.status === 'complete' ? '; the calibration is complete: run it without --shard to write its outputs' : '; run the shards again for the next generation (docs/cluster.md)'}`);
        return;
      }
      const written = await writeOutputs(outcome.dir, outcome.plan, completedRecords(outcome.dir), { writeScenario: a['write-scenario'] as boolean });
      console.log([written.text, '', ...written.parameters.map((p) => `${p.path}: ${fmt(p.median)} (90%: ${fmt(p.p05)} - ${fmt(p.p95)}; prior ${fmt(p.priorMin)} - ${fmt(p.priorMax)})`), '',
        `${outcome.ran} candidate runs in ${secs} s; results written to ${outcome.dir}/ (report: ${outcome.dir}/report.md)`,
        ...(written.shipped.length ? [`calibrated values written to ${written.shipped[0]}; posterior to ${written.shipped[1]} (for ipasim run --posterior N)`] : [])].join('\n'));
    } finally {
      progress?.stop();
    }
  }),
};

const fmt = (x: number) => String(Number(x.toPrecision(4)));
