/**
 * The Saltelli design (Saltelli 2002, "Making best use of model evaluations to compute
 * sensitivity indices", Comput. Phys. Commun. 145; Saltelli et al. 2010, Comput. Phys.
 * Commun. 181, 259-270): two independent quasi-random matrices A and B, and for each factor i
 * the matrix AB^(i), A with column i taken from B. N (k + 2) model runs then give first- and
 * total-order indices of all k factors (sobol-indices.ts).
 *
 * Layout (docs/sweeps.md, "Saltelli layout"): N blocks of k + 2 rows; block j holds A_j, B_j,
 * AB_j^(1), ..., AB_j^(k). A and B are the first and last k dimensions of a scrambled Sobol
 * sequence in 2k dimensions, so every row lies in [0, 1)^k.
 */
import { SOBOL_MAX_DIMS, sobolPoints } from './sobol-sequence.js';

/** The largest number of factors the embedded direction numbers allow (2k dimensions). */
export const SALTELLI_MAX_FACTORS = Math.floor(SOBOL_MAX_DIMS / 2);

/** N (k + 2) rows in [0, 1)^k in the Saltelli layout, from a Sobol sequence scrambled with `seed`. */
export function saltelliRows(k: number, n: number, seed: number): number[][] {
  if (!Number.isInteger(k) || k < 1 || k > SALTELLI_MAX_FACTORS) throw new RangeError(`Saltelli design: the number of factors must be a whole number from 1 to ${SALTELLI_MAX_FACTORS}, got ${k}`);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Saltelli design: the number of samples N must be a whole number of at least 1, got ${n}`);
  const rows: number[][] = [];
  for (const p of sobolPoints(n, 2 * k, { scramble: { seed } })) {
    const a = p.slice(0, k), b = p.slice(k);
    rows.push(a, b);
    for (let i = 0; i < k; i++) {
      const ab = a.slice();
      ab[i] = b[i];
      rows.push(ab);
    }
  }
  return rows;
}
