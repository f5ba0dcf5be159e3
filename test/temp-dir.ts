/**
 * Temporary folders for tests that remove themselves: `tempDir('ipasim-x-')` makes one under
 * the system temporary folder and registers it, and an afterAll hook of the test file that
 * imported this module removes every folder it made (each test file runs in its own module
 * graph, so each gets its own list). Nothing the suite makes is left behind in /tmp.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

/** A new folder `<system temp>/<prefix>XXXXXX`, removed after the test file's last test. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
