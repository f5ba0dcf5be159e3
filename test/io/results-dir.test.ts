import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Interrupted } from '../../src/interrupt.js';
import { ResultsDirError, assertResultsDirAvailable, writeFileAtomic, writeResultsDir } from '../../src/io/results-dir.js';
import { tempDir } from '../temp-dir.js';

const tmp = () => tempDir('ipasim-io-');
/** A name the file system rejects, so the write fails after the temporary folder exists. */
const INVALID = 'bad\0name.csv';

describe('writing a results folder', () => {
  it('stopped by Ctrl-C while writing leaves no .tmp folder and no results folder', async () => {
    const dir = tmp(), out = join(dir, 'run');
    const controller = new AbortController();
    let error: unknown;
    const files = { 'a.csv': 'x\n', 'b.csv': 'y\n' };
    // Abort once the first file is being written: the write stops at the next check.
    const writing = writeResultsDir(out, files, { signal: controller.signal }).catch((err) => { error = err; });
    controller.abort();
    await writing;
    expect(error).toBeInstanceOf(Interrupted);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses --out below a file, or a path with a NUL, before anything is simulated', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'afile'), 'x');
    expect(() => assertResultsDirAvailable(join(dir, 'afile', 'sub'))).toThrow(new RegExp(`cannot create the results folder .*afile/sub: .*afile is a file, not a folder`));
    expect(() => assertResultsDirAvailable(join(dir, 'a\0b'))).toThrow(ResultsDirError);
  });

  it('creates the folder and its parents with every file, and leaves no temporary folder', async () => {
    const dir = tmp(), out = join(dir, 'nested', 'run');
    await writeResultsDir(out, { 'a.csv': 'x\n', 'b.json': '{}\n' });
    expect(readdirSync(out).sort()).toEqual(['a.csv', 'b.json']);
    expect(readFileSync(join(out, 'a.csv'), 'utf8')).toBe('x\n');
    expect(readdirSync(join(dir, 'nested'))).toEqual(['run']);
  });

  it('accepts and replaces an existing empty folder', async () => {
    const dir = tmp(), out = join(dir, 'empty');
    mkdirSync(out);
    await writeResultsDir(out, { 'a.csv': 'x\n' });
    expect(readFileSync(join(out, 'a.csv'), 'utf8')).toBe('x\n');
    expect(readdirSync(dir)).toEqual(['empty']);
  });

  it('refuses a non-empty folder with a one-line message and leaves it untouched', async () => {
    const dir = tmp(), out = join(dir, 'full');
    mkdirSync(out);
    writeFileSync(join(out, 'old.csv'), 'old');
    const err = await writeResultsDir(out, { 'old.csv': 'new', 'a.csv': 'new' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResultsDirError);
    expect((err as Error).message).toBe(`results folder already exists and is not empty: ${out} (choose another --out or remove it)`);
    expect(readdirSync(out)).toEqual(['old.csv']);
    expect(readFileSync(join(out, 'old.csv'), 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['full']);
  });

  it('refuses a path that is a file, and can be checked before simulating', async () => {
    const dir = tmp(), file = join(dir, 'f');
    writeFileSync(file, 'keep');
    expect(() => assertResultsDirAvailable(file)).toThrow(ResultsDirError);
    await expect(writeResultsDir(file, { 'a.csv': 'x' })).rejects.toThrow(ResultsDirError);
    expect(readFileSync(file, 'utf8')).toBe('keep');
    expect(() => assertResultsDirAvailable(join(dir, 'new'))).not.toThrow();
  });

  it('leaves neither the folder nor a temporary one when a write fails', async () => {
    const dir = tmp(), out = join(dir, 'run');
    await expect(writeResultsDir(out, { 'a.csv': 'x', [INVALID]: 'y' })).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves an existing empty folder in place when a write fails', async () => {
    const dir = tmp(), out = join(dir, 'empty');
    mkdirSync(out);
    await expect(writeResultsDir(out, { 'a.csv': 'x', [INVALID]: 'y' })).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['empty']);
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses file names that are paths, before creating anything', async () => {
    const dir = tmp();
    for (const name of ['sub/a.csv', '../a.csv', '..', '']) await expect(writeResultsDir(join(dir, 'run'), { [name]: 'x' })).rejects.toThrow(/invalid results file name/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('writing one file atomically', () => {
  it('creates parents, replaces the old content and leaves no temporary file', () => {
    const dir = tmp(), file = join(dir, 'sub', 'schema.json');
    writeFileAtomic(file, 'one');
    writeFileAtomic(file, 'two');
    expect(readFileSync(file, 'utf8')).toBe('two');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['schema.json']);
  });

  it('leaves the target and no temporary file behind when the rename fails', () => {
    const dir = tmp(), target = join(dir, 'taken');
    mkdirSync(target);
    writeFileSync(join(target, 'inside'), 'keep');
    expect(() => writeFileAtomic(target, 'text')).toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
    expect(existsSync(join(target, 'inside'))).toBe(true);
  });
});
