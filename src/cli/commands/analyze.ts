/** `ipasim analyze <sweep folder>`: its options and help. */
import type { CommandModule } from 'yargs';
import { guard } from '../guard.js';
import { chartsOption, langOption } from '../options.js';
import { drawSweepCharts } from '../sweep-charts.js';

export const analyzeModule: CommandModule = {
  command: 'analyze <folder>',
  describe: 'sensitivity indices (Sobol or Morris) and scenario discovery (PRIM) of a finished sweep',
  builder: (y) => y
    .positional('folder', { type: 'string', demandOption: true, describe: 'the folder ipasim sweep wrote (manifest.json, points.csv, runs.csv)' })
    .option('where', { type: 'string', describe: 'condition on an output for PRIM boxes, e.g. "returnToPovertyRate > 0.1" or "povertyRate@2030 >= 0.2"' })
    .option('mode', { type: 'string', array: true, describe: 'analyse only these modes (default: every mode in the sweep)' })
    .option('bootstrap', { type: 'number', default: 1000, describe: 'bootstrap resamples for the confidence intervals (0: none)' })
    .option('confidence', { type: 'number', default: 0.95, describe: 'coverage of the confidence intervals' })
    .option('alpha', { type: 'number', default: 0.05, describe: 'PRIM: share of the box peeled per step' })
    .option('charts', chartsOption('redraw charts/ and report.html with the Sobol or Morris charts'))
    .option('lang', langOption())
    .example('$0 analyze results/sobol-baseline/1-*', 'Sobol indices of every output, 95% intervals')
    .example('$0 analyze <folder> --where "R < 0.3"', 'plus PRIM boxes: where R stays below 0.3'),
  handler: (a) => guard(async (signal) => {
    const { analyzeCommand } = await import('../../analyze/analyze-command.js');
    console.log(await analyzeCommand({
      folder: a.folder as string, where: a.where as string | undefined, modes: a.mode as string[] | undefined,
      bootstrap: a.bootstrap as number, confidence: a.confidence as number, alpha: a.alpha as number,
    }, signal) + (a.charts ? await drawSweepCharts(a.folder as string, a.lang as 'en' | 'zh', signal) : ''));
  }),
};
