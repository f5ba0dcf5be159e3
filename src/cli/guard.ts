/**
 * How every command turns errors into exit codes: user errors print one screen and exit 2;
 * an interruption exits 130 (what shells use for Ctrl-C); bugs exit 1.
 *
 * Errors of the environment the user chose (a folder that cannot be written, a full disk, a
 * path too long) are the user's to fix, not bugs: they exit 2 with the system's message.
 */
import { ScenarioError, formatScenarioError } from '../scenario/errors.js';
import { UserError } from '../user-error.js';
import { Interrupted } from '../interrupt.js';

/** File-system error codes caused by the paths, permissions or disk the user chose. */
const ENVIRONMENT = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'ENOTDIR', 'EISDIR', 'ENAMETOOLONG', 'ELOOP', 'EMFILE', 'ENFILE', 'EEXIST', 'ENOENT', 'EBUSY', 'EXDEV']);

export function exitCodeOf(err: unknown): { code: number; text: string } {
  if (err instanceof ScenarioError) return { code: 2, text: `error in ${[...new Set(err.issues.map((i) => i.file))].join(', ')}:\n${formatScenarioError(err)}\n` };
  if (err instanceof Interrupted) return { code: 130, text: `${err.message}\n` };
  if (err instanceof UserError) return { code: 2, text: `error: ${err.message}\n` };
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && ENVIRONMENT.has(code)) return { code: 2, text: `error: ${(err as Error).message}\n(check the path, its permissions and the free disk space)\n` };
  return { code: 1, text: `internal error: ${(err as Error)?.message ?? String(err)}\n(this is a bug in ipasim: please report it with the input files)\n` };
}

export async function guard(action: () => void | Promise<void>): Promise<void> {
  try {
    await action();
  } catch (err) {
    const { code, text } = exitCodeOf(err);
    process.stderr.write(text);
    process.exit(code);
  }
}
