/**
 * The terminal summary of a run: the four modes and `all` side by side, then the rankings and
 * the fiscal bill. Plain aligned columns (no box drawing beyond rules) so it survives copying
 * into e-mails and issue trackers; narrower than 110 columns; colour only when asked.
 */
import { MODE_KEYS, type ModeSummary, type RunSummary } from '../engine/output.js';

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

/** A share in [0, 1] as a percentage with one decimal. */
const share = (x: number) => groupDigits(100 * x, 1);

const ROWS: readonly [label: string, cell: (m: ModeSummary) => string][] = [
  ['households', (m) => groupDigits(m.households)],
  ['income before withdrawal (yuan/person)', (m) => groupDigits(m.incomeBefore)],
  ['income after withdrawal (yuan/person)', (m) => groupDigits(m.incomeAfter)],
  ['income drop (%)', (m) => groupDigits(m.incomeDropPct, 1)],
  ['years above line after withdrawal (%)', (m) => share(m.yearsAboveLineShare)],
  ['poverty rate, end year (%)', (m) => share(m.povertyRateEnd)],
  ['return-to-poverty rate (%)', (m) => share(m.returnToPovertyRate)],
  ['R  resources and opportunities', (m) => groupDigits(m.R, 2)],
  ['K  knowledge and skills', (m) => groupDigits(m.K, 2)],
  ['V  values and agency', (m) => groupDigits(m.V, 2)],
  ['hematopoiesis share (%)', (m) => share(m.hematopoiesisShare)],
  ['fiscal cost per household (yuan)', (m) => groupDigits(m.fiscalCostPerHousehold)],
];

interface Style {
  bold(s: string): string;
  dim(s: string): string;
}
const plain: Style = { bold: (s) => s, dim: (s) => s };
const ansi: Style = { bold: (s) => `\x1b[1m${s}\x1b[22m`, dim: (s) => `\x1b[2m${s}\x1b[22m` };

/** Shortens text to at most `width` characters, marking the cut. */
function fit(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/** Joins the parts on one line if it fits, else puts each on its own (continuations indented). */
function wrap(parts: string[]): string[] {
  const one = parts.join(' ');
  return one.length < MAX_WIDTH ? [one] : parts.map((p, i) => (i === 0 ? p : `  ${p}`));
}

export function formatSummaryTable(summary: RunSummary & { replicates?: RunSummary[] }, opts: { color?: boolean } = {}): string {
  const st = opts.color ? ansi : plain;
  const w = summary.withdrawal;
  const modes = [...summary.modes].sort((a, b) => MODE_KEYS.indexOf(a.mode) - MODE_KEYS.indexOf(b.mode));

  // Title: scenario (shortened if it would break the width), seed, replicates.
  const n = summary.replicates?.length ?? 1;
  const seeds = n > 1 ? ` · mean of ${n} replicates (seeds ${summary.replicates![0].seed}–${summary.replicates![n - 1].seed})` : '';
  const tail = ` · seed ${summary.seed}${seeds}`;
  const title = fit(summary.scenario, MAX_WIDTH - 1 - tail.length) + tail;
  const windows =
    `withdrawal starts ${w.start}, completes ${w.complete} · ` +
    `income before = mean ${w.before[0]}–${w.before[1]}, after = mean ${w.after[0]}–${w.after[1]}`;

  // Body: labels left-aligned, figures right-aligned under their mode.
  const head = ['', ...modes.map((m) => m.mode)];
  const body = ROWS.map(([label, cell]) => [label, ...modes.map(cell)]);
  const widths = head.map((_, c) => Math.max(...[head, ...body].map((r) => r[c].length)));
  const line = (r: string[]) => r.map((x, c) => (c === 0 ? x.padEnd(widths[c]) : x.padStart(widths[c]))).join(GAP);
  const rule = st.dim('─'.repeat(widths.reduce((a, b) => a + b, 0) + GAP.length * (widths.length - 1)));

  const rank = (criterion: string) => summary.ranking.find((r) => r.criterion === criterion)?.order.join(' > ') ?? MISSING;
  const f = summary.fiscal;
  return [
    st.bold(title),
    fit(windows, MAX_WIDTH - 1),
    '',
    st.bold(line(head)),
    rule,
    ...body.map(line),
    rule,
    `smallest income drop first:      ${rank('incomeDropPct')}`,
    `highest empowerment (R+K+V)/3:   ${rank('empowerment')}`,
    ...wrap([`fiscal cost ${summary.years.start}–${summary.years.end}: ${groupDigits(f.total)} yuan in total;`, `${groupDigits(f.costPerHouseholdKeptOut)} yuan per household kept out of poverty`]),
    st.dim('  (kept out of poverty: registered households not income-poor in the end year)'),
  ].join('\n');
}
