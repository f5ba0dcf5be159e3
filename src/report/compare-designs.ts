/**
 * `ipasim compare REF D1 D2 ...`: every design against the reference run in one table, paired
 * replicate by replicate (design-comparison.ts), then the section "after 2025"
 * (after-2025.ts); with --out, a folder holding compare.csv and report.html. Refuses runs that
 * are not paired with the reference (other villages, horizon or seeds: pairing.ts) unless
 * --unpaired; warns, and marks with *, the figures whose windows differ from the reference's.
 */
import { readRunFiles, RUN_FILES, runDataFromFiles } from '../charts/run-data.js';
import { formatCsv } from '../io/csv.js';
import { assertResultsDirAvailable, writeResultsDir } from '../io/results-dir.js';
import { UserError } from '../user-error.js';
import { afterSection } from './after-2025.js';
import { paysAssetIncomeAsMoney } from './announced-policy.js';
import { compareDesigns, designLabels, type DesignComparison } from './design-comparison.js';
import { embeddedFontCss } from './embedded-font.js';
import { fmtSig } from './format.js';
import { escapeHtml } from './html.js';
import { messages, type Lang, type Messages } from './messages.js';
import { replicateSummaries } from './paired-differences.js';
import { pairingProblems } from './pairing.js';
import type { RatioEstimate } from './ratio-interval.js';
import { reportFileName } from './report-file.js';
import { reportPage } from './report-page.js';
import { stableManifest } from './run-report.js';

export interface CompareDesignsArgs {
  reference: string;
  designs: readonly string[];
  lang: Lang;
  /** The mode whose figures the table shows (default `all`, the whole village). */
  mode?: string;
  out?: string;
  unpaired?: boolean;
}

/** The design table: one row per figure and design, the reference's mean, the design's, their paired difference and its interval. */
export function designTable(cmp: DesignComparison, m: Messages): string {
  const rows: string[][] = [m.compare.designColumns];
  const metrics = [...new Set(cmp.designs.flatMap((d) => d.diffs.map((x) => x.metric)))];
  for (const metric of metrics) {
    for (const d of cmp.designs) {
      const x = d.diffs.find((y) => y.metric === metric);
      if (!x) continue;
      rows.push([`${m.metrics[metric] ?? metric}${d.mismatched.includes(metric) ? ' *' : ''}`, d.label, fmtSig(x.a), fmtSig(x.b), `${x.diff > 0 ? '+' : ''}${fmtSig(x.diff)}`, Number.isFinite(x.low) ? `${fmtSig(x.low)} … ${fmtSig(x.high)}` : '–']);
    }
  }
  const width = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i]].length)));
  return rows.map((r) => r.map((c, i) => (i < 2 ? c.padEnd(width[i]) : c.padStart(width[i]))).join('  ').trimEnd()).join('\n');
}

export async function compareDesignsCommand(args: CompareDesignsArgs, signal?: AbortSignal): Promise<string> {
  const m = messages(args.lang);
  const mode = args.mode ?? 'all';
  if (args.out) assertResultsDirAvailable(args.out);
  const folders = [args.reference, ...args.designs];
  const all = designLabels(folders.map((folder) => ({ folder, data: runDataFromFiles(readRunFiles(folder, RUN_FILES.filter((n) => n !== 'manifest.json'), ['replicates.csv'])) })));
  const [reference, ...designs] = all;
  if (!reference.data.summary.modes.some((x) => x.mode === mode)) throw new UserError(`mode "${mode}" is not in ${args.reference} (its modes: ${reference.data.summary.modes.map((x) => x.mode).join(', ')})`);

  // Every design must be paired with the reference, or the analyst asks for differences of means.
  const problems = designs.map((d, i) => ({ folder: args.designs[i], why: pairingProblems(reference.data, d.data) })).filter((p) => p.why.length > 0);
  if (problems.length > 0 && !args.unpaired) {
    throw new UserError(`not every design is paired with the reference ${args.reference}:\n${problems.map((p) => `  ${p.folder}: ${p.why.join('; ')}`).join('\n')}\nCompare runs of the same villages, horizon and seeds (--seed, --replicates), or add --unpaired for differences of means without pairing.`);
  }
  const paired = problems.length === 0;
  const cmp = compareDesigns(reference, designs, { mode, paired });
  const head = [
    m.compare.designsHeading(reference.label, designs.length, m.modes[mode] ?? mode),
    paired ? m.compare.designsPaired(replicateSummaries(reference.data.summary).length) : m.compare.designsUnpaired(problems.map((p) => `${p.folder}: ${p.why.join('; ')}`).join(' | ')),
    ...cmp.designs.filter((d) => d.mismatched.length > 0).map((d) => m.compare.designsWindowsDiffer(d.label, d.mismatched.map((k) => m.metrics[k] ?? k).join(m.listJoin))),
    ...all.filter((d) => paysAssetIncomeAsMoney(d.data)).map((d) => m.compare.outsideAnnounced(d.label)),
  ];
  const table = designTable(cmp, m);
  const section = afterSection(all, cmp, m);
  const out = [...head, '', table, '', ...section.lines];
  if (args.out) {
    const csv = formatCsv(['design', 'metric', 'mode', 'reference', 'value', 'diff', 'low', 'high', 'pairs'],
      cmp.designs.flatMap((d) => [
        ...d.diffs.map((x) => [d.label, x.metric, x.mode, x.a, x.b, x.diff, x.low, x.high, x.n]),
        ...(d.costPerHouseholdYear ? [costRow(d.label, d.costPerHouseholdYear)] : []),
      ]), { missing: 'empty' });
    const html = reportPage({
      title: m.after2025.heading, intro: head, figures: [],
      headline: `<pre>${escapeHtml(table)}</pre>`,
      sections: [section.html],
      details: Object.fromEntries(all.map((d, i) => [d.label, { folder: folders[i], ...stableManifest(d.data.manifest) }])),
      version: reference.data.manifest.ipasimVersion ?? '',
      fontCss: args.lang === 'zh' ? embeddedFontCss() : '',
    }, m);
    await writeResultsDir(args.out, { 'compare.csv': csv, [reportFileName(args.lang)]: html }, { signal });
    out.push('', `written to ${args.out}/ (compare.csv, ${reportFileName(args.lang)})`);
  }
  return out.join('\n');
}

/**
 * compare.csv's cost row of a design: the ratio and its Fieller interval only where they are
 * bounded; empty where the printed section calls the cost undefined (a ratio whose denominator's
 * interval holds or lies below 0 has no finite interval, and its point value means nothing).
 */
function costRow(label: string, c: RatioEstimate): (string | number)[] {
  const bounded = c.status === 'bounded';
  return [label, 'costPerHouseholdYearAbove', 'all', '', '', bounded ? c.ratio : NaN, bounded ? c.low : NaN, bounded ? c.high : NaN, c.n];
}
