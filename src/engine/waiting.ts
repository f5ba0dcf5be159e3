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
 * Only events up to the run's last year are placed: a later one is NEVER (the run never
 * reaches it), which keeps the search to the years of the run and spares the logarithm when
 * there is no hazard left in them. Years are stored in a Uint8Array as year - CALENDAR_BASE
 * (scenario years are 2000-2100).
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
 * The calendar year (year - CALENDAR_BASE) of the first event from `year` to `last`, or NEVER
 * if none by `last`, for a person aged `age` in `year`, from the uniform u in [0, 1).
 */
export function waitingYear(cum: HazardTable, year: number, age: number, u: number, last: number): number {
  if (year > last) return NEVER;
  // Cumulative hazard from `year` through `last` (past MAX_AGE, each year adds MAX_AGE's hazard).
  const top = age + last - year, start = cum[age];
  const through = top <= MAX_AGE ? cum[top + 1] : cum[MAX_AGE + 1] + (top - MAX_AGE) * (cum[MAX_AGE + 1] - cum[MAX_AGE]);
  if (!(through > start)) return NEVER; // no hazard left in the run: no logarithm needed
  const target = start - Math.log1p(-u);
  if (!(through > target)) return NEVER; // not before the run ends
  let steps: number;
  if (cum[MAX_AGE + 1] > target) {
    // The first age a >= age with cum[a + 1] > target (binary search; cum is non-decreasing).
    let lo = age, hi = top < MAX_AGE ? top : MAX_AGE;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid + 1] > target) hi = mid; else lo = mid + 1;
    }
    steps = lo - age;
  } else {
    // Past MAX_AGE the hazard stays that of MAX_AGE: geometric in the years after.
    steps = MAX_AGE - age + Math.floor((target - cum[MAX_AGE + 1]) / (cum[MAX_AGE + 1] - cum[MAX_AGE])) + 1;
  }
  return year - CALENDAR_BASE + steps;
}
