/**
 * The engine's entry point. Data flow:
 *
 *   scenario ──▶ population (start year) ──▶ yearly steps ──▶ collector ──▶ tidy rows
 *                                                │                          summary, survey, panel
 *   each year: 0 the households' yearly hashes (random.ts)  1 demography
 *              2 policy levels & line  3 market, enterprise accounts, the collective's posts
 *              4 the low-income monitoring (after the transition), awareness, limited places
 *              5 activity choice, income by source, the collective's accounts, cooperative
 *              and workshop accounts, social protection, participation
 *              6 poverty status on three measures  7 spending, savings, debt
 *              8 empowerment  then collection
 *
 * What is collected is declared up front (collection.ts). With effects, the same seed runs
 * again once per mode with that mode's access withheld (modeEffects.ts): a mode's effect is what
 * it adds to the same households.
 *
 * Pure: no file system, no console, no clock. Randomness comes only from the seed.
 */
import type { Scenario } from '../scenario/schema.js';
import { updateAwareness } from './awareness.js';
import { planCollective, settleCollective } from './collective.js';
import { countMembers, demographyTables, stepDemography } from './demography.js';
import { stepEmpowerment } from './empowerment.js';
import { fundInvestment, stepEnterprise } from './enterprise.js';
import { stepFinance } from './finance.js';
import { laborPrices, stepIncome } from './income.js';
import { identifyLowIncome, newLowIncomeScratch } from './lowIncome.js';
import type { LaborPrices } from './labor.js';
import { addModeEffects } from './modeEffects.js';
import { MODE_BIT, withholdModes } from './modes.js';
import { stepMarket } from './market.js';
import { FULL, NOTHING, planCollection, type Collection, type CollectionPlan } from './collection.js';
import { Collector } from './metrics.js';
import type { Mode, RunResult } from './output.js';
import { PanelRecorder } from './panel.js';
import { recordParticipation } from './participation.js';
import { allocatePlaces, newPlaceScratch } from './places.js';
import { buildPopulation, type Population } from './population.js';
import { stepPoverty } from './poverty.js';
import { stepProtection } from './protection.js';
import { reviewCards } from './review.js';
import { hashHouseholdYears, streamKeys } from './random.js';
import { copyState, type State } from './state.js';
import { summarize } from './summary.js';
import { virtualSurvey } from './survey.js';
import { withdrawalWindows } from './windows.js';
import { indexByVillage, type VillageIndex } from './villageIndex.js';
import { workshopAccounts } from './workshops.js';
import { newCounters, type World } from './world.js';
import { yearContext } from './year.js';

export interface SimulateOptions {
  seed: number;
  /** Record one row per household per year (panel.csv). */
  panel?: boolean;
  /** Called after each simulated year (progress bars). */
  onYear?: (year: number) => void;
  /**
   * Called as each step of a year ends, with the step's name (benchmarks time the mechanisms
   * with it: bench/engine.ts --steps). 'build' ends the population's build, 'summary' the run.
   */
  onStep?: (step: string) => void;
  /** Called after each year with the live state (tests and benchmarks; do not mutate). */
  inspect?: (state: State, world: World, year: number) => void;
  /**
   * What to collect (collection.ts): FULL by default (yearly.csv, survey, summary);
   * FULL_WITH_EFFECTS adds every mode's counterfactual and effects (`ipasim run`); a sweep or a
   * calibration names only what it reads; false nothing (benchmarks of the yearly loop alone).
   */
  collect?: Collection | false;
  /**
   * The last year to simulate (default time.end): a caller that reads nothing later (a
   * calibration reads nothing after 2025: lastYearRead in collection.ts) need not simulate it.
   * Years up to it are the same as in a run to the end: no mechanism looks ahead.
   */
  until?: number;
  /** Mode bits withheld from every household (a mode's counterfactual, run by hand). */
  withhold?: number;
}

export function simulate(sc: Scenario, opts: SimulateOptions): RunResult {
  const { plan, until } = prepare(sc, opts);
  // The build draws the village without reading access, so withholding a mode is a change of
  // access afterwards: the counterfactuals below are copies of the village, not new builds.
  const start = buildPopulation(sc, streamKeys(opts.seed));
  if (opts.withhold) withholdModes(start.state, opts.withhold);
  const startCopy = plan.counterfactuals.length > 0 ? copyPopulation(start) : undefined;
  const result = simulateOnce(sc, opts, plan, until, start);
  if (startCopy) addModeEffects(result, counterfactualRuns(sc, opts.seed, plan, until, startCopy));
  return result;
}

/**
 * The counterfactual runs of `opts.collect` added to a run of the same scenario and seed made
 * without them (collected with `factualOnly(opts.collect)`): the result is the one `simulate`
 * gives with `opts`, bit for bit (the village is built again from the seed). A calibration
 * runs a candidate's counterfactuals only once its other targets have passed (delayed
 * acceptance, docs/calibration.md).
 */
export function addCounterfactuals(sc: Scenario, opts: Pick<SimulateOptions, 'seed' | 'collect' | 'until'>, factual: RunResult): RunResult {
  const { plan, until } = prepare(sc, opts);
  if (plan.counterfactuals.length > 0) addModeEffects(factual, counterfactualRuns(sc, opts.seed, plan, until, buildPopulation(sc, streamKeys(opts.seed))));
  return factual;
}

