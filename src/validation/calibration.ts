/**
 * The calibration facts of the P-village survey (001 Tables 2-4, §4.1-4.2) as checks with
 * tolerances, evaluated on the whole simulated village in the survey year (the 73-household
 * virtual survey is too noisy to test against; it is reported in survey.csv). Shared by the
 * calibration tests and docs/validation.md. Pure: runs the engine, no I/O.
 */
import type { Scenario } from '../scenario/schema.js';
import { effectCollection } from '../engine/collection.js';
import { streamKeys } from '../engine/random.js';
import { simulate } from '../engine/simulate.js';
import { designWeights, tabulate } from '../engine/survey.js';
import { MODES, type Mode, type RunResult } from '../engine/output.js';
import { addModeEffects } from '../engine/modeEffects.js';
import { MODE_BIT } from '../engine/modes.js';
import { IS_TRANSFUSION, N_SOURCES } from '../engine/sources.js';
import type { State } from '../engine/state.js';
import { spearman } from '../engine/stats.js';
import type { SurveyRow } from '../engine/output.js';
import { gainInstability, recordIncomeBeforeAssistance, type IncomePaths } from './household-gains.js';

export interface FactCheck {
  fact: string;
  source: string;
  target: string;
  model: number;
  pass: boolean;
  /** A further reading of a fact, reported beside it in docs/validation.md but not held to its seeds. */
  reported?: true;
}

const within = (x: number, target: number, tol: number) => Math.abs(x - target) <= tol;
/** A correlation clear at 5% in a sample of the survey's 73 households (two-sided, normal approximation). */
const R_CLEAR = 0.231;
/** A moderate correlation: nearer Cohen's medium (0.3) than his small (0.1). */
const R_MODERATE = 0.2;

/** The four modes, in the order of the §4.2 "gain" facts. */
const MODE_ORDER = MODES;

interface Tracks {
  survey: SurveyRow[];
  /** Per mode: the mode's yearly effect on income per person of its households before means-tested assistance (paired against the same village without it), start .. survey year. */
  gain: number[][];
  /** Per mode: the instability of its households' yearly gains over the §4.2 window (household-gains.ts). */
  instability: number[];
  /** Per household (by id), from the start year to the survey year: per-capita total and self-made income, and the card at the survey. */
  households: Map<number, { total: number[]; selfMade: number[]; registered: number }>;
  atHomeSmall: number;
  /** Registered households among the village's households in the survey year (%). */
  registeredShare: number;
}

/** Each household's per-capita total and self-made income this year; households formed after the start are not followed. */
function recordHouseholds(s: State, out: Tracks['households'], first: boolean, survey: boolean): void {
  for (let h = 0; h < s.count; h++) {
    if (!s.hActive[h]) continue;
    let row = out.get(s.hId[h]);
    if (!row) { if (!first) continue; row = { total: [], selfMade: [], registered: 0 }; out.set(s.hId[h], row); }
    let total = 0, selfMade = 0;
    for (let k = 0; k < N_SOURCES; k++) {
      const x = s.hIncome[h * N_SOURCES + k];
      total += x;
      if (!IS_TRANSFUSION[k]) selfMade += x;
    }
    const persons = Math.max(1, s.hResident[h]);
    row.total.push(total / persons); row.selfMade.push(selfMade / persons);
    if (survey) row.registered = s.hRegistered[h];
  }
}

/** First year of the §4.2 comparisons: the fund's shares pay from then, and every instrument has ramped up. */
const gainFrom = (sc: Scenario) => sc.time.start + Math.max(1, sc.enterprise.sharesYear - sc.time.start);

