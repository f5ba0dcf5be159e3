/**
 * How every command runs: inside withInterrupts (SIGINT and SIGTERM alike stop it with exit
 * code 130 and a message, src/interrupt.ts), and with errors turned into exit codes: user
 * errors print one screen and exit 2; an interruption exits 130 (what shells use for Ctrl-C);
 * bugs exit 1.
 *
 * Errors of the environment the user chose (a folder that cannot be written, a full disk, a
 * path too long, a folder where a file was expected) are the user's to fix, not bugs: they
 * exit 2, saying in words what is wrong with which path.
 */
import { ScenarioError, formatScenarioError } from '../scenario/errors.js';
import { UserError } from '../user-error.js';
import { Interrupted, INTERRUPTED_EXIT, withInterrupts } from '../interrupt.js';
import { ENVIRONMENT_CODES, fsProblem } from '../io/fs-problem.js';

export function exitCodeOf(err: unknown): { code: number; text: string } {
  if (err instanceof ScenarioError) return { code: 2, text: `error in ${[...new Set(err.issues.map((i) => i.file))].join(', ')}:\n${formatScenarioError(err)}\n` };
  if (err instanceof Interrupted) return { code: INTERRUPTED_EXIT, text: `${err.message}\n` };
  if (err instanceof UserError) return { code: 2, text: `error: ${err.message}\n` };
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && ENVIRONMENT_CODES.has(code)) {
    const e = err as NodeJS.ErrnoException;
    return { code: 2, text: `error: ${fsProblem(code, e.path ?? (e as { dest?: string }).dest ?? 'a path', e.syscall) ?? e.message}\n(check the path, its permissions and the free disk space)\n` };
  }
  return { code: 1, text: `internal error: ${(err as Error)?.message ?? String(err)}\n(this is a bug in ipasim: please report it with the input files)\n` };
}

/** Runs a command: interruptible (its `signal` aborts on the first SIGINT or SIGTERM), errors turned into exit codes. */
export async function guard(action: (signal: AbortSignal) => void | Promise<void>): Promise<void> {
  try {
    await withInterrupts(async (signal) => action(signal));
  } catch (err) {
    const { code, text } = exitCodeOf(err);
    process.stderr.write(text);
    process.exit(code);
  }
}
