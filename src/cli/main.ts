#!/usr/bin/env node
/** The ipasim command line. User errors print one screen and exit 2; no stack traces. */
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { ResultsDirError, writeFileAtomic } from '../io/results-dir.js';
import { ScenarioError, formatScenarioError } from '../scenario/errors.js';
import { loadScenario } from '../scenario/scenario-file.js';
import { toEditorJsonSchema } from '../scenario/json-schema.js';
import { Scenario } from '../scenario/schema.js';
import { runCommand } from './run.js';

async function guard(action: () => void | Promise<void>): Promise<void> {
  try {
    await action();
  } catch (err) {
    if (err instanceof ScenarioError) { process.stderr.write(`error in scenario:\n${formatScenarioError(err)}\n`); process.exit(2); }
    if (err instanceof ResultsDirError) { process.stderr.write(`error: ${err.message}\n`); process.exit(2); }
    process.stderr.write(`internal error: ${(err as Error).message}\n(this is a bug in ipasim: please report it with the scenario file)\n`);
    process.exit(1);
  }
}

await yargs(hideBin(process.argv))
  .scriptName('ipasim')
  .usage('$0 <command> [options]\n\nAgent-based simulator of industrial poverty-alleviation modes: shareholding, cooperative,\nindividual and employment-driven, and what happens to income and empowerment when support is withdrawn.')
  .command(
    'run <scenario>',
    'simulate a scenario and write its results folder',
    (y) => y
      .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file (YAML or JSON), e.g. scenarios/p-village.yaml' })
      .option('seed', { type: 'number', describe: 'random seed (default: the scenario\'s seed)' })
      .option('replicates', { type: 'number', default: 1, describe: 'runs with seeds seed, seed+1, ...; tables get p05/p95 bands' })
      .option('out', { type: 'string', describe: 'results folder (default results/<scenario>/<seed>-<hash>/); must not exist or be empty' })
      .option('panel', { type: 'boolean', default: false, describe: 'also write panel.csv, one row per household per year' })
      .check((a) => { if (!Number.isInteger(a.replicates) || a.replicates < 1) throw new Error('--replicates must be a whole number of at least 1'); if (a.seed !== undefined && (!Number.isInteger(a.seed) || a.seed < 0)) throw new Error('--seed must be a whole number of at least 0'); return true; })
      .example('$0 run scenarios/p-village.yaml', 'the calibrated P-village baseline')
      .example('$0 run scenarios/p-village-abrupt-2026.yaml --replicates 20', 'abrupt withdrawal, 20 replicates with 5-95% bands')
      .example('$0 run my.yaml --seed 7 --out results/my-test --panel', 'one run with the household panel'),
    async (a) => guard(async () => console.log(await runCommand({ scenario: a.scenario, seed: a.seed, replicates: a.replicates, out: a.out, panel: a.panel }))),
  )
  .command(
    'validate <scenario>',
    'check a scenario file without running it',
    (y) => y.positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file' }).example('$0 validate scenarios/p-village.yaml', ''),
    async (a) => guard(async () => { const { scenario, files } = await loadScenario(a.scenario); console.log(`${a.scenario}: valid (${scenario.name}; ${files.length > 1 ? `extends ${files.slice(0, -1).join(' <- ')}` : 'no extends'})`); }),
  )
  .command(
    'schema',
    'write the JSON Schema of scenario files (for editor autocompletion)',
    (y) => y
      .option('out', { type: 'string', default: 'scenarios/schema.json', describe: 'where to write it' })
      .option('stdout', { type: 'boolean', default: false, describe: 'print it instead of writing a file' }),
    async (a) => guard(() => { const text = JSON.stringify(toEditorJsonSchema(Scenario, { title: 'ipasim scenario' }), null, 2) + '\n'; if (a.stdout) process.stdout.write(text); else { writeFileAtomic(a.out, text); console.log(`wrote ${a.out}`); } }),
  )
  .demandCommand(1, 'choose a command: run, validate or schema (see --help)')
  .strict()
  .help()
  .wrap(Math.min(110, process.stdout.columns ?? 100))
  .fail((msg, err) => { process.stderr.write(`error: ${msg ?? err?.message}\nrun "ipasim --help" for usage\n`); process.exit(2); })
  .parseAsync();
