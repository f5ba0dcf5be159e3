/**
 * The virtual survey: in the survey year, sample households as the fieldwork did (73 valid
 * questionnaires, 001 §3) and tabulate them like 001 Tables 2-4, beside the seed's figures.
 * The fieldwork met villagers on the main roads and over-represented poor households (001 §3):
 * 59 of its 73 households were registered (T2). So the sample is drawn with that composition
 * (analysis.sampleRegistered), each group at random, and the registered share of T2 is the
 * survey's design, not the village's (the village's comes from registration, §5 of
 * docs/model.md). `tabulate` also serves the calibration checks on the whole village, each
 * household weighted so that the groups stand as in the sample (designWeights).
 */
import type { Scenario } from '../scenario/schema.js';
import { likert } from './awareness.js';
import type { SurveyRow } from './output.js';
import { draw, event, type StreamKeys } from './random.js';
import { MEASURES, NAMED_SOURCES, N_MEASURES, N_SOURCES, SRC, namedSources, type Measure } from './sources.js';
import { CAUSE_ORDER, SLOTS, type State } from './state.js';
import { partialCorrelation } from './stats.js';

/** 001 Table 2 (percent), Table 3 (partial r with head age), Table 4 (households naming a source). */
export const TARGETS = {
  registered: 80.8,
  headAge: { 'under 25': 0, '25-40': 5.5, '40-60': 37.0, 'over 60': 57.5 },
  headEducation: { primary: 75.3, junior: 19.2, 'high school+': 5.5 },
  cause: { funds: 69.5, technology: 13.56, labor: 13.56, illness: 1.69, disability: 1.69, study: 0 },
  awareness: { dividends: -0.676, cooperative: -0.644, individual: -0.663, employment: -0.551, infrastructure: -0.557, technical: -0.541, financial: -0.028, material: -0.499 } as Record<Measure, number>,
  sources: { 'poverty-alleviation funds': 56, planting: 55, 'government living support': 38, wages: 24, breeding: 11, business: 1 },
  migrantShare: 33.3,
} as const;

/**
 * Table 4's categories as sums of model sources, from the one table of sources (sources.ts
 * `named`): cooperative pay is named as breeding, the work it is; the cooperative's surplus as
 * poverty-alleviation funds, since the shares were bought with pooled funds; a tied migrant's
 * wages as wages (the family's labor income), net of its living costs away, which the
 * household at home never sees; what members settled away send is not named.
 */
const NAMED_CATEGORIES = NAMED_SOURCES as readonly (keyof typeof TARGETS.sources)[];
const NAMED = NAMED_CATEGORIES.map((c) => namedSources(c).map((src) => SRC[src]));
/** Event of the survey stream's draw of how many sources a household names (after the sample's draw, whose event is the year). */
const NAMING_EVENT = 1;

/**
 * Which of Table 4's categories each household of `hh` names as a main source of income (bit c:
 * NAMED_CATEGORIES[c]): its largest categories by the income it sees of them, ties in table
 * order, as many as it names. How many is drawn per household, ⌊m⌋ or ⌊m⌋ + 1 with the latter's
 * probability m − ⌊m⌋ (m = analysis.sourcesNamed, 185 answers from 73 households in 001 T4), so
 * the number named averages m; a household with fewer categories bringing it anything names all
 * it has. What a respondent at home sees of a source: as booked (a tied migrant's pay is
 * already what reaches the household, net of its living costs away).
 */
export function namedCategories(s: State, sc: Scenario, hh: readonly number[], keys: StreamKeys, year: number): Uint8Array {
  const m = sc.analysis.sourcesNamed, whole = Math.floor(m);
  const out = new Uint8Array(hh.length), part = new Float64Array(NAMED.length);
  const seen = (h: number, k: number) => Math.max(0, s.hIncome[h * N_SOURCES + k]);
  hh.forEach((h, i) => {
    for (let c = 0; c < NAMED.length; c++) { part[c] = 0; for (const k of NAMED[c]) part[c] += seen(h, k); }
    const k = whole + (draw(keys.survey, s.hId[h], event(year, NAMING_EVENT)) < m - whole ? 1 : 0);
    for (let n = 0; n < k; n++) {
      let best = -1;
      for (let c = 0; c < NAMED.length; c++) if (part[c] > 0 && !((out[i] >> c) & 1) && (best < 0 || part[c] > part[best])) best = c;
      if (best < 0) break;
      out[i] |= 1 << best;
    }
  });
  return out;
}

const EDU_YEARS = [6, 9, 12];

/**
 * Draws `n` distinct active households, round(n × registeredShare) of them registered and the
 * rest not (each group uniformly: smallest keyed draws first); a group with too few households
 * gives all it has and the other fills the sample.
 */
