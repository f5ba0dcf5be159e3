import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.js';
import { recoverReplace, replaceResultsDir } from '../../src/run/replace-results-dir.js';

/** The pid of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid!;

function folder(files: Record<string, string>): string {
  const dir = join(tempDir('ipasim-replace-'), 'run');
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('replacing a results folder (--force)', () => {
  it('leaves the new folder and nothing beside it', async () => {
    const dir = folder({ 'old.txt': 'old' });
    await replaceResultsDir(dir, { 'new.txt': 'new' });
    expect(readdirSync(dir)).toEqual(['new.txt']);
    expect(readdirSync(join(dir, '..'))).toEqual(['run']);
  });

  it('keeps the old folder in place while the new one is written: a write that fails or is interrupted leaves it as it was', async () => {
    const dir = folder({ 'old.txt': 'old' });
    const controller = new AbortController();
    controller.abort();
    await expect(replaceResultsDir(dir, { 'new.txt': 'new' }, { signal: controller.signal })).rejects.toThrow(/interrupted/);
    expect(readFileSync(join(dir, 'old.txt'), 'utf8')).toBe('old');
    expect(readdirSync(join(dir, '..'))).toEqual(['run']);
  });
});

describe('what a killed --force left', () => {
  it('the folder missing and a dead process\'s old copy beside it: the copy is put back, with a note', async () => {
    const dir = folder({ 'old.txt': 'old' });
    const moved = join(dir, '..', `.run.old-${deadPid()}`);
    cpSync(dir, moved, { recursive: true });
    spawnSync('rm', ['-r', dir]);
    const note = await recoverReplace(dir);
    expect(note).toMatch(/was missing after an interrupted --force; its previous results .* were put back/);
    expect(readFileSync(join(dir, 'old.txt'), 'utf8')).toBe('old');
    expect(readdirSync(join(dir, '..'))).toEqual(['run']);
  });

  it('temporary and old siblings of dead processes are removed; those of a live process (this one) are left alone', async () => {
    const dir = folder({ 'new.txt': 'new' });
    const parent = join(dir, '..');
    const dead = deadPid();
    mkdirSync(join(parent, `.run.tmp-${dead}-0123abcd`));
    mkdirSync(join(parent, `.run.old-${dead}`));
    mkdirSync(join(parent, `.run.tmp-${process.pid}-89abcdef`));
    mkdirSync(join(parent, '.other.tmp-1-0123abcd')); // another folder's: not this one's business
    expect(await recoverReplace(dir)).toBeUndefined();
    expect(readdirSync(parent).sort()).toEqual(['.other.tmp-1-0123abcd', `.run.tmp-${process.pid}-89abcdef`, 'run']);
  });
});
