/**
 * Latin hypercube sampling (McKay, Beckman & Conover 1979): each parameter's range is cut
 * into n equal strata and every stratum holds exactly one of the n points, at a uniform
 * position inside it; strata are matched across parameters by independent random permutations.
 */
export function latinHypercubeRows(k: number, n: number, random: () => number): number[][] {
  const rows = Array.from({ length: n }, () => new Array<number>(k));
  for (let j = 0; j < k; j++) {
    const strata = shuffled(n, random);
    for (let i = 0; i < n; i++) rows[i][j] = (strata[i] + random()) / n;
  }
  return rows;
}

/** Independent uniform points in [0, 1)^k. */
export function uniformRows(k: number, n: number, random: () => number): number[][] {
  return Array.from({ length: n }, () => Array.from({ length: k }, () => random()));
}

/** 0..n-1 in random order (Fisher-Yates). */
function shuffled(n: number, random: () => number): number[] {
  const a = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