export function sampleHouseholds(s: State, keys: StreamKeys, year: number, n: number, registeredShare: number): number[] {
  const reg: number[] = [], others: number[] = [];
  for (let h = 0; h < s.count; h++) if (s.hActive[h]) (s.hRegistered[h] ? reg : others).push(h);
  const u = (h: number) => draw(keys.survey, s.hId[h], year);
  const byDraw = (a: number, b: number) => u(a) - u(b) || a - b;
  reg.sort(byDraw); others.sort(byDraw);
  const size = Math.min(n, reg.length + others.length);
  const nReg = Math.min(reg.length, Math.max(size - others.length, Math.round(size * registeredShare)));
  return [...reg.slice(0, nReg), ...others.slice(0, size - nReg)].sort((a, b) => a - b);
}

/**
 * Weights that make registered and other households of `hh` stand in the sample's proportions
 * (registeredShare : 1 − registeredShare), each group's weights summing to its share; all 1
 * when one group is empty.
 */
export function designWeights(s: State, hh: readonly number[], registeredShare: number): Float64Array {
  let reg = 0;
  for (const h of hh) reg += s.hRegistered[h];
  const others = hh.length - reg, w = new Float64Array(hh.length).fill(1);
  if (reg === 0 || others === 0) return w;
  hh.forEach((h, i) => { w[i] = (s.hRegistered[h] ? registeredShare / reg : (1 - registeredShare) / others) * hh.length; });
  return w;
}

/** The survey's tables for households `hh`; with `weights` (one per household), weighted shares and correlations. */
export function tabulate(s: State, sc: Scenario, hh: number[], keys: StreamKeys, year: number, weights?: ArrayLike<number>): SurveyRow[] {
  const rows: SurveyRow[] = [];
  const w = weights ?? new Float64Array(hh.length).fill(1);
  /** Weighted percentage of the households (by index into hh) where `yes` holds, among those where `among` holds. */
  const pct = (yes: (i: number) => boolean, among: (i: number) => boolean = () => true) => {
    let a = 0, b = 0;
    for (let i = 0; i < hh.length; i++) if (among(i)) { b += w[i]; if (yes(i)) a += w[i]; }
    return b > 0 ? (100 * a) / b : NaN;
  };
  const row = (table: string, item: string, category: string, unit: SurveyRow['unit'], model: number, target: number) => rows.push({ table, item, category, unit, model, target });
  const heads = hh.map((h) => h * SLOTS + s.hHead[h]);
  const isReg = (i: number) => s.hRegistered[hh[i]] === 1;
  // The sample's registered share is its design (analysis.sampleRegistered), as in the fieldwork.
  row('T2', 'registered', 'yes', 'percent', pct(isReg), TARGETS.registered);
  const bands: [string, (a: number) => boolean][] = [['under 25', (a) => a < 25], ['25-40', (a) => a >= 25 && a < 40], ['40-60', (a) => a >= 40 && a <= 60], ['over 60', (a) => a > 60]];
  for (const [name, inBand] of bands) row('T2', 'head-age', name, 'percent', pct((i) => inBand(s.pAge[heads[i]])), TARGETS.headAge[name as keyof typeof TARGETS.headAge]);
  (['primary', 'junior', 'high school+'] as const).forEach((name, e) => row('T2', 'head-education', name, 'percent', pct((i) => s.pEdu[heads[i]] === e), TARGETS.headEducation[name]));
  CAUSE_ORDER.forEach((c, k) => row('T2', 'first-cause', c, 'percent', pct((i) => s.hCause[hh[i]] === k + 1, isReg), TARGETS.cause[c]));
  const age = heads.map((p) => s.pAge[p]), registered = hh.map((h) => s.hRegistered[h]), eduYears = heads.map((p) => EDU_YEARS[s.pEdu[p]]);
  MEASURES.forEach((m, k) => {
    const aware = hh.map((h) => likert(s.hAware[h * N_MEASURES + k]));
    row('T3', 'awareness-vs-head-age', m, 'correlation', partialCorrelation(age, aware, [registered, eduYears], weights), TARGETS.awareness[m]);
  });
  const named = namedCategories(s, sc, hh, keys, year);
  NAMED_CATEGORIES.forEach((name, c) => row('T4', 'households-naming-source', name, 'percent', pct((i) => ((named[i] >> c) & 1) === 1), (100 * TARGETS.sources[name]) / 73));
  // People away: migrants tied to the household and members settled away, among all members.
  let persons = 0, away = 0;
  hh.forEach((h, i) => { persons += w[i] * s.hSize[h]; away += w[i] * s.hMigrants[h]; });
  row('S4.1', 'people-away-as-migrants', 'share', 'percent', persons > 0 ? (100 * away) / persons : NaN, TARGETS.migrantShare);
  return rows;
}

export function virtualSurvey(s: State, sc: Scenario, keys: StreamKeys, year: number): SurveyRow[] {
  return tabulate(s, sc, sampleHouseholds(s, keys, year, sc.analysis.sampleSize, sc.analysis.sampleRegistered), keys, year);
}
