/**
 * The compiled calibration worker script: next to this module when running from dist/; from
 * TypeScript sources (vitest, tsx) worker threads cannot load .ts, so the built copy.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { packageRoot } from '../io/manifest.js';

export function calibrateWorkerUrl(): URL {
  const here = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  const built = join(packageRoot(), 'dist/src/calibrate/worker.js');
  if (!existsSync(built)) throw new Error(`cannot find the calibration worker (${fileURLToPath(here)} or ${built}): run npm run build`);
  return pathToFileURL(built);
}
