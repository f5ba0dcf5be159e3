/**
 * Income sources. Each is either made by the household itself ("hematopoiesis") or comes
 * from outside ("transfusion"). The split is the model's central accounting: docs/results.md.
 */
export const SOURCES = [
  'planting', 'breeding', 'cooperative', 'cooperativeSurplus', 'business', 'wages', 'casual', 'remittances', 'rent',
  'dividends', 'welfarePosts', 'livingSupport', 'pension', 'insurance', 'monitoring', 'grants',
] as const;
export type Source = (typeof SOURCES)[number];
export const N_SOURCES = SOURCES.length;
export const SRC = Object.fromEntries(SOURCES.map((s, i) => [s, i])) as Record<Source, number>;

/** Income the household generates itself (the cooperative's surplus included: the members' own enterprise). */
export const HEMATOPOIESIS: readonly Source[] = ['planting', 'breeding', 'cooperative', 'cooperativeSurplus', 'business', 'wages', 'casual', 'remittances', 'rent'];
/** Income from outside transfers: dividends of a fund the household did not build, posts, transfers, grants. */
export const TRANSFUSION: readonly Source[] = ['dividends', 'welfarePosts', 'livingSupport', 'pension', 'insurance', 'monitoring', 'grants'];
export const IS_TRANSFUSION = new Uint8Array(SOURCES.map((s) => (TRANSFUSION.includes(s) ? 1 : 0)));
/** Discretionary transfers: monitoring support and one-off grants (poverty is also measured without them). */
export const DISCRETIONARY: readonly Source[] = ['monitoring', 'grants'];
export const IS_DISCRETIONARY = new Uint8Array(SOURCES.map((s) => (DISCRETIONARY.includes(s) ? 1 : 0)));
/**
 * Means-tested assistance: living support (the minimum living guarantee and the campaign's
 * living support) and monitoring support. Each pays less as other income rises, so a mode's
 * gain before it is what the mode brings, and its gain on all income what is left after the
 * floor has responded (docs/results.md).
 */
export const MEANS_TESTED: readonly Source[] = ['livingSupport', 'monitoring'];
export const MEANS_TESTED_INDEX: readonly number[] = MEANS_TESTED.map((s) => SOURCES.indexOf(s));

/** The eight measures of 001 Table 1, for awareness (Likert 1-5) and participation. */
export const MEASURES = ['dividends', 'cooperative', 'individual', 'employment', 'infrastructure', 'technical', 'financial', 'material'] as const;
export type Measure = (typeof MEASURES)[number];
export const N_MEASURES = MEASURES.length;
export const MEASURE = Object.fromEntries(MEASURES.map((m, i) => [m, i])) as Record<Measure, number>;

/** Number of measures set in an 8-bit participation mask (bit m = measure m). */
export function measureCount(mask: number): number {
  mask = mask - ((mask >> 1) & 0x55);
  mask = (mask & 0x33) + ((mask >> 2) & 0x33);
  return (mask + (mask >> 4)) & 0x0f;
}
