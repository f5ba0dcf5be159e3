/**
 * A hand-made run (2020-2024, withdrawal 2022-2023, poverty line 4,000) as the four results
 * files, parsed by runDataFromFiles like a real folder. Figures follow simple rules, so each
 * reading can be worked out by hand:
 * - incomeMean in 2024: 5,000 + 100 · (mode index: shareholding 0 … employment 3, all 4);
 * - summary drops: shareholding 10.9%, cooperative 9.9%, individual 8.9%, employment 7.9%, all 6.9%;
 * - povertyHeadcount in 2024: 0.01 · (mode index + 1); hematopoiesisShare (all) 0.5 in 2021, 0.7 in 2024;
 * - participation (2021): nominal 0.5, real 0.25; benefits per person: registered 600, others 300 (6 sources × 100 or 50); eliteShare 0.2.
 */
import { MODE_KEYS, type RunSummary, type SurveyRow, type YearlyRow } from '../../src/engine/output.js';
import { HEMATOPOIESIS, TRANSFUSION } from '../../src/engine/sources.js';
import { runDataFromFiles, type RunData } from '../../src/charts/run-data.js';
import { surveyCsv, yearlyCsv } from '../../src/io/csv.js';
import { formatJson } from '../../src/io/json.js';
import { fakeSummary } from '../run/fixtures.js';

const BENEFITS = ['dividends', 'cooperative', 'grants', 'welfarePosts', 'livingSupport', 'monitoring'];

function value(year: number, mode: string, group: string, metric: string): number {
  const i = MODE_KEYS.indexOf(mode as never);
  switch (metric) {
    case 'incomeMean': return year === 2024 ? 5000 + 100 * i : 6000 + 100 * i - 50 * (year - 2020);
    case 'povertyHeadcount': return year === 2024 ? 0.01 * (i + 1) : 0.02;
    case 'hematopoiesisShare': return mode === 'all' ? (year === 2024 ? 0.7 : 0.5) : 0.5 + 0.05 * i;
    case 'R': return 0.3 + 0.01 * i; case 'K': return 0.5; case 'V': return 0.4 + 0.01 * i;
    case 'participationNominal': return 0.5; case 'participationReal': return 0.25;
    case 'eliteShare': return 0.2;
    case 'fiscal.dividend': return 1000; case 'fiscal.livingSupport': return 3000;
  }
  if (metric.startsWith('income.')) {
    const s = metric.slice(7);
    if (BENEFITS.includes(s)) return group === 'registered' ? 100 : 50;
    return 400;
  }
  throw new Error(metric);
}

const METRICS = ['incomeMean', 'povertyHeadcount', 'hematopoiesisShare', 'R', 'K', 'V', 'participationNominal', 'participationReal', 'eliteShare',
  ...[...HEMATOPOIESIS, ...TRANSFUSION].map((s) => `income.${s}`)];

export function fixtureYearly(bands: boolean): YearlyRow[] {
  const rows: YearlyRow[] = [];
  for (let year = 2020; year <= 2024; year++) {
    for (const mode of MODE_KEYS) for (const group of ['all', 'registered', 'not-registered'] as const) for (const metric of METRICS) {
      const v = value(year, mode, group, metric);
      rows.push({ year, mode, group, metric, value: v, ...(bands ? { p05: v * 0.9, p95: v * 1.1 } : {}) });
    }
    for (const metric of ['fiscal.dividend', 'fiscal.livingSupport']) {
      const v = value(year, 'all', 'all', metric);
      rows.push({ year, mode: 'all', group: 'all', metric, value: v, ...(bands ? { p05: v, p95: v } : {}) });
    }
  }
  return rows;
}

export const FIXTURE_SURVEY: SurveyRow[] = [
  { table: 'T2', item: 'registered', category: 'yes', unit: 'percent', model: 80, target: 81 },
  { table: 'T2', item: 'head-age', category: 'over 60', unit: 'percent', model: 50, target: 57 },
  { table: 'T3', item: 'awareness-vs-head-age', category: 'dividends', unit: 'correlation', model: -0.7, target: -0.676 },
  { table: 'T4', item: 'households-naming-source', category: 'wages', unit: 'percent', model: 40, target: 30 },
  { table: 'T4', item: 'households-naming-source', category: 'planting', unit: 'percent', model: 75, target: 75 },
];

export function fixtureSummary(): RunSummary {
  return fakeSummary({
    scenario: 'fixture', years: { start: 2020, end: 2024, survey: 2021 },
    fiscal: { byInstrument: { dividend: 5000, livingSupport: 15000 }, total: 20000, perRegisteredNotPoor: 250 },
  });
}

export function fixtureFiles(opts: { bands?: boolean; summary?: RunSummary; replicates?: number } = {}): Record<string, string> {
  const replicates = opts.replicates ?? (opts.bands ? 3 : 1);
  return {
    'yearly.csv': yearlyCsv(fixtureYearly(!!opts.bands), !!opts.bands),
    'summary.json': formatJson(opts.summary ?? fixtureSummary()),
    'survey.csv': surveyCsv(FIXTURE_SURVEY),
    'manifest.json': formatJson({
      scenario: 'fixture', scenarioFile: 'fixture.yaml', seed: 1, seeds: Array.from({ length: replicates }, (_, r) => 1 + r), replicates, panel: false,
      ipasimVersion: '0.1.0', gitCommit: null, node: 'v20', startedAt: '2026-01-01T00:00:00.000Z', durationMs: 5,
      resolvedScenario: { name: 'fixture', policy: { povertyLine: [{ from: 2020, value: 4000 }] } },
    }),
  };
}

export function fixtureRun(opts: { bands?: boolean; summary?: RunSummary } = {}): RunData {
  return runDataFromFiles(fixtureFiles(opts));
}
