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

/** File-system error codes caused by the paths, permissions or disk the user chose. */
const ENVIRONMENT = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'ENOTDIR', 'EISDIR', 'ENAMETOOLONG', 'ELOOP', 'EMFILE', 'ENFILE', 'EEXIST', 'ENOENT', 'EBUSY', 'EXDEV']);

/** What a file-system error says about its path, in words (Node's own message names only the code and the call). */
function environmentProblem(err: NodeJS.ErrnoException): string {
  const path = err.path ?? (err as { dest?: string }).dest ?? 'a path';
  const what: Record<string, string> = {
    EACCES: `no permission to ${err.syscall === 'open' || err.syscall === 'read' || err.syscall === 'scandir' ? 'read' : 'write'} ${path}`,
    EPERM: `the system does not allow ${err.syscall ?? 'this'} on ${path}`,
    EROFS: `${path} is on a read-only file system`,
    ENOSPC: `the disk is full (writing ${path})`,
    EDQUOT: `the disk quota is used up (writing ${path})`,
    ENOTDIR: `a part of ${path} is a file, not a folder`,
    EISDIR: `${path} is a folder, where a file was expected`,
    ENAMETOOLONG: `${path}: a name in this path is too long for the file system`,
    ELOOP: `${path} is a symbolic link that leads back to itself (a loop)`,
    EMFILE: 'too many files open at once',
    ENFILE: 'too many files open on this system',
    EEXIST: `${path} already exists`,
    ENOENT: `${path} does not exist`,
    EBUSY: `${path} is in use by another program`,
    EXDEV: `${path} is on another file system`,
  };
  return what[err.code!] ?? err.message;
}

export function exitCodeOf(err: unknown): { code: number; text: string } {
  if (err instanceof ScenarioError) return { code: 2, text: `error in ${[...new Set(err.issues.map((i) => i.file))].join(', ')}:\n${formatScenarioError(err)}\n` };
  if (err instanceof Interrupted) return { code: INTERRUPTED_EXIT, text: `${err.message}\n` };
  if (err instanceof UserError) return { code: 2, text: `error: ${err.message}\n` };
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && ENVIRONMENT.has(code)) return { code: 2, text: `error: ${environmentProblem(err as NodeJS.ErrnoException)}\n(check the path, its permissions and the free disk space)\n` };
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
