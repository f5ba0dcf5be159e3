/**
 * `--force`: replaces a results folder with a new one without a moment where neither is
 * complete. The old folder is moved to a hidden sibling, the new one written atomically
 * (io/results-dir.ts), and only then the old one removed; if writing fails the old folder is
 * moved back.
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { writeResultsDir, type ResultsFileContent, type WriteResultsOptions } from '../io/results-dir.js';

export async function replaceResultsDir(target: string, files: Record<string, ResultsFileContent>, opts: WriteResultsOptions = {}): Promise<void> {
  const abs = resolve(target);
  if (!existsSync(abs)) return writeResultsDir(target, files, opts);
  const old = join(dirname(abs), `.${basename(abs)}.old-${process.pid}`);
  await rename(abs, old);
  try {
    await writeResultsDir(target, files, opts);
  } catch (err) {
    await rename(old, abs).catch(() => undefined); // keep the original error
    throw err;
  }
  await rm(old, { recursive: true, force: true });
}
