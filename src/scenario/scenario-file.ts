/**
 * Reading an ipasim scenario: the generic loader (YAML/JSON, extends, positions) with the
 * ipasim schema, a search path for `extends: <name>` that includes scenarios/, and the
 * scenario's name defaulting to its file name. (From text, without a file system:
 * from-text.ts.)
 */
import { resolve } from 'node:path';
import { displayPath } from './display-path.js';
import { ScenarioError } from './errors.js';
import { withFileName } from './from-text.js';
import { loadScenarioFile } from './load.js';
import { Scenario } from './schema.js';

const isEmpty = (x: unknown) => typeof x === 'object' && x !== null && Object.keys(x).length === 0;

export interface LoadedScenario {
  scenario: Scenario;
  /** Absolute paths of the files read, the root ancestor first. */
  files: string[];
}

export async function loadScenario(file: string, opts: { searchDirs?: string[] } = {}): Promise<LoadedScenario> {
  const { value, input, files } = await loadScenarioFile(file, Scenario, { searchDirs: [...(opts.searchDirs ?? []), resolve('scenarios')] });
  // A file that sets nothing (empty, only comments, or {}) is far more often a truncated or
  // unsaved file than a wish for the built-in defaults: refuse it rather than silently run them.
  if (isEmpty(input)) {
    throw new ScenarioError([{ file: displayPath(file), line: 1, column: 1, path: [], message: 'the scenario sets nothing (an empty, truncated or unsaved file?). To run the calibrated baseline, write "extends: p-village"' }]);
  }
  return { scenario: withFileName(value, input, file), files };
}
