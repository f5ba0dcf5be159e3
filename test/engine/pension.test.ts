import { describe, expect, it } from 'vitest';
import { pensioners } from '../../src/engine/pension.js';
import { simulate } from '../../src/engine/simulate.js';
import { N_SOURCES, SRC } from '../../src/engine/sources.js';
import { createState, SLOTS } from '../../src/engine/state.js';
import { yearContext } from '../../src/engine/year.js';
import { Scenario } from '../../src/scenario/schema.js';

describe('the rural residents\' basic pension', () => {
  it('counts the household\'s residents of pension age: at home or away with a tied economy, not a member settled away', () => {
    const s = createState(1);
    s.count = 1;
    const person = (k: number, age: number, away: number) => { s.pAlive[k] = 1; s.pAge[k] = age; s.pAway[k] = away; };
    person(0, 72, 0); person(1, 66, 1); person(2, 61, 2); person(3, 59, 0); person(4, 80, 0);
    s.pAlive[4] = 0;
    expect(pensioners(s, 0, 60)).toBe(2);
    expect(pensioners(s, 0, 65)).toBe(2);
    expect(pensioners(s, 0, 70)).toBe(1);
  });

  it('pays every household the published pension of the year for each of its residents 60+, rising after 2020', () => {
    const sc = Scenario.parse({ villages: [{ name: 'P', households: 80 }], time: { end: 2026 } });
    const paid = new Map<number, number>();
    simulate(sc, { seed: 1, collect: false, inspect: (s, _w, y) => {
      const per = yearContext(sc, y).pension;
      let total = 0;
      for (let h = 0; h < s.count; h++) {
        if (!s.hActive[h]) continue;
        let n = 0;
        for (let k = 0; k < SLOTS; k++) { const p = h * SLOTS + k; if (s.pAlive[p] && s.pAge[p] >= 60 && s.pAway[p] !== 2) n++; }
        expect(s.hIncome[h * N_SOURCES + SRC.pension]).toBeCloseTo(per * n, 6);
        total += n;
      }
      paid.set(y, per);
      expect(total).toBeGreaterThan(0);
    } });
    expect(paid.get(2025)!).toBeGreaterThan(paid.get(2020)! * 1.3);
    expect(paid.get(2018)!).toBeGreaterThan(paid.get(2017)!);
  });
});
