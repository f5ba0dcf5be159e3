/** Public-welfare posts after the transition (places.ts with lowIncome.ts): who may hold one, pinned on small runs. */
import { describe, expect, it } from 'vitest';
import { LI_FOLLOWED, LI_FOUND } from '../../src/engine/lowIncome.js';
import { laborPerResident } from '../../src/engine/laborTest.js';
import { simulate } from '../../src/engine/simulate.js';
import { Scenario } from '../../src/scenario/schema.js';
import { deepMerge, type Overrides } from './helpers.js';

const small = (over: Overrides = {}) => Scenario.parse(deepMerge({ villages: [{ name: 'P', households: 150 }] }, over));

/** Post holders by year, split by what let them hold the post (followed, weak labour, found low-income, registered, none of these). */
function holders(sc: Scenario, seed = 1) {
  const out = new Map<number, { followed: number; weak: number; found: number; registeredOnly: number; other: number }>();
  simulate(sc, { seed, collect: false, inspect: (s, _w, y) => {
    const c = { followed: 0, weak: 0, found: 0, registeredOnly: 0, other: 0 };
    for (let h = 0; h < s.count; h++) {
      if (!s.hActive[h] || !s.hWelfarePosts[h]) continue;
      if (s.hLowIncome[h] & LI_FOLLOWED) c.followed++;
      else if (laborPerResident(s, h) < 1.5 * sc.policy.laborPoor) c.weak++;
      else if (s.hLowIncome[h] & LI_FOUND) c.found++;
      else if (s.hRegistered[h]) c.registeredOnly++;
      else c.other++;
    }
    out.set(y, c);
  } });
  return out;
}

describe('public-welfare posts after the transition', () => {
  it('a household the low-income monitoring follows may hold a post without the employment mode; before 2026 nobody without the mode holds one once the last push has ended', () => {
    // The collective pays no posts under a per-household rule, so only the monitoring opens them.
    const h = holders(small({ modes: { employment: { access: 0 } }, collective: { afterTransition: { rule: 'per-household' } } }));
    for (let y = 2022; y <= 2025; y++) expect(h.get(y), `${y}`).toEqual({ followed: 0, weak: 0, found: 0, registeredOnly: 0, other: 0 });
    for (let y = 2027; y <= 2035; y++) {
      const c = h.get(y)!;
      expect(c.followed, `${y}`).toBeGreaterThan(0);
      expect(c.weak + c.found + c.registeredOnly + c.other, `${y}`).toBe(0);
    }
  });

  it('where the collective pays posts (public-welfare labour) they need no mode: households in difficulty (weak labour, registered, found low-income) hold them without it', () => {
    const sc = small({ modes: { employment: { access: 0 } } });
    const h = holders(sc);
    let unfollowed = 0, paying = 0;
    simulate(sc, { seed: 1, collect: false, inspect: (s, w, y) => {
      if (y < 2026) return;
      paying += w.villages[0].postsCollective > 0 ? 1 : 0;
      for (let i = 0; i < s.count; i++) {
        if (!s.hActive[i] || !s.hWelfarePosts[i] || s.hLowIncome[i] & LI_FOLLOWED) continue;
        expect(laborPerResident(s, i) < 1.5 * sc.policy.laborPoor || s.hRegistered[i] === 1 || (s.hLowIncome[i] & LI_FOUND) !== 0 || s.hAtRisk[i] === 1, `${y} household ${i}`).toBe(true);
      }
    } });
    for (let y = 2027; y <= 2035; y++) unfollowed += h.get(y)!.weak + h.get(y)!.found + h.get(y)!.registeredOnly + h.get(y)!.other;
    expect(paying).toBeGreaterThan(5);
    expect(unfollowed).toBeGreaterThan(9);
  });

  it('for the followed low-income households alone (targeting low-income), registration no longer opens a post; by default it still does', () => {
    const merged = holders(small({ policy: { lowIncome: { targeting: { welfarePosts: 'low-income' } } } }));
    const lifted = holders(small());
    let registeredOnly = 0;
    for (let y = 2027; y <= 2035; y++) {
      expect(merged.get(y)!.registeredOnly + merged.get(y)!.other, `${y}`).toBe(0);
      registeredOnly += lifted.get(y)!.registeredOnly;
    }
    expect(registeredOnly).toBeGreaterThan(0);
  });
});
