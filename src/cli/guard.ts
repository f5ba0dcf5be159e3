/** How every command turns errors into exit codes: user errors print one screen and exit 2; bugs exit 1. */
import { ScenarioError, formatScenarioError } from '../scenario/errors.js';
import { UserError } from '../user-error.js';

export async function guard(action: () => void | Promise<void>): Promise<void> {
  try {
    await action();
  } catch (err) {
    if (err instanceof ScenarioError) { process.stderr.write(`error in ${[...new Set(err.issues.map((i) => i.file))].join(', ')}:\n${formatScenarioError(err)}\n`); process.exit(2); }
    if (err instanceof UserError) { process.stderr.write(`error: ${err.message}\n`); process.exit(2); }
    process.stderr.write(`internal error: ${(err as Error).message}\n(this is a bug in ipasim: please report it with the input files)\n`);
    process.exit(1);
  }
}
