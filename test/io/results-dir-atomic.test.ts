/** Atomicity, observed from inside: while files are written, the results folder does not exist yet. */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../temp-dir.js';

const seen = vi.hoisted(() => ({ target: '', writes: [] as { dir: string; targetExists: boolean }[] }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const { existsSync: exists } = await import('node:fs');
  const { dirname: dirOf } = await import('node:path');
  return {
    ...fs,
    writeFile: async (...args: Parameters<typeof fs.writeFile>) => {
      seen.writes.push({ dir: dirOf(String(args[0])), targetExists: exists(seen.target) });
      return fs.writeFile(...args);
    },
  };
});

const { writeResultsDir } = await import('../../src/io/results-dir.js');

describe('results folder atomicity', () => {
  it('writes into a hidden temporary sibling and shows the folder only once complete', async () => {
    const dir = tempDir('ipasim-atomic-');
    seen.target = join(dir, 'run');
    await writeResultsDir(seen.target, { 'a.csv': 'a', 'b.csv': 'b', 'c.csv': 'c' });
    expect(seen.writes).toHaveLength(3);
    for (const w of seen.writes) {
      expect(w.targetExists).toBe(false);
      expect(dirname(w.dir)).toBe(dir);
      expect(basename(w.dir)).toMatch(new RegExp(`^\\.run\\.tmp-${process.pid}-[0-9a-f]{8}$`));
    }
    expect(existsSync(seen.target)).toBe(true);
    expect(readdirSync(dir)).toEqual(['run']);
  });
});
