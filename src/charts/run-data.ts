/**
 * A run's results folder as the charts and the report read it: yearly.csv, summary.json,
 * survey.csv and manifest.json (docs/results.md), parsed once. Built from the files' text so
 * `ipasim run` (files still in memory) and `ipasim report` (files on disk) share one path.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RunSummary, SurveyRow, YearlyRow } from '../engine/output.js';
import type { Manifest } from '../io/manifest.js';
import { UserError } from '../user-error.js';
import { csvNumber, parseCsvRecords } from '../io/csv-read.js';
import { assertFolderKind } from '../io/folder-kind.js';
import { IntegrityError, parseManifest, readVerified } from '../io/integrity.js';
import { parseReplicatesCsv, type ReplicateRow } from '../report/replicates-csv.js';

export interface RunData {
  yearly: YearlyRow[];
  /** With replicates, the means, and each replicate's own summary under `replicates`. */
  summary: RunSummary & { replicates?: RunSummary[] };
  survey: SurveyRow[];
  manifest: Manifest;
  /** Whether yearly.csv has p05/p95 bands (more than one replicate). */
  bands: boolean;
  /** replicates.csv when the run has one (more than one replicate): some yearly metrics of every replicate. */
  replicates?: ReplicateRow[];
  /** Lookup of a yearly value: NaN when absent or undefined. */
  value(year: number, mode: string, group: string, metric: string): number;
}

export const RUN_FILES = ['yearly.csv', 'summary.json', 'survey.csv', 'manifest.json'] as const;

/** Parses the four results files given as text (name → content). Throws on a missing file. */
export function runDataFromFiles(files: Record<string, string | Uint8Array>): RunData {
  const text = (name: string): string => {
    const f = files[name];
    if (f === undefined) throw new UserError(`results folder has no ${name}`);
    return typeof f === 'string' ? f : Buffer.from(f).toString('utf8');
  };
  const records = parseCsvRecords(text('yearly.csv'));
  const bands = records.length > 0 && 'p05' in records[0];
  const yearly: YearlyRow[] = records.map((r) => ({
    year: Number(r.year), mode: r.mode as YearlyRow['mode'], group: r.group as YearlyRow['group'], metric: r.metric, value: csvNumber(r.value),
    ...(bands ? { p05: csvNumber(r.p05), p95: csvNumber(r.p95) } : {}),
  }));
  const index = new Map<string, number>();
  for (const r of yearly) index.set(`${r.year}|${r.mode}|${r.group}|${r.metric}`, r.value);
  const survey: SurveyRow[] = parseCsvRecords(text('survey.csv')).map((r) => ({
    table: r.table, item: r.item, category: r.category, unit: r.unit as SurveyRow['unit'], model: csvNumber(r.model), target: csvNumber(r.target),
  }));
  const replicates = files['replicates.csv'] === undefined ? undefined : parseReplicatesCsv(text('replicates.csv'));
  return {
    yearly, bands, survey, ...(replicates ? { replicates } : {}),
    summary: parseSummary(text('summary.json')),
    manifest: parseJson(text('manifest.json'), 'manifest.json'),
    value: (year, mode, group, metric) => index.get(`${year}|${mode}|${group}|${metric}`) ?? NaN,
  };
}

/** What to do about a damaged run folder: its files cannot be repaired, only made again. */
export const RUN_REMEDY = 'run the scenario again into a new folder (ipasim run <scenario> --out <new folder>)';

/**
 * Reads a run's manifest.json and the files `names` from disk, each verified against the
 * integrity record of the manifest (src/io/integrity.ts), and those of `ifRecorded` the
 * manifest lists; IntegrityError or UserError if it is not a complete, undamaged run folder.
 */
export function readRunFiles(dir: string, names: readonly string[], ifRecorded: readonly string[] = []): Record<string, string> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UserError(`not a results folder (not found): ${dir}`);
  const manifestFile = join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new UserError(`not a results folder (no manifest.json): ${dir}`);
  assertFolderKind(dir, 'run', 'give the folder of an ipasim run');
  const manifestText = readFileSync(manifestFile, 'utf8');
  const { files } = parseManifest(manifestText, manifestFile, RUN_REMEDY);
  const out: Record<string, string> = { 'manifest.json': manifestText };
  for (const name of [...names, ...ifRecorded.filter((n) => files![n])]) out[name] = readVerified(dir, name, files!, RUN_REMEDY).toString('utf8');
  return out;
}

/** Reads a results folder from disk, every file verified; UserError if it is not one. */
export function readRunData(dir: string): RunData {
  return runDataFromFiles(readRunFiles(dir, RUN_FILES.filter((n) => n !== 'manifest.json'), ['replicates.csv']));
}

/** JSON text of a results file; a parse failure names the file (verified files parse, so this means a bug or hand-made input). */
function parseJson(text: string, name: string): any {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new IntegrityError(`${name} is not valid JSON (${(err as Error).message}): ${RUN_REMEDY}`);
  }
}

/** JSON writes undefined figures as null (docs/results.md); charts and readings treat them as NaN. */
/**
 * summary.json as the summary it was written from: null (how JSON writes an undefined figure)
 * back to NaN, except in `withdrawal`, where null means "no such year" (nothing withdrawn).
 */
export function parseSummary(text: string): RunSummary & { replicates?: RunSummary[] } {
  return nullsToNaN(parseJson(text, 'summary.json'));
}

function nullsToNaN<T>(x: T): T {
  if (x === null) return NaN as T;
  if (Array.isArray(x)) return x.map(nullsToNaN) as T;
  if (typeof x === 'object') return Object.fromEntries(Object.entries(x as object).map(([k, v]) => [k, k === 'withdrawal' ? v : nullsToNaN(v)])) as T;
  return x;
}

/** The poverty line of `year` (yuan per person per year): the last step of policy.povertyLine starting by then. */
export function povertyLine(data: RunData, year: number): number {
  const steps = ((data.manifest.resolvedScenario as { policy?: { povertyLine?: { from: number; value: number }[] } }).policy?.povertyLine ?? []);
  let line = NaN;
  for (const s of [...steps].sort((a, b) => a.from - b.from)) if (s.from <= year) line = s.value;
  return line;
}

/** The simulated years, ascending. */
export function runYears(data: RunData): number[] {
  const out: number[] = [];
  for (let y = data.summary.years.start; y <= data.summary.years.end; y++) out.push(y);
  return out;
}

/** The modes in summary order (the four modes, then `all`). */
export function runModes(data: RunData): string[] {
  return data.summary.modes.map((m) => m.mode);
}
