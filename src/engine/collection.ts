/**
 * What a run collects, declared up front as data (docs/performance.md, "Collection on
 * request"): `ipasim run` keeps everything; a sweep only the figures its outputs name; a
 * calibration only the values its targets read; a mode's counterfactual only what its effect
 * compares. `planCollection` turns the request into what to sum in each year (families of
 * household sums, sources, cells, income ranks) and which counterfactuals to run, so the
 * collector does nothing nobody reads. Every value collected is the value the full collection
 * gives, bit for bit: a sum is the same sum whatever else is summed beside it.
 */
import type { Scenario } from '../scenario/schema.js';
import { EFFECT_METRICS, EFFECT_PREFIX, PAIRED_GROUPS } from './modeEffects.js';
import { GROUPS, MODE_KEYS, MODES, type Group, type Mode, type ModeKey } from './output.js';
import { withdrawalWindows } from './windows.js';
import { SUMMARY_FIELDS, SUMMARY_READS, summaryYears, type SummaryField } from './summary.js';
import { yearContext } from './year.js';
import { ALL_FAMILIES, ALL_SOURCES, FISCAL_PREFIX, METRIC_INDEX, METRIC_NEEDS, METRICS, N_METRICS } from './yearlyMetrics.js';

/** One yearly value, or a window of years, a caller reads: a metric of one mode and group. */
export interface YearlyWant {
  /** A metric of yearly.csv: one of METRICS, `fiscal.<item>` (mode and group `all`), or `effect.<metric>` (a mode's effect). */
  metric: string;
  mode: ModeKey;
  group: Group;
  from: number;
  to: number;
}

export interface Collection {
  /** Every metric of every cell in every year (yearly.csv), or only these values. */
  yearly: 'all' | readonly YearlyWant[];
  /** Every mode's counterfactual and effect rows in every year, and the summary's effect figures (`ipasim run`). */
  effects: boolean;
  /** The virtual survey (survey.csv). */
  survey: boolean;
  /** The figures of each mode's summary: all of them, or these (the others are NaN; the ranking, which reads most, is then empty). */
  summary: 'all' | readonly SummaryField[];
}

/** Everything `ipasim run` writes but the mode effects. */
export const FULL: Collection = { yearly: 'all', effects: false, survey: true, summary: 'all' };
/** Everything `ipasim run` writes. */
export const FULL_WITH_EFFECTS: Collection = { ...FULL, effects: true };
/** Nothing (the yearly loop alone: benchmarks, and tests that inspect the state). */
export const NOTHING: Collection = { yearly: [], effects: false, survey: false, summary: [] };

/** What to collect in one year. */
export interface YearNeeds {
  /** Families of household sums beyond the core (yearlyMetrics.ts FAMILY), and sources summed on their own (bit k = source k). */
  families: number;
  sources: number;
  /** Cells summed from the households' combinations, and cells ranked by income (bit c = cell c). */
  cells: number;
  rankCells: number;
  /** The rows kept: every metric of every cell and the fiscal items, or these values (cell x N_METRICS + metric, in yearly.csv order) and fiscal items. */
  rows: 'all' | { values: Int32Array; fiscal: readonly string[] };
}

export interface CollectionPlan {
  /** What to collect in `year` (undefined: nothing). */
  needsIn(year: number): YearNeeds | undefined;
  survey: boolean;
  /** The summary's figures: all, these, or none (an empty set). */
  summary: 'all' | ReadonlySet<SummaryField>;
  /** The counterfactual runs to make, one per mode whose effect is read, with what each collects. */
  counterfactuals: readonly { mode: Mode; collection: Collection }[];
  /** The last year anything collected reads: a run may stop after it (SimulateOptions.until). */
  lastYear: number;
}

