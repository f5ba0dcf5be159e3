/**
 * Morris (1991) elementary-effects trajectories ("Factorial sampling plans for preliminary
 * computational experiments", Technometrics 33, 161-174).
 *
 * The unit cube is cut into a grid of p levels {0, 1/(p-1), ..., 1}. A trajectory starts at a
 * random grid point and moves each of the k factors once, in random order, by ±Δ with
 * Δ = p / (2 (p - 1)) (Morris's choice: with p even every level is visited equally often).
 * Each factor's direction is random; its start is drawn from the levels from which the move
 * stays inside [0, 1]. This is Morris's randomised orientation matrix B* = (J x* + Δ/2 ((2B - J) D* + J)) P*
 * written as moves.
 *
 * Layout (docs/sweeps.md, "Morris layout"): trajectory t is rows t (k + 1) ... t (k + 1) + k;
 * each row differs from the previous one in exactly one coordinate, by ±Δ.
 */
import seedrandom from 'seedrandom';

/** The step of a p-level Morris grid, as a share of each factor's range. */
export function morrisDelta(levels: number): number {
  return levels / (2 * (levels - 1));
}

/** r (k + 1) rows in [0, 1]^k: `trajectories` Morris trajectories on a `levels`-level grid. */
export function morrisRows(k: number, trajectories: number, levels: number, seed: number): number[][] {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`Morris design: the number of factors must be a whole number of at least 1, got ${k}`);
  if (!Number.isInteger(trajectories) || trajectories < 1) throw new RangeError(`Morris design: trajectories must be a whole number of at least 1, got ${trajectories}`);
  if (!Number.isInteger(levels) || levels < 2 || levels % 2 !== 0) throw new RangeError(`Morris design: levels must be an even whole number of at least 2, got ${levels}`);
  const rng = seedrandom(`ipasim/morris/${seed}`);
  const pick = (n: number) => Math.floor(rng() * n);
  const delta = morrisDelta(levels);
  // Levels from which a step of +Δ stays in [0, 1]: the lower half of the grid.
  const startLevels = levels / 2;
  const rows: number[][] = [];
  for (let t = 0; t < trajectories; t++) {
    const x = new Array<number>(k), dir = new Array<number>(k);
    for (let i = 0; i < k; i++) {
      const lower = pick(startLevels) / (levels - 1);
      dir[i] = rng() < 0.5 ? 1 : -1;
      x[i] = dir[i] > 0 ? lower : lower + delta;
    }
    // Fisher-Yates: the order in which the factors move.
    const order = Array.from({ length: k }, (_, i) => i);
    for (let i = k - 1; i > 0; i--) { const j = pick(i + 1); [order[i], order[j]] = [order[j], order[i]]; }
    rows.push(x.slice());
    for (const i of order) {
      // Snap to the grid: lower + Δ is a level exactly in exact arithmetic, not in floating point.
      x[i] = Math.round((x[i] + dir[i] * delta) * (levels - 1)) / (levels - 1);
      rows.push(x.slice());
    }
  }
  return rows;
}
