/**
 * `ipasim compare A B`: the paired difference B − A of two results folders, replicate by
 * replicate (paired-differences.ts), as a terminal table and, with --out, a folder holding
 * compare.csv, charts/difference.* and report.html. Says plainly when the seeds differ, since
 * then the pairs share no random numbers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { differenceFigure, type CompareData } from '../charts/compare/difference-figure.js';
import { yearlyDifferenceFigure } from '../charts/compare/yearly-difference-figure.js';
import { CHARTS_DIR, figureFiles, renderFigures } from '../charts/render-figures.js';
import { readRunData, type RunData } from '../charts/run-data.js';
import { formatCsv } from '../io/csv.js';
import { assertResultsDirAvailable, writeResultsDir } from '../io/results-dir.js';
import { fmtSig } from './format.js';
import { escapeHtml } from './html.js';
import { messages, type Lang, type Messages } from './messages.js';
import { pairedDifferences, replicateSummaries, yearlyPairedDifferences, type PairedDifference, type YearlyDifference } from './paired-differences.js';
import { parseReplicatesCsv } from './replicates-csv.js';
import { embeddedFontCss } from './embedded-font.js';
import { reportPage } from './report-page.js';
import { chartSuffix, reportFileName } from './report-file.js';
import { stableManifest } from './run-report.js';

export interface CompareArgs {
  a: string;
  b: string;
  lang: Lang;
  out?: string;
}

const seedText = (s: readonly number[]) => (s.length > 1 ? `${s[0]}–${s[s.length - 1]} (${s.length})` : String(s[0]));

/** The lines saying whether the pairing is one of common random numbers. */
export function seedCheck(a: RunData, b: RunData, m: Messages): { lines: string[]; pairs: number } {
  const sa = a.manifest.seeds ?? [a.manifest.seed], sb = b.manifest.seeds ?? [b.manifest.seed];
  const pairs = Math.min(replicateSummaries(a.summary).length, replicateSummaries(b.summary).length);
  const lines: string[] = [];
  if (sa.length !== sb.length) lines.push(m.compare.countsDiffer(sa.length, sb.length, pairs));
  const same = sa.slice(0, pairs).every((s, i) => s === sb[i]);
  lines.push(same ? m.compare.seedsMatch(pairs) : m.compare.seedsDiffer(seedText(sa), seedText(sb)));
  return { lines, pairs };
}

export function compareTable(diffs: readonly PairedDifference[], m: Messages): string {
  const rows = diffs.map((d) => [m.metrics[d.metric] ?? d.metric, m.modes[d.mode] ?? d.mode, fmtSig(d.a), fmtSig(d.b), `${d.diff > 0 ? '+' : ''}${fmtSig(d.diff)}`, Number.isFinite(d.low) ? `${fmtSig(d.low)} … ${fmtSig(d.high)}` : '–']);
  const all = [m.compare.columns, ...rows];
  const width = m.compare.columns.map((_, i) => Math.max(...all.map((r) => [...r[i]].length)));
  return all.map((r) => r.map((c, i) => (i < 2 ? c.padEnd(width[i]) : c.padStart(width[i]))).join('  ').trimEnd()).join('\n');
}

/** Year-by-year income differences when both folders have replicates.csv (runs with --replicates > 1). */
function yearlyDifferences(a: string, b: string): YearlyDifference[] | null {
  const fa = join(a, 'replicates.csv'), fb = join(b, 'replicates.csv');
  if (!existsSync(fa) || !existsSync(fb)) return null;
  return yearlyPairedDifferences(parseReplicatesCsv(readFileSync(fa, 'utf8')), parseReplicatesCsv(readFileSync(fb, 'utf8')));
}

export async function compareCommand(args: CompareArgs): Promise<string> {
  const m = messages(args.lang);
  if (args.out) assertResultsDirAvailable(args.out);
  const a = readRunData(args.a), b = readRunData(args.b);
  const { lines, pairs } = seedCheck(a, b, m);
  const diffs = pairedDifferences(replicateSummaries(a.summary), replicateSummaries(b.summary));
  const out = [m.compare.heading(args.a, args.b), ...lines, '', compareTable(diffs, m)];
  if (args.out) {
    const yearly = yearlyDifferences(args.a, args.b);
    const data: CompareData = { a: a.summary.scenario, b: b.summary.scenario, diffs, pairs, ...(yearly ? { yearly } : {}) };
    const figures = await renderFigures(yearly ? [differenceFigure, yearlyDifferenceFigure] : [differenceFigure], data, m);
    const csv = formatCsv(['metric', 'mode', 'a', 'b', 'diff', 'low', 'high', 'pairs'], diffs.map((d) => [d.metric, d.mode, d.a, d.b, d.diff, d.low, d.high, d.n]), { missing: 'empty' });
    const html = reportPage({
      title: m.title.difference, intro: [m.compare.heading(a.summary.scenario, b.summary.scenario), ...lines], figures,
      headline: `<pre>${escapeHtml(compareTable(diffs, m))}</pre>`,
      details: { a: { folder: args.a, ...stableManifest(a.manifest) }, b: { folder: args.b, ...stableManifest(b.manifest) } },
      version: a.manifest.ipasimVersion ?? '',
      fontCss: args.lang === 'zh' ? embeddedFontCss() : '',
    }, m);
    await writeResultsDir(args.out, { 'compare.csv': csv, ...figureFiles(figures, chartSuffix(args.lang)), [reportFileName(args.lang)]: html }, { subfolders: [CHARTS_DIR] });
    out.push('', `written to ${args.out}/ (compare.csv, charts/difference.*${yearly ? ', charts/difference-yearly.*' : ''}, ${reportFileName(args.lang)})`);
  }
  return out.join('\n');
}
