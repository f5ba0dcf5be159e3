/**
 * Mode access. A mode is a set of opened activities, recorded as one bit per mode; the
 * mechanisms read the bits as access rights and never as outcomes (principle 1).
 */
import type { Scenario } from '../scenario/schema.js';
import { MODES } from './output.js';
import { draw, type StreamKeys } from './random.js';
import type { State } from './state.js';

export const MODE_BIT = { shareholding: 1, cooperative: 2, individual: 4, employment: 8 } as const;

/** Draws a household's mode access once, from the `modes` stream keyed by household id. */
function assignModes(sc: Scenario, keys: StreamKeys, householdId: number, registered: boolean): number {
  let bits = 0;
  MODES.forEach((mode, i) => {
    const m = sc.modes[mode];
    if (m.eligible === 'registered' && !registered) return;
    if (draw(keys.modes, householdId, i) < m.access) bits |= MODE_BIT[mode];
  });
  return bits;
}

/** Draws household h's modes and sets its access: the modes less those withheld in this run. */
export function openModes(s: State, sc: Scenario, keys: StreamKeys, h: number, registered: boolean): void {
  s.hModes[h] = assignModes(sc, keys, s.hId[h], registered);
  s.hAccess[h] = s.hModes[h] & ~s.withheld;
}

/** Withholds mode bits from every household of a built population (a mode's counterfactual): access is the modes less those. */
export function withholdModes(s: State, withheld: number): void {
  s.withheld = withheld;
  for (let h = 0; h < s.count; h++) s.hAccess[h] = s.hModes[h] & ~withheld;
}
