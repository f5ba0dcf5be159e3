import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/io/json.js';

describe('results JSON', () => {
  it('uses 2-space indent, a trailing newline and null for undefined figures', () => {
    expect(formatJson({ a: NaN, b: 1, c: [-0] })).toBe('{\n  "a": null,\n  "b": 1,\n  "c": [\n    0\n  ]\n}\n');
  });
});
