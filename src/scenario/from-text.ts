/**
 * Loading a scenario from text, without a file system: the browser demo (web/) bundles the
 * shipped scenarios into the page and reads a file the user picks. `extends:` resolves only
 * to the texts in `library` (a bare name, or a path whose file name is in it); everything else
 * (merging, validation, messages with file, line and field) is what the CLI does.
 */
import type { z } from 'zod';
import { ScenarioError } from './errors.js';
import { issueAt, readChain, type LayerRef, type ScenarioReader } from './layers.js';
import { Scenario } from './schema.js';
import { validateLayers, type LoadedScenarioFile } from './validate.js';

/** Scenario texts by name (the file name without .yaml/.yml/.json: `p-village`). */
export type ScenarioLibrary = Readonly<Record<string, string>>;

export interface TextScenarioOptions {
  /** Texts an `extends:` may name. */
  library?: ScenarioLibrary;
  /** How a library entry is named in messages; default `scenarios/<name>.yaml`. */
  displayLibrary?: (name: string) => string;
}

/** The scenario name a file name gives: `scenarios/p-village.yaml` -> `p-village`. */
export function scenarioNameOf(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.(ya?ml|json)$/, '');
}

/**
 * Refuses a scenario that sets nothing (an empty file, only comments, `null` or `{}`): far more
 * often a truncated or unsaved file than a wish for the built-in defaults. `input` is the
 * merged fields as read (LoadedScenarioFile.input). The command line and the browser demo both
 * call it, so both refuse with the same words.
 */
export function refuseEmptyScenario(input: unknown, file: string): void {
  const empty = input === null || input === undefined || (typeof input === 'object' && Object.keys(input).length === 0);
  if (empty) throw new ScenarioError([{ file, line: 1, column: 1, path: [], message: 'the scenario sets nothing (an empty, truncated or unsaved file?). To run the calibrated baseline, write "extends: p-village"' }]);
}

/** Like loadScenarioFile, for the text of a file named `file`; throws ScenarioError. */
export async function loadScenarioText<S extends z.ZodType>(file: string, text: string, schema: S, opts: TextScenarioOptions = {}): Promise<LoadedScenarioFile<z.output<S>>> {
  const library = opts.library ?? {};
  const display = opts.displayLibrary ?? ((name: string) => `scenarios/${name}.yaml`);
  const root: LayerRef = { file, display: file, key: `text:${file}` };
  const reader: ScenarioReader = {
    resolve(from, ref) {
      const name = scenarioNameOf(ref);
      if (!Object.hasOwn(library, name)) {
        const known = Object.keys(library).join(', ') || 'none';
        throw new ScenarioError([issueAt(from, ['extends'], `no scenario "${ref}" here; a file loaded in the page can extend only the shipped scenarios (${known})`)]);
      }
      return { file: display(name), display: display(name), key: `library:${name}` };
    },
    read: (target) => (target === root ? text : library[target.key.slice('library:'.length)]),
  };
  return validateLayers(await readChain(root, reader), schema);
}

/** An ipasim scenario from text; its name defaults to the file name, as on the command line. */
export async function loadScenarioFromText(file: string, text: string, opts: TextScenarioOptions = {}): Promise<{ scenario: Scenario; files: string[] }> {
  const { value, input, files } = await loadScenarioText(file, text, Scenario, opts);
  refuseEmptyScenario(input, file);
  return { scenario: withFileName(value, input, file), files };
}

/** The scenario, named after its file when no file in its chain gave it a name. */
export function withFileName(value: Scenario, input: unknown, file: string): Scenario {
  const named = typeof input === 'object' && input !== null && 'name' in input;
  return named ? value : { ...value, name: scenarioNameOf(file) };
}
