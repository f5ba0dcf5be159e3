/** `ipasim run <scenario>`: its options and help. */
import type { CommandModule } from 'yargs';
import { guard } from '../guard.js';
import { chartsOption, forceOption, langOption, MAX_SEED } from '../options.js';
import type { Lang } from '../../report/messages.js';

export const runModule: CommandModule = {
  command: 'run <scenario>',
  describe: 'simulate a scenario and write its results folder',
  builder: (y) => y
    .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file (YAML or JSON), e.g. scenarios/p-village.yaml' })
    .option('seed', { type: 'number', describe: 'random seed (default: the scenario\'s seed)' })
    .option('replicates', { type: 'number', default: 10, describe: 'runs with seeds seed, seed+1, ...: means with 95% intervals, p05/p95 bands in yearly.csv' })
    .option('out', { type: 'string', describe: 'results folder (default results/<scenario>/<seed>-r<replicates>-<hash>/); a rerun with the same inputs keeps it' })
    .option('force', { ...forceOption, describe: 'run again even if the folder holds these results (replacing them), and start even when the estimated memory or time is beyond this machine' })
    .option('panel', { type: 'boolean', default: false, describe: 'also write panel.csv, one row per household per year' })
    .option('charts', chartsOption('write charts/ (SVG, PNG, Vega-Lite) and report.html'))
    .option('lang', langOption('language of the terminal table, the charts and the report (zh: report.zh.html beside report.html)'))
    .option('workers', { type: 'number', describe: 'worker threads, each simulating whole replicates (default: every core, at most one per replicate, when the replicates take more than a few seconds; otherwise 1: no threads). The results are the same for any number' })
    .option('posterior', { type: 'number', describe: 'run N points drawn from the scenario\'s calibration posterior, one per replicate (it sets the replicates to N): bands carry calibration uncertainty' })
    .option('posterior-file', { type: 'string', describe: 'the posterior sample to draw from (default: found through the scenario\'s "calibrated:" comments)' })
    .check((a) => { if (a.posterior !== undefined && (!Number.isInteger(a.posterior) || (a.posterior as number) < 1)) throw new Error('--posterior must be a whole number of at least 1'); if (a['posterior-file'] !== undefined && a.posterior === undefined) throw new Error('--posterior-file needs --posterior N'); return true; })
    .check((a) => {
      if (!Number.isInteger(a.replicates) || a.replicates < 1) throw new Error(`--replicates must be a whole number of at least 1, got ${a.replicates}`);
      if (a.workers !== undefined && (!Number.isInteger(a.workers) || (a.workers as number) < 1)) throw new Error(`--workers must be a whole number of at least 1, got ${a.workers}`);
      // The scenario file's own range for seed (0 to 2^31-1), so --seed cannot reach what the file may not.
      if (a.seed !== undefined && (!Number.isInteger(a.seed) || a.seed < 0 || a.seed > MAX_SEED)) throw new Error(`--seed must be a whole number from 0 to ${MAX_SEED}, got ${a.seed}`);
      return true;
    })
    .example('$0 run scenarios/p-village.yaml', 'the baseline, 10 replicates')
    .example('$0 run <scenario> --replicates 20', '20 replicates: narrower intervals')
    .example('$0 run my.yaml --seed 7 --replicates 1 --panel', 'one run with the household panel')
    .example('$0 run scenarios/p-village.yaml --lang zh', 'table and report.zh.html in Chinese')
    .example('$0 run scenarios/p-village.yaml --posterior 50', '50 posterior draws: calibration bands')
    .example('$0 run <scenario> --workers 1', 'no threads: one replicate after another'),
  handler: (a) => guard(async (signal) => {
    const { runCommand } = await import('../run.js');
    console.log(await runCommand({ scenario: a.scenario as string, seed: a.seed as number | undefined, replicates: a.replicates as number, out: a.out as string | undefined, panel: a.panel as boolean, charts: a.charts as boolean, lang: a.lang as Lang, force: a.force as boolean, posterior: a.posterior as number | undefined, posteriorFile: a['posterior-file'] as string | undefined, workers: a.workers as number | undefined }, signal));
  }),
};
