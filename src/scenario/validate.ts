/**
 * Validating a merged extends chain against any zod schema, once, and turning every zod issue
 * into a ScenarioIssue that names the file and line where the offending value was set, in
 * words an analyst understands. Pure (no file system): load.ts reads the files, the browser
 * demo passes texts bundled into the page.
 */
import type { z } from 'zod';
import { describeValue, didYouMean, ScenarioError, quote, type FieldPath, type ScenarioIssue } from './errors.js';
import { allowedKeysAt, numberRangeAt } from './json-schema.js';
import { mergeLayers, type ScenarioLayer } from './layers.js';

export interface LoadedScenarioFile<T> {
  /** The validated value, every default filled in. */
  value: T;
  /** The merged fields before validation (without `extends`), as the files gave them; frozen by immer. */
  input: unknown;
  /** Absolute paths of the files read: root ancestor first, the loaded file last. */
  files: string[];
}

/** Merges `layers` (root ancestor first), validates with `schema`; throws ScenarioError for every mistake. */
export async function validateLayers<S extends z.ZodType>(layers: ScenarioLayer[], schema: S): Promise<LoadedScenarioFile<z.output<S>>> {
  const merged = mergeLayers(layers);
  const result = await schema.safeParseAsync(merged.data);
  const files = layers.map((l) => l.file);
  if (result.success) return { value: result.data, input: merged.data, files };

  const issues = result.error.issues
    .flatMap((issue) => describeIssue(issue, { schema, input: merged.data }))
    .map(({ path, message }): ScenarioIssue => ({ ...merged.locate(path), path, message }));
  throw new ScenarioError(inReadingOrder(dedupe(issues)));
}

interface Described {
  path: FieldPath;
  message: string;
}

interface Context {
  schema: z.ZodType;
  input: unknown;
}

/** One zod issue in plain words; an unknown-keys issue becomes one per key, so each points at its line. */
function describeIssue(issue: z.core.$ZodIssue, ctx: Context, base: FieldPath = []): Described[] {
  // Issues inside a union branch carry paths relative to the union.
  const path: FieldPath = [...base, ...issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k))];
  const { present, value } = valueAt(ctx.input, path);
  const got = present ? `, got ${describeValue(value)}` : '';
  const one = (message: string): Described[] => [{ path, message }];
  const missing = (expected: string) => one(`required field is missing (expected ${expected})`);

  switch (issue.code) {
    case 'invalid_type':
      return present ? one(`expected ${typeName(issue.expected)}${got}`) : missing(typeName(issue.expected));
    case 'invalid_value': {
      const expected = oneOf(issue.values);
      if (!present) return missing(expected);
      const hint = typeof value === 'string' ? didYouMean(value, issue.values.filter((v): v is string => typeof v === 'string')) : '';
      return one(`expected ${expected}${got}${hint}`);
    }
    case 'too_big':
    case 'too_small':
      return one(`expected ${boundsText(issue, ctx.schema, path)}, got ${sizeOf(issue.origin, value)}`);
    case 'not_multiple_of':
      return one(`expected a multiple of ${issue.divisor}${got}`);
    case 'unrecognized_keys': {
      const allowed = allowedKeysAt(ctx.schema, path);
      return issue.keys.map((key) => {
        const suggestion = didYouMean(key, allowed);
        const list = !suggestion && allowed.length > 0 && allowed.length <= 12 ? `; allowed here: ${allowed.join(', ')}` : '';
        return { path: [...path, key], message: `unknown field ${quote(key)}${suggestion}${list}` };
      });
    }
    case 'invalid_union':
      return describeUnion(issue, ctx, path, present, value);
    case 'invalid_format':
      return one(`expected text ${issue.format === 'regex' && issue.pattern ? `matching ${issue.pattern}` : `in ${issue.format} format`}${got}`);
    case 'invalid_key':
      return one(`invalid field name: ${issue.issues[0]?.message ?? issue.message}`);
    default:
      // custom (refinements) and invalid_element: the schema author wrote or zod chose the words.
      return one(issue.message);
  }
}

