/** The headline table of a run: one column per mode, one row per summary figure (summary.json). */
import type { ModeSummary } from '../engine/output.js';
import { fmtNumber, fmtPct, fmtShare } from './format.js';
import { escapeHtml } from './html.js';
import type { Messages } from './messages.js';

type Row = { key: keyof ModeSummary; fmt: (x: number) => string };

const ROWS: Row[] = [
  { key: 'households', fmt: (x) => fmtNumber(x) },
  { key: 'incomeBefore', fmt: (x) => fmtNumber(x) },
  { key: 'incomeAfter', fmt: (x) => fmtNumber(x) },
  { key: 'incomeDropPct', fmt: (x) => fmtPct(x) },
  { key: 'yearsAboveLineShare', fmt: (x) => fmtShare(x) },
  { key: 'povertyRateEnd', fmt: (x) => fmtShare(x) },
  { key: 'returnToPovertyRate', fmt: (x) => fmtShare(x) },
  { key: 'R', fmt: (x) => fmtNumber(x, 2) },
  { key: 'K', fmt: (x) => fmtNumber(x, 2) },
  { key: 'V', fmt: (x) => fmtNumber(x, 2) },
  { key: 'hematopoiesisShare', fmt: (x) => fmtShare(x) },
  { key: 'fiscalCostPerHousehold', fmt: (x) => fmtNumber(x) },
];

export function headlineTable(modes: readonly ModeSummary[], m: Messages): string {
  const head = `<tr><th></th>${modes.map((s) => `<th>${escapeHtml(m.modes[s.mode] ?? s.mode)}</th>`).join('')}</tr>`;
  const body = ROWS.map((r) => `<tr><td>${escapeHtml(m.headline[r.key] ?? r.key)}</td>${modes.map((s) => `<td>${escapeHtml(r.fmt(s[r.key] as number))}</td>`).join('')}</tr>`).join('\n');
  return `<table class="headline">\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}
