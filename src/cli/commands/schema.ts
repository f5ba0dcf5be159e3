/** `ipasim schema`: the JSON Schema of scenario, sweep or calibration targets files, for editor autocompletion. */
import type { CommandModule } from 'yargs';
import { writeFileAtomic } from '../../io/results-dir.js';
import { guard } from '../guard.js';

const KINDS = {
  scenario: { title: 'ipasim scenario', out: 'scenarios/schema.json', schema: async () => (await import('../../scenario/schema.js')).Scenario },
  sweep: { title: 'ipasim sweep', out: 'sweeps/schema.json', schema: async () => (await import('../../sweep/sweep-schema.js')).Sweep },
  calibration: { title: 'ipasim calibration targets', out: 'calibration/schema.json', schema: async () => (await import('../../calibrate/targets-schema.js')).Targets },
} as const;

export const schemaModule: CommandModule = {
  command: 'schema',
  describe: 'write the JSON Schema of scenario or sweep files (for editor autocompletion)',
  builder: (y) => y
    .option('kind', { choices: Object.keys(KINDS), default: 'scenario', describe: 'which files the schema describes' })
    .option('out', { type: 'string', describe: 'where to write it (default scenarios/schema.json, sweeps/schema.json or calibration/schema.json)' })
    .option('stdout', { type: 'boolean', default: false, describe: 'print it instead of writing a file' })
    .example('$0 schema', 'regenerate scenarios/schema.json')
    .example('$0 schema --kind sweep', 'regenerate sweeps/schema.json')
    .example('$0 schema --kind calibration', 'regenerate calibration/schema.json'),
  handler: (a) => guard(async () => {
    const kind = KINDS[a.kind as keyof typeof KINDS];
    const { toEditorJsonSchema } = await import('../../scenario/json-schema.js');
    const text = JSON.stringify(toEditorJsonSchema(await kind.schema(), { title: kind.title }), null, 2) + '\n';
    const out = (a.out as string | undefined) ?? kind.out;
    if (a.stdout) process.stdout.write(text);
    else { writeFileAtomic(out, text); console.log(`wrote ${out}`); }
  }),
};
