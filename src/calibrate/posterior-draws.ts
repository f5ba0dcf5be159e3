/**
 * `ipasim run --posterior N`: N points drawn (seeded, with replacement, equal weights) from a
 * calibration's posterior sample, one per replicate, so a run's bands carry the uncertainty of
 * the calibration as well as the model's own noise. Replicate r runs posterior point r with
 * seed seed + r, exactly as `--replicates` pairs replicates with seeds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import seedrandom from 'seedrandom';
import { UserError } from '../user-error.js';
import { calibratedBy } from './scenario-writer.js';

export interface PosteriorSample {
  file: string;
  paths: string[];
  rows: number[][];
}

/** Where a targets file's shipped posterior lives: beside it, `<name>.posterior.csv`. */
export const shippedPosteriorFile = (targetsFile: string) => targetsFile.replace(/\.(ya?ml|json)$/, '') + '.posterior.csv';

/**
 * The posterior of a scenario: found through the `calibrated: <targets file>` comments of the
 * scenario file and the files it extends (`files`, the loaded file last). Paths in the comment
 * are relative to the working directory, as the calibration wrote them; failing that, to the
 * scenario file's folder's parent (the repository root for scenarios/).
 */
export function findPosterior(files: readonly string[]): string {
  for (const file of [...files].reverse()) {
    for (const targets of calibratedBy(readFileSync(file, 'utf8'))) {
      for (const candidate of [resolve(shippedPosteriorFile(targets)), resolve(dirname(file), '..', shippedPosteriorFile(targets))]) if (existsSync(candidate)) return candidate;
      throw new UserError(`${file} was calibrated by ${targets}, but its posterior ${shippedPosteriorFile(targets)} is missing: run ipasim calibrate ${targets}`);
    }
  }
  throw new UserError(`--posterior: ${files[files.length - 1]} (and what it extends) has no calibrated values (no "# calibrated: <targets file>" comment); run ipasim calibrate first, or give --posterior-file`);
}

export function readPosterior(file: string): PosteriorSample {
  if (!existsSync(file)) throw new UserError(`posterior file not found: ${file}`);
  const [head, ...lines] = readFileSync(file, 'utf8').split('\n').filter((l) => l !== '');
  const header = head?.split(',') ?? [];
  const last = header.indexOf('loglik');
  if (header[0] !== 'particle' || last < 2) throw new UserError(`${file} is not a posterior sample (expected columns particle, <parameters>, loglik, ...)`);
  const paths = header.slice(1, last);
  const rows = lines.map((line, i) => {
    const values = line.split(',').slice(1, last).map(Number);
    if (values.length !== paths.length || values.some((v) => !Number.isFinite(v))) throw new UserError(`${file}:${i + 2}: a posterior row needs a number for each of ${paths.join(', ')}`);
    return values;
  });
  if (rows.length === 0) throw new UserError(`${file} holds no posterior points`);
  return { file, paths, rows };
}

/** N points of the sample, drawn with replacement from a stream named by the seed. */
export function drawPosterior(sample: PosteriorSample, n: number, seed: number): Record<string, number>[] {
  const u = seedrandom.alea(`ipasim/posterior/${seed}`);
  return Array.from({ length: n }, () => {
    const row = sample.rows[Math.floor(u() * sample.rows.length)];
    return Object.fromEntries(sample.paths.map((p, j) => [p, row[j]]));
  });
}

/**
 * The scenarios of `run --posterior n`: the loaded scenario with each drawn point set and
 * validated (a posterior from another version of the schema is refused, naming the file).
 */
export function posteriorScenarios<S>(scenario: S, files: readonly string[], n: number, seed: number, validate: (s: S) => S, set: (s: S, values: Record<string, number>) => S, posteriorFile?: string): { file: string; draws: Record<string, number>[]; scenarios: S[] } {
  const file = posteriorFile ?? findPosterior(files);
  const sample = readPosterior(file);
  const draws = drawPosterior(sample, n, seed);
  const scenarios = draws.map((values) => {
    try {
      return validate(set(scenario, values));
    } catch (err) {
      throw new UserError(`${file}: a posterior point does not fit this scenario (${(err as Error).message.split('\n')[0]}): recalibrate, or give another --posterior-file`);
    }
  });
  return { file, draws, scenarios };
}
