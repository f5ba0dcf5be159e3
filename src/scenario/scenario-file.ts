/**
 * Reading an ipasim scenario: the generic loader (YAML/JSON, extends, positions) with the
 * ipasim schema, a search path for `extends: <name>` that includes scenarios/, and the
 * scenario's name defaulting to its file name. (From text, without a file system:
 * from-text.ts.)
 */
import { resolve } from 'node:path';
import { displayPath } from './display-path.js';
import { refuseEmptyScenario, withFileName } from './from-text.js';
import { loadScenarioFile } from './load.js';
import { Scenario } from './schema.js';

export interface LoadedScenario {
  scenario: Scenario;
  /** Absolute paths of the files read, the root ancestor first. */
  files: string[];
}

export async function loadScenario(file: string, opts: { searchDirs?: string[] } = {}): Promise<LoadedScenario> {
  const { value, input, files } = await loadScenarioFile(file, Scenario, { searchDirs: [...(opts.searchDirs ?? []), resolve('scenarios')] });
  refuseEmptyScenario(input, displayPath(file));
  return { scenario: withFileName(value, input, file), files };
}
