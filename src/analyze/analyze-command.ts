/**
 * `ipasim analyze <sweep folder>`: read the sweep, compute the indices and boxes, write
 * sensitivity.csv, sensitivity.json and (with --where) discovery.json into the folder, each
 * atomically, and return a short text for the terminal.
 */
import { join } from 'node:path';
import { checkpoint } from '../interrupt.js';
import { recordInManifest } from '../io/integrity.js';
import { writeFileAtomic } from '../io/results-dir.js';
import { UserError } from '../user-error.js';
import { clearMorrisLeader, factorsAboveNoise, mostlyNoise } from '../sensitivity/claims.js';
import { analyzeSweep, describeOutput, type Analysis } from './analyze-sweep.js';
import { discoveryJson, sensitivityCsv, sensitivityJson } from './sensitivity-files.js';
import { readSweepData } from '../sweep/read-sweep-folder.js';
import { parseWhere } from './where-condition.js';

export interface AnalyzeArgs {
  folder: string;
  where?: string;
  modes?: string[];
  bootstrap: number;
  confidence: number;
  alpha?: number;
}

/** Skipped outputs named in the terminal; sensitivity.json lists them all. */
const SKIPPED_SHOWN = 5;

const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');

/**
 * Each summary output of mode `all` (or the first mode): the share of replicate noise first,
 * then the factors whose index is clearly above both 0 and that share (src/sensitivity/claims.ts),
 * or a plain statement that none is.
 */
function headline(a: Analysis): string[] {
  const lines: string[] = [];
  const summary = a.outputs.filter((o) => o.year === null);
  const mode = summary.some((o) => o.mode === 'all') ? 'all' : summary[0]?.mode;
  for (const o of summary.filter((s) => s.mode === mode)) {
    const noise = Number.isFinite(o.noiseShare) ? `replicate noise ${Math.round(o.noiseShare * 100)}% of the variance` : 'replicate noise unknown (one replicate per point)';
    if (mostlyNoise(o.noiseShare)) lines.push(`  ${describeOutput(o)}: ${noise}, most of it: the indices measure mostly noise and single out no factor`);
    else if (o.sobol) {
      const above = factorsAboveNoise(o.noiseShare, o.sobol).slice(0, 3).map((s) => `${s.factor} ST ${f3(s.ST)} [${f3(s.STLow)}, ${f3(s.STHigh)}]`);
      lines.push(`  ${describeOutput(o)}: ${noise}; ${above.length ? `clearly above it: ${above.join('; ')}` : 'no factor\'s total-order index is clearly above it'}`);
    } else {
      const leader = clearMorrisLeader(o.morris ?? [], o.noiseShare);
      lines.push(`  ${describeOutput(o)}: ${noise}; ${leader ? `largest mean absolute effect, clearly above the others: ${leader.factor} mu* ${f3(leader.muStar)} [${f3(leader.muStarLow)}, ${f3(leader.muStarHigh)}]` : 'no factor\'s mu* is clearly above every other'}`);
    }
  }
  return lines;
}

/** `signal` (Ctrl-C, SIGTERM) is looked at once the indices are computed, before anything is written. */
export async function analyzeCommand(args: AnalyzeArgs, signal?: AbortSignal): Promise<string> {
  if (!Number.isInteger(args.bootstrap) || args.bootstrap < 0) throw new UserError(`--bootstrap must be a whole number of at least 0, got ${args.bootstrap}`);
  if (!(args.confidence > 0 && args.confidence < 1)) throw new UserError(`--confidence must lie strictly between 0 and 1, got ${args.confidence}`);
  if (args.alpha !== undefined && !(args.alpha > 0 && args.alpha < 0.5)) throw new UserError(`--alpha must lie strictly between 0 and 0.5, got ${args.alpha}`);
  const where = args.where === undefined ? undefined : parseWhere(args.where);
  const data = readSweepData(args.folder);
  const a = analyzeSweep(data, { modes: args.modes, where, bootstrap: args.bootstrap, confidence: args.confidence, alpha: args.alpha });
  const out: string[] = [];
  const files: Record<string, string> = {};
  if (a.method) {
    files['sensitivity.csv'] = sensitivityCsv(a);
    files['sensitivity.json'] = sensitivityJson(a);
    out.push(`${a.method === 'sobol' ? 'Sobol indices' : 'Morris measures'} of ${a.outputs.length} outputs over ${a.factors.length} factors (${data.points} points x ${data.replicates} replicates)`);
    out.push(...headline(a));
    // Yearly metrics can add dozens of constant early years: name a few, count the rest.
    for (const s of a.skipped.slice(0, SKIPPED_SHOWN)) out.push(`  skipped ${describeOutput(s)}: ${s.reason}`);
    if (a.skipped.length > SKIPPED_SHOWN) out.push(`  ... and ${a.skipped.length - SKIPPED_SHOWN} more outputs skipped (listed in sensitivity.json)`);
  } else {
    out.push(`no indices: a ${a.design} design supports scenario discovery only`);
  }
  if (a.discovery) {
    files['discovery.json'] = discoveryJson(a.sweep, a.discovery);
    out.push(`scenario discovery (PRIM, ${a.discovery.where.text}):`);
    for (const m of a.discovery.modes) out.push(`  ${m.mode}: ${m.sentence}`);
  }
  await checkpoint(signal, 'interrupted: the indices were computed, nothing was written');
  // Each file atomically, then their records in the sweep's manifest: report verifies sensitivity.json against it.
  for (const [name, text] of Object.entries(files)) writeFileAtomic(join(args.folder, name), text);
  recordInManifest(args.folder, files, `run ipasim analyze ${args.folder} again`);
  const written = Object.keys(files);
  out.push(`written to ${args.folder}/: ${written.join(', ')}`);
  return out.join('\n');
}
