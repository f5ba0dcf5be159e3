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
    const { BudgetError, checkBudget, describeEstimate, householdsOf, runEstimate } = await import('../../run/budget.js');
    const { MODES } = await import('../../engine/output.js');
    // Valid is not the same as runnable here: say so now, not after gigabytes. A replicate of
    // ipasim run is the run and each mode's counterfactual.
    const estimate = runEstimate({ households: householdsOf(scenario), years: scenario.time.end - scenario.time.start + 1, replicates: 1, modeEffects: true, panel: false, charts: true });
    let budget = `one replicate of ipasim run (the run and its ${MODES.length} mode counterfactuals) needs ${describeEstimate(estimate)}`;
    try { checkBudget(estimate, 'Simulate fewer households or years'); } catch (err) {
      if (!(err instanceof BudgetError)) throw err;
      budget = `warning: ipasim run will refuse it without --force: ${err.message.split('\n')[0]}`;
    }
    console.log(`${a.scenario}: valid (${scenario.name}; ${files.length > 1 ? `extends ${files.slice(0, -1).join(' <- ')}` : 'no extends'})\n${budget}`);
  }),
};
