/**
 * The JSON Schema of a scenario zod schema, for two readers:
 *
 * - editors: `toEditorJsonSchema` gives autocompletion, hover descriptions (with `.meta()`
 *   keys such as unit and source) and red squiggles while an analyst types;
 * - error messages: `allowedKeysAt` / `numberRangeAt` answer "which fields may go here?" and
 *   "what is the allowed range?" for a field path. Asking the JSON Schema rather than zod's
 *   internals keeps the lookup on a public, documented format.
 */
import { z } from 'zod';
import type { FieldPath } from './errors.js';

export type JsonSchema = { [key: string]: unknown };

/** Editor schema: the input side (defaulted fields optional), plus `extends`, `$schema`, `title`. Byte-stable. */
export function toEditorJsonSchema(schema: z.ZodType, opts: { title: string; id?: string }): JsonSchema {
  const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const properties = generated.properties as JsonSchema | undefined;
  if (generated.type !== 'object' || !properties) throw new Error('toEditorJsonSchema: the scenario schema must be an object schema at the top level');
  const extendsField = {
    type: 'string',
    description:
      'Name or path (relative to this file) of a scenario this one changes. Mappings merge field by field; lists and single values replace the inherited ones; null deletes an inherited field.',
  };
  return canonical({
    ...generated,
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    ...(opts.id === undefined ? {} : { $id: opts.id }),
    title: opts.title,
    properties: { extends: extendsField, ...properties },
  }) as JsonSchema;
}

/**
 * Keywords in one fixed order, whatever order `.meta({...})` objects were written in, so the
 * generated file is byte-identical run after run and diffs only show real changes. Members of
 * `properties` and `$defs` keep the schema's own order: it is the order a reader expects.
 */
const KEYWORD_ORDER = [
  '$schema', '$id', '$ref', 'title', 'description', 'type', 'const', 'enum', 'default',
  'minimum', 'exclusiveMinimum', 'maximum', 'exclusiveMaximum', 'multipleOf',
  'minLength', 'maxLength', 'pattern', 'format', 'minItems', 'maxItems', 'uniqueItems',
  'prefixItems', 'items', 'properties', 'required', 'propertyNames', 'patternProperties', 'additionalProperties',
  'anyOf', 'oneOf', 'allOf', 'not', '$defs',
];
const SCHEMA_MAPS = new Set(['properties', '$defs', 'patternProperties', 'dependentSchemas']);
const SCHEMA_VALUES = new Set(['items', 'additionalProperties', 'propertyNames', 'not', 'contains', 'if', 'then', 'else', 'unevaluatedProperties', 'unevaluatedItems']);
const SCHEMA_LISTS = new Set(['anyOf', 'oneOf', 'allOf', 'prefixItems']);

function canonical(node: unknown): unknown {
  if (!isObject(node)) return node;
  const rank = (key: string) => {
    const i = KEYWORD_ORDER.indexOf(key);
    return i === -1 ? KEYWORD_ORDER.length : i;
  };
  // Unknown keywords (custom meta such as unit and source) go last, alphabetically.
  const keys = Object.keys(node).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const out: JsonSchema = {};
  for (const key of keys) {
    const value = node[key];
    if (SCHEMA_MAPS.has(key) && isObject(value)) out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, canonical(v)]));
    else if (SCHEMA_VALUES.has(key)) out[key] = canonical(value);
    else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) out[key] = value.map(canonical);
    else out[key] = value; // data (default, enum, const, meta values): left exactly as given
  }
  return out;
}

// ---- Lookups for error messages -------------------------------------------------------

const inputSchemas = new WeakMap<z.ZodType, JsonSchema | null>();

function inputJsonSchema(schema: z.ZodType): JsonSchema | null {
  if (!inputSchemas.has(schema)) {
    let generated: JsonSchema | null = null;
    try {
      generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    } catch {
      // Only used for hints in error messages; a schema zod cannot express just gets fewer hints.
    }
    inputSchemas.set(schema, generated);
  }
  return inputSchemas.get(schema)!;
}

/** The sub-schemas that may apply at `path` (several where the schema has alternatives). */
function schemasAt(schema: z.ZodType, path: FieldPath): JsonSchema[] {
  const root = inputJsonSchema(schema);
  if (!root) return [];
  let candidates = expand(root, root);
  for (const key of path) {
    candidates = candidates.flatMap((node) => {
      const next = step(node, key);
      return next ? expand(next, root) : [];
    });
  }
  return candidates;
}

function step(node: JsonSchema, key: string | number): JsonSchema | undefined {
  const pick = (x: unknown) => (isObject(x) ? x : undefined);
  if (typeof key === 'number') return pick((node.prefixItems as unknown[] | undefined)?.[key]) ?? pick(node.items);
  return pick((node.properties as JsonSchema | undefined)?.[key]) ?? pick(node.additionalProperties);
}

/** Follows `$ref`s into `$defs` and flattens anyOf/oneOf/allOf into the list of candidates. */
function expand(node: JsonSchema, root: JsonSchema, depth = 0): JsonSchema[] {
  if (depth > 20) return [];
  if (typeof node.$ref === 'string') {
    const target = node.$ref === '#' ? root : (root.$defs as JsonSchema | undefined)?.[node.$ref.replace('#/$defs/', '')];
    return isObject(target) ? expand(target, root, depth + 1) : [];
  }
  const alternatives = [node.anyOf, node.oneOf, node.allOf].flatMap((list) => (Array.isArray(list) ? list.filter(isObject) : []));
  return [node, ...alternatives.flatMap((alt) => expand(alt, root, depth + 1))];
}

/** Field names the schema allows at `path` (empty when unknown or open-ended). */
export function allowedKeysAt(schema: z.ZodType, path: FieldPath): string[] {
  const keys = schemasAt(schema, path).flatMap((node) => Object.keys((node.properties as JsonSchema | undefined) ?? {}));
  return [...new Set(keys)];
}

export interface NumberRange {
  min?: { value: number; inclusive: boolean };
  max?: { value: number; inclusive: boolean };
  integer: boolean;
}

/** The allowed range of the number at `path`; zod's implicit safe-integer limits are not a range worth naming. */
export function numberRangeAt(schema: z.ZodType, path: FieldPath): NumberRange | undefined {
  const node = schemasAt(schema, path).find((n) => n.type === 'number' || n.type === 'integer');
  if (!node) return undefined;
  const bound = (inclusiveKey: string, exclusiveKey: string) => {
    const inclusive = node[inclusiveKey], exclusive = node[exclusiveKey];
    if (typeof exclusive === 'number') return { value: exclusive, inclusive: false };
    if (typeof inclusive === 'number' && Math.abs(inclusive) < Number.MAX_SAFE_INTEGER) return { value: inclusive, inclusive: true };
    return undefined;
  };
  return { min: bound('minimum', 'exclusiveMinimum'), max: bound('maximum', 'exclusiveMaximum'), integer: node.type === 'integer' };
}

function isObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
