/**
 * Gives a posterior sample written before posterior files carried their end line (ipasim
 * before issue 25) that end line, so `ipasim run --posterior` accepts it again. The sample's
 * columns are checked against the targets file's parameters and its rows against its particles
 * first; the end line then names the calibration the targets file describes today (its
 * folder id as `ipasim calibrate` would compute it here). For a sample whose calibration
 * folder still exists, prefer the folder's own posterior.csv, which already has its end line.
 *
 * Run: npx tsx scripts/seal-posterior.ts calibration/p-village.yaml
 */
import { readFileSync } from 'node:fs';
import { buildCalibrationManifest } from '../src/calibrate/calibration-folder.js';
import { loadTargets } from '../src/calibrate/load-targets.js';
import { posteriorText, shippedPosteriorFile } from '../src/calibrate/posterior-draws.js';
import { simulate } from '../src/engine/simulate.js';
import { folderId } from '../src/io/integrity.js';
import { writeFileAtomic } from '../src/io/results-dir.js';

const targets = process.argv[2];
if (!targets) throw new Error('usage: npx tsx scripts/seal-posterior.ts <targets file>');
const file = shippedPosteriorFile(targets);
const text = readFileSync(file, 'utf8');
if (/\n# end: /.test(text)) {
  console.log(`${file} already has its end line`);
  process.exit(0);
}
const plan = await loadTargets(targets, {}, simulate);
const [header, ...rows] = text.trimEnd().split('\n');
const expected = ['particle', ...plan.parameters.map((p) => p.path), 'loglik', 'generation', 'candidate'].join(',');
if (header !== expected) throw new Error(`${file}: its columns are not those of ${targets}'s parameters:\n  ${header}\n  ${expected}`);
if (rows.length !== plan.settings.particles) throw new Error(`${file} has ${rows.length} rows, ${targets} calibrates ${plan.settings.particles} particles`);
writeFileAtomic(file, posteriorText(`${header}\n${rows.map((r) => `${r}\n`).join('')}`, targets, folderId(buildCalibrationManifest(plan))));
console.log(`sealed ${file}: ${rows.length} rows`);
