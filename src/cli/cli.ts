/** The ipasim command line: one module per command under commands/, each with its own help (main.ts starts it). */
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { analyzeModule } from './commands/analyze.js';
import { calibrateModule } from './commands/calibrate.js';
import { compareModule } from './commands/compare.js';
import { demoModule } from './commands/demo.js';
import { mergeModule } from './commands/merge.js';
import { reportModule } from './commands/report.js';
import { runModule } from './commands/run.js';
import { schemaModule } from './commands/schema.js';
import { sweepModule } from './commands/sweep.js';
import { validateModule } from './commands/validate.js';

const commands = [runModule, validateModule, schemaModule, sweepModule, mergeModule, analyzeModule, reportModule, compareModule, calibrateModule, demoModule];

/** Parses `args` (process.argv) and runs the command it names. */
export async function runCli(args: string[]): Promise<void> {
  // yargs reads an empty value as 0 for a number (`--seed ""` would run seed 0) and as nothing
  // for a path (`--out ""` would write to the default folder): an empty argument is never meant.
  const argv = hideBin(args);
  const blank = argv.findIndex((arg) => arg.trim() === '' || /^--?[\w-]+=\s*$/.test(arg));
  if (blank >= 0) {
    const option = /^--?[\w-]+=/.test(argv[blank]) ? argv[blank].replace(/=.*$/, '') : /^--?[\w-]+$/.test(argv[blank - 1] ?? '') ? argv[blank - 1] : undefined;
    process.stderr.write(`error: ${option ? `${option} was given an empty value` : `argument ${blank + 1} is empty`}: give a value, or leave the option out for its default\nrun "ipasim --help" for usage\n`);
    process.exit(2);
  }

  await yargs(argv)
    .scriptName('ipasim')
    .usage('$0 <command> [options]\n\nAgent-based simulator of industrial poverty-alleviation modes: shareholding, cooperative,\nindividual and employment-driven, and what happens to income and empowerment when support is withdrawn.')
    .command(commands)
    // Examples on their own lines: a long one would otherwise wrap into the description column.
    .epilog([
      'Examples:',
      '  ipasim run scenarios/p-village.yaml',
      '      the calibrated baseline, 10 replicates, with report.html',
      '  ipasim run scenarios/p-village.yaml --lang zh',
      '      the same in Chinese (report.zh.html beside report.html)',
      '  ipasim compare results/p-village/1-r10-* results/p-village-abrupt-2026/1-r10-*',
      '      how abrupt withdrawal changes each mode, with 95% intervals',
      '  ipasim sweep sweeps/withdrawal-vs-training.yaml',
      '      a parameter sweep on every core (resumable)',
      '  ipasim demo',
      '      the classroom demonstration in the browser',
      '',
      'Each command has its own --help with more examples. Docs: README.md and docs/.',
    ].join('\n'))
    .demandCommand(1, `choose a command: ${commands.map((c) => String(c.command).split(' ')[0]).join(', ')} (see --help)`)
    .strict()
    .help()
    .wrap(Math.min(110, process.stdout.columns ?? 100))
    .fail((msg, err) => { process.stderr.write(`error: ${msg ?? err?.message}\nrun "ipasim --help" for usage\n`); process.exit(2); })
    .parseAsync();
}
