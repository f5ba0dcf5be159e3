/**
 * `extends:` on disk: reading a scenario file and every file it extends (the chain walk and
 * the merge rules are in layers.ts, which has no file system and also runs in the browser).
 *
 * Resolution: a ref containing a slash (or starting with ".") is a path relative to the
 * extending file; a bare name is looked up in the extending file's directory, then in each
 * search directory. Either may omit the .yaml/.yml/.json extension.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fsProblem } from '../io/fs-problem.js';
import { displayPath } from './display-path.js';
import { ScenarioError } from './errors.js';
import { issueAt, readChain, type LayerRef, type ScenarioLayer, type ScenarioReader } from './layers.js';

export { mergeLayers, type MergedScenario, type ScenarioLayer } from './layers.js';

const EXTENSIONS = ['.yaml', '.yml', '.json'];

/** Reads `file` and everything it extends; returns the chain root ancestor first, `file` last. */
export async function readExtendsChain(file: string, searchDirs: string[] = []): Promise<ScenarioLayer[]> {
  const absolute = resolve(file);
  const root: LayerRef = { file: absolute, display: displayPath(absolute), key: absolute };
  // The loaded file itself must be read before its real path is asked for: a missing file is
  // reported as "file not found", not as a failed realpath.
  const text = await readText(root);
  root.key = await realpath(absolute);
  return readChain(root, diskReader(searchDirs, { root, text }));
}

function diskReader(searchDirs: string[], first: { root: LayerRef; text: string }): ScenarioReader {
  return {
    async resolve(from, ref) {
      const target = await resolveRef(from, ref, searchDirs);
      return { file: target, display: displayPath(target), key: await realpath(target) };
    },
    read: (target, referrer) => (target === first.root ? first.text : readText(target, referrer)),
  };
}

async function readText(target: LayerRef, referrer?: ScenarioLayer): Promise<string> {
  try {
    return await readFile(target.file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'this is a directory, not a scenario file' : `cannot read the file: ${fsProblem(code, 'it') ?? (err as Error).message}`;
    // A vanished extends target is the referring file's mistake: point at its `extends:` line.
    if (referrer) throw new ScenarioError([issueAt(referrer, ['extends'], `${why}: ${target.display}`)]);
    throw new ScenarioError([{ file: target.display, path: [], message: why }]);
  }
}

async function resolveRef(from: ScenarioLayer, ref: string, searchDirs: string[]): Promise<string> {
  const isPath = /[\\/]/.test(ref) || ref.startsWith('.');
  const dirs = [...new Set([dirname(from.file), ...(isPath ? [] : searchDirs.map((d) => resolve(d)))])];
  const names = EXTENSIONS.some((ext) => ref.endsWith(ext)) ? [ref] : [...EXTENSIONS.map((ext) => ref + ext), ref];
  for (const dir of dirs) {
    for (const name of names) {
      const candidate = resolve(dir, name);
      if (await isFile(candidate)) return candidate;
    }
  }
  const where = dirs.map(displayPath).join(', ');
  throw new ScenarioError([issueAt(from, ['extends'], `file not found: no scenario "${ref}" in ${where} (tried ${names.join(', ')})`)]);
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