function prepare(sc: Scenario, opts: Pick<SimulateOptions, 'collect' | 'until'>): { plan: CollectionPlan; until: number } {
  const plan = planCollection(sc, opts.collect === false ? NOTHING : (opts.collect ?? FULL));
  const until = opts.until ?? sc.time.end;
  if (until > sc.time.end || until < sc.time.start) throw new RangeError(`until ${until} is outside the scenario's years ${sc.time.start}-${sc.time.end}`);
  if (until < plan.lastYear) throw new RangeError(`the collection reads ${plan.lastYear}, after until ${until}`);
  return { plan, until };
}

/** Each counterfactual of the plan, from a copy of the village with its mode withheld. */
function counterfactualRuns(sc: Scenario, seed: number, plan: CollectionPlan, until: number, start: Population): Partial<Record<Mode, RunResult>> {
  return Object.fromEntries(plan.counterfactuals.map(({ mode, collection }) => {
    const population = copyPopulation(start);
    withholdModes(population.state, MODE_BIT[mode]);
    return [mode, simulateOnce(sc, { seed }, planCollection(sc, collection), until, population)];
  }));
}

function copyPopulation(p: Population): Population {
  return { state: copyState(p.state), villages: p.villages.map((v) => ({ ...v })) };
}

const NO_STEP = (_step: string) => {};

function simulateOnce(sc: Scenario, opts: SimulateOptions, plan: CollectionPlan, until: number, { state: s, villages }: Population): RunResult {
  const step = opts.onStep ?? NO_STEP;
  step('build');
  const keys = streamKeys(opts.seed);
  const world: World = { villages, epidemic: false };
  const counters = newCounters();
  const collector = new Collector(plan);
  const panel = opts.panel ? new PanelRecorder(sc) : undefined;
  const windows = withdrawalWindows(sc);
  const orgCapacity = Float64Array.from(villages, (v) => v.orgCapacity);
  const scratch = newPlaceScratch();
  const tables = demographyTables(sc);
  const fiscalTotals: Record<string, number> = {}, fiscalAfter: Record<string, number> = {};
  const lowIncomeScratch = newLowIncomeScratch();
  const personsStart = countPersons(s), householdsStart = s.count;
  let survey: RunResult['survey'] = [];
  let idx: VillageIndex | undefined;
  let prices: LaborPrices | undefined;

  for (let year = sc.time.start; year <= until; year++) {
    // Every draw a household and its members make this year derives from the household's hash (random.ts).
    hashHouseholdYears(s.hId, s.count, keys.households, year, s.hYearHash);
    if (year > sc.time.start) stepDemography(s, sc, tables, year, keys, counters, orgCapacity);
    step('demography');
    countMembers(s, tables);
    step('members');
    const y = yearContext(sc, year);
    y.fiscal.fund += fundInvestment(world, sc, year);
    stepMarket(world, sc, year, keys);
    stepEnterprise(world, sc, y, keys);
    idx = indexByVillage(s, villages.length, idx);
    planCollective(s, sc, world, idx, y);
    step('villages');
    identifyLowIncome(s, sc, world, idx, y, lowIncomeScratch);
    step('lowIncome');
    updateAwareness(s, sc);
    step('awareness');
    allocatePlaces(s, sc, world, idx, y.level, year, scratch);
    step('places');
    prices = laborPrices(sc, world, y, prices);
    stepIncome(s, sc, world, idx, y, prices);
    settleCollective(s, sc, world, idx, y);
    step('income');
    workshopAccounts(s, sc, world, idx, y, keys);
    stepProtection(s, sc, world, idx, y, keys);
    step('protection');
    recordParticipation(s, sc, y);
    step('participation');
    stepPoverty(s, sc, y, windows.start ?? Infinity); // no withdrawal: nothing counts as after it
    reviewCards(s, sc, year, keys);
    step('poverty');
    stepFinance(s, sc, y);
    step('finance');
    stepEmpowerment(s, sc, y);
    step('empowerment');
    collector.collect(s, year, y.fiscal, y.collective, y.monitoringThreshold);
    if (year === sc.time.surveyYear && plan.survey) survey = virtualSurvey(s, sc, keys, year);
    panel?.record(s, villages, year);
    for (const [k, v] of Object.entries(y.fiscal)) fiscalTotals[k] = (fiscalTotals[k] ?? 0) + v;
    if (windows.start !== null && year >= windows.start) for (const [k, v] of Object.entries(y.fiscal)) fiscalAfter[k] = (fiscalAfter[k] ?? 0) + v;
    step('collect');
    opts.inspect?.(s, world, year);
    opts.onYear?.(year);
    step('callbacks');
  }
  const population = {
    personsStart, personsEnd: countPersons(s), births: counters.births, deaths: counters.deaths, emigrants: counters.emigrants,
    householdsStart, householdsEnd: countActive(s), householdsFormed: counters.formed, householdsDissolved: counters.dissolved,
  };
  const summary = summarize(sc, opts.seed, s, collector, windows, fiscalTotals, fiscalAfter, population, plan.summary, until);
  step('summary');
  return {
    summary,
    // The rows are made from the collected figures when first read (a sweep that keeps only
    // summary figures never makes them); assigning replaces them (modeEffects.ts).
    get yearly() { return collector.rows; },
    set yearly(rows: RunResult['yearly']) { Object.defineProperty(this, 'yearly', { value: rows, writable: true, enumerable: true, configurable: true }); },
    survey,
    panel: panel?.table(),
  };
}

function countPersons(s: State): number {
  let n = 0;
  for (let p = 0; p < s.count * 8; p++) n += s.pAlive[p];
  return n;
}

function countActive(s: State): number {
  let n = 0;
  for (let h = 0; h < s.count; h++) n += s.hActive[h];
  return n;
}
