/**
 * The report section "after 2025" (`ipasim compare REF D1 D2 ...`): for each post-2025 design,
 * against the reference run replicate by replicate, its effect on poverty (the three measures,
 * shares of households), on self-made income per person, on K and V, its fiscal cost from the
 * withdrawal start and the cost per household-year kept above the line, each with its 95%
 * interval; then, across all runs, which can be told apart on each figure (ordering.ts).
 *
 * The uncertainty rule: a sentence ranks a design only when its paired intervals against
 * every other design exclude 0 (clearBest / clearWorst); otherwise only the letters are shown,
 * and where no pair differs the section says so.
 */
import { clearBest, clearWorst, lettersText } from './ordering.js';
import { levelOf, orderDesigns, type DesignComparison, type DesignRun } from './design-comparison.js';
import { fmtNumber, fmtSig } from './format.js';
import { escapeHtml } from './html.js';
import type { AfterContext } from './messages-en.js';
import type { Messages } from './messages.js';

/** The section's figures (mode `all`): shares of households are shown in percent, their differences in percentage points. */
export const AFTER_FIGURES: readonly { metric: string; share: boolean }[] = [
  { metric: 'povertyRateEnd', share: true },
  { metric: 'povertyRateBeforeSupportEnd', share: true },
  { metric: 'povertyRateSelfMadeEnd', share: true },
  { metric: 'selfMadeAfter', share: false },
  { metric: 'K', share: false },
  { metric: 'V', share: false },
  { metric: 'fiscalTotalFromWithdrawal', share: false },
  { metric: 'householdYearsAboveLine', share: false },
];

export interface AfterSection {
  /** Plain-text lines for the terminal. */
  lines: string[];
  /** The same as an HTML section for report.html. */
  html: string;
}

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

  const end = reference.years.end, after = reference.withdrawal.after;
  const context: AfterContext = { end, after: after ? `${after[0]}-${after[1]}` : '–', span: `${start}-${end}` };
  const name = (metric: string) => t.figures[metric](context);
  const pairs = Math.min(...cmp.designs.map((d) => d.diffs.find((x) => x.metric === 'povertyRateEnd')?.n ?? 0));

  // One block of rows per design.
  const rows: string[][] = [t.columns];
  const blocks: { design: string; rows: string[][]; cost: string }[] = [];
  cmp.designs.forEach((design, i) => {
    const run = all[i + 1].data;
    const block: string[][] = [];
    for (const f of AFTER_FIGURES) {
      const d = design.diffs.find((x) => x.metric === f.metric);
      const ref = levelOf(all[0].data, 'all', f.metric), lvl = levelOf(run, 'all', f.metric);
      const mark = design.mismatched.includes(f.metric) ? ' *' : '';
      block.push([`${name(f.metric)}${mark}`, `${value(ref.mean, f.share)} (${interval(ref.low, ref.high, f.share)})`, `${value(lvl.mean, f.share)} (${interval(lvl.low, lvl.high, f.share)})`, d ? diffText(d, f.share, m) : '–']);
    }
    const c = design.costPerHouseholdYear;
    const cost = `${t.cost}: ${c ? (c.status === 'bounded' ? t.costStatus.bounded(fmtSig(c.ratio), fmtSig(c.low), fmtSig(c.high)) : t.costStatus[c.status]()) : '–'}`;
    blocks.push({ design: design.label, rows: block, cost });
  });
  for (const b of blocks) rows.push(...b.rows);

  // Which designs can be told apart, figure by figure (highest first).
  const order: string[] = [];
  for (const f of AFTER_FIGURES) {
    const o = orderDesigns(all, 'all', f.metric, true);
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
