/**
 * Writing a results folder atomically. Every file goes into a hidden temporary sibling
 * (`.<name>.tmp-<pid>-<random>`, same parent so the final rename stays on one file system),
 * which is renamed into place only when complete. So a failed or interrupted run leaves no
 * half-written results folder, and an existing non-empty folder is never touched.
 */
import { accessSync, constants, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { throwIfInterrupted } from '../interrupt.js';
import { UserError } from '../user-error.js';

/** A user error (exit code 2 in the CLI): the chosen results folder cannot be used. */
export class ResultsDirError extends UserError {
  override name = 'ResultsDirError';
}

function notEmpty(target: string): ResultsDirError {
  return new ResultsDirError(`results folder already exists and is not empty: ${target} (choose another --out or remove it)`);
}

/**
 * Throws ResultsDirError if `target` cannot become a results folder: it exists and is a
 * non-empty folder, or a file. Call it before simulating so a long run is not wasted;
 * writeResultsDir checks again.
 */
export function assertResultsDirAvailable(target: string): void {
  if (!existsSync(target)) return assertCanCreate(target);
  if (!statSync(target).isDirectory()) throw new ResultsDirError(`results folder path exists and is a file: ${target} (choose another --out)`);
  if (readdirSync(target).length > 0) throw notEmpty(target);
}

/**
 * Throws ResultsDirError unless the folder `target` (which does not exist yet) can be made: its
 * nearest existing ancestor must be a folder we may write into. Checked before simulating, so
 * `--out afile/sub` or a read-only place is refused at once rather than after a long run.
 */
export function assertCanCreate(target: string): void {
  if (target.includes('\0')) throw new ResultsDirError(`the results folder path contains a NUL character: ${JSON.stringify(target)}`);
  let dir = resolve(target);
  while (!existsSync(dir)) {
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  if (!statSync(dir).isDirectory()) throw new ResultsDirError(`cannot create the results folder ${target}: ${dir} is a file, not a folder (choose another --out)`);
  try {
    accessSync(dir, constants.W_OK | constants.X_OK);
  } catch {
    throw new ResultsDirError(`cannot create the results folder ${target}: no permission to write into ${dir} (choose another --out)`);
  }
}

/**
 * A results file name: one plain path segment, or `<subfolder>/<segment>` for a subfolder the
 * caller declared (e.g. `charts/income.svg`), so nothing is written outside the folder.
 */
function checkFileName(name: string, subfolders: readonly string[]): void {
  const plain = (s: string) => s !== '' && s !== '.' && s !== '..' && !/[/\\]/.test(s);
  const slash = name.indexOf('/');
  const ok = slash < 0 ? plain(name) : subfolders.includes(name.slice(0, slash)) && plain(name.slice(slash + 1));
  if (!ok) throw new Error(`invalid results file name: ${JSON.stringify(name)}`);
}

export interface WriteResultsOptions {
  /** Subfolders a file name may start with (`charts` allows `charts/income.svg`); none by default. */
  subfolders?: readonly string[];
  /** Checked before each file and before the rename: an abort removes the temporary folder and throws Interrupted. */
  signal?: AbortSignal;
}

/** A file's content: UTF-8 text, or bytes (PNG charts). */
export type ResultsFileContent = string | Uint8Array;

function tempSibling(path: string): string {
  return join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/**
 * Writes `files` (name → UTF-8 text or bytes; with `opts.subfolders` a name may sit in one of
 * them, as `charts/income.svg`) as the folder `target`, creating its parents. Refuses
 * with ResultsDirError if `target` exists and is not an empty folder. On any failure the
 * temporary folder is removed and the error rethrown; `target` is then as it was.
 */
export async function writeResultsDir(target: string, files: Record<string, ResultsFileContent>, opts: WriteResultsOptions = {}): Promise<void> {
  assertResultsDirAvailable(target);
  for (const name of Object.keys(files)) checkFileName(name, opts.subfolders ?? []);
  const abs = resolve(target);
  // Something else filled the folder between our check and the rename: report it as such.
  const raced = (err: NodeJS.ErrnoException) => {
    throw err.code === 'ENOTEMPTY' || err.code === 'EEXIST' ? notEmpty(target) : err;
  };
  await mkdir(dirname(abs), { recursive: true });
  const tmp = tempSibling(abs);
  try {
    await mkdir(tmp);
    for (const [name, content] of Object.entries(files)) {
      throwIfInterrupted(opts.signal);
      if (name.includes('/')) await mkdir(dirname(join(tmp, name)), { recursive: true });
      await writeFile(join(tmp, name), content);
    }
    throwIfInterrupted(opts.signal);
    // An empty target folder is allowed (e.g. made beforehand for --out) and is replaced.
    // rmdir refuses a non-empty folder, so nothing written there meanwhile is lost.
    if (existsSync(abs)) await rmdir(abs).catch(raced);
    await rename(tmp, abs).catch(raced);
  } catch (err) {
    await rm(tmp, { recursive: true, force: true }).catch(() => undefined); // keep the original error
    throw err;
  }
}

/**
 * Writes one file atomically (temporary sibling, then rename), creating its parents: readers
 * never see a half-written file, and a failure leaves the previous version intact.
 * Synchronous, for small files such as scenarios/schema.json.
 */
export function writeFileAtomic(path: string, text: string | Uint8Array): void {
  const abs = resolve(path);
  mkdirSync(dirname(abs), { recursive: true });
  const tmp = tempSibling(abs);
  try {
    writeFileSync(tmp, text); // strings as UTF-8, bytes as they are
    renameSync(tmp, abs);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
