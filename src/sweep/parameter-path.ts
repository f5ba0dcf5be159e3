/**
 * Parameter paths of a sweep: `modes.cooperative.training`, `villages.0.households`. Reading
 * and writing a scenario at a path, and checking that a path names a real parameter (a leaf
 * of the resolved scenario), with a did-you-mean at the first wrong step. Pure.
 */
import { produce } from 'immer';
import { didYouMean, quote } from '../scenario/errors.js';

export type PathKey = string | number;

/** `villages.0.households` → ['villages', 0, 'households']. */
export function parsePath(path: string): PathKey[] {
  return path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
}

/**
 * The one spelling of a path: list indices as plain numbers. `villages.00.households` and
 * `villages.0.households` name the same parameter, and are compared as this.
 */
export const canonicalPath = (path: string): string => parsePath(path).join('.');

/** Each path of `paths` that names a parameter an earlier one already names, with that earlier spelling. */
export function aliasesOf(paths: Iterable<string>): { path: string; first: string }[] {
  const seen = new Map<string, string>();
  const out: { path: string; first: string }[] = [];
  for (const path of paths) {
    const key = canonicalPath(path);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, path);
    else out.push({ path, first });
  }
  return out;
}

/** "villages.00.households is set twice (as villages.0.households too)": the problem of an alias, in words. */
export const setTwice = (a: { path: string; first: string }): string =>
  `${a.path} is set twice${a.path === a.first ? '' : ` (${a.first} names the same parameter)`}: a parameter takes one setting`;

/** The path in the parameter table's notation (`villages[].households`). */
export function tablePath(path: string): string {
  return path.replace(/\.\d+(?=\.|$)/g, '[]');
}

/**
 * Why `path` names no parameter of `resolved` (a fully resolved scenario), or undefined when
 * it does. A parameter is a leaf: a number, text, true/false, or a list of numbers.
 */
export function pathProblem(resolved: unknown, path: string): string | undefined {
  let node: unknown = resolved;
  const keys = parsePath(path);
  for (const [i, key] of keys.entries()) {
    const here = keys.slice(0, i).join('.') || 'the scenario';
    if (Array.isArray(node)) {
      if (typeof key !== 'number') return `${here} is a list: use an index, e.g. ${[...keys.slice(0, i), 0, ...keys.slice(i)].join('.')}`;
      if (key >= node.length) return `${here} has ${node.length} item${node.length === 1 ? '' : 's'} (indices 0-${node.length - 1}), not ${key}`;
    } else if (isRecord(node)) {
      if (typeof key === 'number' || !Object.hasOwn(node, key)) return `unknown parameter ${quote(path)}: ${here} has no field ${quote(String(key))}${didYouMean(String(key), Object.keys(node))}`;
    } else {
      return `${keys.slice(0, i).join('.')} is a single value, it has no field ${quote(String(key))}`;
    }
    node = (node as Record<PathKey, unknown>)[key];
  }
  if (isRecord(node)) return `${path} is a group of parameters, not one parameter (its fields: ${Object.keys(node).join(', ')})`;
  if (Array.isArray(node) && node.some((x) => typeof x === 'object')) return `${path} is a list of groups: name one item's field, e.g. ${path}.0.${Object.keys(node[0] ?? {})[0] ?? 'field'}`;
  return undefined;
}

/** The value at `path` (the path must be valid: see pathProblem). */
export function getAt(obj: unknown, path: string): unknown {
  return parsePath(path).reduce<unknown>((node, key) => (node as Record<PathKey, unknown>)[key], obj);
}

/** A copy of `obj` with each path set to its value (structural sharing through immer). */
export function setAt<T>(obj: T, values: Readonly<Record<string, unknown>>): T {
  return produce(obj, (draft) => {
    for (const [path, value] of Object.entries(values)) {
      const keys = parsePath(path);
      const parent = keys.slice(0, -1).reduce<unknown>((node, key) => (node as Record<PathKey, unknown>)[key], draft);
      (parent as Record<PathKey, unknown>)[keys[keys.length - 1]] = value;
    }
  });
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
