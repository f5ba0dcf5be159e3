/** Yearly rows of one metric for the chart data: one object per year and mode, with the mode's label. */
import type { Messages } from '../../report/messages.js';
import { modeInterval } from '../../report/mode-intervals.js';
import { figureOrdering } from '../../report/mode-ordering.js';
import { lettersText, orderItems, type Ordering, type Sample } from '../../report/ordering.js';
import { replicateSummaries } from '../../report/paired-differences.js';
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

/**
 * The four modes ordered on a yearly metric in one year (ordering.ts), paired by seed over the
 * replicates in replicates.csv; without it (one replicate, or a metric it does not keep) there
 * is one value per mode and so no interval: nothing is ranked.
 */
export function yearOrdering(data: RunData, year: number, metric: string, higherIsBetter: boolean): Ordering {
  const modes = modeSummaries(data).map((s) => s.mode as string);
  const rows = data.replicates?.filter((r) => r.year === year && r.metric === metric) ?? [];
  const samples: Sample[] = modes.map((mode) => {
    const own = rows.filter((r) => r.mode === mode);
    return own.length > 0 ? { key: mode, seeds: own.map((r) => r.seed), values: own.map((r) => r.value) } : { key: mode, seeds: [0], values: [data.value(year, mode, 'all', metric)] };
  });
  return orderItems(samples, { higherIsBetter });
}

/** The four modes ordered on a figure of summary.json, paired by replicate (mode-ordering.ts). */
export function summaryOrdering(data: RunData, key: string, higherIsBetter: boolean): Ordering {
  return figureOrdering(data.summary, modeSummaries(data).map((s) => s.mode), key, higherIsBetter);
}

/** An ordering as a sentence of a reading; nothing for a single mode. */
export function orderSentence(o: Ordering, what: string, m: Messages, n: number): string[] {
  return o.status === 'single' ? [] : [m.reading.order({ what, status: o.status, letters: lettersText(o, (k) => m.modes[k] ?? k, m.listJoin), n })];
}

/** Each mode's mean of a summary figure with its 95% interval, for bars with whiskers (null bounds with one replicate). */
export function modeBars(data: RunData, m: Messages, key: string) {
  return data.summary.modes.map((s) => {
    const iv = modeInterval(data.summary, s.mode, (x) => x[key]);
    const n = replicateSummaries(data.summary).length;
    return { mode: m.modes[s.mode], value: finiteOrNull(n > 1 ? iv.mean : (s as unknown as Record<string, number>)[key]), low: finiteOrNull(iv.low), high: finiteOrNull(iv.high) };
  });
}
