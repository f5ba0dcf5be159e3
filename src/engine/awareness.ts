/**
 * Awareness of the eight measures (001 T1), on a latent 0-1 scale reported as Likert 1-5.
 * Policy reaches households through help cadres and village meetings (001 §4.1.1): a household
 * the cadres reach knows more, older heads take in less (001 T3), schooling and taking part
 * help. Each household keeps a persistent idiosyncratic offset per measure.
 */
import type { Scenario } from '../scenario/schema.js';
import { draw, normal, type StreamKeys } from './random.js';
import { MEASURES, N_MEASURES } from './sources.js';
import { SLOTS, type State } from './state.js';

/** Per-measure base and age gradient, read once per scenario. */
const TERMS = new WeakMap<Scenario, { base: Float64Array; gradient: Float64Array }>();
function terms(sc: Scenario) {
  let t = TERMS.get(sc);
  if (!t) TERMS.set(sc, (t = { base: Float64Array.from(MEASURES, (m) => sc.awareness[m].base), gradient: Float64Array.from(MEASURES, (m) => sc.awareness[m].ageGradient) }));
  return t;
}

/**
 * Moves household h's awareness a share `adj` of the way to the target its situation supports
 * (0-1, per measure). With adj = 1 on a fresh household (awareness 0) it sets the target.
 */
function approachTarget(s: State, sc: Scenario, h: number, adj: number, { base, gradient } = terms(sc)): void {
  const a = sc.awareness;
  const head = h * SLOTS + s.hHead[h], age = s.pAge[head] - 55, nominal = s.hNominal[h];
  const edu = a.educationEffect * s.pEdu[head], reach = s.hReached[h] ? 0 : -a.unreachedPenalty, reg = a.registeredBoost * s.hRegistered[h];
  const { hAware, hAwareOffset } = s;
  for (let m = 0, i = h * N_MEASURES; m < N_MEASURES; m++, i++) {
    let t = base[m] - (gradient[m] * age) / 10 + edu + reach + reg + a.practiceEffect * ((nominal >> m) & 1) + hAwareOffset[i];
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    hAware[i] += adj * (t - hAware[i]);
  }
}

/** Share of households that cadres reach, scaled by the village's organisational capacity (0.6 = P village). */
export function reachShare(sc: Scenario, orgCapacity: number): number {
  return Math.min(1, (sc.awareness.cadreReach * orgCapacity) / 0.6);
}

/** Draws the household's persistent traits (reached by cadres, offsets) and sets awareness to its target. */
export function initialAwareness(s: State, sc: Scenario, keys: StreamKeys, h: number, orgCapacity: number): void {
  const id = s.hId[h];
  s.hReached[h] = draw(keys.awareness, id, 100) < reachShare(sc, orgCapacity) ? 1 : 0;
  for (let m = 0; m < N_MEASURES; m++) s.hAwareOffset[h * N_MEASURES + m] = sc.awareness.noise * normal(keys.awareness, id * N_MEASURES + m, 0);
  approachTarget(s, sc, h, 1);
}

/** Step 4a: awareness moves a share of the way to its target. */
export function updateAwareness(s: State, sc: Scenario): void {
  const adj = sc.awareness.adjustment, { hActive } = s, t = terms(sc);
  for (let h = 0, n = s.count; h < n; h++) if (hActive[h]) approachTarget(s, sc, h, adj, t);
}

/** Likert score 1-5 of a latent awareness in [0, 1]. */
export function likert(a: number): number {
  return Math.min(5, Math.max(1, Math.round(1 + 4 * a)));
}

/** Probability that a household offered a measure takes it up, from its awareness and agency. */
export function takeUp(sc: Scenario, awareness: number, agency: number): number {
  const a = sc.awareness;
  return (0.5 + 0.5 * agency) / (1 + Math.exp(-a.slope * (awareness - a.threshold)));
}

/**
 * Whether a household whose uniform draw is u takes the measure up: u < takeUp(...), the same
 * answer. The probability is at most the agency factor and, at or above the awareness
 * threshold, at least half of it, so most draws are decided without the exponential.
 */
export function takesUp(sc: Scenario, u: number, awareness: number, agency: number): boolean {
  const most = 0.5 + 0.5 * agency, a = sc.awareness;
  if (u >= most) return false;
  if (u < 0.5 * most && a.slope >= 0 && awareness >= a.threshold) return true;
  return u < takeUp(sc, awareness, agency);
}
