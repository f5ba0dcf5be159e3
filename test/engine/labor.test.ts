/** The yearly choice of activity (labor.ts). */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate.js';
import { Scenario } from '../../src/scenario/schema.js';

/** Every person's activity in `year`, for a given pull of last year's activity. */
function activities(inertia: number, year: number): Uint8Array {
  const sc = Scenario.parse({ villages: [{ name: 'P', households: 150 }], economy: { labor: { inertia } } });
  let out = new Uint8Array(0);
  simulate(sc, { seed: 2, collect: false, inspect: (s, _w, y) => { if (y === year) out = s.pActivity.slice(); } });
  return out;
}

describe('choice of activity', () => {
  it('has no pull of a last activity in the first year, when nobody\'s activity before the start is known', () => {
    const none = activities(0, 2016), strong = activities(10, 2016);
    expect(strong.length).toBeGreaterThan(0);
    expect(Array.from(strong)).toEqual(Array.from(none));
  });

  it('is pulled by last year\'s activity from the second year on', () => {
    expect(Array.from(activities(10, 2017))).not.toEqual(Array.from(activities(0, 2017)));
  });
});
