/** `ipasim run`: simulate a scenario (with replicates) and write its results folder. */
import { join, resolve } from 'node:path';
import { simulate } from '../engine/simulate.js';
import { panelCsv, surveyCsv, yearlyCsv, formatJson } from '../io/csv.js';
import { gitCommit, ipasimVersion, shortHash } from '../io/manifest.js';
import { checkWritable, writeResultsDir } from '../io/results-dir.js';
import { aggregateSummary, aggregateYearly, replicateSeeds } from '../run/replicates.js';
import { loadScenario } from '../scenario/load.js';
import { createProgress } from './progress.js';
import { formatSummaryTable } from './summary-table.js';

export interface RunArgs { scenario: string; seed?: number; replicates: number; out?: string; panel: boolean; quiet?: boolean }

export function runCommand(args: RunArgs): string {
  const { scenario: sc } = loadScenario(args.scenario, { searchDirs: [resolve('scenarios')] });
  const seed = args.seed ?? sc.seed;
  const out = args.out ?? join('results', sc.name, `${seed}-${shortHash(sc)}`);
  checkWritable(out); // fail before simulating, not after
  const startedAt = new Date();
  const seeds = replicateSeeds(seed, args.replicates);
  const years = sc.time.end - sc.time.start + 1;
  const progress = createProgress(years * seeds.length, sc.name);
  let done = 0;
  const runs = seeds.map((s, r) => simulate(sc, { seed: s, panel: args.panel && r === 0, onYear: () => progress.tick(++done) }));
  progress.stop();
  const many = seeds.length > 1;
  const summary = many ? aggregateSummary(runs.map((r) => r.summary)) : runs[0].summary;
  const files: Record<string, string> = {
    'yearly.csv': yearlyCsv(many ? aggregateYearly(runs.map((r) => r.yearly)) : runs[0].yearly, many),
    'summary.json': formatJson(summary),
    'survey.csv': surveyCsv(runs[0].survey),
  };
  if (runs[0].panel) files['panel.csv'] = panelCsv(runs[0].panel);
  files['manifest.json'] = formatJson({
    scenario: sc.name, scenarioFile: args.scenario, seed, seeds, replicates: seeds.length, panel: args.panel,
    ipasimVersion: ipasimVersion(), gitCommit: gitCommit(), node: process.version,
    startedAt: startedAt.toISOString(), durationMs: Date.now() - startedAt.getTime(),
    resolvedScenario: sc,
  });
  writeResultsDir(out, files);
  return `${formatSummaryTable(summary)}\n\nresults written to ${out}/`;
}
