/**
 * Workshops stay open while subsidised; as the subsidy falls, each open workshop closes with
 * probability (1 - level) x (1 - viability) per year, and a closed workshop stays closed (003).
 */
import type { Scenario } from '../scenario/schema.js';
import { draw, type StreamKeys } from './random.js';
import type { World } from './world.js';

export function stepWorkshops(world: World, sc: Scenario, subsidyLevel: number, year: number, keys: StreamKeys): void {
  const pClose = (1 - Math.min(1, subsidyLevel)) * (1 - sc.workshops.viability);
  if (pClose <= 0) return;
  for (const v of world.villages) {
    let open = 0;
    for (let w = 0; w < v.workshopsOpen; w++) if (draw(keys.workshops, v.index * 1024 + w, year) >= pClose) open++;
    v.workshopsOpen = open;
  }
}
