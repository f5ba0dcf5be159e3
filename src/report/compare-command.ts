/**
 * `ipasim compare A B`: the paired difference B − A of two results folders, replicate by
 * replicate (paired-differences.ts), as a terminal table and, with --out, a folder holding
 * compare.csv, charts/difference.* and report.html. Refuses runs that are not paired (other
 * villages, horizon or seeds: pairing.ts) unless --unpaired asks for differences of means.
 */
import { differenceFigure, type CompareData } from '../charts/compare/difference-figure.js';
import { yearlyDifferenceFigure } from '../charts/compare/yearly-difference-figure.js';
import { CHARTS_DIR, figureFiles, renderFigures } from '../charts/render-figures.js';
import { readRunFiles, RUN_FILES, runDataFromFiles, type RunData } from '../charts/run-data.js';
import { UserError } from '../user-error.js';
import { pairingProblems, windowMismatch } from './pairing.js';
import { formatCsv } from '../io/csv.js';
import { assertResultsDirAvailable, writeResultsDir } from '../io/results-dir.js';
import { fmtSig } from './format.js';
import { escapeHtml } from './html.js';
import { messages, type Lang, type Messages } from './messages.js';
import { pairedDifferences, replicateSummaries, unpairedDifferences, yearlyPairedDifferences, type PairedDifference, type YearlyDifference } from './paired-differences.js';
import { parseReplicatesCsv } from './replicates-csv.js';
import { embeddedFontCss } from './embedded-font.js';
import { reportPage } from './report-page.js';
import { chartSuffix, reportFileName } from './report-file.js';
import { stableManifest } from './run-report.js';
import { windowsLines } from './windows-text.js';

export interface CompareArgs {
  a: string;
  b: string;
  lang: Lang;
  out?: string;
  /** Compare runs that are not paired (differences of means, Welch intervals). */
  unpaired?: boolean;
}

/**
 * The line saying the pairing is one of common random numbers, or (with `unpaired`) why it is
 * not; refuses unpaired runs unless asked, since a "paired" interval would then be wrong.
 */
export function pairingCheck(a: RunData, b: RunData, m: Messages, unpaired: boolean): { lines: string[]; pairs: number; paired: boolean } {
  const problems = pairingProblems(a, b);
  if (problems.length === 0) {
    const pairs = replicateSummaries(a.summary).length;
    return { lines: [m.compare.seedsMatch(pairs)], pairs, paired: true };
  }
  if (!unpaired) throw new UserError(`the runs are not paired: ${problems.join('; ')}.\nCompare runs of the same villages, horizon and seeds (--seed, --replicates), or add --unpaired for differences of means without pairing.`);
  const pairs = Math.min(replicateSummaries(a.summary).length, replicateSummaries(b.summary).length);
  return { lines: [m.compare.unpaired(problems.join('; '))], pairs, paired: false };
}

export function compareTable(diffs: readonly PairedDifference[], m: Messages, mismatched: ReadonlySet<string> = new Set()): string {
  const rows = diffs.map((d) => [`${m.metrics[d.metric] ?? d.metric}${mismatched.has(d.metric) ? ' *' : ''}`, m.modes[d.mode] ?? d.mode, fmtSig(d.a), fmtSig(d.b), `${d.diff > 0 ? '+' : ''}${fmtSig(d.diff)}`, Number.isFinite(d.low) ? `${fmtSig(d.low)} … ${fmtSig(d.high)}` : '–']);
  const all = [m.compare.columns, ...rows];
  const width = m.compare.columns.map((_, i) => Math.max(...all.map((r) => [...r[i]].length)));
  return all.map((r) => r.map((c, i) => (i < 2 ? c.padEnd(width[i]) : c.padStart(width[i]))).join('  ').trimEnd()).join('\n');
}

/** Year-by-year income differences when both folders have replicates.csv (runs with --replicates > 1). */
function yearlyDifferences(a: Record<string, string>, b: Record<string, string>): YearlyDifference[] | null {
  const fa = a['replicates.csv'], fb = b['replicates.csv'];
  if (fa === undefined || fb === undefined) return null;
  return yearlyPairedDifferences(parseReplicatesCsv(fa), parseReplicatesCsv(fb));
}

/** A run folder's files, each verified against its manifest (replicates.csv when it has one). */
function readCompared(dir: string): { data: RunData; files: Record<string, string> } {
  const files = readRunFiles(dir, RUN_FILES.filter((n) => n !== 'manifest.json'), ['replicates.csv']);
  return { data: runDataFromFiles(files), files };
}

export async function compareCommand(args: CompareArgs, signal?: AbortSignal): Promise<string> {
  const m = messages(args.lang);
  if (args.out) assertResultsDirAvailable(args.out);
  const ra = readCompared(args.a), rb = readCompared(args.b);
  const a = ra.data, b = rb.data;
  const { lines, pairs, paired } = pairingCheck(a, b, m, args.unpaired ?? false);
  const diffs = (paired ? pairedDifferences : unpairedDifferences)(replicateSummaries(a.summary), replicateSummaries(b.summary));
  // Runs whose windows differ compare the window figures over different years: say so, and mark them.
  const mismatched = new Set(windowMismatch(a, b, [...new Set(diffs.map((d) => d.metric))]));
  const windows = mismatched.size === 0 ? [] : [
    m.compare.windowsDiffer([...mismatched].map((k) => m.metrics[k] ?? k).join(m.listJoin)),
    ...windowsLines(a.summary, args.lang).slice(0, 2).map((l) => `  A: ${l}`),
    ...windowsLines(b.summary, args.lang).slice(0, 2).map((l) => `  B: ${l}`),
  ];
  const out = [m.compare.heading(args.a, args.b), ...lines, ...windows, '', compareTable(diffs, m, mismatched)];
  if (args.out) {
    const yearly = paired ? yearlyDifferences(ra.files, rb.files) : null;
    const data: CompareData = { a: a.summary.scenario, b: b.summary.scenario, diffs, pairs, paired, ...(yearly ? { yearly } : {}) };
    const figures = await renderFigures(yearly ? [differenceFigure, yearlyDifferenceFigure] : [differenceFigure], data, m);
    const csv = formatCsv(['metric', 'mode', 'a', 'b', 'diff', 'low', 'high', 'pairs'], diffs.map((d) => [d.metric, d.mode, d.a, d.b, d.diff, d.low, d.high, d.n]), { missing: 'empty' });
    const html = reportPage({
      title: m.title.difference, intro: [m.compare.heading(a.summary.scenario, b.summary.scenario), ...lines, ...windows], figures,
      headline: `<pre>${escapeHtml(compareTable(diffs, m, mismatched))}</pre>`,
      details: { a: { folder: args.a, ...stableManifest(a.manifest) }, b: { folder: args.b, ...stableManifest(b.manifest) } },
      version: a.manifest.ipasimVersion ?? '',
      fontCss: args.lang === 'zh' ? embeddedFontCss() : '',
    }, m);
    await writeResultsDir(args.out, { 'compare.csv': csv, ...figureFiles(figures, chartSuffix(args.lang)), [reportFileName(args.lang)]: html }, { subfolders: [CHARTS_DIR], signal });
    out.push('', `written to ${args.out}/ (compare.csv, charts/difference.*${yearly ? ', charts/difference-yearly.*' : ''}, ${reportFileName(args.lang)})`);
  }
  return out.join('\n');
}
