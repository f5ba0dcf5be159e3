/** Small statistics used by the virtual survey and the calibration checks. */

/**
 * Pearson correlation of two equally long samples (NaN if either is constant). With `w`, each
 * observation counts with its weight (a survey's design weights).
 */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>, w?: ArrayLike<number>): number {
  const n = x.length, wt = (i: number) => (w ? w[i] : 1);
  let mx = 0, my = 0, sw = 0;
  for (let i = 0; i < n; i++) { mx += wt(i) * x[i]; my += wt(i) * y[i]; sw += wt(i); }
  mx /= sw; my /= sw;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) { const a = x[i] - mx, b = y[i] - my; sxy += wt(i) * a * b; sxx += wt(i) * a * a; syy += wt(i) * b * b; }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : NaN;
}

/** Residuals of y after (weighted, with `w`) least squares on the columns of `controls` plus an intercept. */
export function residuals(y: ArrayLike<number>, controls: ArrayLike<number>[], w?: ArrayLike<number>): Float64Array {
  const n = y.length, k = controls.length + 1;
  const col = (j: number, i: number) => (j === 0 ? 1 : controls[j - 1][i]);
  // Normal equations X'WX b = X'Wy, solved by Gaussian elimination with partial pivoting.
  const A = Array.from({ length: k }, () => new Float64Array(k + 1));
  for (let i = 0; i < n; i++) {
    const wi = w ? w[i] : 1;
    for (let r = 0; r < k; r++) {
      for (let c = 0; c < k; c++) A[r][c] += wi * col(r, i) * col(c, i);
      A[r][k] += wi * col(r, i) * y[i];
    }
  }
  for (let p = 0; p < k; p++) {
    let best = p;
    for (let r = p + 1; r < k; r++) if (Math.abs(A[r][p]) > Math.abs(A[best][p])) best = r;
    [A[p], A[best]] = [A[best], A[p]];
    if (Math.abs(A[p][p]) < 1e-12) continue; // a constant control: drop it
    for (let r = 0; r < k; r++) {
      if (r === p) continue;
      const f = A[r][p] / A[p][p];
      for (let c = p; c <= k; c++) A[r][c] -= f * A[p][c];
    }
  }
  const b = A.map((row, p) => (Math.abs(row[p]) < 1e-12 ? 0 : row[k] / row[p]));
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) { let fit = 0; for (let j = 0; j < k; j++) fit += b[j] * col(j, i); out[i] = y[i] - fit; }
  return out;
}

/** Partial correlation of x and y controlling for `controls` (as SPSS reports in 001 T3); weighted with `w`. */
export function partialCorrelation(x: ArrayLike<number>, y: ArrayLike<number>, controls: ArrayLike<number>[], w?: ArrayLike<number>): number {
  return pearson(residuals(x, controls, w), residuals(y, controls, w), w);
}

/** Ranks of a sample (1-based; ties share their mean rank). */
export function ranks(x: ArrayLike<number>): Float64Array {
  const n = x.length, order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b]);
  const r = new Float64Array(n);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && x[order[j + 1]] === x[order[i]]) j++;
    for (let k = i; k <= j; k++) r[order[k]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return r;
}

/** Spearman rank correlation: Pearson's on the ranks, robust to the outliers of growth rates on small bases. */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  return pearson(ranks(x), ranks(y));
}
