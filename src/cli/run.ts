/** `ipasim run`: simulate a scenario (with replicates) and write its results folder. */
import { runDataFromFiles } from '../charts/run-data.js';
import { CHARTS_DIR } from '../charts/render-figures.js';
import { simulate } from '../engine/simulate.js';
import { buildManifest, manifestJson } from '../io/manifest.js';
import { assertResultsDirAvailable, writeResultsDir } from '../io/results-dir.js';
import type { RunResult } from '../engine/output.js';
import { defaultOutDir, runScenario, type Simulate } from '../run/run-scenario.js';
import type { Lang } from '../report/messages.js';
import { replicatesCsv } from '../report/replicates-csv.js';
import { runReportFiles } from '../report/run-report.js';
import { loadScenario } from '../scenario/scenario-file.js';
import { Scenario } from '../scenario/schema.js';
import { setAt } from '../sweep/parameter-path.js';
import { posteriorScenarios } from '../calibrate/posterior-draws.js';
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
  /** Run this many points drawn from the scenario's calibration posterior, one per replicate (docs/calibration.md). */
  posterior?: number;
  /** The posterior sample to draw from (default: the one the scenario's `calibrated:` comments name). */
  posteriorFile?: string;
}

/** Runs the command; returns the text to print. User errors throw ScenarioError or ResultsDirError. */
export async function runCommand(args: RunArgs): Promise<string> {
  const { scenario: sc, files: scenarioFiles } = await loadScenario(args.scenario);
  const seed = args.seed ?? sc.seed;
  // With --posterior, replicate r runs posterior draw r with seed seed + r: bands carry the calibration's uncertainty too.
  const posterior = args.posterior ? posteriorScenarios(sc, scenarioFiles, args.posterior, seed, (s) => Scenario.parse(s), setAt, args.posteriorFile) : undefined;
  if (posterior) args = { ...args, replicates: args.posterior! };
  const out = args.out ?? defaultOutDir('results', sc.name, seed, posterior ? { scenario: sc, posterior: posterior.draws } : sc);
  assertResultsDirAvailable(out); // fail before simulating, not after
  const startedAt = new Date();
  const yearsPerRun = sc.time.end - sc.time.start + 1;
  const progress = createProgress({ total: yearsPerRun * args.replicates, label: sc.name });
  // Keep each replicate's yearly rows for replicates.csv (runScenario returns only the aggregate).
  const perReplicate: { seed: number; yearly: RunResult['yearly'] }[] = [];
  const simulateKeeping: Simulate<typeof sc> = async (s, o) => {
    // Each mode's effect needs its counterfactual runs (engine/modeEffects.ts): part of every run.
    const r = await simulate(posterior ? posterior.scenarios[o.seed - seed] : s, { ...o, modeEffects: true });
    perReplicate.push({ seed: o.seed, yearly: r.yearly });
    return r;
  };
  let run;
  try {
    run = await runScenario({ scenario: sc, scenarioName: sc.name, seed, replicates: args.replicates, panel: args.panel, yearsPerRun, simulate: simulateKeeping, onProgress: (done) => progress.tick(done) });
  } finally {
    progress.stop();
  }
  run.files['manifest.json'] = manifestJson(buildManifest({
    scenarioName: sc.name, scenarioFile: args.scenario, resolvedScenario: sc, seeds: run.seeds, replicates: args.replicates,
    startedAt, durationMs: Date.now() - startedAt.getTime(), panel: args.panel,
  }));
  const files: Record<string, string | Uint8Array> = { ...run.files };
  if (args.replicates > 1) files['replicates.csv'] = replicatesCsv(perReplicate);
  const notes: string[] = posterior ? [`${args.replicates} runs of points drawn from the posterior ${posterior.file} (p05/p95: calibration and model uncertainty together)`] : [];
  if (args.charts) {
    // Charts are drawn from the files' text, exactly as `ipasim report` reads them back.
    const report = await runReportFiles(runDataFromFiles(files), args.lang);
    Object.assign(files, report.files);
    if (!report.png) notes.push('note: PNG charts skipped: the chart font (assets/fonts/NotoSansSC-charts-*.ttf) is missing; SVG charts and report.html were written');
  }
  await writeResultsDir(out, files, { subfolders: [CHARTS_DIR] });
  const table = formatSummaryTable(run.summary, { color: process.stdout.isTTY });
  return [table, '', ...notes, `results written to ${out}/${args.charts ? ` (report: ${out}/report.html)` : ''}`].join('\n');
}
