/** `ipasim run`: simulate a scenario (with replicates) and write its results folder. */
import { runDataFromFiles } from '../charts/run-data.js';
import { CHARTS_DIR } from '../charts/render-figures.js';
import { simulate } from '../engine/simulate.js';
import { recordsOf, sealManifest } from '../io/integrity.js';
import { buildManifest, manifestJson, RECORDED_RUN_FILES } from '../io/manifest.js';
import { assertResultsDirAvailable, writeResultsDir } from '../io/results-dir.js';
import type { RunResult } from '../engine/output.js';
import { defaultOutDir, runScenario, type Simulate } from '../run/run-scenario.js';
import type { Lang } from '../report/messages.js';
import { replicatesCsv } from '../report/replicates-csv.js';
import { runReportFiles } from '../report/run-report.js';
import { loadScenario } from '../scenario/scenario-file.js';
import { withInterrupts } from '../interrupt.js';
import { checkBudget, describeEstimate, householdsOf, runEstimate } from '../run/budget.js';
import { createProgress } from './progress.js';
import { formatSummaryTable } from './summary-table.js';

export interface RunArgs {
  scenario: string;
  seed?: number;
  replicates: number;
  out?: string;
  panel: boolean;
  /** Also write charts/ and report.html (docs/charts.md). */
  charts: boolean;
  /** Language of the charts and the report. */
  lang: Lang;
  /** Start even when the budget says the work is beyond this machine. */
  force?: boolean;
}

/**
 * Runs the command; returns the text to print. User errors (a bad scenario, an unusable
 * folder, work beyond the machine) throw before anything is simulated.
 *
 * Ctrl-C and SIGTERM: while simulating, nothing is on disk yet and the synchronous engine
 * could not look at a flag before its replicate ends (minutes, for a county), so no handler is
 * installed and the signal ends the process at once. While writing, handlers are installed, and
 * the temporary folder is removed before exiting with 130.
 */
export async function runCommand(args: RunArgs): Promise<string> {
  const { scenario: sc } = await loadScenario(args.scenario);
  const seed = args.seed ?? sc.seed;
  const out = args.out ?? defaultOutDir('results', sc.name, seed, sc);
  assertResultsDirAvailable(out); // fail before simulating, not after
  const yearsPerRun = sc.time.end - sc.time.start + 1;
  const estimate = runEstimate({ households: householdsOf(sc), years: yearsPerRun, replicates: args.replicates, panel: args.panel });
  if (!args.force) checkBudget(estimate, 'Lower --replicates (ipasim sweep keeps only summary rows of many replicates), or simulate fewer households or years');
  // Long or large work is announced, never silent.
  if (estimate.seconds > 60 || estimate.bytes > 2 ** 30) process.stderr.write(`${sc.name}: ${describeEstimate(estimate)} (Ctrl-C stops it; nothing is written until the end)\n`);
  const startedAt = new Date();
  const progress = createProgress({ total: yearsPerRun * args.replicates, label: sc.name });
  // Keep each replicate's yearly rows for replicates.csv (runScenario returns only the aggregate).
  const perReplicate: { seed: number; yearly: RunResult['yearly'] }[] = [];
  const simulateKeeping: Simulate<typeof sc> = async (s, o) => {
    const r = await simulate(s, o);
    perReplicate.push({ seed: o.seed, yearly: r.yearly });
    return r;
  };
  let run;
  try {
    run = await runScenario({ scenario: sc, scenarioName: sc.name, seed, replicates: args.replicates, panel: args.panel, yearsPerRun, simulate: simulateKeeping, onProgress: (done) => progress.tick(done) });
  } finally {
    progress.stop();
  }
  const files: Record<string, string | Uint8Array> = { ...run.files };
  if (args.replicates > 1) files['replicates.csv'] = replicatesCsv(perReplicate);
  // Sealed last, over every table: readers (report, compare) verify each file against it.
  files['manifest.json'] = manifestJson(sealManifest(buildManifest({
    scenarioName: sc.name, scenarioFile: args.scenario, resolvedScenario: sc, seeds: run.seeds, replicates: args.replicates,
    startedAt, durationMs: Date.now() - startedAt.getTime(), panel: args.panel,
  }), recordsOf(files, RECORDED_RUN_FILES)));
  const notes: string[] = [];
  if (args.charts) {
    // Charts are drawn from the files' text, exactly as `ipasim report` reads them back.
    const report = await runReportFiles(runDataFromFiles(files), args.lang);
    Object.assign(files, report.files);
    if (!report.png) notes.push('note: PNG charts skipped: the chart font (assets/fonts/NotoSansSC-charts-*.ttf) is missing; SVG charts and report.html were written');
  }
  await withInterrupts((signal) => writeResultsDir(out, files, { subfolders: [CHARTS_DIR], signal }));
  const table = formatSummaryTable(run.summary, { color: process.stdout.isTTY });
  return [table, '', ...notes, `results written to ${out}/${args.charts ? ` (report: ${out}/report.html)` : ''}`].join('\n');
}
