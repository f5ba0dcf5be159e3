/** `ipasim compare <a> <b>`: its options and help. */
import type { CommandModule } from 'yargs';
import type { Lang } from '../../report/messages.js';
import { guard } from '../guard.js';
import { langOption } from '../options.js';

export const compareModule: CommandModule = {
  command: 'compare <a> <b>',
  describe: 'paired difference B − A of two runs, replicate by replicate, with 95% intervals',
  builder: (y) => y
    .positional('a', { type: 'string', demandOption: true, describe: 'results folder of run A (the reference)' })
    .positional('b', { type: 'string', demandOption: true, describe: 'results folder of run B' })
    .option('out', { type: 'string', describe: 'also write compare.csv, charts/difference.* and report.html into this folder (must not exist or be empty)' })
    .option('lang', langOption('language of the table, chart and report'))
    .option('unpaired', { type: 'boolean', default: false, describe: 'compare runs that are not paired (other villages, horizon or seeds): differences of means with Welch intervals' })
    .example('$0 compare results/base results/abrupt', 'how abrupt withdrawal changes each mode')
    .example('$0 compare <a> <b> --out results/a-vs-b', 'with compare.csv, the chart and report'),
  handler: (a) => guard(async (signal) => {
    const { compareCommand } = await import('../../report/compare-command.js');
    console.log(await compareCommand({ a: a.a as string, b: a.b as string, out: a.out as string | undefined, lang: a.lang as Lang, unpaired: a.unpaired as boolean }, signal));
  }),
};
