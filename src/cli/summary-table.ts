/**
 * The terminal summary of a run: which years the windows cover and why (windows-text.ts), the
 * four modes and `all` side by side (rows from src/report/summary-metrics.ts), each figure with
 * ± the half-width of its 95% interval when there are replicates, then the orders the paired
 * comparisons support (mode-ordering.ts), the fiscal bill and a note on overlapping modes. Plain aligned columns (widths in terminal columns, so Chinese aligns) that
 * survive copying into e-mails and issue trackers; narrower than 110 columns; colour only when
 * asked; English or Chinese.
 */
import { MODE_KEYS, type RunSummary } from '../engine/output.js';
import { modeInterval, modeSpread } from '../report/mode-intervals.js';
import { modeOrdering } from '../report/mode-ordering.js';
import { lettersText } from '../report/ordering.js';
import { messages, type Lang } from '../report/messages.js';
import { replicateSummaries } from '../report/paired-differences.js';
import { DECIMALS, SUMMARY_METRICS, shown } from '../report/summary-metrics.js';
import { summaryMessages } from '../report/summary-messages.js';
import { windowsLines } from '../report/windows-text.js';
import { displayWidth, fitWidth, padEndWidth, padStartWidth, wrapWidth } from './text-width.js';

/** Every line stays shorter than this many columns. */
export const MAX_WIDTH = 110;

const GAP = '  ';
const MISSING = '–'; // an undefined figure (NaN), e.g. return to poverty when nobody left it

