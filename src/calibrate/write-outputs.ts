/**
 * The outputs of a finished calibration, in its folder:
 *
 *   posterior.csv     the posterior sample, one row per particle (equal weights)
 *   parameters.csv    each parameter's prior and posterior median and 90% interval
 *   fit.csv           each target: observed, tolerance, model median and 90% interval, within
 *   generations.csv   the method's path: temperature, ESS and acceptance per generation
 *   fit.vl.json, fit.svg   the fit chart
 *   report.md         a short page with all of it
 *
 * then, unless told not to, the posterior medians into the base scenario file (with the
 * provenance comment) and the posterior beside the targets file, where `run --posterior` finds
 * it. Every file goes through a temporary name and a rename.
 */
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { chartSvg } from '../charts/render-chart.js';
import { formatCsv } from '../io/csv.js';
import { writeFileAtomic } from '../io/results-dir.js';
import { loadScenario } from '../scenario/scenario-file.js';
import { getAt } from '../sweep/parameter-path.js';
import { UserError } from '../user-error.js';
import { calibrationId, readCommitted, type GenerationRecord } from './calibration-folder.js';
import { fitCsv, fitRows, fitText, parameterRows, posteriorCsv, type FitRow, type ParameterRow } from './fit.js';
import { fitChartSpec } from './fit-chart.js';
import type { CalibrationPlan } from './load-targets.js';
import { posteriorText, shippedPosteriorFile } from './posterior-draws.js';
import { perSeedValues } from './run-calibration.js';
import { writeCalibratedValues } from './scenario-writer.js';

export interface WrittenOutputs {
  fit: FitRow[];
  parameters: ParameterRow[];
  /** The fit table for the terminal. */
  text: string;
  /** Files written outside the results folder (the scenario, the shipped posterior). */
  shipped: string[];
}

export async function writeOutputs(dir: string, plan: CalibrationPlan, records: readonly GenerationRecord[], opts: { writeScenario: boolean }): Promise<WrittenOutputs> {
  const last = records[records.length - 1];
  const lines = new Map<number, Map<number, string[]>>();
  const linesOf = (g: number) => lines.get(g) ?? lines.set(g, readCommitted(dir, g)).get(g)!;
  // A posterior particle passed every stage of its generation (or is of generation 0): every value is there.
  const values = last.origins.map(([g, c]) => perSeedValues(linesOf(g).get(c) ?? [], plan).map((seed) => seed.map((x) => {
    if (x === undefined) throw new Error(`generation ${g}, candidate ${c}: a posterior particle has a target it did not run`);
    return x;
  })));
  const fit = fitRows(plan, values);
  const parameters = parameterRows(plan, last.state);
  // With its end line: run --posterior checks it is whole and this calibration's.
  const posterior = posteriorText(posteriorCsv(plan, last.state, last.origins), plan.file, calibrationId(dir));
  const spec = fitChartSpec(plan.name, fit);

  writeFileAtomic(join(dir, 'posterior.csv'), posterior);
  writeFileAtomic(join(dir, 'parameters.csv'), formatCsv(['parameter', 'prior_min', 'prior_max', 'median', 'p05', 'p95'], parameters.map((p) => [p.path, p.priorMin, p.priorMax, p.median, p.p05, p.p95])));
  writeFileAtomic(join(dir, 'fit.csv'), fitCsv(fit));
  writeFileAtomic(join(dir, 'generations.csv'), formatCsv(['generation', 'beta', 'ess', 'acceptance', 'best_loglik'], records.map((r) => [r.state.generation, r.state.beta, r.state.ess, r.state.acceptance, Math.max(...r.state.loglik.filter((l) => l > -Infinity))])));
  writeFileAtomic(join(dir, 'fit.vl.json'), `${JSON.stringify(spec, null, 2)}\n`);
  writeFileAtomic(join(dir, 'fit.svg'), (await chartSvg(spec, 'fit')).svg);
  writeFileAtomic(join(dir, 'report.md'), reportMarkdown(plan, records, fit, parameters));

  const shipped: string[] = [];
  if (opts.writeScenario) {
    const targetsFile = relative(process.cwd(), plan.file) || plan.file;
    await writeScenarioValues(plan, parameters, targetsFile);
    writeFileAtomic(shippedPosteriorFile(plan.file), posterior);
    shipped.push(plan.scenarioFile, shippedPosteriorFile(targetsFile));
  }
  return { fit, parameters, text: fitText(fit), shipped };
}

