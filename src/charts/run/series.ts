/** Yearly rows of one metric for the chart data: one object per year and mode, with the mode's label. */
import type { Messages } from '../../report/messages.js';
import { runModes, runYears, type RunData } from '../run-data.js';

export interface SeriesPoint {
  year: number;
  mode: string;
  value: number | null;
  p05?: number | null;
  p95?: number | null;
}

/** Vega reads null as missing; NaN would break scales. */
export const finiteOrNull = (x: number | undefined): number | null => (x !== undefined && Number.isFinite(x) ? x : null);

export function series(data: RunData, m: Messages, metric: string, group = 'all', modes = runModes(data)): SeriesPoint[] {
  const want = new Set(modes);
  const rows = data.yearly.filter((r) => r.metric === metric && r.group === group && want.has(r.mode));
  return rows.map((r) => ({
    year: r.year, mode: m.modes[r.mode] ?? r.mode, value: finiteOrNull(r.value),
    ...(data.bands ? { p05: finiteOrNull(r.p05), p95: finiteOrNull(r.p95) } : {}),
  }));
}

/** The summary entry of each of the four modes (not `all`). */
export function modeSummaries(data: RunData) {
  return data.summary.modes.filter((s) => s.mode !== 'all');
}

export const endYear = (data: RunData): number => data.summary.years.end;
export { runYears };
