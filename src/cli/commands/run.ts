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
    .option('replicates', { type: 'number', default: 1, describe: 'runs with seeds seed, seed+1, ...; tables get p05/p95 bands' })
    .option('out', { type: 'string', describe: 'results folder (default results/<scenario>/<seed>-<hash>/); must not exist or be empty' })
    .option('panel', { type: 'boolean', default: false, describe: 'also write panel.csv, one row per household per year' })
    .option('charts', chartsOption('write charts/ (SVG, PNG, Vega-Lite) and report.html'))
    .option('lang', langOption())
    .option('force', forceOption)
    .check((a) => {
      if (!Number.isInteger(a.replicates) || a.replicates < 1) throw new Error(`--replicates must be a whole number of at least 1, got ${a.replicates}`);
      // The scenario file's own range for seed (0 to 2^31-1), so --seed cannot reach what the file may not.
      if (a.seed !== undefined && (!Number.isInteger(a.seed) || a.seed < 0 || a.seed > MAX_SEED)) throw new Error(`--seed must be a whole number from 0 to ${MAX_SEED}, got ${a.seed}`);
      return true;
    })
    .example('$0 run scenarios/p-village.yaml', 'the calibrated P-village baseline')
    .example('$0 run scenarios/p-village-abrupt-2026.yaml --replicates 20', 'abrupt withdrawal, 20 replicates with 5-95% bands')
    .example('$0 run my.yaml --seed 7 --out results/my-test --panel', 'one run with the household panel')
    .example('$0 run scenarios/p-village.yaml --lang zh', 'charts and report in Chinese'),
  handler: (a) => guard(async () => {
    const { runCommand } = await import('../run.js');
    console.log(await runCommand({ scenario: a.scenario as string, seed: a.seed as number | undefined, replicates: a.replicates as number, out: a.out as string | undefined, panel: a.panel as boolean, charts: a.charts as boolean, lang: a.lang as Lang, force: a.force as boolean }));
  }),
};
