/** Test functions with known Sobol indices, on the unit cube. */

/** Ishigami & Homma (1990) with a = 7, b = 0.1, inputs mapped from [0, 1) to [-π, π). */
export function ishigami(u: readonly number[]): number {
  const [x1, x2, x3] = u.map((v) => -Math.PI + 2 * Math.PI * v);
  return Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1);
}

/** Exact Ishigami indices (Sobol' & Levitan 1999; e.g. Saltelli et al. 2008, p. 179). */
export function ishigamiIndices(a = 7, b = 0.1): { S1: number[]; ST: number[] } {
  const pi4 = Math.PI ** 4, pi8 = Math.PI ** 8;
  const v1 = 0.5 * (1 + (b * pi4) / 5) ** 2, v2 = a ** 2 / 8, v13 = b ** 2 * pi8 * (1 / 18 - 1 / 50);
  const v = a ** 2 / 8 + (b * pi4) / 5 + (b ** 2 * pi8) / 18 + 0.5;
  return { S1: [v1 / v, v2 / v, 0], ST: [(v1 + v13) / v, v2 / v, v13 / v] };
}

/** The Sobol G-function (Sobol' 1993; Saltelli & Sobol' 1995): prod_i (|4 x_i - 2| + a_i) / (1 + a_i). */
export const gFunction = (a: readonly number[]) => (u: readonly number[]) => a.reduce((p, ai, i) => (p * (Math.abs(4 * u[i] - 2) + ai)) / (1 + ai), 1);

/** Exact G-function indices: V_i = 1 / (3 (1 + a_i)^2), V = prod (1 + V_i) - 1. */
export function gFunctionIndices(a: readonly number[]): { S1: number[]; ST: number[] } {
  const vi = a.map((ai) => 1 / (3 * (1 + ai) ** 2));
  const v = vi.reduce((p, x) => p * (1 + x), 1) - 1;
  return {
    S1: vi.map((x) => x / v),
    ST: vi.map((x, i) => (x * vi.reduce((p, y, j) => (j === i ? p : p * (1 + y)), 1)) / v),
  };
}
