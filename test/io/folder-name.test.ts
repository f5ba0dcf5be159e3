import { describe, expect, it } from 'vitest';
import { folderName, folderNameProblem } from '../../src/io/folder-name.js';
import { defaultOutDir } from '../../src/run/run-scenario.js';
import { UserError } from '../../src/user-error.js';

describe('folder names from scenario and sweep names', () => {
  it('keeps letters, digits, dot, dash, underscore and CJK characters', () => {
    for (const name of ['p-village', 'v1.2_test', '阳曲县', 'a..b']) expect(folderName(name, 'scenario')).toBe(name);
  });

  it('refuses separators, parent steps, control characters, and names too long, saying why', () => {
    expect(folderNameProblem('x/../../evil')).toMatch(/contains "\/"/);
    expect(folderNameProblem('..')).toMatch(/names a folder that already exists/);
    expect(folderNameProblem('.')).toMatch(/names a folder/);
    expect(folderNameProblem('a\\b')).toMatch(/contains "\\"/);
    expect(folderNameProblem('a\0b')).toMatch(/control character U\+0000/);
    expect(folderNameProblem('a'.repeat(300))).toMatch(/300 characters, at most 64/);
    expect(folderNameProblem('')).toMatch(/empty/);
    expect(() => folderName('x/../../evil', 'scenario')).toThrow(UserError);
    expect(() => folderName('..', 'sweep')).toThrow(/the sweep name "\.\." cannot name a results folder.*\n.*--out/);
  });

  it('is the only way a scenario name reaches the default results folder', () => {
    expect(defaultOutDir('results', 'p-village', 1, 10, {})).toMatch(/^results\/p-village\/1-r10-[0-9a-f]{8}$/);
    expect(() => defaultOutDir('results', 'x/../../evil', 1, 10, {})).toThrow(/cannot name a results folder/);
  });
});