const NG = GROUPS.length, CELLS = MODE_KEYS.length * NG;
const ALL_CELLS = 2 ** CELLS - 1;
const cellOf = (mode: ModeKey, group: Group) => MODE_KEYS.indexOf(mode) * NG + GROUPS.indexOf(group);
/** The `all` group of each mode: the cells the summary reads. */
const SUMMARY_CELLS = MODE_KEYS.reduce((m, mode) => m | (1 << cellOf(mode, 'all')), 0);
const EVERYTHING: YearNeeds = { families: ALL_FAMILIES, sources: ALL_SOURCES, cells: ALL_CELLS, rankCells: ALL_CELLS, rows: 'all' };

/** The full collection's plan: everything in any year (the collector's default). */
export const FULL_PLAN: CollectionPlan = { needsIn: () => EVERYTHING, survey: true, summary: 'all', counterfactuals: [], lastYear: Infinity };

/** A yearly metric a collection cannot name: the caller's mistake (a sweep's outputs, a target). */
export class UnknownYearlyMetric extends Error {
  override name = 'UnknownYearlyMetric';
}

/** The effect wants that every mode's effects (`effects: true`) and the summary's effect figures stand for. */
function effectWants(sc: Scenario, c: Collection): YearlyWant[] {
  const { start: t0, end: t1 } = sc.time;
  const out: YearlyWant[] = [];
  if (c.effects)
    for (const mode of MODES) for (const group of PAIRED_GROUPS) for (const m of EFFECT_METRICS) out.push({ metric: EFFECT_PREFIX + m, mode, group: group as Group, from: t0, to: t1 });
  else if (c.summary !== 'all') {
    const w = withdrawalWindows(sc);
    for (const f of c.summary) {
      const effect = SUMMARY_READS[f].effect;
      // Without a withdrawal there is no window: the effect figure is undefined and reads nothing.
      const span = effect ? w[effect.window] : null;
      if (effect && span) for (const mode of MODES) out.push({ metric: EFFECT_PREFIX + effect.metric, mode, group: 'all', from: span[0], to: span[1] });
    }
  }
  return out;
}

export function planCollection(sc: Scenario, c: Collection): CollectionPlan {
  const { start: t0, end: t1 } = sc.time;
  const summary: CollectionPlan['summary'] = c.summary === 'all' ? 'all' : new Set(c.summary);
  // Effects: the factual value, and the same value in the mode's counterfactual.
  const factual: YearlyWant[] = c.yearly === 'all' ? [] : [...c.yearly];
  const cf = new Map<Mode, YearlyWant[]>();
  for (const w of [...factual, ...effectWants(sc, c)].filter((x) => x.metric.startsWith(EFFECT_PREFIX))) {
    const metric = w.metric.slice(EFFECT_PREFIX.length);
    if (!(EFFECT_METRICS as readonly string[]).includes(metric) || !(MODES as readonly string[]).includes(w.mode) || !PAIRED_GROUPS.has(w.group))
      throw new UnknownYearlyMetric(`there is no effect ${w.metric} for mode ${w.mode}, group ${w.group}: effects are of ${EFFECT_METRICS.join(', ')}, for the four modes and the groups ${[...PAIRED_GROUPS].join(', ')}`);
    const base = { ...w, metric };
    if (c.yearly !== 'all') factual.push(base);
    const mode = w.mode as Mode;
    cf.set(mode, [...(cf.get(mode) ?? []), base]);
  }
  const counterfactuals = MODES.filter((m) => cf.has(m)).map((mode) => ({ mode, collection: { yearly: cf.get(mode)!, effects: false, survey: false, summary: [] } satisfies Collection }));

  if (c.yearly === 'all') {
    const needsIn = (year: number) => (year >= t0 && year <= t1 ? EVERYTHING : undefined);
    return { needsIn, survey: c.survey, summary, counterfactuals, lastYear: t1 };
  }

  const years = new Map<number, { families: number; sources: number; cells: number; rankCells: number; values: Set<number>; fiscal: Set<string> }>();
  const at = (year: number) => {
    let y = years.get(year);
    if (!y) years.set(year, (y = { families: 0, sources: 0, cells: 0, rankCells: 0, values: new Set(), fiscal: new Set() }));
    return y;
  };
  let lastYear = c.survey ? sc.time.surveyYear : t0;
  for (const w of factual) {
    if (w.metric.startsWith(EFFECT_PREFIX)) continue; // its factual value is among the wants; its rows come from modeEffects.ts
    const fiscal = w.metric.startsWith(FISCAL_PREFIX), k = METRIC_INDEX.get(w.metric);
    if (!fiscal && k === undefined) throw new UnknownYearlyMetric(`yearly.csv has no metric "${w.metric}"`);
    const cell = cellOf(w.mode, w.group);
    for (let year = Math.max(t0, w.from); year <= Math.min(t1, w.to); year++) {
      lastYear = Math.max(lastYear, year);
      const y = at(year);
      // Fiscal items are kept for mode and group `all` only, as in yearly.csv.
      if (fiscal) { if (w.mode === 'all' && w.group === 'all') y.fiscal.add(w.metric.slice(FISCAL_PREFIX.length)); continue; }
      const needs = METRIC_NEEDS[k!];
      y.families |= needs.families; y.sources |= needs.sources; y.cells |= 1 << cell;
      if (needs.ranks) y.rankCells |= 1 << cell;
      y.values.add(cell * N_METRICS + k!);
      // proPoorGrowth compares the cell's mean income and poorest fifth with the year before's.
      if (needs.yearBefore && year > t0) { const p = at(year - 1); p.cells |= 1 << cell; p.rankCells |= 1 << cell; }
    }
  }
  const fields = summary === 'all' ? SUMMARY_FIELDS : [...summary];
  const w = withdrawalWindows(sc);
  for (const f of fields) for (const span of SUMMARY_READS[f].years) for (const year of summaryYears(sc, w, span)) at(year).cells |= SUMMARY_CELLS;
  if (fields.length > 0) lastYear = t1;

  const plans = new Map<number, YearNeeds>();
  for (const [year, y] of years) plans.set(year, { families: y.families, sources: y.sources, cells: y.cells, rankCells: y.rankCells, rows: { values: Int32Array.from([...y.values].sort((a, b) => a - b)), fiscal: [...y.fiscal] } });
  return { needsIn: (year) => plans.get(year), survey: c.survey, summary, counterfactuals, lastYear };
}

