/** `ipasim report <folder>`: its options and help. */
import type { CommandModule } from 'yargs';
import type { Lang } from '../../report/messages.js';
import { guard } from '../guard.js';
import { langOption } from '../options.js';

export const reportModule: CommandModule = {
  command: 'report <folder>',
  describe: 'draw the charts and report.html of a results folder (a run or a sweep)',
  builder: (y) => y
    .positional('folder', { type: 'string', demandOption: true, describe: 'a folder written by ipasim run, or by ipasim sweep' })
    .option('lang', langOption())
    .example('$0 report results/p-village/1-r10-* --lang zh', 'report.zh.html, in Chinese')
    .example('$0 report results/withdrawal-vs-training/1-*', 'a sweep: heatmap, Sobol/Morris, PRIM'),
  handler: (a) => guard(async (signal) => {
    const { reportCommand } = await import('../../report/report-command.js');
    console.log(await reportCommand({ folder: a.folder as string, lang: a.lang as Lang }, signal));
  }),
};
