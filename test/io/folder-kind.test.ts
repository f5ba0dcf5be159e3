import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';
import { assertFolderKind, folderKindOf, peekFolderKind } from '../../src/io/folder-kind.js';

describe('what a folder is', () => {
  it('is told by its manifest: a run, a sweep or a calibration', () => {
    expect(folderKindOf({ resolvedScenario: {}, seeds: [1] })).toBe('run');
    expect(folderKindOf({ kind: 'ipasim-sweep' })).toBe('sweep');
    expect(folderKindOf({ kind: 'ipasim-calibration' })).toBe('calibration');
    expect(folderKindOf({ kind: 'something' })).toBeUndefined();
    expect(folderKindOf(null)).toBeUndefined();
  });

  it('a folder of another kind is named as such, a folder whose kind cannot be told is left to its reader', () => {
    const dir = tempDir('ipasim-kind-');
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ kind: 'ipasim-calibration' }));
    expect(peekFolderKind(dir)).toBe('calibration');
    expect(() => assertFolderKind(dir, 'run', 'give a run')).toThrow(`${dir} is a calibration folder (ipasim calibrate), not a run's results folder: give a run`);
    expect(() => assertFolderKind(dir, 'calibration', 'x')).not.toThrow();
    writeFileSync(join(dir, 'manifest.json'), '{ cut sho');
    expect(peekFolderKind(dir)).toBeUndefined();
    expect(() => assertFolderKind(dir, 'run', 'x')).not.toThrow();
    const odd = tempDir('ipasim-kind-');
    mkdirSync(join(odd, 'manifest.json'));
    expect(() => assertFolderKind(odd, 'sweep', 'x')).toThrow(/manifest\.json is not a file/);
  });
});
