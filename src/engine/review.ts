/**
 * Step 6b: the yearly review of the card (dynamic adjustment). Registration in 2014-15 was
 * not the last word: until policy.registration.reviewUntil, each year's review finds some of
 * the households not registered whose income before support fell under the line (a member
 * fell ill, a migrant came home, a herd died) and gives them a card, with the modes open to
 * registered households (a share in the fund, start-up grants). The first cause on the card is
 * what the household's state shows. From the year after, the return-to-poverty
 * monitoring (protection.ts) takes over.
 */
import type { Scenario } from '../scenario/schema.js';
import { openModes } from './modes.js';
import { cannotWork } from './laborTest.js';
import { MEASURE_BEFORE_SUPPORT } from './poverty.js';
import { PURPOSE, uniform, type StreamKeys } from './random.js';
import { CAUSE_ORDER, CHRONIC, DISABLED, SLOTS, type State } from './state.js';

const cause = (c: (typeof CAUSE_ORDER)[number]) => CAUSE_ORDER.indexOf(c) + 1;

/** The first cause a reviewer would record for household h. */
function causeOf(s: State, sc: Scenario, h: number): number {
  let chronic = false;
  for (let k = 0; k < SLOTS; k++) {
    const p = h * SLOTS + k;
    if (!s.pAlive[p] || s.pAway[p]) continue;
    if (s.pHealth[p] === DISABLED) return cause('disability');
    if (s.pHealth[p] === CHRONIC) chronic = true;
  }
  return chronic ? cause('illness') : cannotWork(sc, s, h) ? cause('labor') : cause('funds');
}

export function reviewCards(s: State, sc: Scenario, year: number, keys: StreamKeys): void {
  const r = sc.policy.registration;
  if (year <= sc.time.start || year > r.reviewUntil || r.reviewFind <= 0) return;
  for (let h = 0; h < s.count; h++) {
    if (!s.hActive[h] || s.hRegistered[h] || !s.hPoor3[h * 3 + MEASURE_BEFORE_SUPPORT]) continue;
    if (uniform(s.hYearHash[h], PURPOSE.review) >= r.reviewFind) continue;
    // A card given in the deadline year is declared out with the others (poverty.ts).
    s.hRegistered[h] = 1; s.hCardActive[h] = sc.policy.exitDeadline > 0 && year >= sc.policy.exitDeadline ? 0 : 1;
    s.hCause[h] = causeOf(s, sc, h);
    // Modes open to registered households open to it too (the same draws: other modes keep theirs).
    openModes(s, sc, keys, h, true);
  }
}
