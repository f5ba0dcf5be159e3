/**
 * Loading a scenario file: YAML or JSON (parsed with `yaml`, which keeps source positions for
 * both), `extends:` resolved recursively with overrides applied by immer (objects merge key by
 * key; arrays and scalars replace; null deletes), then one zod validation. Every problem
 * becomes a ScenarioIssue pointing at the file and line where the offending value was set.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, resolve, relative } from 'node:path';
import { produce } from 'immer';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';
import { ScenarioError, type ScenarioIssue } from './errors.js';
import { Scenario } from './schema.js';

type Path = (string | number)[];
type Locate = (path: Path) => { line: number; column: number } | undefined;

interface Layer { file: string; data: Record<string, unknown>; locate: Locate }

const display = (file: string) => relative(process.cwd(), file) || file;

function parseFile(file: string, referrer?: string): Layer {
  if (!existsSync(file)) throw new ScenarioError([{ file: display(referrer ?? file), path: referrer ? ['extends'] : [], message: `file not found: ${display(file)}` }]);
  const text = readFileSync(file, 'utf8');
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) {
    throw new ScenarioError(doc.errors.map((e) => {
      const pos = lc.linePos(e.pos[0]);
      return { file: display(file), line: pos.line, column: pos.col, path: [], message: e.message.split('\n')[0] };
    }));
  }
  const data = doc.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new ScenarioError([{ file: display(file), line: 1, column: 1, path: [], message: 'a scenario must be a mapping of fields (key: value)' }]);
  const locate: Locate = (path) => {
    let node: unknown = doc.contents, pos: number | undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
        if (!pair) break;
        pos = (pair.key as Node).range?.[0];
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key];
        pos = (node as Node).range?.[0];
      } else break;
    }
    if (pos === undefined) return undefined;
    const p = lc.linePos(pos);
    return { line: p.line, column: p.col };
  };
  return { file, data: data as Record<string, unknown>, locate };
}

function resolveRef(ref: string, from: string, searchDirs: string[]): string {
  const candidates = [dirname(from), ...searchDirs].flatMap((dir) => {
    const base = resolve(dir, ref);
    return extname(ref) ? [base] : [`${base}.yaml`, `${base}.yml`, `${base}.json`, base];
  });
  return candidates.find((c) => existsSync(c)) ?? candidates[0];
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Applies `over` onto `base`: objects merge, arrays and scalars replace, null deletes. */
function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  return produce(base, (draft) => {
    const apply = (target: Record<string, unknown>, src: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(src)) {
        if (v === null) delete target[k];
        else if (isObject(v) && isObject(target[k])) apply(target[k] as Record<string, unknown>, v);
        else target[k] = v;
      }
    };
    apply(draft as Record<string, unknown>, over);
  });
}

/** The chain of layers, root ancestor first. */
function layers(file: string, searchDirs: string[], seen: string[] = [], referrer?: string): Layer[] {
  const abs = resolve(file);
  if (seen.includes(abs)) throw new ScenarioError([{ file: display(seen[seen.length - 1]), path: ['extends'], message: `extends cycle: ${[...seen, abs].map(display).join(' -> ')}` }]);
  const layer = parseFile(abs, referrer);
  const ref = layer.data.extends;
  if (ref === undefined) return [layer];
  if (typeof ref !== 'string') throw new ScenarioError([{ file: display(abs), ...layer.locate(['extends']), path: ['extends'], message: 'expected the name or path of another scenario' }]);
  return [...layers(resolveRef(ref, abs, searchDirs), searchDirs, [...seen, abs], abs), layer];
}

const hasPath = (data: unknown, path: Path) => {
  let node = data;
  for (const k of path) { if (node === null || typeof node !== 'object' || !(k in (node as object))) return false; node = (node as Record<string | number, unknown>)[k]; }
  return true;
};

/** The file and position where the deepest prefix of `path` was last set. */
function origin(chain: Layer[], path: Path): Pick<ScenarioIssue, 'file' | 'line' | 'column'> {
  for (let len = path.length; len >= 0; len--) {
    const prefix = path.slice(0, len);
    for (let i = chain.length - 1; i >= 0; i--)
      if (hasPath(chain[i].data, prefix)) return { file: display(chain[i].file), ...(len > 0 ? chain[i].locate(prefix) : { line: 1, column: 1 }) };
  }
  return { file: display(chain[chain.length - 1].file) };
}

function describe(issue: z.core.$ZodIssue, input: unknown): { path: Path; message: string }[] {
  const path = issue.path as Path;
  const got = (() => { let n: unknown = input; for (const k of path) n = isObject(n) || Array.isArray(n) ? (n as Record<string | number, unknown>)[k] : undefined; return n; })();
  const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));
  switch (issue.code) {
    case 'unrecognized_keys': return issue.keys.map((k) => ({ path: [...path, k], message: `unknown field "${k}"${suggest(k, input, path)}` }));
    case 'invalid_type': return [{ path, message: got === undefined ? `missing (expected ${issue.expected})` : `expected ${issue.expected}, got ${show(got)}` }];
    case 'too_big': return [{ path, message: `must be at most ${issue.maximum}, got ${show(got)}` }];
    case 'too_small': return [{ path, message: `must be at least ${issue.minimum}, got ${show(got)}` }];
    case 'invalid_value': return [{ path, message: `expected one of ${issue.values.map(show).join(', ')}, got ${show(got)}` }];
    default: return [{ path, message: issue.message }];
  }
}

/** "did you mean" from the keys the schema allows at that place (edit distance <= 3). */
function suggest(key: string, _input: unknown, path: Path): string {
  let node: z.ZodType | undefined = Scenario as unknown as z.ZodType;
  const unwrap = (n: unknown): unknown => { let x = n as { _zod?: { def?: { innerType?: unknown; in?: unknown; element?: unknown; type?: string } } }; while (x?._zod?.def?.innerType || x?._zod?.def?.in) x = (x._zod.def.innerType ?? x._zod.def.in) as typeof x; return x; };
  for (const k of path) {
    const n = unwrap(node) as { shape?: Record<string, z.ZodType>; _zod?: { def?: { element?: z.ZodType } } };
    node = typeof k === 'number' ? n?._zod?.def?.element : n?.shape?.[k];
  }
  const shape = (unwrap(node) as { shape?: Record<string, unknown> })?.shape;
  if (!shape) return '';
  const best = Object.keys(shape).map((c) => [c, distance(key, c)] as const).sort((a, b) => a[1] - b[1])[0];
  return best && best[1] <= 3 ? ` (did you mean "${best[0]}"?)` : '';
}

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

export interface LoadedScenario {
  scenario: Scenario;
  /** Files read, root ancestor first. */
  files: string[];
}

/** Loads, resolves `extends` and validates a scenario file; throws ScenarioError on any mistake. */
export function loadScenario(file: string, opts: { searchDirs?: string[] } = {}): LoadedScenario {
  const chain = layers(file, opts.searchDirs ?? []);
  let merged: Record<string, unknown> = {};
  for (const l of chain) merged = merge(merged, l.data);
  const { extends: _ignored, ...input } = merged;
  void _ignored;
  if (input.name === undefined) input.name = resolve(file).split('/').pop()!.replace(/\.(ya?ml|json)$/, '');
  const parsed = Scenario.safeParse(input);
  if (!parsed.success) {
    throw new ScenarioError(parsed.error.issues.flatMap((issue) => describe(issue, input).map(({ path, message }) => ({ ...origin(chain, path), path, message }))));
  }
  return { scenario: parsed.data, files: chain.map((l) => l.file) };
}
