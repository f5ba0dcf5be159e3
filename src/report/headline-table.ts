/**
 * The headline table of a run: one column per mode, one row per summary metric
 * (summary-metrics.ts), each figure with ± the half-width of its 95% interval when the run has
 * replicates (mode-intervals.ts).
 */
import type { RunSummary } from '../engine/output.js';
import { fmtNumber } from './format.js';
import { escapeHtml } from './html.js';
import type { Messages } from './messages.js';
import { modeInterval, modeSpread } from './mode-intervals.js';
import { replicateSummaries } from './paired-differences.js';
import { DECIMALS, SUMMARY_METRICS, shown } from './summary-metrics.js';
import type { SummaryMessages } from './summary-messages.js';

export function headlineTable(summary: RunSummary & { replicates?: RunSummary[] }, m: Messages, t: SummaryMessages): string {
  const n = replicateSummaries(summary).length;
  const modes = summary.modes;
  const head = `<tr><th></th>${modes.map((s) => `<th>${escapeHtml(m.modes[s.mode] ?? s.mode)}</th>`).join('')}</tr>`;
  const body = SUMMARY_METRICS.map((r) => {
    const cells = modes.map((s) => {
      const iv = modeInterval(summary, s.mode, (x) => x[r.key]);
      const mean = n > 1 ? iv.mean : (s as unknown as Record<string, number>)[r.key];
      const d = DECIMALS[r.kind];
      const half = n > 1 && r.kind !== 'count' && Number.isFinite(iv.low) ? ` <span class="pm">± ${escapeHtml(fmtNumber(shown(r.kind, (iv.high - iv.low) / 2), d))}</span>` : '';
      return `<td>${escapeHtml(fmtNumber(shown(r.kind, mean), d))}${half}</td>`;
    });
    return `<tr><td>${escapeHtml(t.rows[r.key] ?? r.key)}</td>${cells.join('')}</tr>`;
  }).join('\n');
  return `<table class="headline">\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** The predictive spread of a posterior run: each figure's 5th-95th percentile over the runs (draws × seeds), headed as such. */
export function spreadTable(summary: RunSummary & { replicates?: RunSummary[] }, m: Messages, t: SummaryMessages): string {
  const modes = summary.modes;
  const head = `<tr><th>${escapeHtml(t.spreadColumn)}</th>${modes.map((s) => `<th>${escapeHtml(m.modes[s.mode] ?? s.mode)}</th>`).join('')}</tr>`;
  const body = SUMMARY_METRICS.filter((r) => r.kind !== 'count').map((r) => {
    const cells = modes.map((s) => {
      const sp = modeSpread(summary, s.mode, (x) => x[r.key]), d = DECIMALS[r.kind];
      return `<td>${escapeHtml(Number.isFinite(sp.p05) ? `${fmtNumber(shown(r.kind, sp.p05), d)} – ${fmtNumber(shown(r.kind, sp.p95), d)}` : fmtNumber(NaN))}</td>`;
    });
    return `<tr><td>${escapeHtml(t.rows[r.key] ?? r.key)}</td>${cells.join('')}</tr>`;
  }).join('\n');
  return `<table class="headline">\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}
