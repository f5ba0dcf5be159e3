/**
 * The rows of every summary of a run, declared once: the terminal table, the report's headline
 * table and summary.csv all read this list, so a new output metric is one line here (and its
 * label in the message catalogues, `headline.<key>`). `kind` picks the formatting.
 */
export type MetricKind = 'count' | 'yuan' | 'percent' | 'share' | 'score';

export interface SummaryMetric {
  /** The per-mode figure's key in summary.json. */
  key: string;
  kind: MetricKind;
}

export const SUMMARY_METRICS: readonly SummaryMetric[] = [
  { key: 'households', kind: 'count' },
  { key: 'incomeBefore', kind: 'yuan' },
  { key: 'incomeAfter', kind: 'yuan' },
  { key: 'incomeShockPct', kind: 'percent' },
  { key: 'incomeDropPct', kind: 'percent' },
  { key: 'yearsAboveLineShare', kind: 'share' },
  { key: 'povertyRateEnd', kind: 'share' },
  { key: 'returnToPovertyRate', kind: 'share' },
  { key: 'povertyRateBeforeSupportEnd', kind: 'share' },
  { key: 'povertyRateSelfMadeEnd', kind: 'share' },
  { key: 'underThresholdEnd', kind: 'share' },
  { key: 'selfMadeAfter', kind: 'yuan' },
  { key: 'incomeEffectBefore', kind: 'yuan' },
  { key: 'incomeEffectAfter', kind: 'yuan' },
  { key: 'povertyEffectAfter', kind: 'share' },
  { key: 'R', kind: 'score' },
  { key: 'K', kind: 'score' },
  { key: 'V', kind: 'score' },
  { key: 'hematopoiesisShare', kind: 'share' },
  { key: 'fiscalCostPerHousehold', kind: 'yuan' },
];

/** The figure as shown (shares in percent), so a value and its interval use one scale. */
export function shown(kind: MetricKind, x: number): number {
  return kind === 'share' ? 100 * x : x;
}

/** Decimals shown for each kind (percent and shares are shown in percent with one decimal). */
export const DECIMALS: Record<MetricKind, number> = { count: 0, yuan: 0, percent: 1, share: 1, score: 2 };
