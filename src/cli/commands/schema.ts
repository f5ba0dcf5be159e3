/** `ipasim schema`: the JSON Schema of scenario files, for editor autocompletion. */
import type { CommandModule } from 'yargs';
import { writeFileAtomic } from '../../io/results-dir.js';
import { toEditorJsonSchema } from '../../scenario/json-schema.js';
import { Scenario } from '../../scenario/schema.js';
import { guard } from '../guard.js';

export const schemaModule: CommandModule = {
  command: 'schema',
  describe: 'write the JSON Schema of scenario files (for editor autocompletion)',
  builder: (y) => y
    .option('out', { type: 'string', default: 'scenarios/schema.json', describe: 'where to write it' })
    .option('stdout', { type: 'boolean', default: false, describe: 'print it instead of writing a file' }),
  handler: (a) => guard(() => {
    const text = JSON.stringify(toEditorJsonSchema(Scenario, { title: 'ipasim scenario' }), null, 2) + '\n';
    if (a.stdout) process.stdout.write(text);
    else { writeFileAtomic(a.out as string, text); console.log(`wrote ${a.out}`); }
  }),
};
