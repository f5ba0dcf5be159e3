/**
 * PRIM, the patient rule induction method (Friedman & Fisher 1999, "Bump hunting in
 * high-dimensional data", Statistics and Computing 9, 123-143), as used for scenario discovery
 * (Bryant & Lempert 2010, "Thinking inside the box", Technol. Forecast. Soc. Change 77, 34-49).
 *
 * Cases are runs: x their parameter values, y whether the run meets the condition of interest.
 * Starting from the box that holds every case, each step peels off a slice of about `alpha` of
 * the box's cases from one side of one dimension, choosing the peel that leaves the highest
 * density (share of cases in the box that meet the condition). Peeling stops when the next box
 * would hold fewer than `minSupport` of all cases. The boxes form the peeling trajectory, from
 * high coverage (share of all cases of interest inside the box) to high density.
 *
 * Which box to report is a trade-off between coverage and density (Bryant & Lempert 2010 §3):
 * the chosen box maximises density x coverage among the boxes covering at least
 * `minCoverage` of the cases of interest. The densest box would be the end of the trajectory,
 * where peeling chases noise in dimensions that do not matter; the product stops where
 * density stops rising faster than coverage falls. Pasting (Friedman & Fisher §5) then widens
 * it again wherever adding an alpha-slice raises its density. The whole trajectory is
 * returned, so a reader can pick another box. Limits are values the cases take, inclusive: a case is in
 * the box when min_d <= x_d <= max_d in every dimension.
 */

export interface BoxLimit {
  min: number;
  max: number;
}

export interface PrimBox {
  limits: BoxLimit[];
  /** Cases in the box. */
  cases: number;
  /** Cases in the box that meet the condition. */
  positives: number;
  /** positives / all cases meeting the condition. */
  coverage: number;
  /** positives / cases. */
  density: number;
  /** cases / all cases. */
  support: number;
}

export interface PrimResult {
  /** Peeling trajectory: the first box holds every case. */
  trajectory: PrimBox[];
  /** Index in `trajectory` of the box chosen before pasting. */
  chosenIndex: number;
  /** The chosen box, after pasting when enabled. */
  box: PrimBox;
  /** The range of every dimension over all cases (a limit equal to it is no restriction). */
  bounds: BoxLimit[];
}

export interface PrimOptions {
  /** Share of the box's cases peeled per step (default 0.05). */
  alpha?: number;
  /** Smallest share of all cases a box may hold (default 0.05). */
  minSupport?: number;
  /** The chosen box covers at least this share of the cases of interest (default 0). */
  minCoverage?: number;
  /** Widen the chosen box by pasting (default true). */
  paste?: boolean;
}

function measure(inBox: Uint8Array, y: readonly boolean[], limits: BoxLimit[], totalPositives: number): PrimBox {
  let cases = 0, positives = 0;
  for (let c = 0; c < inBox.length; c++) if (inBox[c]) { cases++; if (y[c]) positives++; }
  return { limits: limits.map((l) => ({ ...l })), cases, positives, coverage: positives / totalPositives, density: cases ? positives / cases : NaN, support: cases / inBox.length };
}

function membership(x: readonly (readonly number[])[], limits: BoxLimit[]): Uint8Array {
  return Uint8Array.from(x, (row) => (row.every((v, d) => v >= limits[d].min && v <= limits[d].max) ? 1 : 0));
}

interface Candidate { limits: BoxLimit[]; cases: number; positives: number }

/** The two peels of dimension d: drop about alpha of the box's cases from below or from above. */
function peels(x: readonly (readonly number[])[], y: readonly boolean[], inBox: Uint8Array, limits: BoxLimit[], d: number, alpha: number): Candidate[] {
  const vals: number[] = [];
  for (let c = 0; c < x.length; c++) if (inBox[c]) vals.push(x[c][d]);
  vals.sort((a, b) => a - b);
  const n = vals.length, m = Math.max(1, Math.floor(alpha * n));
  const out: Candidate[] = [];
  // From below: the new minimum is the (m+1)-th smallest value, or the next distinct value
  // when ties at the bottom would make the peel remove nothing.
  let lo = vals[m] ?? Infinity;
  if (lo === vals[0]) lo = vals.find((v) => v > vals[0]) ?? Infinity;
  if (lo !== Infinity) out.push({ limits: limits.map((l, e) => (e === d ? { min: lo, max: l.max } : l)), cases: 0, positives: 0 });
  let hi = vals[n - 1 - m] ?? -Infinity;
  if (hi === vals[n - 1]) hi = [...vals].reverse().find((v) => v < vals[n - 1]) ?? -Infinity;
  if (hi !== -Infinity) out.push({ limits: limits.map((l, e) => (e === d ? { min: l.min, max: hi } : l)), cases: 0, positives: 0 });
  for (const cand of out) {
    const lim = cand.limits[d];
    for (let c = 0; c < x.length; c++) if (inBox[c] && x[c][d] >= lim.min && x[c][d] <= lim.max) { cand.cases++; if (y[c]) cand.positives++; }
  }
  return out;
}

