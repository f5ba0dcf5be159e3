/**
 * Waiting times: the year in which an event of yearly probability q[age] next happens to a
 * person, drawn once from one uniform instead of one Bernoulli draw a year (demography.ts).
 *
 * With independent yearly draws, the event has not happened by the end of year Y (counting from
 * year Y0, the person aged a0 then, a year older each year after, at most MAX_AGE) with
 * probability prod_{Y0..Y} (1 - q[age]) = exp(-C(Y)), C the cumulative hazard
 * sum -log(1 - q[age]). With E = -log(1 - u), u uniform, E is exponential, and "the first Y
 * with C(Y) > E" has exactly that distribution: each year's probability given the years before
 * is q[age], the same hazard as the yearly draw.
 *
 * Years are stored in a Uint8Array as year - CALENDAR_BASE (scenario years are 2000-2100);
 * NEVER is an event beyond CALENDAR_BASE + 254.
 */

/** Ages run 0..MAX_AGE; a person past it stays MAX_AGE (and keeps its hazard). */
export const MAX_AGE = 110;
export const CALENDAR_BASE = 2000;
export const NEVER = 255;
/** -log(1 - q) for q = 1, kept finite (any E drawn from a 32-bit uniform is below 23). */
const CERTAIN = 40;

/** Cumulative hazard by age: cum[a] = sum of -log(1 - q[b]) over b < a; length MAX_AGE + 2. */
export type HazardTable = Float64Array;

export function hazardTable(q: (age: number) => number): HazardTable {
  const cum = new Float64Array(MAX_AGE + 2);
  for (let a = 0; a <= MAX_AGE; a++) {
    const p = q(a);
    cum[a + 1] = cum[a] + (p >= 1 ? CERTAIN : -Math.log1p(-p));
  }
  return cum;
}

/**
 * The calendar year (year - CALENDAR_BASE, or NEVER) of the first event from `year` on, for a
 * person aged `age` in `year`, from the uniform u in [0, 1).
 */
export function waitingYear(cum: HazardTable, year: number, age: number, u: number): number {
  // No hazard left at this age or after (past a window of ages): no logarithm needed.
  if (cum[MAX_AGE + 1] === cum[age]) return NEVER;
  const e = -Math.log1p(-u), target = cum[age] + e;
  let steps: number;
  if (cum[MAX_AGE + 1] > target) {
    // The first age a >= age with cum[a + 1] > target (binary search; cum is non-decreasing).
    let lo = age, hi = MAX_AGE;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid + 1] > target) hi = mid; else lo = mid + 1;
    }
    steps = lo - age;
  } else {
    // Past MAX_AGE the hazard stays that of MAX_AGE: geometric in the years after.
    const last = cum[MAX_AGE + 1] - cum[MAX_AGE];
    if (!(last > 0)) return NEVER;
    steps = MAX_AGE - age + Math.floor((target - cum[MAX_AGE + 1]) / last) + 1;
  }
  const at = year - CALENDAR_BASE + steps;
  return at < NEVER ? at : NEVER;
}
