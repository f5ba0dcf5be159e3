/** A mode's gain household by household (household-gains.ts), on hand-made income paths. */
import { describe, expect, it } from 'vitest';
import { MODE_BIT } from '../../src/engine/modes.js';
import { N_SOURCES, SRC } from '../../src/engine/sources.js';
import { createState } from '../../src/engine/state.js';
import { gainInstability, recordIncomeBeforeAssistance, type IncomePaths } from '../../src/validation/household-gains.js';

const SH = MODE_BIT.shareholding, CO = MODE_BIT.cooperative;
const paths = (rows: [number, number, number[]][]): IncomePaths => new Map(rows.map(([id, modes, income]) => [id, { modes, income }]));

describe('household gains', () => {
  it('are 0 unstable when every household gains the same each year, however large the gain', () => {
    const withMode = paths([[1, SH, [3000, 3100, 2900]], [2, SH, [500, 600, 400]]]);
    const without = paths([[1, SH, [2000, 2100, 1900]], [2, SH, [100, 200, 0]]]);
    expect(gainInstability(withMode, without, SH, 3)).toBe(0);
  });

  it('measure instability as the mean sd of a household\'s yearly gain over the mean gain', () => {
    // Gains (1, 3): sd √2; gains (2, 2): sd 0; mean gain 2.
    const withMode = paths([[1, SH, [11, 13]], [2, SH, [12, 12]]]);
    const without = paths([[1, SH, [10, 10]], [2, SH, [10, 10]]]);
    expect(gainInstability(withMode, without, SH, 2)).toBeCloseTo(Math.SQRT2 / 2 / 2, 12);
  });

  it('leave out households without the mode, and households not followed in both runs every year', () => {
    const withMode = paths([[1, SH, [11, 13]], [2, CO, [0, 100]], [3, SH, [0, 100]], [4, SH, [5, 5]]]);
    const without = paths([[1, SH, [10, 10]], [2, CO, [0, 0]], [3, SH, [0]]]);
    // Only household 1 counts: gains (1, 3), sd √2, mean 2.
    expect(gainInstability(withMode, without, SH, 2)).toBeCloseTo(Math.SQRT2 / 2, 12);
    expect(gainInstability(withMode, without, MODE_BIT.individual, 2)).toBeNaN();
  });

  it('record income per resident member before living support and monitoring support', () => {
    const s = createState(2);
    s.count = 2;
    s.hActive[0] = 1; s.hId[0] = 7; s.hResident[0] = 2; s.hModes[0] = SH;
    s.hIncome[SRC.planting] = 3000; s.hIncome[SRC.dividends] = 1000; s.hIncome[SRC.livingSupport] = 800; s.hIncome[SRC.monitoring] = 200;
    s.hActive[1] = 0; s.hId[1] = 8; s.hIncome[N_SOURCES + SRC.wages] = 5000;
    const out: IncomePaths = new Map();
    recordIncomeBeforeAssistance(s, out, 1);
    expect([...out.keys()]).toEqual([7]);
    expect(out.get(7)!.modes).toBe(SH);
    expect(out.get(7)!.income[1]).toBe(2000);
    expect(out.get(7)!.income[0]).toBeUndefined();
  });
});
