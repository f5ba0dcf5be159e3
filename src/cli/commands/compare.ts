/** `ipasim compare <a> <b..>`: its options and help. */
import type { CommandModule } from 'yargs';
import type { Lang } from '../../report/messages.js';
import { guard } from '../guard.js';
import { langOption } from '../options.js';

export const compareModule: CommandModule = {
  command: 'compare <a> <b..>',
  describe: 'paired differences of runs against a reference, replicate by replicate, with 95% intervals: B − A for two runs; with several, one table of every design against A and the section "after 2025"',
  builder: (y) => y
    .positional('a', { type: 'string', demandOption: true, describe: 'results folder of run A (the reference)' })
    .positional('b', { type: 'string', array: true, demandOption: true, describe: 'results folder of run B, or of several designs (each compared with A)' })
    .option('out', { type: 'string', describe: 'also write compare.csv and the report (with one B: and charts/difference.*) into this folder (must not exist or be empty)' })
    .option('lang', langOption('language of the table, chart and report'))
    .option('mode', { type: 'string', default: 'all', describe: 'with several designs: the mode whose figures the table shows (all = the whole village)' })
    .option('unpaired', { type: 'boolean', default: false, describe: 'compare runs that are not paired (other villages, horizon or seeds): differences of means with Welch intervals' })
    .example('$0 compare results/base results/abrupt', 'how abrupt withdrawal changes each mode')
    .example('$0 compare <a> <b> --out results/a-vs-b', 'with compare.csv, the chart and report')
    .example('$0 compare <ref> <d1> <d2> <d3>', 'each design against <ref>; section "after 2025"'),
  handler: (a) => guard(async (signal) => {
    const designs = (a.b as (string | number)[]).map(String);
    if (designs.length === 1) {
      const { compareCommand } = await import('../../report/compare-command.js');
      console.log(await compareCommand({ a: a.a as string, b: designs[0], out: a.out as string | undefined, lang: a.lang as Lang, unpaired: a.unpaired as boolean }, signal));
      return;
    }
    const { compareDesignsCommand } = await import('../../report/compare-designs.js');
    console.log(await compareDesignsCommand({ reference: a.a as string, designs, mode: a.mode as string, out: a.out as string | undefined, lang: a.lang as Lang, unpaired: a.unpaired as boolean }, signal));
  }),
};
