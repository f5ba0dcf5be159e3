/**
 * Yearly data series in the schema: one parameter per year (`y2016`, `y2017`, ...), each with
 * its own source, so a published figure carries its provenance like any other default and can
 * be overridden, swept or calibrated one year at a time (`economy.prices.cpi.y2022`). Keys are
 * `y` + year rather than the bare year because a bare number in a path is a list index
 * (`villages.0.households`). The engine reads a series with src/engine/series.ts.
 */
import { group, num } from './param.js';

/** One published value and where it comes from. */
export interface DataPoint {
  value: number;
  source: string;
}

export interface SeriesMeta {
  unit: string;
  /** Validity bound of every year's value. */
  min: number;
  max: number;
  /** What the series measures (each year's description adds the year). */
  description: string;
}

/** A group of yearly parameters `y<year>`, in year order, each its own value and source. */
export function yearly(points: Record<number, DataPoint>, meta: SeriesMeta) {
  const years = Object.keys(points).map(Number).sort((a, b) => a - b);
  if (years.length === 0) throw new Error(`yearly series "${meta.description}" has no data`);
  const shape: Record<string, ReturnType<typeof num>> = {};
  for (const y of years) shape[`y${y}`] = num(points[y].value, meta.min, meta.max, meta.unit, points[y].source, `${meta.description}, ${y}`);
  return group(shape, `${meta.description} (${years[0]}-${years[years.length - 1]}, one value a year)`);
}
