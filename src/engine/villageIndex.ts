/** Households grouped by village (counting sort), rebuilt each year as households form and dissolve. */
import type { State } from './state.js';

export interface VillageIndex {
  /** Households of village v are order[start[v]] .. order[start[v + 1] - 1]. */
  start: Int32Array;
  order: Int32Array;
}

export function indexByVillage(s: State, villages: number, prev?: VillageIndex): VillageIndex {
  const start = prev && prev.start.length === villages + 1 ? prev.start.fill(0) : new Int32Array(villages + 1);
  const order = prev && prev.order.length >= s.count ? prev.order : new Int32Array(s.capacity);
  for (let h = 0; h < s.count; h++) if (s.hActive[h]) start[s.hVillage[h] + 1]++;
  for (let v = 0; v < villages; v++) start[v + 1] += start[v];
  const fill = start.slice(0, villages);
  for (let h = 0; h < s.count; h++) if (s.hActive[h]) order[fill[s.hVillage[h]]++] = h;
  return { start, order };
}
