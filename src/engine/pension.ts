/**
 * Who draws the rural residents' basic pension (国发〔2014〕8号): every person of pension age
 * (policy.pension.age, 60). It is the household's income when the person is a resident of it:
 * at home, or away with an economy tied to the household; a member settled away (pAway 2,
 * issue 22) draws it where it lives. How much is paid is standards.ts's pensionPerPerson.
 */
import { SLOTS, type State } from './state.js';

/** pAway of a member settled away: not a resident of the household (NBS household survey). */
const SETTLED_AWAY = 2;

/** Persons of pension age among household h's residents. */
export function pensioners(s: State, h: number, age: number): number {
  let n = 0;
  for (let k = 0, p = h * SLOTS; k < SLOTS; k++, p++) if (s.pAlive[p] && s.pAge[p] >= age && s.pAway[p] !== SETTLED_AWAY) n++;
  return n;
}
