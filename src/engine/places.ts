/**
 * Step 4b: limited places. Enterprise jobs, workshop posts, public-welfare posts and
 * cooperative places are scarce: holders keep a place while they can still fill it and it
 * still exists; vacancies go to households with access to the mode that take the offer up
 * (awareness and agency decide), in order of a priority that favours well-connected
 * households by `eliteCapture` (000) and registered households for workshop posts (003).
 */
import type { Scenario } from '../scenario/schema.js';
import { takesUp } from './awareness.js';
import { WORKED_COOP, WORKED_JOB, WORKED_WELFARE, WORKED_WORKSHOP } from './labor.js';
import { MODE_BIT } from './modes.js';
import type { Levels } from './policy.js';
import { isWatched, LI_FOUND } from './lowIncome.js';
import { cannotWork, laborPerResident } from './laborTest.js';
import { PUSH_POST } from './protection.js';
import { PURPOSE, uniform } from './random.js';
import { MEASURE, N_MEASURES } from './sources.js';
import type { State } from './state.js';
import type { VillageIndex } from './villageIndex.js';
import type { World } from './world.js';

type Holder = 'hEntJobs' | 'hWorkshopPosts' | 'hWelfarePosts' | 'hCoop';

interface PlaceKind {
  holder: Holder;
  /** hPostsWorked bit: a place nobody in the household worked last year is given back. */
  worked: number;
  /** Index of the kind among the places' draw purposes (random.ts PURPOSE.placeOffer + kind). */
  purpose: number;
  mode: number;
  /** Whether household h may hold the place without the mode (posts the monitoring places: followed low-income households). */
  open: (s: State, h: number) => boolean;
  measure: number;
  /** Whether household h can fill the place this year. */
  fits: (s: State, h: number) => boolean;
  /** Extra priority for household h. */
  bonus: (s: State, h: number) => number;
}

/** Scratch buffers reused across years (priority keys packed with candidate positions). */
export interface PlaceScratch { keys: Float64Array }
export const newPlaceScratch = (): PlaceScratch => ({ keys: new Float64Array(1024) });

const NONE = () => false;

function kinds(sc: Scenario, world: World, level: Levels, year: number): PlaceKind[] {
  const weak = (s: State, h: number) => laborPerResident(s, h) < sc.policy.laborPoor * 1.5;
  // Welfare posts are for registered and weak-labor households, weak labor first; monitoring
  // opens them to the households it watches and puts those first (lowIncome.ts isWatched, as in
  // protection.ts). After the transition the households the low-income monitoring follows may hold
  // one without the employment mode, and with targeting.welfarePosts = low-income registration
  // no longer counts. In a village whose collective pays posts from its asset income (collective.ts,
  // the public-welfare-labour rule) the posts need no mode: the published rules open that labour to
  // villagers in difficulty generally (Hebei 2018, 敖汉旗 2021; data.md 11), so a household that
  // fits and is found low-income, registered or has weak labour may hold one. The village's posts
  // are one pool (the collective pays those worked beyond the fiscal ones), so the opening is the pool's.
  const monitoring = level.monitoring > 0, lowIncome = level.lowIncome > 0, priority = sc.policy.monitoring.postPriority;
  const lifted = !(lowIncome && sc.policy.lowIncome.targeting.welfarePosts === 'low-income');
  const watched = (s: State, h: number) => (isWatched(s, sc, monitoring, lowIncome, year, h) ? 1 : 0);
  const registered = (s: State, h: number) => (lifted ? s.hRegistered[h] : 0);
  const collective = (s: State, h: number) => world.villages[s.hVillage[h]].postsCollective > 0;
  const inDifficulty = (s: State, h: number) => weak(s, h) || registered(s, h) === 1 || watched(s, h) === 1 || (collective(s, h) && (s.hLowIncome[h] & LI_FOUND) !== 0);
  const openPosts = (s: State, h: number) => (lowIncome && watched(s, h) === 1) || (collective(s, h) && inDifficulty(s, h));
  return [
    { holder: 'hEntJobs', worked: WORKED_JOB, purpose: 0, mode: MODE_BIT.employment, open: NONE, measure: MEASURE.employment, fits: (s, h) => s.hLabor[h] >= 0.8, bonus: () => 0 },
    { holder: 'hWorkshopPosts', worked: WORKED_WORKSHOP, purpose: 1, mode: MODE_BIT.employment, open: NONE, measure: MEASURE.employment, fits: (s, h) => s.hLabor[h] >= sc.workshops.minLabor, bonus: (s, h) => sc.workshops.poorShare * s.hRegistered[h] },
    { holder: 'hWelfarePosts', worked: WORKED_WELFARE, purpose: 2, mode: MODE_BIT.employment, open: openPosts, measure: MEASURE.employment, fits: (s, h) => s.hLabor[h] > 0.1 && inDifficulty(s, h), bonus: (s, h) => 0.5 * registered(s, h) + (weak(s, h) ? 1 : 0) + priority * watched(s, h) },
    { holder: 'hCoop', worked: WORKED_COOP, purpose: 3, mode: MODE_BIT.cooperative, open: NONE, measure: MEASURE.cooperative, fits: (s, h) => s.hLargeFarmer[h] === 1 || s.hLabor[h] > 0.1 || s.hRegistered[h] === 1, bonus: (s, h) => 2 * s.hLargeFarmer[h] },
  ];
}

/** Whether household h may hold a place of this kind: the mode, or (posts the monitoring places) no mode needed. */
const mayHold = (s: State, kind: PlaceKind, h: number) => (s.hAccess[h] & kind.mode) !== 0 || kind.open(s, h);

