/** `ipasim sweep <sweep-file>`: a parameter sweep on every core, resumable, optionally one shard of it. */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { parseShard } from '../../sweep/shard.js';
import { Interrupted } from '../../interrupt.js';
import { describeEstimate } from '../../run/budget.js';
import { guard } from '../guard.js';
import { chartsOption, forceOption, langOption } from '../options.js';
import { createProgress, type Progress } from '../progress.js';
import { drawSweepCharts } from '../sweep-charts.js';

export const sweepModule: CommandModule = {
  command: 'sweep <file>',
  describe: 'run a parameter sweep (grid, variants, uniform, lhs, saltelli, morris) with replicates on every core',
  builder: (y) => y
    .positional('file', { type: 'string', demandOption: true, describe: 'sweep file (YAML), e.g. sweeps/withdrawal-vs-training.yaml' })
    .option('workers', { type: 'number', default: availableParallelism(), describe: 'worker threads (default: every core)' })
    .option('out', { type: 'string', describe: 'sweep folder (default results/<sweep>/<seed>-<hash>/); an unfinished one is resumed' })
    .option('commit-every', { type: 'number', default: 32, describe: 'commit finished points to disk in batches of this many (or every 2 s)' })
    .option('charts', chartsOption('draw charts/ and report.html when the sweep completes'))
    .option('lang', langOption())
    .option('force', forceOption)
    .option('shard', { type: 'string', describe: 'run only shard i of n (points with point mod n = i-1), into <folder>/shards/<i>-of-<n>/' })
    .check((a) => {
      if (!Number.isInteger(a.workers) || (a.workers as number) < 1) throw new Error('--workers must be a whole number of at least 1');
      if (!Number.isInteger(a['commit-every']) || (a['commit-every'] as number) < 1) throw new Error('--commit-every must be a whole number of at least 1');
      return true;
    })
    .example('$0 sweep sweeps/withdrawal-vs-training.yaml', 'every core; after Ctrl-C, rerun to resume')
    .example('$0 sweep <file> --workers 1 --out results/test', 'one worker, chosen folder')
    .example('$0 sweep <file> --shard 2/3', 'shard 2 of 3 (a SLURM array task), then merge')
    .epilog('Files written: manifest.json, points.csv, runs.csv, runs.arrow (docs/sweeps.md). Interrupted sweeps keep every committed batch.'),
  handler: (a) => guard(async (signal) => {
    // Loaded here, not at the top: `ipasim --help` should not pay for the engine and schemas.
    const { runSweep } = await import('../../sweep/run-sweep.js');
    const shard = a.shard === undefined ? undefined : parseShard(String(a.shard));
    const started = Date.now();
    let progress: Progress | undefined;
    let done = 0;
    let plainNext = 0.1;
    let total = 0;
    let outcome;
    try {
      outcome = await runSweep({
        file: a.file as string, out: a.out as string | undefined, workers: a.workers as number, shard, signal, batchPoints: a['commit-every'] as number, force: a.force as boolean, charts: (a.charts as boolean) && !shard,
        onStart: ({ dir, sweep, points, todo, runsPerPoint, estimate }) => {
          total = todo * runsPerPoint;
          const resumed = points - todo;
          process.stderr.write(`${sweep.name}: ${points} points x ${runsPerPoint} replicates${shard ? ` (shard ${shard.index}/${shard.count})` : ''}${resumed ? `, resuming: ${resumed} points already done` : ''}, ${Math.min(a.workers as number, Math.max(todo, 1))} workers, ${describeEstimate(estimate)} -> ${dir}/\n`);
          progress = createProgress({ total, label: sweep.name, unit: 'runs' });
        },
        onRun: () => {
          progress?.tick(++done);
          // Logs (a scheduler's, CI's) get a line every tenth instead of a bar.
          if (!process.stderr.isTTY && total > 0 && done / total >= plainNext) { process.stderr.write(`  ${Math.round((100 * done) / total)}% (${done}/${total} runs)\n`); plainNext += 0.1; }
        },
      });
    } finally {
      progress?.stop();
    }
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    if (outcome.status === 'interrupted') throw new Interrupted(`interrupted after ${secs} s: ${outcome.ran + outcome.resumed} of ${outcome.points} points committed in ${outcome.dir}/.\nRun the same command again to resume.`);
    // A shard holds part of the points: its charts would mislead. Merge draws them. A finished
    // sweep whose charts were cut short (killed while drawing) gets them on the next run.
    const wantCharts = a.charts && !shard && (outcome.status === 'complete' || !existsSync(join(outcome.dir, 'report.html')));
    const charts = wantCharts ? await drawSweepCharts(outcome.dir, a.lang as 'en' | 'zh', signal) : '';
    if (outcome.status === 'already-complete') console.log(`nothing to do: ${outcome.dir}/ is complete (${outcome.points} points)${charts}`);
    else console.log(`${outcome.ran} points run${outcome.resumed ? ` (${outcome.resumed} resumed)` : ''} in ${secs} s\nresults written to ${outcome.dir}/${charts}`);
  }),
};
