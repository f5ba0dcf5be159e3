/** The JSON Schema of scenario files, generated from the zod schema (editor autocompletion and checks). */
import { z } from 'zod';
import { Scenario } from './schema.js';

export function editorJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Scenario, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown> & { properties: Record<string, unknown> };
  schema.title = 'ipasim scenario';
  schema.properties = { extends: { type: 'string', description: 'name or path of a scenario this one overrides (objects merge, lists and values replace, null deletes)' }, ...schema.properties };
  return schema;
}
