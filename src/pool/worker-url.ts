/**
 * The compiled script of a worker thread, `script` a path under src/ such as 'sweep/worker.js'.
 * From dist/ it is the script beside this module's folder; from TypeScript sources (vitest,
 * tsx) worker threads cannot load .ts, so it is the built copy in dist/ (`npm run build`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { packageRoot } from '../io/manifest.js';

export function workerUrl(script: string): URL {
  const here = new URL(`../${script}`, import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  const built = join(packageRoot(), 'dist/src', script);
  if (!existsSync(built)) throw new Error(`cannot find the worker script ${script} (${fileURLToPath(here)} or ${built}): run npm run build`);
  return pathToFileURL(built);
}