/**
 * The posterior medians into the base scenario file. Written beside it under a temporary name
 * and loaded back first: the rename happens only when the file reads back with exactly the
 * calibrated values (a value the file overrides through `extends` would otherwise be lost).
 */
async function writeScenarioValues(plan: CalibrationPlan, parameters: readonly ParameterRow[], targetsFile: string): Promise<void> {
  const file = plan.scenarioFile;
  const text = writeCalibratedValues(readFileSync(file, 'utf8'), parameters.map((p) => ({ path: p.path, value: p.median })), targetsFile, plan.base);
  const tmp = join(dirname(file), `.tmp-calibrated-${process.pid}-${Date.now()}.yaml`);
  writeFileAtomic(tmp, text);
  try {
    const { scenario } = await loadScenario(tmp);
    const wrong = parameters.filter((p) => getAt(scenario, p.path) !== p.median);
    if (wrong.length > 0) throw new UserError(`writing the calibrated values into ${file} did not give them back (${wrong.map((p) => p.path).join(', ')}): left unchanged`);
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}

function reportMarkdown(plan: CalibrationPlan, records: readonly GenerationRecord[], fit: readonly FitRow[], parameters: readonly ParameterRow[]): string {
  const last = records[records.length - 1].state;
  const n = (x: number) => (Number.isFinite(x) ? String(Number(x.toPrecision(4))) : '–');
  const p: string[] = [];
  p.push(`# Calibration: ${plan.name}`, '');
  if (plan.resolved.description) p.push(plan.resolved.description, '');
  p.push(`Targets file \`${plan.file}\`, base scenario \`${plan.scenarioFile}\`, ${plan.parameters.length} parameters, ${plan.targets.length} targets.`);
  p.push(`Adaptive SMC (docs/calibration.md): ${plan.settings.particles} particles, ${plan.seeds.length} common seeds per candidate (${plan.seeds.join(', ')}), ${records.length} generations (the prior sample, then one move per generation).`, '');
  if (last.beta < 1) p.push(`**The method stopped at maxGenerations with temperature ${n(last.beta)} < 1: this sample is tempered, wider than the posterior. Give it more generations.**`, '');
  p.push('## Fit', '', 'Model median and 90% interval over every posterior particle and seed. ± is twice the target\'s standard error (2 sd), or its tolerance where the targets file gives one, as each row says; within = |median − observed| ≤ ±.', '');
  p.push('| target | observed | ± (2 sd or tolerance) | median | 90% interval | within | source |', '|---|---|---|---|---|---|---|');
  for (const r of fit) p.push(`| ${r.target} | ${n(r.observed)} | ${n(r.within)} (${r.withinBasis}) | ${n(r.median)} | ${n(r.p05)} – ${n(r.p95)} | ${r.inside ? 'yes' : '**no**'} | ${r.source.replace(/\|/g, '\\|')} |`);
  p.push('', `${fit.filter((r) => r.inside).length} of ${fit.length} targets within ±.`, '', '![fit](fit.svg)', '');
  p.push('## Posterior', '', '| parameter | prior | median | 90% interval |', '|---|---|---|---|');
  for (const r of parameters) p.push(`| \`${r.path}\` | ${n(r.priorMin)} – ${n(r.priorMax)} | ${n(r.median)} | ${n(r.p05)} – ${n(r.p95)} |`);
  p.push('', '## Generations', '', '| generation | temperature | ESS | acceptance |', '|---|---|---|---|');
  for (const r of records) p.push(`| ${r.state.generation} | ${n(r.state.beta)} | ${n(r.state.ess)} | ${n(r.state.acceptance)} |`);
  p.push('', 'Files: posterior.csv (the sample), parameters.csv, fit.csv, generations.csv, fit.vl.json, fit.svg.', '');
  return p.join('\n');
}
