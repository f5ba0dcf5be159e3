/**
 * What a sensitivity analysis may claim about one output, before any sentence is written:
 * replicate noise first, then the factors whose index is clearly above both zero and the noise
 * share. A total-order index is a share of the variance of the points' replicate means; where
 * replicate noise explains most of the variance of the runs, those means are mostly noise too.
 * Worse, the total-order estimator counts the noise that differs between a point and its
 * neighbour (A and AB_i) as an effect of factor i, for every factor alike: an inert factor then
 * shows an index near 1 (test/cli/analyze.test.ts). So no factor is named for an output that is
 * mostly noise (share above one half), and otherwise only a factor whose bootstrap interval
 * lies above the noise share (and above 0). For Morris, whose measures are not shares, a factor
 * is named "largest" only when its mu* interval lies above every other factor's, and not for an
 * output that is mostly noise. Pure: the analyze command, the charts' readings and
 * scripts/sensitivity-report.ts all read from here. Entries may hold null (an undefined figure
 * in sensitivity.json).
 */

type Num = number | null | undefined;
const finite = (x: Num): x is number => typeof x === 'number' && Number.isFinite(x);

/** A share of variance counts as "most" above one half. */
export const MOSTLY_NOISE = 0.5;

export interface SobolLike { factor: string; ST: Num; STLow: Num; STHigh: Num }
export interface MorrisLike { factor: string; muStar: Num; muStarLow: Num; muStarHigh: Num }

/** Whether replicate noise explains most of the output's variance (unknown: false). */
export const mostlyNoise = (noiseShare: Num): boolean => finite(noiseShare) && noiseShare > MOSTLY_NOISE;

/** The factors whose total-order interval lies clearly above both 0 and the noise share, largest ST first; none for an output that is mostly noise. */
export function factorsAboveNoise<T extends SobolLike>(noiseShare: Num, sobol: readonly T[]): T[] {
  if (mostlyNoise(noiseShare)) return [];
  const floor = Math.max(0, finite(noiseShare) ? noiseShare : 0);
  return sobol.filter((s) => finite(s.STLow) && finite(s.ST) && s.STLow > floor).sort((a, b) => (b.ST as number) - (a.ST as number));
}

/** The factor with the largest mu*, when its interval lies above every other factor's (with intervals) and the output is not mostly noise; else undefined. */
export function clearMorrisLeader<T extends MorrisLike>(morris: readonly T[], noiseShare: Num = null): T | undefined {
  if (mostlyNoise(noiseShare)) return undefined;
  const ranked = morris.filter((e) => finite(e.muStar)).sort((a, b) => (b.muStar as number) - (a.muStar as number));
  const top = ranked[0];
  if (!top || !finite(top.muStarLow)) return undefined;
  return ranked.slice(1).every((e) => finite(e.muStarHigh) && (top.muStarLow as number) > e.muStarHigh) ? top : undefined;
}

/** The lower end of the 95% Wilson interval of a share of `positives` in `cases`. */
export function wilsonLow(positives: number, cases: number, z = 1.959964): number {
  if (cases <= 0) return NaN;
  const p = positives / cases, z2 = z * z;
  return (p + z2 / (2 * cases) - z * Math.sqrt((p * (1 - p)) / cases + z2 / (4 * cases * cases))) / (1 + z2 / cases);
}

/**
 * Whether a PRIM box finds more than the base rate: the lower end of the 95% Wilson interval of
 * its density lies above the share of all runs that meet the condition. (The box was chosen
 * from the same runs, so even this flatters it; a box that fails it is reported as finding
 * nothing.)
 */
export function boxBeatsBaseRate(box: { positives: number; cases: number }, baseRate: number): boolean {
  return wilsonLow(box.positives, box.cases) > baseRate;
}
