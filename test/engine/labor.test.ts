/** The yearly choice of activity (labor.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACT_NONE, choose } from '../../src/engine/labor.js';
import { drawHashed, event, eventHash } from '../../src/engine/random.js';
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

describe('choose (the choice among open activities)', () => {
  /** Every option's Gumbel draw taken, as the model defines the choice. */
  function chooseByEveryDraw(util: Float64Array, scale: number, last: number, inertia: number, key: number, pid: number, hashes: Int32Array): number {
    let best = 0, bestU = -Infinity;
    for (let j = 0; j < util.length; j++) {
      if (util[j] === -Infinity) continue;
      const u = util[j] / scale + (j === last ? inertia : 0) - Math.log(-Math.log(drawHashed(key, pid, hashes[j]) * 0.999999 + 5e-7));
      if (u > bestU) { bestU = u; best = j; }
    }
    return best;
  }
  const hashes = Int32Array.from({ length: 9 }, (_, j) => eventHash(event(2020, 48) * 16 + j));

  it('picks what taking every option\'s Gumbel draw picks, close races and ties included', () => {
    // Utilities from a few nearby values, so that options often tie before the draws and the
    // bounds leave several options to compare exactly.
    const utility = fc.oneof(fc.constant(-Infinity), fc.constantFrom(0, 1000, 1001, 1010, 1500, 5000), fc.double({ min: -3e4, max: 6e4, noNaN: true }));
    fc.assert(fc.property(
      fc.array(utility, { minLength: 8, maxLength: 8 }), fc.constantFrom(1000, 4982, 1e5), fc.integer({ min: 0, max: 9 }), fc.constantFrom(0, 0.3, 2),
      fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 2 ** 27 }),
      (rest, scale, last, inertia, key, pid) => {
        const util = Float64Array.from([0, ...rest]); // resting is always open
        expect(choose(util, scale, last === 9 ? ACT_NONE : last, inertia, key, pid, hashes)).toBe(chooseByEveryDraw(util, scale, last === 9 ? ACT_NONE : last, inertia, key, pid, hashes));
      },
    ), { numRuns: 20000, seed: 13 });
  });
});
