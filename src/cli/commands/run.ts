/** `ipasim run <scenario>`: its options and help. */
import type { CommandModule } from 'yargs';
import { guard } from '../guard.js';
import { chartsOption, langOption } from '../options.js';
import type { Lang } from '../../report/messages.js';

export const runModule: CommandModule = {
  command: 'run <scenario>',
  describe: 'simulate a scenario and write its results folder',
  builder: (y) => y
    .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file (YAML or JSON), e.g. scenarios/p-village.yaml' })
    .option('seed', { type: 'number', describe: 'random seed (default: the scenario\'s seed)' })
    .option('replicates', { type: 'number', default: 1, describe: 'runs with seeds seed, seed+1, ...; tables get p05/p95 bands' })
    .option('out', { type: 'string', describe: 'results folder (default results/<scenario>/<seed>-<hash>/); must not exist or be empty' })
    .option('panel', { type: 'boolean', default: false, describe: 'also write panel.csv, one row per household per year' })
    .option('charts', chartsOption('write charts/ (SVG, PNG, Vega-Lite) and report.html'))
    .option('lang', langOption())
    .option('posterior', { type: 'number', describe: 'run N points drawn from the scenario\'s calibration posterior (one per replicate; bands carry calibration uncertainty)' })
    .option('posterior-file', { type: 'string', describe: 'the posterior sample to draw from (default: found through the scenario\'s "calibrated:" comments)' })
    .check((a) => { if (a.posterior !== undefined && (!Number.isInteger(a.posterior) || (a.posterior as number) < 1)) throw new Error('--posterior must be a whole number of at least 1'); if (a.posterior !== undefined && a.replicates !== 1) throw new Error('--posterior N runs N replicates itself: leave out --replicates'); if (a['posterior-file'] !== undefined && a.posterior === undefined) throw new Error('--posterior-file needs --posterior N'); return true; })
    .check((a) => { if (!Number.isInteger(a.replicates) || a.replicates < 1) throw new Error('--replicates must be a whole number of at least 1'); if (a.seed !== undefined && (!Number.isInteger(a.seed) || a.seed < 0)) throw new Error('--seed must be a whole number of at least 0'); return true; })
    .example('$0 run scenarios/p-village.yaml', 'the calibrated P-village baseline')
    .example('$0 run scenarios/p-village-abrupt-2026.yaml --replicates 20', 'abrupt withdrawal, 20 replicates with 5-95% bands')
    .example('$0 run my.yaml --seed 7 --out results/my-test --panel', 'one run with the household panel')
    .example('$0 run scenarios/p-village.yaml --lang zh', 'charts and report in Chinese')
    .example('$0 run scenarios/p-village.yaml --posterior 50', '50 points of the calibration posterior, 5-95% bands'),
  handler: (a) => guard(async () => {
    const { runCommand } = await import('../run.js');
    console.log(await runCommand({ scenario: a.scenario as string, seed: a.seed as number | undefined, replicates: a.replicates as number, out: a.out as string | undefined, panel: a.panel as boolean, charts: a.charts as boolean, lang: a.lang as Lang, posterior: a.posterior as number | undefined, posteriorFile: a['posterior-file'] as string | undefined }));
  }),
};
