/** The labour test the guarantee, the low-income monitoring and the posts share (docs/model.md §7.8, §7.21). */
import type { Scenario } from '../scenario/schema.js';
import type { State } from './state.js';

/**
 * The labour test: labor capacity of the resident members (at home, or tied migrants working
 * away, whose wages are the household's) per resident member, below policy.laborPoor, means the
 * household cannot work its way out.
 */
export function cannotWork(sc: Scenario, s: State, h: number): boolean {
  return laborPerResident(s, h) < sc.policy.laborPoor;
}

/** Labor capacity of the resident members per resident member (full-worker equivalents). */
export function laborPerResident(s: State, h: number): number {
  return s.hResidentLabor[h] / Math.max(1, s.hResident[h]);
}
