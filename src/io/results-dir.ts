/**
 * Writing a results folder atomically. Every file goes into a hidden temporary sibling
 * (`.<name>.tmp-<pid>-<random>`, same parent so the final rename stays on one file system),
 * which is renamed into place only when complete. So a failed or interrupted run leaves no
 * half-written results folder, and an existing non-empty folder is never touched (replacing
 * one, for --force, is run/replace-results-dir.ts). A temporary sibling left by a process that
 * was killed outright (SIGKILL, a power cut) is removed by the next write of the same folder
 * (staleSiblings).
 */
import { accessSync, constants, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { throwIfInterrupted } from '../interrupt.js';
import { UserError } from '../user-error.js';

/**
 * Bytes a folder name may have: file systems allow 255 per name, and the temporary sibling
 * (`.<name>.tmp-<pid>-<8 hex digits>`) adds up to 30.
 */
export const NAME_MAX_BYTES = 225;

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
  assertCanWriteBeside(target);
}

/**
 * Throws ResultsDirError unless the folder `target` can be written the way writeResultsDir
 * writes it, as a temporary sibling renamed into place: its name must fit the file system, and
 * its parent must be writable. Checked before simulating, so the run is not wasted.
 */
export function assertCanWriteBeside(target: string): void {
  const abs = resolve(target);
  const name = basename(abs);
  const bytes = Buffer.byteLength(name);
  if (bytes > NAME_MAX_BYTES) throw new ResultsDirError(`the results folder name ${JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}...` : name)} is ${bytes} bytes long; at most ${NAME_MAX_BYTES} fit (choose a shorter --out)`);
  try {
    accessSync(dirname(abs), constants.W_OK | constants.X_OK);
  } catch {
    throw new ResultsDirError(`cannot write the results folder ${target}: no permission to write into ${dirname(abs)} (choose another --out)`);
  }
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
  const tooLong = resolve(target).split(/[\\/]/).find((part) => Buffer.byteLength(part) > NAME_MAX_BYTES);
  if (tooLong) throw new ResultsDirError(`cannot create the results folder ${target}: the name ${JSON.stringify(`${tooLong.slice(0, 40)}...`)} is ${Buffer.byteLength(tooLong)} bytes long; at most ${NAME_MAX_BYTES} fit (choose a shorter --out, or a shorter name)`);
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

/** The name of the hidden sibling an old folder is moved to while --force swaps in the new one. */
export const oldSibling = (abs: string): string => join(dirname(abs), `.${basename(abs)}.old-${process.pid}`);

/** Whether process `pid` is alive on this machine (a process of another user counts as alive). */
function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The hidden siblings of the folder `abs` that processes no longer alive left behind: temporary folders (`tmp`), and old folders moved aside by --force (`old`). */
export function staleSiblings(abs: string): { tmp: string[]; old: string[] } {
  const dir = dirname(abs);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return { tmp: [], old: [] };
  const prefix = `.${basename(abs)}.`;
  const out = { tmp: [] as string[], old: [] as string[] };
  for (const entry of readdirSync(dir)) {
    if (!entry.startsWith(prefix)) continue;
    const m = /^(tmp|old)-(\d+)(-[0-9a-f]{8})?$/.exec(entry.slice(prefix.length));
    if (m && !alive(Number(m[2]))) out[m[1] as 'tmp' | 'old'].push(join(dir, entry));
  }
  return out;
}

/**
 * Writes `files` into a new hidden temporary sibling of `abs` (creating its parents) and
 * returns its path; on any failure or interruption it is removed and the error rethrown.
 * `abs` itself is not touched.
 */
export async function writeTemporary(abs: string, files: Record<string, ResultsFileContent>, opts: WriteResultsOptions = {}): Promise<string> {
  for (const name of Object.keys(files)) checkFileName(name, opts.subfolders ?? []);
  await mkdir(dirname(abs), { recursive: true });
  // What a killed process left beside this folder is of no use to anyone: remove it.
  for (const stale of staleSiblings(abs).tmp) await rm(stale, { recursive: true, force: true });
  const tmp = tempSibling(abs);
  try {
    await mkdir(tmp);
    for (const [name, content] of Object.entries(files)) {
      throwIfInterrupted(opts.signal);
      if (name.includes('/')) await mkdir(dirname(join(tmp, name)), { recursive: true });
      await writeFile(join(tmp, name), content);
    }
    throwIfInterrupted(opts.signal);
    return tmp;
  } catch (err) {
    await rm(tmp, { recursive: true, force: true }).catch(() => undefined); // keep the original error
    throw err;
  }
}

/**
 * Writes `files` (name → UTF-8 text or bytes; with `opts.subfolders` a name may sit in one of
 * them, as `charts/income.svg`) as the folder `target`, creating its parents. Refuses
 * with ResultsDirError if `target` exists and is not an empty folder. On any failure the
 * temporary folder is removed and the error rethrown; `target` is then as it was.
 */
export async function writeResultsDir(target: string, files: Record<string, ResultsFileContent>, opts: WriteResultsOptions = {}): Promise<void> {
  assertResultsDirAvailable(target);
  const abs = resolve(target);
  // Something else filled the folder between our check and the rename: report it as such.
  const raced = (err: NodeJS.ErrnoException) => {
    throw err.code === 'ENOTEMPTY' || err.code === 'EEXIST' ? notEmpty(target) : err;
  };
  const tmp = await writeTemporary(abs, files, opts);
  try {
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
