/** The terminal summary: the modes side by side. */
import type { ModeSummary, RunSummary } from '../engine/output.js';

const num = (x: number, digits = 0) => (Number.isFinite(x) ? x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '–');
const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '–');

const ROWS: [string, (m: ModeSummary) => string][] = [
  ['households', (m) => num(m.households)],
  ['income before (yuan/person)', (m) => num(m.incomeBefore)],
  ['income after (yuan/person)', (m) => num(m.incomeAfter)],
  ['income drop', (m) => (Number.isFinite(m.incomeDropPct) ? `${m.incomeDropPct.toFixed(1)}%` : '–')],
  ['years above line after', (m) => pct(m.yearsAboveLineShare)],
  ['poverty rate, end year', (m) => pct(m.povertyRateEnd)],
  ['return to poverty', (m) => pct(m.returnToPovertyRate)],
  ['R resources/opportunities', (m) => num(m.R, 2)],
  ['K knowledge/skills', (m) => num(m.K, 2)],
  ['V values/agency', (m) => num(m.V, 2)],
  ['hematopoiesis share', (m) => pct(m.hematopoiesisShare)],
  ['fiscal cost per household', (m) => num(m.fiscalCostPerHousehold)],
];

export function formatSummaryTable(s: RunSummary): string {
  const w = s.withdrawal;
  const head = ['', ...s.modes.map((m) => m.mode)];
  const body = ROWS.map(([label, f]) => [label, ...s.modes.map(f)]);
  const widths = head.map((_, c) => Math.max(...[head, ...body].map((r) => r[c].length)));
  const line = (r: string[]) => r.map((x, c) => (c === 0 ? x.padEnd(widths[c]) : x.padStart(widths[c]))).join('  ');
  const rank = (criterion: string) => s.ranking.find((r) => r.criterion === criterion)?.order.join(' > ') ?? '';
  return [
    `${s.scenario} (seed ${s.seed}): withdrawal starts ${w.start}, completes ${w.complete}; income before = mean ${w.before[0]}-${w.before[1]}, after = mean ${w.after[0]}-${w.after[1]}`,
    '',
    line(head),
    line(widths.map((n) => '-'.repeat(n))),
    ...body.map(line),
    '',
    `smallest income drop:   ${rank('incomeDropPct')}`,
    `highest empowerment:    ${rank('empowerment')}`,
    `fiscal cost ${s.years.start}-${s.years.end}: ${num(s.fiscal.total)} yuan; per registered household out of poverty at the end: ${num(s.fiscal.costPerHouseholdKeptOut)} yuan`,
  ].join('\n');
}
