/**
 * Ranking the four modes best first by each criterion of the summary. An undefined figure
 * (NaN, e.g. a mode no household had access to) ranks last; ties keep the order of MODES, so
 * the ranking is a deterministic function of the figures.
 */
import { MODES, type ModeKey, type ModeSummary, type RunSummary } from './output.js';

interface Criterion {
  criterion: string;
  value: (m: ModeSummary) => number;
  higherIsBetter: boolean;
}

export const RANKING_CRITERIA: readonly Criterion[] = [
  { criterion: 'incomeAfter', value: (m) => m.incomeAfter, higherIsBetter: true },
  // What a mode still adds to its households after withdrawal (its paired effect; NaN without mode effects).
  { criterion: 'incomeEffectAfter', value: (m) => m.incomeEffectAfter, higherIsBetter: true },
  // The shock: the fall from the last year before withdrawal into the trough years.
  { criterion: 'incomeShockPct', value: (m) => m.incomeShockPct, higherIsBetter: false },
  { criterion: 'incomeDropPct', value: (m) => m.incomeDropPct, higherIsBetter: false },
  { criterion: 'returnToPovertyRate', value: (m) => m.returnToPovertyRate, higherIsBetter: false },
  // Empowerment: the unweighted mean of resources/opportunities (R), knowledge (K), agency (V).
  { criterion: 'empowerment', value: (m) => (m.R + m.K + m.V) / 3, higherIsBetter: true },
  { criterion: 'hematopoiesisShare', value: (m) => m.hematopoiesisShare, higherIsBetter: true },
];

export function rankModes(modes: ModeSummary[]): RunSummary['ranking'] {
  const four = MODES.flatMap((mode) => modes.filter((m) => m.mode === mode));
  return RANKING_CRITERIA.map(({ criterion, value, higherIsBetter }) => {
    // Map to a "smaller is better" score with NaN as the worst; then a stable sort on a list
    // already in MODES order breaks ties by that order.
    const score = (m: ModeSummary) => {
      const v = value(m);
      return Number.isNaN(v) ? Infinity : higherIsBetter ? -v : v;
    };
    const order: ModeKey[] = [...four].sort((a, b) => compare(score(a), score(b))).map((m) => m.mode);
    return { criterion, order };
  });
}

function compare(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
