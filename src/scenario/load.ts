/**
 * Loading a scenario file against any zod schema: read it and everything it extends
 * (extends.ts), merge and validate once (validate.ts). Every user mistake is thrown as a
 * ScenarioError; nothing raw (ZodError, ENOENT) escapes.
 */
import type { z } from 'zod';
import { readExtendsChain } from './extends.js';
import { validateLayers, type LoadedScenarioFile } from './validate.js';

export type { LoadedScenarioFile } from './validate.js';

export interface LoadScenarioOptions {
  /** Directories to look up a bare `extends: name` in, after the extending file's own directory. */
  searchDirs?: string[];
}

/**
 * Loads `file` (YAML or JSON), resolves its `extends` chain, validates the merged fields with
 * `schema` and returns the parsed value. Throws ScenarioError for every mistake in the files.
 */
export async function loadScenarioFile<S extends z.ZodType>(file: string, schema: S, opts: LoadScenarioOptions = {}): Promise<LoadedScenarioFile<z.output<S>>> {
  return validateLayers(await readExtendsChain(file, opts.searchDirs ?? []), schema);
}
