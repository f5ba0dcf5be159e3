/**
 * `ipasim run`: simulate a scenario (10 replicates by default) and write its results folder.
 *
 * 1. Resolve the scenario, the seeds and the folder (results/<scenario>/<seed>-r<n>-<hash>/).
 * 2. If the folder already holds these inputs' results (run/existing-results.ts), say so and
 *    only add the report in the asked language if it is missing; --force redoes the run.
 * 3. Otherwise simulate the replicates (on --workers threads: run/run-replicates.ts), add
 *    manifest, summary.csv, replicates.csv, charts and the report, and write the folder
 *    atomically.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { parseSummary, readRunData, runDataFromFiles } from '../charts/run-data.js';
import { CHARTS_DIR } from '../charts/render-figures.js';
import { formatJson } from '../io/json.js';
import { recordsOf, sealManifest } from '../io/integrity.js';
import { buildManifest, manifestJson, RECORDED_RUN_FILES } from '../io/manifest.js';
import { assertCanWriteBeside, assertResultsDirAvailable, ResultsDirError, writeFileAtomic, writeResultsDir } from '../io/results-dir.js';
import { existingResults } from '../run/existing-results.js';
import { recoverReplace, replaceResultsDir } from '../run/replace-results-dir.js';
import { replicateSeeds } from '../run/replicates.js';
import { runReplicates } from '../run/run-replicates.js';
import { defaultOutDir, runScenario } from '../run/run-scenario.js';
import type { Lang } from '../report/messages.js';
import { reportFileName } from '../report/report-file.js';
import { replicatesCsv } from '../report/replicates-csv.js';
import { runReportFiles } from '../report/run-report.js';
import { summaryCsv } from '../report/summary-csv.js';
import { summaryMessages } from '../report/summary-messages.js';
import { loadScenario } from '../scenario/scenario-file.js';
import { Scenario } from '../scenario/schema.js';
import { setAt } from '../sweep/parameter-path.js';
import { posteriorScenarios } from '../calibrate/posterior-draws.js';
import { checkBudget, defaultRunWorkers, describeEstimate, householdsOf, runEstimate } from '../run/budget.js';
import { createProgress } from './progress.js';
import { formatSummaryTable, type TableSummary } from './summary-table.js';

/** Replicates of a run unless --replicates says otherwise: enough for the 95% intervals to tell modes apart where they differ, about 3 s for P village. */
export const DEFAULT_REPLICATES = 10;

export interface RunArgs {
  scenario: string;
  seed?: number;
  replicates: number;
  out?: string;
  panel: boolean;
  /** Also write charts/ and report.html (docs/charts.md). */
  charts: boolean;
  /** Language of the charts, the report and the terminal table. */
  lang: Lang;
  /** Run this many points drawn from the scenario's calibration posterior, one per replicate (docs/calibration.md). */
  posterior?: number;
  /** The posterior sample to draw from (default: the one the scenario's `calibrated:` comments name). */
  posteriorFile?: string;
  /** Redo the run even if the folder holds its results (replacing them), and start even when the budget says the work is beyond this machine. */
  force?: boolean;
  /** Worker threads for the replicates (default: every core when the work pays for them, run/budget.ts defaultRunWorkers); the results are the same for any number. */
  workers?: number;
}

const PNG_NOTE = 'note: PNG charts skipped: the chart font (assets/fonts/NotoSansSC-charts-*.ttf) is missing; SVG charts and the report were written';

/**
 * Runs the command; returns the text to print. User errors (a bad scenario, an unusable or
 * damaged folder, work beyond the machine) throw before anything is simulated.
 *
 * `signal` (Ctrl-C, SIGTERM: src/interrupt.ts): while simulating, nothing is on disk yet; the
 * worker threads are stopped at once (in one thread, after the replicate being simulated) and
 * the command throws Interrupted. While writing, the temporary folder is removed first; while
 * --force swaps the new folder in, the swap completes first (run/replace-results-dir.ts).
 */
