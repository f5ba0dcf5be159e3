/**
 * Running a scenario: its replicates, aggregated, as the text of the results files. No file
 * system and no engine import: the caller passes `runReplicates` (run-replicates.ts: in this
 * thread or on worker threads), adds manifest.json and writes the folder (io/results-dir.ts),
 * which keeps this testable with a fake engine.
 */
import { join } from 'node:path';
import type { RunResult, RunSummary } from '../engine/output.js';
import { panelCsv, surveyCsv, yearlyCsv } from '../io/csv.js';
import { shortHash } from '../io/hash.js';
import { folderName } from '../io/folder-name.js';
import { formatJson } from '../io/json.js';
import { aggregateSummary, aggregateYearly, replicateSeeds, type AggregatedSummary } from './replicates.js';

/** One replicate to simulate: its position in the run, its seed, and whether it records the household panel. */
export interface Replicate {
  replicate: number;
  seed: number;
  panel: boolean;
}

/**
 * Simulates `replicates` (in any order, on any number of threads) and resolves with their
 * results in the same order as `replicates`; `onYear(replicate)` after every simulated year.
 */
export type RunReplicates = (replicates: readonly Replicate[], onYear: (replicate: number) => void) => Promise<RunResult[]>;

export interface RunScenarioOptions {
  scenarioName: string;
  /** The master seed: replicate 0's (see replicateSeeds). */
  seed: number;
  replicates: number;
  /** Also produce panel.csv (replicate 0 only: one panel is enough to inspect households). */
  panel: boolean;
  /** Simulated years per run (time.end - time.start + 1), for progress. */
  yearsPerRun: number;
  runReplicates: RunReplicates;
  /** Called after every simulated year of every replicate; `doneYears` never goes back. */
  onProgress?: (doneYears: number, totalYears: number) => void;
}

export interface ScenarioRun {
  /** File name → text: yearly.csv, summary.json, survey.csv and, with panel, panel.csv. */
  files: Record<string, string>;
  /** The run's summary, or with replicates > 1 the aggregate (means, per-replicate summaries kept). */
  summary: RunSummary | AggregatedSummary;
  /** The seed of each replicate, for the manifest. */
  seeds: number[];
  /** Each replicate's result, in replicate order (replicates.csv reads their yearly rows). */
  results: RunResult[];
}

export async function runScenario(o: RunScenarioOptions): Promise<ScenarioRun> {
  const seeds = replicateSeeds(o.seed, o.replicates);
  const total = o.yearsPerRun * seeds.length;
  // Replicates run side by side on workers: each counts its own years, at most yearsPerRun.
  const yearsDone = seeds.map(() => 0);
  let done = 0;
  const onYear = (r: number) => {
    if (yearsDone[r] >= o.yearsPerRun) return;
    yearsDone[r]++;
    o.onProgress?.(++done, total);
  };
  const results = await o.runReplicates(seeds.map((seed, r) => ({ replicate: r, seed, panel: o.panel && r === 0 })), onYear);
  if (results.length !== seeds.length) throw new Error(`${o.scenarioName}: ${results.length} results for ${seeds.length} replicates`);
  if (done < total) o.onProgress?.(total, total);

  const first = results[0];
  const many = results.length > 1;
  const summary = many ? aggregateSummary(results.map((x) => x.summary)) : first.summary;
  const files: Record<string, string> = {
    // Bands only with replicates: p05 = p95 = value for a single run would suggest a certainty it lacks.
    'yearly.csv': yearlyCsv(many ? aggregateYearly(results.map((x) => x.yearly)) : first.yearly, many),
    'summary.json': formatJson(summary),
    // The survey compares one simulated village with the seed survey, as a field team would.
    'survey.csv': surveyCsv(first.survey),
  };
  if (o.panel) {
    if (!first.panel) throw new Error(`the engine returned no panel for ${o.scenarioName} (seed ${seeds[0]}) although one was requested`);
    files['panel.csv'] = panelCsv(first.panel);
  }
  return { files, summary, seeds, results };
}

/**
 * The default results folder, `<resultsRoot>/<scenarioName>/<seed>-r<replicates>-<hash>`:
 * the replicates tell a 10-seed run from a 20-seed one, the hash of the resolved scenario
 * runs of an edited scenario that kept its name. The name passes through folderName, so
 * nothing lands outside `resultsRoot`.
 */
export function defaultOutDir(resultsRoot: string, scenarioName: string, seed: number, replicates: number, resolvedScenario: unknown): string {
  return join(resultsRoot, folderName(scenarioName, 'scenario'), `${seed}-r${replicates}-${shortHash(resolvedScenario)}`);
}
