/**
 * Messages between the page and the engine worker. Plain, structured-cloneable data: the
 * page sends resolved scenarios (validated on the page's side), the worker answers with the
 * series the page draws, per run.
 */
import type { Scenario } from '../../../src/scenario/schema.js';
import type { VillageKey } from './villages.js';

export interface RunRequest {
  id: number;
  seed: number;
  runs: { village: VillageKey; scenario: Scenario }[];
  /**
   * Seeds the findings compare the two villages over: seed, seed + 1, ... (the first is the run
   * the page draws). The extra runs come in a second reply, after the page has its charts.
   */
  replicates: number;
}

/** The metrics read from yearly.csv's rows for mode `all`, group `all` (docs/results.md). */
export const SERIES_METRICS = [
  'incomeMean', 'incomeMedian', 'selfMadeIncomeMean', 'povertyRate', 'povertyRateBeforeSupport', 'povertyRateSelfMade',
  'monitoringSupportRate', 'minimumLivingRate', 'hematopoiesisShare', 'transfusionShare', 'R', 'K', 'V', 'households', 'persons',
] as const;
export type SeriesMetric = (typeof SERIES_METRICS)[number];

/** Where a household stands in a year; drawn as the dot's colour. */
export const STATUSES = ['above', 'atRisk', 'poor', 'gone'] as const;
export type Status = (typeof STATUSES)[number];

/** One household in one year (the dot and its hover text). */
export interface HouseholdYear {
  id: number;
  status: Status;
  /** Net income per member, yuan per person per year. */
  perCapita: number;
  size: number;
  registered: boolean;
  /** In the minimum living guarantee this year. */
  dibao: boolean;
  /** Brought help by the monitoring this year (a welfare post, a grant, inclusion in the guarantee). */
  supported: boolean;
  headAge: number;
  R: number;
  K: number;
  V: number;
}

export interface RunResultMessage {
  village: VillageKey;
  scenarioName: string;
  /** The seed of this run (the first of the findings' seeds). */
  seed: number;
  years: number[];
  /** By metric, one value per year (NaN where undefined). */
  series: Record<SeriesMetric, number[]>;
  /** Poverty line per year (yuan per person per year). */
  line: number[];
  /** The run's withdrawal (src/engine/windows.ts, as summary.json's): null years when nothing is withdrawn. */
  withdrawal: { rule: 'instruments' | 'analysis' | 'none'; start: number | null; before: [number, number] | null; after: [number, number] | null };
  /** Per year, every household that has existed so far (dissolved ones as `gone`), by id. */
  households: HouseholdYear[][];
  /** Wall-clock time of the simulation in the worker, milliseconds. */
  ms: number;
}

/** One village's series (mode all, group all) in one seed: what the findings average over the seeds. */
export interface ReplicateSeries {
  village: VillageKey;
  seed: number;
  series: Partial<Record<SeriesMetric, number[]>>;
}

export type WorkerReply =
  | { id: number; ok: true; results: RunResultMessage[] }
  | { id: number; ok: true; replicates: ReplicateSeries[] }
  | { id: number; ok: false; error: string };
