import { describe, expect, it } from 'vitest';
import { ENVIRONMENT_CODES, fsProblem } from '../../src/io/fs-problem.js';

describe('file-system errors in words', () => {
  it('say what is wrong with which path, for every code the CLI treats as the user\'s', () => {
    for (const code of ENVIRONMENT_CODES) expect(fsProblem(code, 'a/b.csv', 'open'), code).toBeDefined();
    expect(fsProblem('EISDIR', 'a/b.csv')).toBe('a/b.csv is a folder, where a file was expected');
    expect(fsProblem('ELOOP', 'loop.yaml')).toBe('loop.yaml is a symbolic link that leads back to itself (a loop)');
    expect(fsProblem('EACCES', 'out', 'mkdir')).toBe('no permission to write out');
    expect(fsProblem('EACCES', 'in.yaml', 'open')).toBe('no permission to read in.yaml');
    expect(fsProblem('ENOENT', 'x.yaml')).toBe('x.yaml does not exist');
    expect(fsProblem('EWHATEVER', 'x')).toBeUndefined();
  });
});
