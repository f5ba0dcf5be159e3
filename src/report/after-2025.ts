/**
 * The report section "after 2025" (`ipasim compare REF D1 D2 ...`): for each post-2025 design,
 * against the reference run replicate by replicate, its effect on poverty (the three measures,
 * shares of households) and on the share of households under the monitoring threshold (the
 * low-income monitoring's line of sight, above the poverty line), on self-made income per person, on K and V, its fiscal cost from the
 * withdrawal start and the cost per household-year kept above the line, each with its 95%
 * interval; then, across all runs, which can be told apart on each figure (ordering.ts).
 *
 * The uncertainty rule: a sentence ranks a design only when its paired intervals against
 * every other design exclude 0 (clearBest / clearWorst); otherwise only the letters are shown,
 * and where no pair differs the section says so.
 */
import type { RunData } from '../charts/run-data.js';
import { paysAssetIncomeAsMoney } from './announced-policy.js';
import { clearBest, clearWorst, lettersText, orderItems } from './ordering.js';
import type { DesignComparison, DesignRun } from './design-comparison.js';
import { fmtNumber, fmtSig } from './format.js';
import { escapeHtml } from './html.js';
import type { AfterContext } from './messages-en.js';
import type { Messages } from './messages.js';
import { figureOf, meanInterval, replicateSummaries } from './paired-differences.js';

/** Each replicate's value of a figure, in replicate order. */
type Values = (d: RunData, start: number, end: number) => number[];
const fromSummary = (metric: string): Values => (d) => replicateSummaries(d.summary).map((s) => figureOf(s, 'all', metric));
/**
 * Each replicate's mean over start..end of a yearly metric (replicates.csv; the yearly mean for
 * a run of one replicate): the same years in every design, whatever its own windows.
 */
const yearlyMean = (metric: string): Values => (d, start, end) => {
  const years = end - start + 1;
  if (!d.replicates) {
    let t = 0;
    for (let y = start; y <= end; y++) t += d.value(y, 'all', 'all', metric);
    return [t / years];
  }
  const sums = new Map<number, number[]>();
  for (const r of d.replicates) if (r.mode === 'all' && r.metric === metric && r.year >= start && r.year <= end) (sums.get(r.replicate) ?? sums.set(r.replicate, []).get(r.replicate)!).push(r.value);
  return [...sums.keys()].sort((a, b) => a - b).map((k) => { const v = sums.get(k)!; return v.length === years ? v.reduce((a, b) => a + b, 0) / years : NaN; });
};

/** The section's figures (mode `all`): shares of households are shown in percent, their differences in percentage points. */
export const AFTER_FIGURES: readonly { metric: string; share: boolean; values: Values }[] = [
  { metric: 'povertyRateEnd', share: true, values: fromSummary('povertyRateEnd') },
  { metric: 'povertyRateBeforeSupportEnd', share: true, values: fromSummary('povertyRateBeforeSupportEnd') },
  { metric: 'povertyRateSelfMadeEnd', share: true, values: fromSummary('povertyRateSelfMadeEnd') },
  { metric: 'underThresholdEnd', share: true, values: fromSummary('underThresholdEnd') },
  { metric: 'selfMadeFromStart', share: false, values: yearlyMean('selfMadeIncomeMean') },
  { metric: 'K', share: false, values: fromSummary('K') },
  { metric: 'V', share: false, values: fromSummary('V') },
  { metric: 'fiscalTotalFromWithdrawal', share: false, values: fromSummary('fiscalTotalFromWithdrawal') },
  { metric: 'householdYearsAboveLine', share: false, values: fromSummary('householdYearsAboveLine') },
];

export interface AfterSection {
  /** Plain-text lines for the terminal. */
  lines: string[];
  /** The same as an HTML section for report.html. */
  html: string;
}

const seedsOf = (d: RunData): number[] => d.manifest.seeds ?? [d.manifest.seed];
const signed = (s: string, x: number) => (x > 0 ? `+${s}` : s);
const value = (x: number, share: boolean) => (share ? `${fmtNumber(100 * x, 1)}%` : fmtSig(x));
const interval = (low: number, high: number, share: boolean) => (Number.isFinite(low) ? `${value(low, share)} … ${value(high, share)}` : '–');
/** A difference: shares in percentage points ("+0.6 pp (−0.2 … 1.5 pp)"), other figures in their unit. */
const diffText = (d: { diff: number; low: number; high: number }, share: boolean, m: Messages) => {
  if (!share) return `${signed(fmtSig(d.diff), d.diff)} (${interval(d.low, d.high, false)})`;
  const pp = (x: number) => fmtNumber(100 * x, 1);
  return `${signed(pp(d.diff), d.diff)} ${m.after2025.pp} (${Number.isFinite(d.low) ? `${pp(d.low)} … ${pp(d.high)} ${m.after2025.pp}` : '–'})`;
};

