/**
 * Writing a results folder atomically: everything goes into a hidden temporary sibling, which
 * is renamed into place only when complete. A failed run leaves nothing; an existing
 * non-empty folder is never touched.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export class ResultsDirError extends Error {}

export function checkWritable(target: string): void {
  if (existsSync(target) && (!statSync(target).isDirectory() || readdirSync(target).length > 0))
    throw new ResultsDirError(`results folder already exists and is not empty: ${target} (choose another --out or remove it)`);
}

export function writeResultsDir(target: string, files: Record<string, string>): void {
  checkWritable(target);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const tmp = join(parent, `.${basename(target)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    mkdirSync(tmp);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(tmp, name), text);
    if (existsSync(target)) rmdirSync(target); // empty, checked above
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}

/** Writes one file atomically (temporary file, then rename). */
export function writeFileAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