export function track(sc: Scenario, seed: number): Tracks {
  const t: Tracks = { survey: [], gain: MODE_ORDER.map(() => []), instability: [], households: new Map(), atHomeSmall: 0, registeredShare: NaN };
  const from = gainFrom(sc), years = sc.time.surveyYear - from + 1;
  const paths: IncomePaths = new Map();
  const run = simulate(sc, {
    seed,
    inspect: (s, _w, year) => {
      if (year <= sc.time.surveyYear) {
        recordHouseholds(s, t.households, year === sc.time.start, year === sc.time.surveyYear);
        if (year >= from) recordIncomeBeforeAssistance(s, paths, year - from);
      }
      if (year !== sc.time.surveyYear) return;
      const all: number[] = [];
      let small = 0;
      for (let h = 0; h < s.count; h++) if (s.hActive[h]) { all.push(h); if (s.hHome[h] >= 1 && s.hHome[h] <= 4) small++; }
      // The whole village, weighted to the fieldwork's composition (59 registered of 73: 001 §3, T2).
      t.survey = tabulate(s, sc, all, streamKeys(seed), year, designWeights(s, all, sc.analysis.sampleRegistered));
      t.registeredShare = (100 * all.filter((h) => s.hRegistered[h]).length) / all.length;
      t.atHomeSmall = (100 * small) / all.length;
    },
  });
  // §4.2 compares what each mode adds (its paired effect against the same village without it),
  // not the gross income of its households, and what it brings before means-tested assistance
  // responds: the survey's households speak of the income a mode gave them, and living support
  // paid less to whoever it gave more. The village's mean gain by year (as effect rows in
  // yearly.csv), and the instability of the gains household by household.
  // The counterfactuals run here, not through simulate's modeEffects, to record their households.
  const counterfactuals: Partial<Record<Mode, RunResult>> = {};
  MODE_ORDER.forEach((mode) => {
    const without: IncomePaths = new Map();
    counterfactuals[mode] = simulate(sc, { seed, withhold: MODE_BIT[mode], collect: effectCollection(sc, mode), inspect: (s, _w, year) => {
      if (year >= from && year <= sc.time.surveyYear) recordIncomeBeforeAssistance(s, without, year - from);
    } });
    t.instability.push(gainInstability(paths, without, MODE_BIT[mode], years));
  });
  addModeEffects(run, counterfactuals);
  MODE_ORDER.forEach((mode, i) => {
    for (let year = sc.time.start; year <= sc.time.surveyYear; year++)
      t.gain[i].push(run.yearly.find((r) => r.year === year && r.mode === mode && r.group === 'all' && r.metric === 'effect.incomeBeforeAssistanceMean')?.value ?? NaN);
  });
  return t;
}

const mean = (x: number[]) => x.reduce((a, b) => a + b, 0) / x.length;
const cv = (x: number[]) => { const m = mean(x); return Math.sqrt(mean(x.map((v) => (v - m) ** 2))) / Math.abs(m); };

