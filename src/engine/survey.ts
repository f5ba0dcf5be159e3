/**
 * The virtual survey: in the survey year, sample households as the fieldwork did (73 valid
 * questionnaires, 001 §3) and tabulate them like 001 Tables 2-4, beside the seed's figures.
 * `tabulate` also serves the calibration checks on the whole village.
 */
import type { Scenario } from '../scenario/schema.js';
import { likert } from './awareness.js';
import type { SurveyRow } from './output.js';
import { draw, type StreamKeys } from './random.js';
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
 * wages as wages (the family's labor income); what members settled away send is not named.
 */
const NAMED = Object.fromEntries(NAMED_SOURCES.map((c) => [c, namedSources(c).map((src) => SRC[src])])) as Record<keyof typeof TARGETS.sources, number[]>;

const EDU_YEARS = [6, 9, 12];

/** Draws `n` distinct active households uniformly (smallest keyed draws first). */
export function sampleHouseholds(s: State, keys: StreamKeys, year: number, n: number): number[] {
  const all: number[] = [];
  for (let h = 0; h < s.count; h++) if (s.hActive[h]) all.push(h);
  const u = (h: number) => draw(keys.survey, s.hId[h], year);
  return all.sort((a, b) => u(a) - u(b) || a - b).slice(0, Math.min(n, all.length)).sort((a, b) => a - b);
}

export function tabulate(s: State, sc: Scenario, hh: number[]): SurveyRow[] {
  const rows: SurveyRow[] = [];
  const n = hh.length, pct = (k: number, d = n) => (d > 0 ? (100 * k) / d : NaN);
  const row = (table: string, item: string, category: string, unit: SurveyRow['unit'], model: number, target: number) => rows.push({ table, item, category, unit, model, target });
  const heads = hh.map((h) => h * SLOTS + s.hHead[h]);
  row('T2', 'registered', 'yes', 'percent', pct(hh.filter((h) => s.hRegistered[h]).length), TARGETS.registered);
  const bands: [string, (a: number) => boolean][] = [['under 25', (a) => a < 25], ['25-40', (a) => a >= 25 && a < 40], ['40-60', (a) => a >= 40 && a <= 60], ['over 60', (a) => a > 60]];
  for (const [name, inBand] of bands) row('T2', 'head-age', name, 'percent', pct(heads.filter((p) => inBand(s.pAge[p])).length), TARGETS.headAge[name as keyof typeof TARGETS.headAge]);
  (['primary', 'junior', 'high school+'] as const).forEach((name, e) => row('T2', 'head-education', name, 'percent', pct(heads.filter((p) => s.pEdu[p] === e).length), TARGETS.headEducation[name]));
  const reg = hh.filter((h) => s.hRegistered[h]);
  CAUSE_ORDER.forEach((c, i) => row('T2', 'first-cause', c, 'percent', pct(reg.filter((h) => s.hCause[h] === i + 1).length, reg.length), TARGETS.cause[c]));
  const age = heads.map((p) => s.pAge[p]), registered = hh.map((h) => s.hRegistered[h]), eduYears = heads.map((p) => EDU_YEARS[s.pEdu[p]]);
  MEASURES.forEach((m, k) => {
    const aware = hh.map((h) => likert(s.hAware[h * N_MEASURES + k]));
    row('T3', 'awareness-vs-head-age', m, 'correlation', partialCorrelation(age, aware, [registered, eduYears]), TARGETS.awareness[m]);
  });
  const threshold = sc.analysis.namingShare;
  for (const [name, srcs] of Object.entries(NAMED) as [keyof typeof TARGETS.sources, number[]][]) {
    let named = 0;
    for (const h of hh) {
      let gross = 0, part = 0;
      for (let k = 0; k < N_SOURCES; k++) gross += Math.max(0, s.hIncome[h * N_SOURCES + k]);
      for (const k of srcs) part += Math.max(0, s.hIncome[h * N_SOURCES + k]);
      if (part > 0 && part >= threshold * gross) named++;
    }
    row('T4', 'households-naming-source', name, 'percent', pct(named), (100 * TARGETS.sources[name]) / 73);
  }
  // People away: migrants tied to the household and members settled away, among all members.
  let persons = 0, away = 0;
  for (const h of hh) { persons += s.hSize[h]; away += s.hMigrants[h]; }
  row('S4.1', 'people-away-as-migrants', 'share', 'percent', pct(away, persons), TARGETS.migrantShare);
  return rows;
}

export function virtualSurvey(s: State, sc: Scenario, keys: StreamKeys, year: number): SurveyRow[] {
  return tabulate(s, sc, sampleHouseholds(s, keys, year, sc.analysis.sampleSize));
}
