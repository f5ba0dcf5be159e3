/**
 * Reading a yearly data series (src/scenario/schema/series.ts): the values keyed `y<year>`.
 * Between data years a value is interpolated linearly; before the first it is the first.
 * After the last, the caller says how the series goes on (prices.ts: a real growth rate).
 */

/** A resolved series: `{ y2016: 3572, y2017: 3805, ... }`. */
export type Series = Readonly<Record<string, number>>;

/** The years a series holds, ascending. */
export function seriesYears(s: Series): number[] {
  return Object.keys(s).map((k) => Number(k.slice(1))).sort((a, b) => a - b);
}

/** The value in `year`, for a year within the data (clamped to the first year before it). */
export function seriesValue(s: Series, year: number): number {
  const years = seriesYears(s);
  if (years.length === 0) throw new Error('empty series');
  if (year <= years[0]) return s[`y${years[0]}`];
  const last = years[years.length - 1];
  if (year >= last) return s[`y${last}`];
  let i = 1;
  while (years[i] < year) i++;
  const a = years[i - 1], b = years[i], va = s[`y${a}`], vb = s[`y${b}`];
  return va + ((vb - va) * (year - a)) / (b - a);
}

/** The last year with data. */
export function lastYear(s: Series): number {
  const years = seriesYears(s);
  return years[years.length - 1];
}