/** The section, or the reason it is left out (unpaired runs, no withdrawal start, starts that differ). */
export function afterSection(all: readonly DesignRun[], cmp: DesignComparison, m: Messages): AfterSection {
  const t = m.after2025;
  const reference = all[0].data.summary;
  const leaveOut = (why: string): AfterSection => ({ lines: [t.heading, why], html: `<h2>${escapeHtml(t.heading)}</h2>\n<p class="note">${escapeHtml(why)}</p>` });
  if (!cmp.paired) return leaveOut(t.notPaired);
  const start = reference.withdrawal.start;
  if (start === null) return leaveOut(t.noWithdrawal);
  const starts = all.map((d) => d.data.summary.withdrawal.start);
  if (starts.some((s) => s !== start)) return leaveOut(t.startsDiffer(all.map((d, i) => `${d.label} ${starts[i] ?? '–'}`).join(m.listJoin)));

  const end = reference.years.end;
  const context: AfterContext = { end, span: `${start}-${end}` };
  const name = (metric: string) => t.figures[metric](context);
  const values = all.map((d) => AFTER_FIGURES.map((f) => f.values(d.data, start, end)));
  const pairs = Math.min(...values.slice(1).map((v) => Math.min(v[0].length, values[0][0].length)));

  // One block of rows per design: the reference, the design and their paired difference (replicate r with r).
  const blocks: { design: string; rows: string[][]; cost: string }[] = [];
  cmp.designs.forEach((design, i) => {
    const rows = AFTER_FIGURES.map((f, fi) => {
      const a = values[0][fi], b = values[i + 1][fi];
      const ref = meanInterval(a.filter(Number.isFinite)), lvl = meanInterval(b.filter(Number.isFinite));
      const d = meanInterval(b.slice(0, a.length).map((x, r) => x - a[r]).filter(Number.isFinite));
      return [name(f.metric), `${value(ref.mean, f.share)} (${interval(ref.low, ref.high, f.share)})`, `${value(lvl.mean, f.share)} (${interval(lvl.low, lvl.high, f.share)})`, diffText({ diff: d.mean, low: d.low, high: d.high }, f.share, m)];
    });
    const c = design.costPerHouseholdYear;
    const cost = `${t.cost}: ${c ? (c.status === 'bounded' ? t.costStatus.bounded(fmtSig(c.ratio), fmtSig(c.low), fmtSig(c.high)) : t.costStatus[c.status]()) : '–'}`;
    const outside = paysAssetIncomeAsMoney(all[i + 1].data) ? ` (${t.outsideTag})` : '';
    blocks.push({ design: `${design.label}${outside}`, rows, cost });
  });
  const rows = [t.columns, ...blocks.flatMap((b) => b.rows)];

  // Which designs can be told apart, figure by figure (highest first).
  const order: string[] = [];
  for (const [fi, f] of AFTER_FIGURES.entries()) {
    const o = orderItems(all.map((d, i) => ({ key: d.label, values: values[i][fi], seeds: seedsOf(d.data) })), { higherIsBetter: true });
    if (o.status === 'single' || o.status === 'no-interval') continue;
    order.push(t.order(name(f.metric), lettersText(o, (k) => k)));
    const hi = clearBest(o), lo = clearWorst(o);
    if (hi) order.push(`  ${t.highest(hi, name(f.metric))}`);
    if (lo) order.push(`  ${t.lowest(lo, name(f.metric))}`);
    if (o.status === 'none') order.push(`  ${t.noneApart(name(f.metric))}`);
  }

  const intro = t.intro(cmp.reference, start, end, pairs);
  const width = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i]].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(width[0]) : c.padStart(width[i]))).join('  ').trimEnd();
  const table = [line(t.columns), ...blocks.flatMap((b) => [`— ${b.design}`, ...b.rows.map(line), `  ${b.cost}`])];
  const lines = [t.heading, intro, '', ...table, '', t.orderHeading, ...order];

  const cell = (c: string, tag = 'td') => `<${tag}>${escapeHtml(c)}</${tag}>`;
  const html = [
    `<h2>${escapeHtml(t.heading)}</h2>`,
    `<p class="note">${escapeHtml(intro)}</p>`,
    '<table class="headline"><thead><tr>' + t.columns.map((c) => cell(c, 'th')).join('') + '</tr></thead><tbody>',
    ...blocks.flatMap((b) => [`<tr><th colspan="4">${escapeHtml(b.design)}</th></tr>`, ...b.rows.map((r) => `<tr>${r.map((c) => cell(c)).join('')}</tr>`), `<tr><td colspan="4">${escapeHtml(b.cost)}</td></tr>`]),
    '</tbody></table>',
    `<h3>${escapeHtml(t.orderHeading)}</h3>`,
    ...order.map((l) => `<p class="note">${escapeHtml(l.trim())}</p>`),
  ].join('\n');
  return { lines, html };
}
