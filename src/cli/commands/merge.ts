/** `ipasim merge`: join the shard folders of a sweep into what one machine would have written. */
import type { CommandModule } from 'yargs';
import { UserError } from '../../user-error.js';
import { guard } from '../guard.js';
import { chartsOption, langOption } from '../options.js';
import { drawSweepCharts } from '../sweep-charts.js';

export const mergeModule: CommandModule = {
  command: 'merge <folders..>',
  describe: 'merge the shards of a sweep (--shard i/n runs) into one sweep folder',
  builder: (y) => y
    .positional('folders', { type: 'string', array: true, demandOption: true, describe: 'the sweep folder holding shards/, or the shard folders themselves' })
    .option('out', { type: 'string', describe: 'where to write the merged tables (default: the sweep folder holding shards/)' })
    .option('charts', chartsOption('draw charts/ and report.html of the merged sweep'))
    .option('lang', langOption())
    .example('$0 merge results/sobol-baseline/1-*', 'every shard under its shards/ folder')
    .example('$0 merge a/shards/1-of-2 b/shards/2-of-2', 'shards from different places (with --out)'),
  handler: (a) => guard(async (signal) => {
    const { mergeShards, shardFolders } = await import('../../sweep/merge.js');
    const given = a.folders as string[];
    const single = given.length === 1 && !/[\\/]shards[\\/][^\\/]+[\\/]?$/.test(given[0]);
    const dirs = single ? shardFolders(given[0]) : given;
    const out = (a.out as string | undefined) ?? (single ? given[0] : undefined);
    if (!out) throw new UserError('give --out when merging shard folders named one by one');
    const { points, shards } = mergeShards(dirs, out);
    const charts = a.charts ? await drawSweepCharts(out, a.lang as 'en' | 'zh', signal) : '';
    console.log(`merged ${shards} shards, ${points} points\nresults written to ${out}/${charts}`);
  }),
};