/** The best of the candidates by density; ties go to the box keeping more cases, then to the earlier one. */
function best(cands: Candidate[]): Candidate | undefined {
  let top: Candidate | undefined;
  for (const c of cands) {
    if (c.cases === 0) continue;
    if (!top) { top = c; continue; }
    const dc = c.positives / c.cases, dt = top.positives / top.cases;
    if (dc > dt || (dc === dt && c.cases > top.cases)) top = c;
  }
  return top;
}

/** Pasting: widen one side of one dimension by about alpha of the box's cases while density rises. */
function paste(x: readonly (readonly number[])[], y: readonly boolean[], box: PrimBox, alpha: number, totalPositives: number): PrimBox {
  let current = box;
  for (;;) {
    const cands: Candidate[] = [];
    const m = Math.max(1, Math.floor(alpha * current.cases));
    for (let d = 0; d < current.limits.length; d++) {
      // Cases inside the box in every other dimension, outside it in d.
      const below: number[] = [], above: number[] = [];
      for (const row of x) {
        if (!row.every((v, e) => e === d || (v >= current.limits[e].min && v <= current.limits[e].max))) continue;
        if (row[d] < current.limits[d].min) below.push(row[d]);
        else if (row[d] > current.limits[d].max) above.push(row[d]);
      }
      below.sort((a, b) => b - a);
      above.sort((a, b) => a - b);
      if (below.length) cands.push({ limits: current.limits.map((l, e) => (e === d ? { min: below[Math.min(m, below.length) - 1], max: l.max } : l)), cases: 0, positives: 0 });
      if (above.length) cands.push({ limits: current.limits.map((l, e) => (e === d ? { min: l.min, max: above[Math.min(m, above.length) - 1] } : l)), cases: 0, positives: 0 });
    }
    for (const c of cands) { const b = measure(membership(x, c.limits), y, c.limits, totalPositives); c.cases = b.cases; c.positives = b.positives; }
    const top = best(cands);
    if (!top || top.positives / top.cases <= current.density) return current;
    current = measure(membership(x, top.limits), y, top.limits, totalPositives);
  }
}

/** Peels boxes around the cases where `y` is true; see the module comment. */
export function prim(x: readonly (readonly number[])[], y: readonly boolean[], options: PrimOptions = {}): PrimResult {
  const alpha = options.alpha ?? 0.05, minSupport = options.minSupport ?? 0.05, minCoverage = options.minCoverage ?? 0;
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`PRIM: alpha must lie strictly between 0 and 1, got ${alpha}`);
  if (!(minSupport > 0 && minSupport <= 1)) throw new RangeError(`PRIM: minSupport must lie in (0, 1], got ${minSupport}`);
  if (!(minCoverage >= 0 && minCoverage <= 1)) throw new RangeError(`PRIM: minCoverage must lie in [0, 1], got ${minCoverage}`);
  if (x.length === 0 || x.length !== y.length) throw new RangeError(`PRIM: ${x.length} cases but ${y.length} outcomes`);
  const dims = x[0].length;
  for (const [c, row] of x.entries()) {
    if (row.length !== dims) throw new RangeError(`PRIM: case ${c} has ${row.length} values, case 0 has ${dims}`);
    if (!row.every(Number.isFinite)) throw new RangeError(`PRIM: case ${c} has a value that is not a finite number`);
  }
  const totalPositives = y.filter(Boolean).length;
  if (totalPositives === 0) throw new RangeError('PRIM: no case meets the condition');
  // A loop, not Math.min(...values): spreading 10^5 cases would overflow the call stack.
  const bounds = Array.from({ length: dims }, (_, d) => {
    let min = Infinity, max = -Infinity;
    for (const row of x) { if (row[d] < min) min = row[d]; if (row[d] > max) max = row[d]; }
    return { min, max };
  });
  let limits = bounds.map((b) => ({ ...b }));
  let inBox = membership(x, limits);
  const trajectory = [measure(inBox, y, limits, totalPositives)];
  for (;;) {
    const cands: Candidate[] = [];
    for (let d = 0; d < dims; d++) cands.push(...peels(x, y, inBox, limits, d, alpha));
    const top = best(cands.filter((c) => c.cases >= minSupport * x.length));
    if (!top) break;
    limits = top.limits;
    inBox = membership(x, limits);
    trajectory.push(measure(inBox, y, limits, totalPositives));
    if (top.positives === top.cases) break; // density 1: nothing left to gain
  }
  let chosenIndex = 0;
  const score = (b: PrimBox) => b.density * b.coverage;
  trajectory.forEach((b, i) => { if (b.coverage >= minCoverage && score(b) > score(trajectory[chosenIndex])) chosenIndex = i; });
  const chosen = trajectory[chosenIndex];
  return { trajectory, chosenIndex, box: options.paste === false ? chosen : paste(x, y, chosen, alpha, totalPositives), bounds };
}