export async function runCommand(args: RunArgs, signal?: AbortSignal): Promise<string> {
  const { scenario: sc, files: scenarioFiles } = await loadScenario(args.scenario);
  const seed = args.seed ?? sc.seed;
  // With --posterior, replicate r runs posterior draw r with seed seed + r: bands carry the calibration's uncertainty too.
  const posterior = args.posterior ? posteriorScenarios(sc, scenarioFiles, args.posterior, seed, (s) => Scenario.parse(s), setAt, args.posteriorFile) : undefined;
  if (posterior) args = { ...args, replicates: args.posterior! };
  // What the results are of: the scenario, and with --posterior the drawn points too.
  const identity = posterior ? { scenario: sc, posterior: posterior.draws } : sc;
  const seeds = replicateSeeds(seed, args.replicates);
  const out = args.out ?? defaultOutDir('results', sc.name, seed, args.replicates, identity);
  const t = summaryMessages(args.lang);
  const reportFile = join(out, reportFileName(args.lang));
  // What a killed run left beside the folder goes first: a folder an interrupted --force moved aside is put back.
  const recovered = await recoverReplace(out);
  if (recovered) process.stderr.write(`${recovered}\n`);
  const there = existingResults(out, { resolvedScenario: sc, seeds, panel: args.panel });
  if (there.kind === 'other' && !args.force) throw new ResultsDirError(`results folder already exists and is not empty: ${out} holds ${there.what} (choose another --out, or --force to replace it)`);
  // A damaged folder is never taken for the results, nor silently replaced: say which file, and that --force remakes it.
  if (there.kind === 'damaged' && !args.force) throw there.error;

  if (there.kind === 'same' && !args.force) {
    const notes: string[] = [];
    // The results are there; a report in another language is only a drawing away.
    if (args.charts && !existsSync(reportFile)) {
      const report = await runReportFiles(readRunData(out), args.lang);
      for (const [name, content] of Object.entries(report.files)) writeFileAtomic(join(out, name), content);
      if (!report.png) notes.push(PNG_NOTE);
    }
    const summary = parseSummary(there.summary) as TableSummary;
    const table = formatSummaryTable(summary, { color: process.stdout.isTTY, lang: args.lang });
    return [table, '', ...notes, t.table.already(out), ...(existsSync(reportFile) ? [t.table.report(reportFile)] : [])].join('\n');
  }

  // Where the results will go must be writable before anything is simulated, not after.
  if (there.kind === 'none') assertResultsDirAvailable(out);
  else assertCanWriteBeside(out);

  const yearsPerRun = sc.time.end - sc.time.start + 1;
  // Every replicate also runs each mode's counterfactual (engine/modeEffects.ts).
  const work = { households: householdsOf(sc), years: yearsPerRun, replicates: args.replicates, modeEffects: true };
  const cores = availableParallelism();
  const workers = Math.max(1, Math.min(args.workers ?? defaultRunWorkers(work, cores), args.replicates));
  const estimate = runEstimate({ ...work, workers, cores, panel: args.panel, charts: args.charts });
  if (!args.force) checkBudget(estimate, 'Lower --replicates (ipasim sweep keeps only summary rows of many replicates), or simulate fewer households or years');
  // Long or large work is announced, never silent.
  if (estimate.seconds > 60 || estimate.bytes > 2 ** 30) process.stderr.write(`${sc.name}: ${args.replicates} replicates${workers > 1 ? ` on ${workers} workers` : ''}, ${describeEstimate(estimate)} (Ctrl-C stops it; nothing is written until the end)\n`);
  const startedAt = new Date();
  const progress = createProgress({ total: yearsPerRun * args.replicates, label: sc.name });
  let run;
  try {
    run = await runScenario({
      scenarioName: sc.name, seed, replicates: args.replicates, panel: args.panel, yearsPerRun, onProgress: (done) => progress.tick(done),
      // With --posterior, replicate r runs posterior draw r.
      runReplicates: (replicates, onYear) => runReplicates(replicates, { scenario: sc, scenarios: posterior?.scenarios, workers, onYear, signal }),
    });
  } finally {
    progress.stop();
  }
  // A posterior run says so in summary.json, so the table and report label the predictive spread apart from the interval of the mean.
  // (The file's name only: the results stay byte-identical wherever the checkout lives.)
  const summary: TableSummary = posterior ? { ...run.summary, posterior: { file: basename(posterior.file), draws: args.replicates } } : run.summary;
  const files: Record<string, string | Uint8Array> = { ...run.files, ...(posterior ? { 'summary.json': formatJson(summary) } : {}), 'summary.csv': summaryCsv(run.summary) };
  if (args.replicates > 1) files['replicates.csv'] = replicatesCsv(run.results.map((r, i) => ({ seed: run.seeds[i], yearly: r.yearly })));
  // Sealed last, over every table: readers (report, compare) verify each file against it.
  files['manifest.json'] = manifestJson(sealManifest(buildManifest({
    scenarioName: sc.name, scenarioFile: args.scenario, resolvedScenario: sc, seeds: run.seeds, replicates: args.replicates,
    startedAt, durationMs: Date.now() - startedAt.getTime(), panel: args.panel,
  }), recordsOf(files, RECORDED_RUN_FILES)));
  const notes: string[] = posterior ? [`${args.replicates} runs of points drawn from the posterior ${posterior.file} (yearly.csv p05/p95 and the predictive spread: calibration and model uncertainty together)`] : [];
  if (args.charts) {
    // Charts are drawn from the files' text, exactly as `ipasim report` reads them back.
    const report = await runReportFiles(runDataFromFiles(files), args.lang);
    Object.assign(files, report.files);
    if (!report.png) notes.push(PNG_NOTE);
  }
  if (there.kind === 'none') await writeResultsDir(out, files, { subfolders: [CHARTS_DIR], signal });
  else await replaceResultsDir(out, files, { subfolders: [CHARTS_DIR], signal });
  const table = formatSummaryTable(summary, { color: process.stdout.isTTY, lang: args.lang });
  return [table, '', ...notes, t.table.written(out), ...(args.charts ? [t.table.report(reportFile)] : [])].join('\n');
}
