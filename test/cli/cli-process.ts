/**
 * The built CLI as the end-to-end tests run it: `ipasim(cwd, ...args)` spawns
 * dist/src/cli/main.js in `cwd` (so a default results/ folder would land there), and
 * `expectRefusal` checks a user error as docs/results.md promises it: exit code 2, the message,
 * no "internal error", no stack trace, one screen.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';

export const CLI = join(process.cwd(), 'dist/src/cli/main.js');
export const BASE = join(process.cwd(), 'scenarios/p-village.yaml');

export const ipasim = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd });

export function expectRefusal(r: ReturnType<typeof ipasim>, message: RegExp): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  expect(r.stderr.split('\n').length).toBeLessThan(25); // one screen
}
