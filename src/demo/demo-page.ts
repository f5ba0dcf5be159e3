/**
 * `ipasim demo`: the classroom page as a file. Builds web/dist/ with Vite when it is missing or
 * older than its sources (web/, src/), then hands its file:// address to the caller, which
 * prints it (for machines without a browser) and opens it.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../io/manifest.js';

/** The newest modification time of any file under `dir` (skipping dist and node_modules). */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'dist' || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export interface DemoPage {
  /** The built index.html. */
  file: string;
  url: string;
  /** Whether it was (re)built just now. */
  built: boolean;
}

/** Builds the demo if needed (or when `rebuild`), and returns where it is. */
export async function demoPage(rebuild = false): Promise<DemoPage> {
  const root = packageRoot();
  const web = join(root, 'web');
  const file = join(web, 'dist', 'index.html');
  const stale = !existsSync(file) || rebuild || Math.max(newest(web), newest(join(root, 'src'))) > statSync(file).mtimeMs;
  if (stale) {
    // Vite is a development dependency: present after `npm ci` in a clone, which is where the demo's sources are.
    const { build } = await import('vite');
    await build({ configFile: join(web, 'vite.config.ts'), logLevel: 'warn' });
  }
  return { file, url: pathToFileURL(file).href, built: stale };
}
