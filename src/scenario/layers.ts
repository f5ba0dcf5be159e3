/**
 * `extends:` — a scenario that states only what differs from another one.
 *
 *     extends: p-village            # a scenario name, or a path relative to this file
 *     modes:
 *       cooperative: { access: 1 }  # merged into the parent's `modes.cooperative`
 *
 * This module is the pure part (no file system, so the browser demo uses it too): parsing one
 * file's text into a layer, walking a chain through a `ScenarioReader` that knows where files
 * live (extends.ts reads the disk; web/ reads the scenarios bundled into the page), and merging.
 *
 * Merge rules (child over parent): mappings merge key by key, recursively; lists and single
 * values replace the parent's wholesale (merging lists element by element would make it
 * impossible to shorten one); `null` deletes the inherited key, so the schema default (or a
 * "missing field" error) applies again. One list is the exception: `villages`. The child's
 * list still says which villages there are, but an entry named like one of the parent's
 * villages merges into it field by field, so `villages: [{ name: P, households: 40 }]` keeps P's
 * calibrated values (a village that should start afresh takes another name).
 *
 * For every field the merge records which file set it last, so that a validation error in an
 * inherited field is reported in the parent file, where the analyst has to fix it.
 */
import { produce } from 'immer';
import { describeValue, ScenarioError, type FieldPath, type ScenarioIssue } from './errors.js';
import { parseSource, type ParsedSource, type SourcePosition } from './source.js';

/** One file of an extends chain. */
export interface ScenarioLayer {
  /** Absolute path (or, for a reader without a file system, the name it knows the file by). */
  file: string;
  /** Name to show in messages (relative to the working directory when inside it). */
  display: string;
  source: ParsedSource;
  /** The file's fields, without `extends`. */
  data: Record<string, unknown>;
  /** The `extends:` reference as written, if any. */
  extendsRef?: string;
}

/** A file an `extends:` points at, before it is read. */
export interface LayerRef {
  file: string;
  display: string;
  /** Identity for cycle detection (a real path, so a symlink cannot hide a cycle). */
  key: string;
}

/** Where scenario files come from: the disk (extends.ts) or texts bundled into a page. */
export interface ScenarioReader {
  /** The file `ref` (the `extends:` of `from`) points at; throws ScenarioError at `from`'s extends line if none. */
  resolve(from: ScenarioLayer, ref: string): Promise<LayerRef> | LayerRef;
  /** The text of `target`; `referrer` is the file whose `extends:` named it (absent for the loaded file). */
  read(target: LayerRef, referrer?: ScenarioLayer): Promise<string> | string;
}

/** Reads `root` and everything it extends; returns the chain root ancestor first, `root` last. */
export async function readChain(root: LayerRef, reader: ScenarioReader): Promise<ScenarioLayer[]> {
  const chain: ScenarioLayer[] = [];
  const seen: string[] = [root.key];
  let layer = parseLayer(root.file, root.display, await reader.read(root));
  for (;;) {
    chain.push(layer);
    if (layer.extendsRef === undefined) return chain.reverse();
    const target = await reader.resolve(layer, layer.extendsRef);
    if (seen.includes(target.key)) {
      const names = [...chain.map((l) => l.display), target.display];
      throw new ScenarioError([issueAt(layer, ['extends'], `extends cycle: ${names.join(' -> ')}`)]);
    }
    seen.push(target.key);
    layer = parseLayer(target.file, target.display, await reader.read(target, layer));
  }
}

/** One file's text as a layer: its fields and its `extends:` reference. Throws ScenarioError. */
export function parseLayer(file: string, display: string, text: string): ScenarioLayer {
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

/** An issue at `path` of `layer`'s file, at the position of the deepest node along it. */
export function issueAt(layer: ScenarioLayer, path: FieldPath, message: string): ScenarioIssue {
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
    const over = Array.isArray(layer.data.villages) && Array.isArray(data.villages) ? { ...layer.data, villages: villagesByName(data.villages, layer.data.villages) } : layer.data;
    data = produce(data, (draft) => overlay(draft, over, root, index));
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

/** The child's village list, each entry named like a parent's village merged into that village (child over parent, `null` deleting). */
function villagesByName(parent: readonly unknown[], child: readonly unknown[]): unknown[] {
  const named = new Map(parent.filter(isRecord).filter((v) => typeof v.name === 'string').map((v) => [v.name as string, v]));
  return child.map((entry) => {
    const base = isRecord(entry) && typeof entry.name === 'string' ? named.get(entry.name) : undefined;
    if (!base || !isRecord(entry)) return entry;
    const merged: Record<string, unknown> = { ...base };
    for (const [k, v] of Object.entries(entry)) if (v === null) delete merged[k]; else merged[k] = v;
    return merged;
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
