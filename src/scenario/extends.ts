/**
 * `extends:` — a scenario that states only what differs from another one.
 *
 *     extends: p-village            # a scenario name, or a path relative to this file
 *     modes:
 *       cooperative: { access: 1 }  # merged into the parent's `modes.cooperative`
 *
 * Resolution: a ref containing a slash (or starting with ".") is a path relative to the
 * extending file; a bare name is looked up in the extending file's directory, then in each
 * search directory. Either may omit the .yaml/.yml/.json extension.
 *
 * Merge rules (child over parent): mappings merge key by key, recursively; lists and single
 * values replace the parent's wholesale (merging lists element by element would make it
 * impossible to shorten one); `null` deletes the inherited key, so the schema default (or a
 * "missing field" error) applies again.
 *
 * For every field the merge records which file set it last, so that a validation error in an
 * inherited field is reported in the parent file, where the analyst has to fix it.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { produce } from 'immer';
import { describeValue, displayPath, ScenarioError, type FieldPath, type ScenarioIssue } from './errors.js';
import { parseSource, type ParsedSource, type SourcePosition } from './source.js';

/** One file of an extends chain. */
export interface ScenarioLayer {
  /** Absolute path. */
  file: string;
  /** Name to show in messages (relative to the working directory when inside it). */
  display: string;
  source: ParsedSource;
  /** The file's fields, without `extends`. */
  data: Record<string, unknown>;
  /** The `extends:` reference as written, if any. */
  extendsRef?: string;
}

const EXTENSIONS = ['.yaml', '.yml', '.json'];

/** Reads `file` and everything it extends; returns the chain root ancestor first, `file` last. */
export async function readExtendsChain(file: string, searchDirs: string[] = []): Promise<ScenarioLayer[]> {
  const chain: ScenarioLayer[] = [];
  const seen: string[] = []; // real paths, so a symlink cannot hide a cycle
  let layer = await readLayer(resolve(file));
  seen.push(await realpath(layer.file));
  for (;;) {
    chain.push(layer);
    if (layer.extendsRef === undefined) return chain.reverse();
    const target = await resolveRef(layer, layer.extendsRef, searchDirs);
    const real = await realpath(target);
    if (seen.includes(real)) {
      const names = [...chain.map((l) => l.display), displayPath(target)];
      throw new ScenarioError([issueAt(layer, ['extends'], `extends cycle: ${names.join(' -> ')}`)]);
    }
    seen.push(real);
    layer = await readLayer(target, layer);
  }
}

async function readLayer(file: string, referrer?: ScenarioLayer): Promise<ScenarioLayer> {
  const display = displayPath(file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'this is a directory, not a scenario file' : `cannot read the file (${code ?? (err as Error).message})`;
    // A vanished extends target is the referring file's mistake: point at its `extends:` line.
    if (referrer) throw new ScenarioError([issueAt(referrer, ['extends'], `${why}: ${display}`)]);
    throw new ScenarioError([{ file: display, path: [], message: why }]);
  }
  const source = parseSource(display, text);
  // An empty file (or only comments) is a scenario that changes nothing.
  const parsed = source.data ?? {};
  if (!isRecord(parsed)) {
    throw new ScenarioError([{ file: display, line: 1, column: 1, path: [], message: `a scenario file must be a set of fields (name: value), not ${describeValue(parsed)}` }]);
  }
  const { extends: ref, ...data } = parsed;
  const layer: ScenarioLayer = { file, display, source, data };
  if (ref === undefined) return layer;
  if (typeof ref !== 'string' || ref.trim() === '') {
    throw new ScenarioError([issueAt(layer, ['extends'], `expected the name or path of another scenario file, got ${describeValue(ref)}`)]);
  }
  return { ...layer, extendsRef: ref.trim() };
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

function issueAt(layer: ScenarioLayer, path: FieldPath, message: string): ScenarioIssue {
  return { file: layer.display, ...layer.source.locate(path), path, message };
}

/** The merged fields of a chain, and for any field path the file that set it. */
export interface MergedScenario {
  data: Record<string, unknown>;
  /** The layer that last set the deepest prefix of `path` (the loaded file for the root). */
  setBy(path: FieldPath): ScenarioLayer;
  /** Where to point for `path`: that layer's file and the position of the deepest node along it. */
  locate(path: FieldPath): { file: string } & Partial<SourcePosition>;
}

/** Which layer last wrote a field; children only for mappings that several layers merged into. */
interface Provenance {
  layer: number;
  children: Map<string, Provenance>;
}

/** Applies the layers in order (root ancestor first) with the merge rules described above. */
export function mergeLayers(layers: ScenarioLayer[]): MergedScenario {
  const root: Provenance = { layer: 0, children: new Map() };
  let data: Record<string, unknown> = {};
  layers.forEach((layer, index) => {
    data = produce(data, (draft) => overlay(draft, layer.data, root, index));
  });
  const setBy = (path: FieldPath): ScenarioLayer => {
    let node = root;
    for (const key of path) {
      const child = node.children.get(String(key));
      if (!child) break;
      node = child;
    }
    return layers[node.layer];
  };
  const locate = (path: FieldPath) => {
    const layer = setBy(path);
    return { file: layer.display, ...layer.source.locate(path) };
  };
  return { data, setBy, locate };
}

function overlay(target: Record<string, unknown>, over: Record<string, unknown>, provenance: Provenance, layer: number): void {
  // Fields set so far without a record of their own came with this mapping from the file that
  // set it; pin them to that file before this layer becomes the mapping's latest writer.
  for (const key of Object.keys(target)) {
    if (!provenance.children.has(key)) provenance.children.set(key, { layer: provenance.layer, children: new Map() });
  }
  provenance.layer = layer;
  for (const [key, value] of Object.entries(over)) {
    const existing = target[key];
    if (value === null) {
      delete target[key];
      // Kept as a marker so a resulting "missing field" error points at the `key: null` line.
      provenance.children.set(key, { layer, children: new Map() });
    } else if (isRecord(value) && isRecord(existing)) {
      overlay(existing, value, provenance.children.get(key)!, layer);
    } else {
      target[key] = value;
      // Replaced wholesale: nothing below it comes from earlier files any more.
      provenance.children.set(key, { layer, children: new Map() });
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
