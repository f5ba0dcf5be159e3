/**
 * The card's exit (docs/model.md §7.15): a registered household leaves the card when its income
 * without temporary transfers clears the exit margin, and everyone at the deadline. No benefit
 * the model represents was lost on exit (脱贫不脱政策), so there is no fear-of-exit friction.
 */
import { describe, expect, it } from 'vitest';
import { stepPoverty } from '../../src/engine/poverty.js';
import { N_SOURCES, SRC } from '../../src/engine/sources.js';
import { createState } from '../../src/engine/state.js';
import { yearContext } from '../../src/engine/year.js';
import { Scenario } from '../../src/scenario/schema.js';
import { SMALL_BASE, deepMerge, smallScenario } from './helpers.js';

const sc = smallScenario();

/** Registered households with an active card and these per-capita incomes (planting, one resident), one step of poverty status in `year`. */
function cardsAfter(year: number, incomes: number[], grants = 0) {
  const s = createState(incomes.length), y = yearContext(sc, year);
  incomes.forEach((pc, h) => {
    s.count++;
    s.hActive[h] = 1; s.hId[h] = s.nextId++; s.hResident[h] = 1;
    s.hRegistered[h] = 1; s.hCardActive[h] = 1; s.hEverPoor[h] = 1;
    s.hIncome[h * N_SOURCES + SRC.planting] = pc;
    s.hIncome[h * N_SOURCES + SRC.grants] = grants;
  });
  stepPoverty(s, sc, y, sc.analysis.withdrawalStart ?? 2026);
  return { cards: incomes.map((_, h) => s.hCardActive[h]), line: y.line };
}

describe('the card\'s exit', () => {
  it('a card is given up in the year income before temporary transfers clears the margin, and kept below it', () => {
    const margin = 1 + sc.policy.exitCheck, { line } = cardsAfter(2017, [0]);
    expect(cardsAfter(2017, [line * margin * 1.01, line * margin * 0.99]).cards).toEqual([0, 1]);
    // A one-off grant does not count toward the margin.
    expect(cardsAfter(2017, [line * margin * 0.9], line).cards).toEqual([1]);
  });

  it('every card is closed in the exit deadline year, whatever the income', () => {
    expect(cardsAfter(sc.policy.exitDeadline, [0]).cards).toEqual([0]);
  });

  it('frictions.fearOfExit is not a parameter: with every policy kept after exit there is no benefit to fear losing, and a scenario that sets it is refused', () => {
    const r = Scenario.safeParse(deepMerge(SMALL_BASE, { frictions: { fearOfExit: 0.5 } }));
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.some((i) => i.code === 'unrecognized_keys' && i.keys.includes('fearOfExit'))).toBe(true);
  });
});