function describeUnion(issue: z.core.$ZodIssueInvalidUnion, ctx: Context, path: FieldPath, present: boolean, value: unknown): Described[] {
  const got = present ? `, got ${describeValue(value)}` : ' (the field is missing)';
  if (issue.discriminator !== undefined && 'options' in issue && issue.options) {
    // Discriminated union with an unknown tag; zod puts the tag's key at the end of the path.
    return [{ path, message: `expected ${oneOf(issue.options)}${got}` }];
  }
  if (issue.errors.length === 0) return [{ path, message: 'matches more than one of the allowed forms; make it unambiguous' }];

  // Alternatives of simple values (`number or "auto"`): list what each branch wanted.
  const simple = issue.errors.every((branch) => branch.length === 1 && branch[0].path.length === 0 && (branch[0].code === 'invalid_type' || branch[0].code === 'invalid_value'));
  if (simple) {
    const wanted = issue.errors.map(([i]) => (i.code === 'invalid_type' ? typeName(i.expected) : oneOf((i as z.core.$ZodIssueInvalidValue).values)));
    return [{ path, message: `expected ${wanted.join(' or ')}${got}` }];
  }
  // Otherwise report the branch that got furthest into the value (deepest issue, then fewest issues):
  // most likely the form the author meant.
  const depth = (branch: z.core.$ZodIssue[]) => Math.max(...branch.map((i) => i.path.length));
  const best = [...issue.errors].sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0];
  return best.flatMap((inner) => describeIssue(inner, ctx, path));
}

function typeName(expected: string): string {
  switch (expected) {
    case 'int': return 'whole number';
    case 'object': case 'record': return 'a group of fields (name: value)';
    case 'array': case 'tuple': return 'a list';
    case 'boolean': return 'true or false';
    default: return expected;
  }
}

function oneOf(values: readonly unknown[]): string {
  const shown = values.map(quote);
  return shown.length === 1 ? shown[0] : `one of ${shown.join(', ')}`;
}

/** "a number between 0 and 1", "at most 3 items", "at least 1 character". */
function boundsText(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall, schema: z.ZodType, path: FieldPath): string {
  const big = issue.code === 'too_big';
  const bound = Number(big ? issue.maximum : issue.minimum);
  const unit = issue.origin === 'array' || issue.origin === 'set' ? 'item' : issue.origin === 'string' ? 'character' : undefined;
  if (unit) {
    const units = `${bound} ${unit}${bound === 1 ? '' : 's'}`;
    return issue.exact ? `exactly ${units}` : `${big ? 'at most' : 'at least'} ${units}`;
  }
  if (issue.origin !== 'number' && issue.origin !== 'int') {
    return `${issue.origin} ${big ? 'at most' : 'at least'} ${bound}`;
  }
  // Name the whole allowed range when the schema has one: "between 0 and 1" says more than "at most 1".
  const range = numberRangeAt(schema, path);
  const kind = range?.integer || issue.origin === 'int' ? 'a whole number' : 'a number';
  if (range?.min && range.max && range.min.inclusive && range.max.inclusive) return `${kind} between ${range.min.value} and ${range.max.value}`;
  const inclusive = issue.inclusive !== false;
  const words = big ? (inclusive ? 'at most' : 'less than') : inclusive ? 'at least' : 'greater than';
  return `${kind} ${words} ${bound}`;
}

/** For size errors the size is what matters: "got 1.4", "got 5 items". */
function sizeOf(origin: string, value: unknown): string {
  if ((origin === 'array' || origin === 'set') && Array.isArray(value)) return `${value.length} item${value.length === 1 ? '' : 's'}`;
  if (origin === 'string' && typeof value === 'string') return `${quote(value)} (${value.length} character${value.length === 1 ? '' : 's'})`;
  return typeof value === 'number' ? String(value) : describeValue(value);
}

function valueAt(input: unknown, path: FieldPath): { present: boolean; value: unknown } {
  let node = input;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return { present: false, value: undefined };
    node = (node as Record<string | number, unknown>)[key];
  }
  return { present: node !== undefined, value: node };
}

function dedupe(issues: ScenarioIssue[]): ScenarioIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = JSON.stringify([i.file, i.line, i.column, i.path, i.message]);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** Grouped by file (in order of first mention), top to bottom within each: the order the author reads. */
function inReadingOrder(issues: ScenarioIssue[]): ScenarioIssue[] {
  const fileOrder = [...new Set(issues.map((i) => i.file))];
  return [...issues].sort((a, b) => fileOrder.indexOf(a.file) - fileOrder.indexOf(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
