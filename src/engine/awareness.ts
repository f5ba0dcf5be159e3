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

/** The awareness a household's situation supports this year, per measure (0-1). */
function target(s: State, sc: Scenario, h: number, m: number): number {
  const a = sc.awareness, spec = a[MEASURES[m]];
  const head = h * SLOTS + s.hHead[h];
  const practice = (s.hNominal[h] >> m) & 1;
  const t = spec.base - (spec.ageGradient * (s.pAge[head] - 55)) / 10 + a.educationEffect * s.pEdu[head]
    + (s.hReached[h] ? 0 : -a.unreachedPenalty) + a.registeredBoost * s.hRegistered[h] + a.practiceEffect * practice
    + s.hAwareOffset[h * N_MEASURES + m];
  return Math.min(1, Math.max(0, t));
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
  for (let m = 0; m < N_MEASURES; m++) s.hAware[h * N_MEASURES + m] = target(s, sc, h, m);
}

/** Step 4a: awareness moves a share of the way to its target. */
export function updateAwareness(s: State, sc: Scenario): void {
  const a = sc.awareness, adj = a.adjustment;
  const base = Float64Array.from(MEASURES, (m) => a[m].base), gradient = Float64Array.from(MEASURES, (m) => a[m].ageGradient);
  const { hActive, hHead, hNominal, hReached, hRegistered, hAware, hAwareOffset, pAge, pEdu } = s;
  for (let h = 0, n = s.count; h < n; h++) {
    if (!hActive[h]) continue;
    const head = h * SLOTS + hHead[h], age = pAge[head] - 55, nominal = hNominal[h];
    const edu = a.educationEffect * pEdu[head], reach = hReached[h] ? 0 : -a.unreachedPenalty, reg = a.registeredBoost * hRegistered[h];
    for (let m = 0, i = h * N_MEASURES; m < N_MEASURES; m++, i++) {
      // Same terms, same order as target().
      let t = base[m] - (gradient[m] * age) / 10 + edu + reach + reg + a.practiceEffect * ((nominal >> m) & 1) + hAwareOffset[i];
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      hAware[i] += adj * (t - hAware[i]);
    }
  }
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
