/**
 * `ipasim run --posterior N`: N points drawn (seeded, with replacement, equal weights) from a
 * calibration's posterior sample, one per replicate, so a run's bands carry the uncertainty of
 * the calibration as well as the model's own noise. Replicate r runs posterior point r with
 * seed seed + r, exactly as `--replicates` pairs replicates with seeds.
 *
 * A posterior sample ends with its end line (src/io/end-line.ts) naming the calibration that
 * wrote it: its targets file's name and its folder's id. A sample cut short, edited, or (as
 * `<name>.posterior.csv` beside a targets file, or posterior.csv in a calibration folder)
 * written by another calibration is refused before anything runs.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import seedrandom from 'seedrandom';
import { readEndLine, withEndLine } from '../io/end-line.js';
import { IntegrityError } from '../io/integrity.js';
import { peekFolderKind } from '../io/folder-kind.js';
import { pathProblem } from '../sweep/parameter-path.js';
import { UserError } from '../user-error.js';
import { calibrationId } from './calibration-folder.js';
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

/** The name a targets file gives its posterior: `calibration/p-village.yaml` -> `p-village`. */
const targetsStem = (targetsFile: string) => basename(targetsFile).replace(/\.(ya?ml|json)$/, '');

/** Who a posterior belongs to, as its end line names it: the targets file's name and the calibration folder's id. */
export const posteriorOwner = (targetsFile: string, calibration: string): string => `${encodeURIComponent(targetsStem(targetsFile))}@${calibration}`;

/** posterior.csv's text: the sample and its end line for the calibration of `targetsFile` whose folder id is `calibration`. */
export const posteriorText = (csv: string, targetsFile: string, calibration: string): string => withEndLine(csv, posteriorOwner(targetsFile, calibration));

const POSTERIOR_REMEDY = 'make it again with ipasim calibrate <its targets file>, or give another --posterior-file';

/**
 * Which calibration the posterior `file` must come from, where its place says: beside a
 * targets file (`<name>.posterior.csv`), that targets file's; in a calibration folder
 * (`posterior.csv` beside its manifest), that calibration's. Elsewhere (a copy the user
 * named), any, as long as it is whole.
 */
function expectedOwner(file: string): { check: (owner: string) => boolean; who: string } | undefined {
  const shipped = /^(.+)\.posterior\.csv$/.exec(basename(file));
  if (shipped) return { check: (owner) => owner.slice(0, owner.lastIndexOf('@')) === encodeURIComponent(shipped[1]), who: `the calibration of ${shipped[1]}'s targets file` };
  if (peekFolderKind(dirname(file)) !== 'calibration') return undefined;
  const manifest = JSON.parse(readFileSync(join(dirname(file), 'manifest.json'), 'utf8')) as { targetsFile: string };
  const owner = posteriorOwner(manifest.targetsFile, calibrationId(dirname(file)));
  return { check: (found) => found === owner, who: `the calibration in ${dirname(file)} (${owner})` };
}

export function readPosterior(file: string): PosteriorSample {
  if (!existsSync(file)) throw new UserError(`posterior file not found: ${file}`);
  if (!statSync(file).isFile()) throw new UserError(`${file} is not a file: give a posterior sample (posterior.csv of a calibration folder, or calibration/<name>.posterior.csv)`);
  const { body, owner } = readEndLine(readFileSync(file, 'utf8'), file, { what: 'posterior file', remedy: POSTERIOR_REMEDY });
  const expected = expectedOwner(file);
  if (expected && !expected.check(owner)) throw new IntegrityError(`posterior file ${file} was written by another calibration (${owner}), not by ${expected.who}: ${POSTERIOR_REMEDY}`);
  const [head, ...lines] = body.split('\n').filter((l) => l !== '');
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
  const unfit = (why: string) => new UserError(`${file}: a posterior point does not fit this scenario (${why}): recalibrate, or give another --posterior-file`);
  for (const path of sample.paths) {
    const problem = pathProblem(scenario, path);
    if (problem) throw unfit(problem);
  }
  const draws = drawPosterior(sample, n, seed);
  const scenarios = draws.map((values) => {
    try {
      return validate(set(scenario, values));
    } catch (err) {
      throw unfit(firstIssue(err));
    }
  });
  return { file, draws, scenarios };
}

/** The first problem a validation error names, in words: "policy.laborPoor: too big: expected at most 1" (zod), else its first line. */
function firstIssue(err: unknown): string {
  const issue = (err as { issues?: { path: PropertyKey[]; message: string }[] }).issues?.[0];
  if (issue) return `${issue.path.map(String).join('.')}: ${issue.message}`;
  return (err as Error).message.split('\n')[0];
}