/** A held place is given back when the household lost access or fit, or could work it and nobody did last year. */
function keeps(s: State, kind: PlaceKind, h: number, first: boolean): boolean {
  if (!(mayHold(s, kind, h) && kind.fits(s, h))) return false;
  if (first || s.hPostsWorked[h] & kind.worked) return true;
  // Cooperative members who cannot work keep their share (labor-poor registered members).
  return kind.holder === 'hCoop' && s.hLabor[h] < 0.3;
}

/** Last year of the campaign, by which welfare posts had grown to their number (white paper 2021). */
const POSTS_FULL = 2020;

/**
 * Public-welfare posts of a village with `registered` registered households: per registered
 * household, growing linearly from a share in the first year to the full number in 2020.
 */
export function welfarePosts(sc: Scenario, registered: number, year: number, level: number): number {
  const e = sc.modes.employment, span = Math.max(1, POSTS_FULL - sc.time.start);
  const grown = Math.min(1, e.welfarePostsFirstYear + ((1 - e.welfarePostsFirstYear) * (year - sc.time.start)) / span);
  return Math.round(e.welfarePosts * registered * grown * level);
}

/** Places of each kind in village v this year. */
function capacity(s: State, sc: Scenario, world: World, idx: VillageIndex, v: number, level: Levels, year: number, holder: Holder): number {
  const vil = world.villages[v];
  switch (holder) {
    case 'hEntJobs': return vil.enterpriseAlive ? Math.round(sc.enterprise.jobs * vil.fundScale) : 0;
    case 'hWorkshopPosts': return vil.workshopsOpen * sc.workshops.posts;
    // Those public funds pay (per registered household, welfarePosts) and those the collective's
    // asset income pays (collective.ts planCollective, which counted both this year).
    case 'hWelfarePosts': return vil.postsFiscal + vil.postsCollective;
    case 'hCoop': return vil.coopPlaces;
  }
}

export function allocatePlaces(s: State, sc: Scenario, world: World, idx: VillageIndex, level: Levels, year: number, scratch: PlaceScratch): void {
  const elite = sc.frictions.eliteCapture, first = year === sc.time.start;
  const push = level.lastPush > 0;
  // The posts the last push created are decided again each year it runs (after the village's own
  // allocation); once it ends they are ordinary posts, kept under the ordinary rules.
  for (let h = 0; h < s.count; h++) {
    if (!(s.hLastPush[h] & PUSH_POST)) continue;
    s.hLastPush[h] &= ~PUSH_POST;
    if (push) s.hWelfarePosts[h] = 0;
  }
  for (const kind of kinds(sc, world, level, year)) {
    const held = s[kind.holder], offer = PURPOSE.placeOffer + kind.purpose, priorityOf = PURPOSE.placePriority + kind.purpose, cut = PURPOSE.placeCut + kind.purpose;
    for (let v = 0; v < world.villages.length; v++) {
      const a = idx.start[v], b = idx.start[v + 1];
      const cap = capacity(s, sc, world, idx, v, level, year, kind.holder);
      let holders = 0;
      for (let i = a; i < b; i++) {
        const h = idx.order[i];
        if (held[h] && !keeps(s, kind, h, first)) held[h] = 0;
        holders += held[h];
      }
      if (scratch.keys.length < b - a) scratch.keys = new Float64Array(2 * (b - a));
      // Places cut (enterprise failure, workshop closure, fewer posts): exactly `cap` holders,
      // drawn at random, keep theirs.
      if (holders > cap) {
        let n = 0;
        for (let i = a; i < b; i++) if (held[idx.order[i]]) scratch.keys[n++] = Math.floor(uniform(s.hYearHash[idx.order[i]], cut) * 1048576) * 4194304 + (i - a);
        const order = scratch.keys.subarray(0, n).sort();
        for (let j = cap; j < n; j++) held[idx.order[a + (order[j] % 4194304)]] = 0;
        holders = cap;
      }
      let vacancies = cap - holders;
      if (vacancies <= 0) continue;
      let n = 0;
      for (let i = a; i < b; i++) {
        const h = idx.order[i];
        if (held[h] || !mayHold(s, kind, h) || !kind.fits(s, h)) continue;
        const offered = s.hLargeFarmer[h] || takesUp(sc, uniform(s.hYearHash[h], offer), s.hAware[h * N_MEASURES + kind.measure], s.hV[h]);
        if (!offered) continue;
        const priority = uniform(s.hYearHash[h], priorityOf) + elite * s.hConnected[h] + kind.bonus(s, h);
        // Pack priority (descending) and position into one double so a native numeric sort orders them.
        scratch.keys[n] = Math.floor((8 - priority) * 1048576) * 4194304 + (i - a);
        n++;
      }
      const order = scratch.keys.subarray(0, n).sort();
      for (let j = 0; j < n && vacancies > 0; j++, vacancies--) held[idx.order[a + (order[j] % 4194304)]] = 1;
    }
  }
  if (push) pushPosts(s, sc);
}

/**
 * The campaign's last push (protection.ts): a registered household that was still under the
 * line last year or at risk (poverty.ts), can work and holds no welfare post, is given one created for it, beside
 * the village's posts and whatever its modes (the campaign's instrument, not the employment
 * mode). Whether a member works it is the members' choice (labor.ts).
 */
function pushPosts(s: State, sc: Scenario): void {
  for (let h = 0; h < s.count; h++) {
    if (!s.hActive[h] || !s.hRegistered[h] || !(s.hPoor[h] || s.hAtRisk[h]) || s.hWelfarePosts[h] || s.hLabor[h] <= 0.1 || cannotWork(sc, s, h)) continue;
    s.hWelfarePosts[h] = 1;
    s.hLastPush[h] |= PUSH_POST;
  }
}
