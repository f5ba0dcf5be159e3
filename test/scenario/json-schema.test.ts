import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allowedKeysAt, numberRangeAt, toEditorJsonSchema, type JsonSchema } from '../../src/scenario/json-schema.js';
import { TestScenario } from './fixtures/scenario-files.js';

/** The same schema twice, with `.meta()` keys written in different orders. */
function schemaWithMeta(order: 'forward' | 'backward') {
  const meta = { description: 'share of households with access', unit: 'share', source: '001 T2' };
  const entries = Object.entries(meta);
  const written = Object.fromEntries(order === 'forward' ? entries : entries.reverse()) as typeof meta;
  return z.strictObject({ access: z.number().min(0).max(1).default(0.3).meta(written), name: z.string().default('x') });
}

const properties = (schema: JsonSchema) => schema.properties as Record<string, JsonSchema>;

describe('toEditorJsonSchema', () => {
  it('is byte-identical from one call to the next', () => {
    const text = () => JSON.stringify(toEditorJsonSchema(TestScenario, { title: 'test' }), null, 2);
    expect(text()).toBe(text());
  });

  it('does not depend on the order in which .meta() keys were written', () => {
    const a = JSON.stringify(toEditorJsonSchema(schemaWithMeta('forward'), { title: 't' }));
    const b = JSON.stringify(toEditorJsonSchema(schemaWithMeta('backward'), { title: 't' }));
    expect(a).toBe(b);
  });

  it('adds an optional, documented `extends` string first, and $schema, $id and title', () => {
    const schema = toEditorJsonSchema(TestScenario, { title: 'ipasim scenario', id: 'https://example.org/scenario.json' });
    expect(Object.keys(schema).slice(0, 3)).toEqual(['$schema', '$id', 'title']);
    expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', $id: 'https://example.org/scenario.json', title: 'ipasim scenario' });
    expect(Object.keys(properties(schema))[0]).toBe('extends');
    expect(properties(schema).extends).toMatchObject({ type: 'string', description: expect.stringContaining('null deletes') });
    expect(schema.required ?? []).not.toContain('extends');
    expect(schema.additionalProperties).toBe(false);
  });

  it('keeps description, default, bounds and custom meta keys such as unit and source', () => {
    const schema = toEditorJsonSchema(TestScenario, { title: 't' });
    const cooperative = properties(properties(schema).modes).cooperative;
    expect(properties(cooperative).access).toEqual({
      description: 'share of households with access',
      type: 'number',
      default: 0.3,
      minimum: 0,
      maximum: 1,
      source: '001 T2',
      unit: 'share',
    });
  });

  it('describes the input side: fields with defaults are not required', () => {
    const schema = toEditorJsonSchema(TestScenario, { title: 't' });
    expect(schema.required ?? []).toEqual([]);
  });

  it('refuses a schema that is not an object at the top level', () => {
    expect(() => toEditorJsonSchema(z.array(z.number()), { title: 't' })).toThrow(/object schema/);
  });
});

describe('schema lookups for error messages', () => {
  it('lists the fields allowed at a path, through defaults and lists', () => {
    expect(allowedKeysAt(TestScenario, ['modes', 'cooperative'])).toEqual(['access', 'training', 'eligible']);
    expect(allowedKeysAt(TestScenario, ['villages', 3])).toEqual(['name', 'households']);
    expect(allowedKeysAt(TestScenario, ['nowhere'])).toEqual([]);
  });

  it('gives the range of a number, ignoring the safe-integer limits zod adds to integers', () => {
    expect(numberRangeAt(TestScenario, ['modes', 'cooperative', 'access'])).toEqual({ min: { value: 0, inclusive: true }, max: { value: 1, inclusive: true }, integer: false });
    expect(numberRangeAt(TestScenario, ['seed'])).toEqual({ min: { value: 0, inclusive: true }, max: undefined, integer: true });
  });
});
