import { describe, expect, it } from 'vitest';
import { ScenarioError, type ScenarioIssue } from '../../src/scenario/errors.js';
import { parseSource } from '../../src/scenario/source.js';

function syntaxIssues(text: string): ScenarioIssue[] {
  try {
    parseSource('s.yaml', text);
  } catch (err) {
    if (err instanceof ScenarioError) return err.issues;
    throw err;
  }
  throw new Error('expected a ScenarioError');
}

const YAML = [
  'name: a', //             line 1
  'modes:', //              line 2
  '  cooperative:', //      line 3
  '    training: 0.2', //   line 4
  'villages:', //           line 5
  '  - name: x', //         line 6
  '  - name: y', //         line 7
  '    households: 3', //   line 8
].join('\n');

describe('parseSource', () => {
  it('returns the plain data', () => {
    expect(parseSource('s.yaml', YAML).data).toEqual({ name: 'a', modes: { cooperative: { training: 0.2 } }, villages: [{ name: 'x' }, { name: 'y', households: 3 }] });
  });

  it('locates a map entry at its key', () => {
    expect(parseSource('s.yaml', YAML).locate(['modes', 'cooperative', 'training'])).toEqual({ line: 4, column: 5 });
  });

  it('locates list items and fields inside them', () => {
    const { locate } = parseSource('s.yaml', YAML);
    expect(locate(['villages', 1])).toEqual({ line: 7, column: 5 });
    expect(locate(['villages', 1, 'households'])).toEqual({ line: 8, column: 5 });
  });

  it('falls back to the deepest node that exists along the path', () => {
    const { locate } = parseSource('s.yaml', YAML);
    expect(locate(['modes', 'cooperative', 'access'])).toEqual({ line: 3, column: 3 });
    expect(locate(['villages', 5, 'name'])).toEqual({ line: 5, column: 1 });
    expect(locate(['name', 'deeper'])).toEqual({ line: 1, column: 1 });
  });

  it('has no position for a path whose first key is not in the file', () => {
    expect(parseSource('s.yaml', YAML).locate(['seed'])).toBeUndefined();
  });

  it('gives JSON the same positions', () => {
    const { data, locate } = parseSource('s.json', '{\n  "modes": {\n    "cooperative": { "training": 0.2 }\n  }\n}\n');
    expect(data).toEqual({ modes: { cooperative: { training: 0.2 } } });
    expect(locate(['modes', 'cooperative', 'training'])).toEqual({ line: 3, column: 22 });
  });

  it('follows aliases to their anchors', () => {
    const { data, locate } = parseSource('s.yaml', 'shared: &coop\n  training: 0.2\nmodes:\n  cooperative: *coop\n');
    expect(data).toMatchObject({ modes: { cooperative: { training: 0.2 } } });
    expect(locate(['modes', 'cooperative', 'training'])).toEqual({ line: 2, column: 3 });
  });

  it('returns null for an empty file', () => {
    expect(parseSource('s.yaml', '').data).toBeNull();
  });

  it('reports a syntax error with the file, line and column', () => {
    const [issue] = syntaxIssues('name: a\nmodes: "unterminated\n');
    expect(issue).toMatchObject({ file: 's.yaml', line: 3, column: 1, path: [] });
    expect(issue.message).toMatch(/^invalid YAML: /);
  });

  it('reports a duplicate key at the second occurrence, naming it', () => {
    const [issue] = syntaxIssues('name: a\nseed: 1\nname: b\n');
    expect(issue).toMatchObject({ line: 3, column: 1, message: 'the field "name" appears twice here; each field may be given only once' });
  });

  it('reports duplicate keys in JSON too', () => {
    expect(syntaxIssues('{\n  "seed": 1,\n  "seed": 2\n}\n')[0]).toMatchObject({ line: 3, column: 3 });
  });

  it('explains tab indentation in plain words', () => {
    expect(syntaxIssues('modes:\n\tcooperative: 1\n')[0].message).toBe('invalid YAML: tabs are not allowed for indentation; use spaces');
  });

  it('refuses a __proto__ key rather than letting it change an object\'s prototype', () => {
    expect(syntaxIssues('modes:\n  __proto__: { polluted: true }\n')[0]).toMatchObject({ line: 2, column: 3 });
  });
});
