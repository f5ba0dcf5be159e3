/** `ipasim schema`: the JSON Schema of scenario or sweep files, for editor autocompletion. */
import type { CommandModule } from 'yargs';
import { writeFileAtomic } from '../../io/results-dir.js';
import { toEditorJsonSchema } from '../../scenario/json-schema.js';
import { Scenario } from '../../scenario/schema.js';
import { Sweep } from '../../sweep/sweep-schema.js';
import { guard } from '../guard.js';

const KINDS = {
  scenario: { schema: Scenario, title: 'ipasim scenario', out: 'scenarios/schema.json' },
  sweep: { schema: Sweep, title: 'ipasim sweep', out: 'sweeps/schema.json' },
} as const;

export const schemaModule: CommandModule = {
  command: 'schema',
  describe: 'write the JSON Schema of scenario or sweep files (for editor autocompletion)',
  builder: (y) => y
    .option('kind', { choices: Object.keys(KINDS), default: 'scenario', describe: 'which files the schema describes' })
    .option('out', { type: 'string', describe: 'where to write it (default scenarios/schema.json or sweeps/schema.json)' })
    .option('stdout', { type: 'boolean', default: false, describe: 'print it instead of writing a file' })
    .example('$0 schema', 'regenerate scenarios/schema.json')
    .example('$0 schema --kind sweep', 'regenerate sweeps/schema.json'),
  handler: (a) => guard(() => {
    const kind = KINDS[a.kind as keyof typeof KINDS];
    const text = JSON.stringify(toEditorJsonSchema(kind.schema, { title: kind.title }), null, 2) + '\n';
    const out = (a.out as string | undefined) ?? kind.out;
    if (a.stdout) process.stdout.write(text);
    else { writeFileAtomic(out, text); console.log(`wrote ${out}`); }
  }),
};