/** Every calibration fact for one seed. */
export function checkFacts(sc: Scenario, seed: number): FactCheck[] {
  const t = track(sc, seed);
  const out: FactCheck[] = [];
  const get = (table: string, category: string) => t.survey.find((r) => r.table === table && r.category === category)!;
  const near = (table: string, category: string, tol: number, source: string) => {
    const r = get(table, category);
    out.push({ fact: `${table} ${r.item}: ${category}`, source, target: `${r.target.toFixed(r.unit === 'correlation' ? 3 : 1)} ± ${tol}`, model: r.model, pass: within(r.model, r.target, tol) });
  };
  // The survey's registered share (80.8%) is its design: the fieldwork over-represented poor
  // households (001 §3), and the virtual survey draws the same composition. The village's own
  // share is the model's, reported beside the facts.
  out.push({ fact: 'registered households in the village (the survey over-represented them: 80.8% of its sample)', source: '001 §3, T2', target: 'reported', model: t.registeredShare, pass: true, reported: true });
  near('T2', '25-40', 6, '001 T2'); near('T2', '40-60', 10, '001 T2'); near('T2', 'over 60', 10, '001 T2');
  near('T2', 'primary', 10, '001 T2'); near('T2', 'junior', 8, '001 T2'); near('T2', 'high school+', 5, '001 T2');
  near('T2', 'funds', 10, '001 T2'); near('T2', 'technology', 7, '001 T2'); near('T2', 'labor', 7, '001 T2');
  const under25 = get('T2', 'under 25');
  out.push({ fact: 'T2 head-age: under 25', source: '001 T2', target: '≤ 2', model: under25.model, pass: under25.model <= 2 });
  for (const m of ['dividends', 'cooperative', 'individual', 'employment', 'infrastructure', 'technical', 'material']) near('T3', m, 0.15, '001 T3');
  const fin = get('T3', 'financial');
  out.push({ fact: 'T3 awareness-vs-head-age: financial', source: '001 T3', target: '|r| < 0.15', model: fin.model, pass: Math.abs(fin.model) < 0.15 });
  for (const c of ['poverty-alleviation funds', 'planting', 'government living support', 'wages', 'breeding']) near('T4', c, 12, '001 T4');
  const t4 = (c: string) => get('T4', c).model;
  const order = t4('poverty-alleviation funds') > t4('government living support') && t4('planting') > t4('government living support') && t4('government living support') > t4('breeding') && t4('wages') > t4('breeding') && t4('breeding') > t4('business');
  out.push({ fact: 'T4 ordering: funds, planting > living support; living support, wages > breeding > business', source: '001 T4', target: 'holds', model: order ? 1 : 0, pass: order });
  near('S4.1', 'share', 8, '001 §4.1.2');
  out.push({ fact: 'households with 1-4 members at home (%)', source: '001 §4.1.2', target: '≥ 85', model: t.atHomeSmall, pass: t.atHomeSmall >= 85 });
  // §4.2: gains of the modes before withdrawal, from the year the fund's shares start paying
  // (every instrument has ramped up by then) through the survey year.
  const from = gainFrom(sc) - sc.time.start;
  const gains = t.gain.map((g) => mean(g.slice(from))), cvs = t.gain.map((g) => cv(g.slice(from))), inst = t.instability;
  const [sh, co, ind, emp] = [0, 1, 2, 3];

  out.push({ fact: '§4.2 shareholding gain largest (the mode\'s paired effect on income per person before means-tested assistance)', source: '001 §4.2', target: 'shareholding > others', model: gains[sh], pass: gains[sh] > Math.max(gains[co], gains[ind], gains[emp]) });
  out.push({ fact: '§4.2 individual gain lowest', source: '001 §4.2', target: 'individual < others', model: gains[ind], pass: gains[ind] < Math.min(gains[sh], gains[co], gains[emp]) });
  // Stability as a household lives it (household-gains.ts): the mean sd of a household's yearly
  // gain over the mode's mean gain. The same ordering on the village's mean gain (its coefficient
  // of variation across years) is reported beside it: averaging over households removes their own
  // risks, and a gain that rises steadily (a cooperative's herd maturing) counts as variation.
  out.push({ fact: '§4.2 shareholding gain most stable (households\' yearly gains: mean sd over mean gain)', source: '001 §4.2', target: 'lowest', model: inst[sh], pass: inst[sh] < Math.min(inst[co], inst[ind], inst[emp]) });
  out.push({ fact: '§4.2 individual gain most volatile (households\' yearly gains)', source: '001 §4.2', target: 'highest', model: inst[ind], pass: inst[ind] > Math.max(inst[sh], inst[co], inst[emp]) });
  out.push({ fact: '§4.2 shareholding gain most stable, village mean gain (CV across years)', source: '001 §4.2', target: 'lowest CV', model: cvs[sh], pass: cvs[sh] < Math.min(cvs[co], cvs[ind], cvs[emp]), reported: true });
  out.push({ fact: '§4.2 individual gain most volatile, village mean gain (CV across years)', source: '001 §4.2', target: 'highest CV', model: cvs[ind], pass: cvs[ind] > Math.max(cvs[sh], cvs[co], cvs[emp]), reported: true });
  // 001 §4.1.4 reports a moderate positive correlation between a household's average annual
  // income growth since targeted poverty alleviation began and its card, and no clear difference
  // once one-off subsidies are deducted. The same statistic on the model: each household followed
  // from the start year, its average yearly rise over the following years to the survey against
  // the start year, rank-correlated with the card. "Clear" is significance at 5% in a sample of
  // the survey's 73 households: |r| >= 1.96 / sqrt(72) = 0.231; "moderate" is nearer Cohen's
  // medium correlation (0.3) than his small one (0.1): r >= 0.2.
  const years = sc.time.surveyYear - sc.time.start, floor = 0.1 * sc.policy.povertyLine[0].value;
  const rise = (x: number[]) => (mean(x.slice(1)) - x[0]) / Math.max(Math.abs(x[0]), floor) / years;
  const followed = [...t.households.values()].filter((h) => h.total.length === years + 1);
  const card = followed.map((h) => h.registered);
  const rTotal = spearman(followed.map((h) => rise(h.total)), card), rSelfMade = spearman(followed.map((h) => rise(h.selfMade)), card);
  out.push({ fact: '§4.1.4 income growth correlates positively with the card', source: '001 §4.1.4', target: `r >= ${R_MODERATE}`, model: rTotal, pass: rTotal >= R_MODERATE });
  out.push({ fact: '§4.1.4 without transfers and one-off subsidies the growth gap disappears', source: '001 §4.1.4', target: `|r| < ${R_CLEAR}`, model: rSelfMade, pass: Math.abs(rSelfMade) < R_CLEAR });
  return out;
}
