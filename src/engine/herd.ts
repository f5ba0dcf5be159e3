/**
 * One year of a herd, the same for a household's animals and a cooperative's: of the animals
 * tended, the offtake is sold; the rest breed and die; young the keeper has no room for (above
 * `capacity`) are sold too, as this year's produce.
 */

/** What herdYear computes (reused, no allocation per herd-year). */
export const HERD = { sold: 0, next: 0 };

export function herdYear(herd: number, capacity: number, fertility: number, mortality: number, offtake: number): typeof HERD {
  const kept = herd * (1 + fertility - Math.min(1, mortality) - offtake);
  const young = Math.max(0, kept - capacity);
  HERD.sold = offtake * herd + young;
  HERD.next = Math.max(0, kept - young);
  return HERD;
}
