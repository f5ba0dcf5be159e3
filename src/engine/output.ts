/**
 * What one simulated run returns: plain, JSON-able data. The engine fills it; the edges
 * (results writer, CLI summary, charts) only read it. docs/results.md documents every field.
 */
import type { WithdrawalWindows } from './windows.js';

/** The four modes of industrial poverty alleviation (001 §4.2). */
export const MODES = ['shareholding', 'cooperative', 'individual', 'employment'] as const;
export type Mode = (typeof MODES)[number];

/** Row keys of the `mode` column: each mode (households with access to it) and everyone. */
export const MODE_KEYS = [...MODES, 'all'] as const;
export type ModeKey = (typeof MODE_KEYS)[number];

/** Row keys of the `group` column. Registration (the "card") and income poverty are kept apart. */
export const GROUPS = ['all', 'registered', 'not-registered', 'income-poor', 'not-income-poor'] as const;
export type Group = (typeof GROUPS)[number];

/** One tidy row of yearly.csv. With replicates, value is the mean and p05/p95 the 5th/95th percentiles. */
export interface YearlyRow {
  year: number;
  mode: ModeKey;
  group: Group;
  metric: string;
  value: number;
  p05?: number;
  p95?: number;
}

/** One line of the virtual survey (survey.csv): the model's figure beside the seed's. */
export interface SurveyRow {
  table: string; // 'T2' | 'T3' | 'T4' | 'S4.1'
  item: string; // e.g. 'head-age'
  category: string; // e.g. '40-60'
  unit: 'percent' | 'count' | 'correlation';
  model: number;
  target: number;
}

/** Per-mode figures of one run (summary.json and the terminal table). Money in 2020 yuan. */
export interface ModeSummary {
  mode: ModeKey;
  /** Households with access to the mode in the withdrawal year. */
  households: number;
  /** Mean per-capita net income over the window before withdrawal starts (yuan/person/year). */
  incomeBefore: number;
  /** Mean per-capita net income over the window after withdrawal completes. */
  incomeAfter: number;
  /** 100 * (incomeBefore - incomeAfter) / incomeBefore: the change between the two windows (negative: a rise). */
  incomeDropPct: number;
  /**
   * The shock: 100 * (income in the last year before withdrawal - the lowest income of the
   * trough years) / the former (windows.ts TROUGH_YEARS; negative: no fall).
   */
  incomeShockPct: number;
  /** Mean share of post-withdrawal years a household spends at or above the poverty line, in [0,1]. */
  yearsAboveLineShare: number;
  /** Income-poor share of households in the end year, in [0,1]. */
  povertyRateEnd: number;
  /** Households that fell back into poverty after withdrawal started / households out of poverty then. */
  returnToPovertyRate: number;
  /** Empowerment in the end year, each in [0,1]. */
  R: number;
  K: number;
  V: number;
  /** Self-generated share of income in the end year, in [0,1]. */
  hematopoiesisShare: number;
  /** Fiscal cost over the horizon attributed to the mode's households, yuan per household. */
  fiscalCostPerHousehold: number;
  /** Mean self-made (hematopoiesis) income per person over the windows before and after withdrawal. */
  selfMadeBefore: number;
  selfMadeAfter: number;
  /** End-year poverty rate before discretionary support (monitoring, one-off grants) and on self-made income alone. */
  povertyRateBeforeSupportEnd: number;
  povertyRateSelfMadeEnd: number;
  /** End-year share of households whose income per person (all income) is under the year's monitoring threshold (policy.monitoring.threshold: the low-income monitoring's line of sight, above the poverty line). */
  underThresholdEnd: number;
  /** Household-years at or above the poverty line (all income) from the withdrawal start to the end year: Σ_t (households − poor households). */
  householdYearsAboveLine: number;
  /** The mode's effect (modeEffects.ts): income per person it adds to its households, before and after withdrawal. */
  incomeEffectBefore: number;
  incomeEffectAfter: number;
  /** Self-made income per person it adds after withdrawal, and the change in the poverty rate after withdrawal. */
  selfMadeEffectAfter: number;
  povertyEffectAfter: number;
}

export interface RunSummary {
  scenario: string;
  seed: number;
  years: { start: number; end: number; survey: number };
  /** The years the before and after figures average and how they were chosen (windows.ts). */
  withdrawal: WithdrawalWindows;
  modes: ModeSummary[];
  /** Modes ordered best first by each criterion. */
  ranking: { criterion: string; order: ModeKey[] }[];
  /**
   * Fiscal cost by item and in total over the horizon; `perRegisteredNotPoor` divides the total
   * by the registered households not income-poor in the last year: a ratio, not the cost of
   * keeping a household out of poverty (no counterfactual without support is run).
   * `totalFromWithdrawal` is the total from the withdrawal start to the end year (yuan, 2020
   * prices; NaN without a withdrawal).
   */
  fiscal: { byInstrument: Record<string, number>; total: number; perRegisteredNotPoor: number; totalFromWithdrawal: number };
  population: {
    personsStart: number;
    personsEnd: number;
    births: number;
    deaths: number;
    emigrants: number;
    householdsStart: number;
    householdsEnd: number;
    householdsFormed: number;
    householdsDissolved: number;
  };
}

/** One row per household per year; header and rows kept columnar-friendly for CSV writing. */
export interface PanelTable {
  header: string[];
  rows: (number | string)[][];
}

export interface RunResult {
  summary: RunSummary;
  yearly: YearlyRow[];
  survey: SurveyRow[];
  panel?: PanelTable;
}