/**
 * The factual run's share of a collection: every value it reads, an effect's factual value
 * instead of the effect, and no counterfactual. A run made with it, then given
 * `addCounterfactuals` (simulate.ts) with the whole collection, is the run the whole
 * collection makes.
 */
export function factualOnly(sc: Scenario, c: Collection): Collection {
  const summary = c.summary === 'all' ? 'all' : c.summary.filter((f) => !SUMMARY_READS[f].effect);
  const effects = [...(c.yearly === 'all' ? [] : c.yearly), ...effectWants(sc, c)].filter((w) => w.metric.startsWith(EFFECT_PREFIX));
  const bases = effects.map((w) => ({ ...w, metric: w.metric.slice(EFFECT_PREFIX.length) }));
  const yearly = c.yearly === 'all' ? 'all' : [...c.yearly.filter((w) => !w.metric.startsWith(EFFECT_PREFIX)), ...bases];
  return { yearly, effects: false, survey: c.survey, summary };
}

/** The last year a collection reads in this scenario: a run that collects it may stop there. */
export const lastYearRead = (sc: Scenario, c: Collection): number => planCollection(sc, c).lastYear;

/** What the full collection's counterfactual of `mode` collects: the rows its effects compare. */
export function effectCollection(sc: Scenario, mode: Mode): Collection {
  return planCollection(sc, FULL_WITH_EFFECTS).counterfactuals.find((c) => c.mode === mode)!.collection;
}

/** Every metric name yearly.csv can have in this scenario: METRICS, the fiscal items and the effects. */
export function yearlyMetricNames(sc: Scenario): string[] {
  return [...METRICS, ...Object.keys(yearContext(sc, sc.time.start).fiscal).map((item) => FISCAL_PREFIX + item), ...EFFECT_METRICS.map((m) => EFFECT_PREFIX + m)];
}
