/** A full factorial grid: every combination of the listed values, the last parameter varying fastest. */
export type GridValue = number | string | boolean;
export type GridAxis = readonly GridValue[] | { min: number; max: number; levels: number };

/** The values of one axis; `{min, max, levels}` gives evenly spaced levels, ends included exactly. */
export function axisValues(axis: GridAxis, integer: boolean): GridValue[] {
  if (Array.isArray(axis)) return [...axis];
  const { min, max, levels } = axis as { min: number; max: number; levels: number };
  // 12 significant digits: 0.05 + 3 x 0.1 is 0.35, not 0.35000000000000003, in points.csv and in the run.
  const values = Array.from({ length: levels }, (_, i) => (i === levels - 1 ? max : Number((min + (i * (max - min)) / (levels - 1)).toPrecision(12))));
  // Rounding may merge neighbouring levels of a narrow integer range: keep each value once.
  return integer ? [...new Set(values.map(Math.round))] : values;
}

/** Rows of the cartesian product of `axes`, in odometer order (last axis fastest). */
export function gridRows(axes: readonly GridValue[][]): GridValue[][] {
  let rows: GridValue[][] = [[]];
  for (const values of axes) rows = rows.flatMap((row) => values.map((v) => [...row, v]));
  return rows;
}
