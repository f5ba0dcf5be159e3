/**
 * `--force`: replaces a results folder with a new one so that the path always holds a complete
 * folder, the old or the new, whatever stops the process:
 *
 *   1. the new folder is written complete into a hidden temporary sibling (io/results-dir.ts);
 *      the old one stays in place meanwhile, so an error or a signal here leaves it as it was;
 *   2. the swap: the old folder is renamed to `.<name>.old-<pid>`, the new one into place. The
 *      two renames run as one uninterruptible section (src/interrupt.ts): SIGINT and SIGTERM,
 *      even a second one, wait for it;
 *   3. the old folder is removed.
 *
 * Only SIGKILL (or a power cut) can stop the process between the two renames of step 2, a
 * window of two system calls; the next write of the folder (recoverReplace, which `ipasim run`
 * calls first) then puts the old folder back, and removes what the dead process left.
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { uninterruptible } from '../interrupt.js';
import { oldSibling, staleSiblings, writeResultsDir, writeTemporary, type ResultsFileContent, type WriteResultsOptions } from '../io/results-dir.js';

export async function replaceResultsDir(target: string, files: Record<string, ResultsFileContent>, opts: WriteResultsOptions = {}): Promise<void> {
  const abs = resolve(target);
  if (!existsSync(abs)) return writeResultsDir(target, files, opts);
  const tmp = await writeTemporary(abs, files, opts);
  const old = oldSibling(abs);
  await uninterruptible(async () => {
    await rename(abs, old).catch(async (err) => {
      await rm(tmp, { recursive: true, force: true });
      throw err;
    });
    await rename(tmp, abs).catch(async (err) => {
      await rename(old, abs); // the old folder back where it was
      await rm(tmp, { recursive: true, force: true });
      throw err;
    });
  });
  await rm(old, { recursive: true, force: true });
}

/**
 * Repairs what a killed --force left beside the folder `target`: when the folder is missing
 * but a dead process's old copy is there (killed between the renames of the swap), the old
 * copy is put back; then every temporary or old sibling of a dead process is removed. Returns
 * a note saying what was put back, if anything.
 */
export async function recoverReplace(target: string): Promise<string | undefined> {
  const abs = resolve(target);
  const { old, tmp } = staleSiblings(abs);
  let note: string | undefined;
  if (!existsSync(abs) && old.length > 0) {
    await rename(old[0], abs);
    note = `note: ${target} was missing after an interrupted --force; its previous results (left in ${old[0]}) were put back`;
  }
  for (const stale of [...tmp, ...old.filter((o) => existsSync(o))]) await rm(stale, { recursive: true, force: true });
  return note;
}
