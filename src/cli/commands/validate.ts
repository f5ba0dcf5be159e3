/** `ipasim validate <scenario>`: check a scenario file without running it. */
import type { CommandModule } from 'yargs';
import { guard } from '../guard.js';

export const validateModule: CommandModule = {
  command: 'validate <scenario>',
  describe: 'check a scenario file without running it',
  builder: (y) => y.positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file' }).example('$0 validate scenarios/p-village.yaml', ''),
  handler: (a) => guard(async () => {
    const { loadScenario } = await import('../../scenario/scenario-file.js');
    const { scenario, files } = await loadScenario(a.scenario as string);
    console.log(`${a.scenario}: valid (${scenario.name}; ${files.length > 1 ? `extends ${files.slice(0, -1).join(' <- ')}` : 'no extends'})`);
  }),
};