/** Fixed decimals with thousands separators, independent of the machine's locale. */
export function groupDigits(x: number, decimals = 0): string {
  if (!Number.isFinite(x)) return MISSING;
  const [int, frac] = Math.abs(x).toFixed(decimals).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const negative = x < 0 && /[1-9]/.test(int + (frac ?? '')); // no "-0"
  return `${negative ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

interface Style {
  bold(s: string): string;
  dim(s: string): string;
}
const plain: Style = { bold: (s) => s, dim: (s) => s };
const ansi: Style = { bold: (s) => `\x1b[1m${s}\x1b[22m`, dim: (s) => `\x1b[2m${s}\x1b[22m` };

/** Joins the parts on one line if it fits, else puts each on its own (continuations indented). */
function wrap(parts: string[]): string[] {
  const one = parts.join(' ');
  return displayWidth(one) < MAX_WIDTH ? [one] : parts.map((p, i) => (i === 0 ? p : `  ${p}`));
}

/** Aligns rows: the first column left, the others right, in terminal columns. */
function align(rows: string[][]): { lines: string[]; width: number } {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c]))));
  const lines = rows.map((r) => r.map((x, c) => (c === 0 ? padEndWidth(x, widths[c]) : padStartWidth(x, widths[c]))).join(GAP));
  return { lines, width: widths.reduce((a, b) => a + b, 0) + GAP.length * (widths.length - 1) };
}

export interface SummaryTableOptions {
  color?: boolean;
  lang?: Lang;
}

/** A run's summary as summary.json holds it: with replicates, and with `posterior` when its replicates are posterior draws. */
export type TableSummary = RunSummary & { replicates?: RunSummary[]; posterior?: { file: string; draws: number } };

export function formatSummaryTable(summary: TableSummary, opts: SummaryTableOptions = {}): string {
  const st = opts.color ? ansi : plain;
  const lang = opts.lang ?? 'en';
  const t = summaryMessages(lang);
  const m = messages(lang);
  const modes = [...summary.modes].sort((a, b) => MODE_KEYS.indexOf(a.mode) - MODE_KEYS.indexOf(b.mode)).map((x) => x.mode);
  const four = modes.filter((x) => x !== 'all');
  const reps = replicateSummaries(summary);
  const n = reps.length;

  // Title: scenario (shortened if it would break the width), seed, replicates.
  const tail = ` · ${t.table.seed(summary.seed)} · ${n > 1 ? (summary.posterior ? t.table.posterior : t.table.replicates)(n, reps[0].seed, reps[n - 1].seed) : t.table.oneReplicate}`;
  const title = fitWidth(summary.scenario, Math.max(8, MAX_WIDTH - 1 - displayWidth(tail))) + tail;

  // Body: one row per summary metric; with replicates each cell is "mean ±half-width".
  const cell = (key: string, mode: string, withHalf: boolean) => {
    const metric = SUMMARY_METRICS.find((x) => x.key === key)!;
    const iv = modeInterval(summary, mode, (x) => x[key]);
    const mean = n > 1 ? iv.mean : (summary.modes.find((x) => x.mode === mode) as unknown as Record<string, number>)[key];
    const d = DECIMALS[metric.kind];
    const value = groupDigits(shown(metric.kind, mean), d);
    if (!withHalf || !Number.isFinite(iv.low) || metric.kind === 'count') return value;
    return `${value}±${groupDigits(shown(metric.kind, (iv.high - iv.low) / 2), d)}`;
  };
  const head = ['', ...modes.map((x) => (lang === 'en' ? x : m.modes[x] ?? x))];
  const body = (withHalf: boolean) => SUMMARY_METRICS.map((r) => [t.rows[r.key] ?? r.key, ...modes.map((mode) => cell(r.key, mode, withHalf))]);
  // If the intervals would break the width, show the means and say so.
  let table = align([head, ...body(n > 1)]);
  const halvesShown = n > 1 && table.width < MAX_WIDTH;
  if (!halvesShown) table = align([head, ...body(false)]);
  const rule = st.dim('─'.repeat(table.width));

  // With --posterior: the predictive spread over draws × seeds, labelled apart from the interval of the mean.
  const spreadCell = (key: string, mode: string, grouped: boolean) => {
    const metric = SUMMARY_METRICS.find((x) => x.key === key)!;
    const sp = modeSpread(summary, mode, (x) => x[key]), d = DECIMALS[metric.kind];
    const f = (x: number) => (grouped ? groupDigits(shown(metric.kind, x), d) : shown(metric.kind, x).toFixed(d));
    return Number.isFinite(sp.p05) ? `${f(sp.p05)}…${f(sp.p95)}` : MISSING;
  };
  const spreadTable = (grouped: boolean) => align([head, ...SUMMARY_METRICS.filter((r) => r.kind !== 'count').map((r) => [t.rows[r.key] ?? r.key, ...modes.map((mode) => spreadCell(r.key, mode, grouped))])]);
  // Thousands separators where they fit; the table never breaks the width.
  const spread = summary.posterior && n > 1 ? [spreadTable(true), spreadTable(false)].find((x) => x.width < MAX_WIDTH) ?? spreadTable(false) : undefined;

  // Orders: every pair of modes, paired by seed; a line only where there are two modes to order.
  const name = (x: string) => (lang === 'en' ? x : m.modes[x] ?? x);
  const labelWidth = 1 + Math.max(...Object.values(t.table.orders).map(displayWidth));
  const orders = Object.entries(t.table.orders).flatMap(([criterion, label]) => {
    const o = modeOrdering(summary, criterion, four);
    if (o.status === 'single') return [];
    const text = t.table.order({ status: o.status, letters: lettersText(o, name), names: o.items.map((x) => name(x.key)).join(m.listJoin), n });
    return wrapWidth(`${padEndWidth(label, labelWidth)}${text}`, MAX_WIDTH - 1, ' '.repeat(labelWidth + 2));
  });

  // Overlap: memberships of the four modes against households in `all`.
  const households = (mode: string) => Math.round((summary.modes.find((x) => x.mode === mode)?.households ?? NaN));
  const members = four.map(households);
  const overlap = modes.includes('all') && members.reduce((a, b) => a + b, 0) > households('all')
    ? [st.dim(t.table.overlap(members.map((x) => groupDigits(x)).join('+'), groupDigits(members.reduce((a, b) => a + b, 0)), groupDigits(households('all'))))]
    : [];

  const f = summary.fiscal;
  return [
    st.bold(title),
    ...windowsLines(summary, lang).flatMap((l) => wrapWidth(l, MAX_WIDTH - 1)),
    '',
    st.bold(table.lines[0]),
    rule,
    ...table.lines.slice(1),
    rule,
    ...(spread ? [...wrapWidth(t.table.spreadHeading(n), MAX_WIDTH - 1), st.bold(spread.lines[0]), ...spread.lines.slice(1), st.dim('─'.repeat(spread.width))] : []),
    ...(orders.length > 0 && n > 1 ? wrapWidth(t.table.ordersHeading(n), MAX_WIDTH - 1) : []),
    ...orders,
    ...wrap(t.table.fiscal(summary.years.start, summary.years.end, groupDigits(f.total), groupDigits(f.perRegisteredNotPoor))),
    ...wrapWidth(t.table.fiscalNote, MAX_WIDTH - 3).map((l) => st.dim(`  ${l}`)),
    ...overlap,
    ...(n > 1 && !halvesShown ? [st.dim(t.table.tooWide)] : []),
  ].join('\n');
}
