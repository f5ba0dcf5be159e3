/**
 * The yearly metrics of yearly.csv, in their order, and what each needs collected: which
 * families of household sums, which sources, whether the income ranks, and whether the year
 * before (proPoorGrowth compares two years). The collector (metrics.ts) computes them; a run
 * that asks for only some (collection.ts) collects only what these needs name. Formulas:
 * docs/results.md.
 */
import { CLASS_OF, MEANS_TESTED_INDEX, MEASURES, NBS_CLASSES, N_SOURCES, SOURCES } from './sources.js';

/** Suffixes of the poverty metrics on each measure: all income, before discretionary support, self-made income. */
export const POVERTY_MEASURES = ['', 'BeforeSupport', 'SelfMade'] as const;

export const FISCAL_PREFIX = 'fiscal.';
/** Yearly metrics of income by NBS class (sources.ts): income.class.wages, .business, .property, .transfers. */
export const CLASS_PREFIX = 'income.class.';
/** Yearly rows of the village collectives' accounts (collective.ts): collective.income, .dividends, .posts, ... */
export const COLLECTIVE_PREFIX = 'collective.';

/**
 * Self-made income per resident member of the registration cohorts (state.ts hCohort): the
 * households registered when registration first ran, and the others then, both fixed at the
 * build; the yearly review does not move a household between them, and households founded later
 * are in neither. Growth compared between fixed groups (001 §4.1.4), not between the groups
 * `registered` and `not-registered`, which the review changes.
 */
export const COHORT_METRICS = ['selfMadeIncomeMeanCohortRegistered', 'selfMadeIncomeMeanCohortOthers'] as const;

/** The yearly metrics of every cell, in the order of yearly.csv (the collector writes them in this order). */
export const METRICS: readonly string[] = [
  'households', 'persons', 'incomeMean', 'incomeMedian', ...SOURCES.map((src) => `income.${src}`), ...NBS_CLASSES.map((c) => `${CLASS_PREFIX}${c}`),
  'hematopoiesisShare', 'transfusionShare', 'selfMadeIncomeMean', ...COHORT_METRICS, 'incomeBeforeAssistanceMean',
  ...POVERTY_MEASURES.flatMap((suffix) => [`povertyRate${suffix}`, `povertyHeadcount${suffix}`, `returnRate${suffix}`]),
  'monitoringSupportRate', 'minimumLivingRate', 'extremePovertySupportRate', 'safetyNetPersonsRate', 'minimumLivingPaymentShare', 'lastPushRate', 'lastPushLiftedRate', 'lowIncomeRate', 'lowIncomeFollowedRate', 'industrySupportRate', 'membersPerHousehold', 'atRiskRate', 'volatility', 'gini', 'bottom20Mean', 'proPoorGrowth',
  'R', 'K', 'V', 'participationNominal', 'participationReal', 'eliteShare', 'fiscalPerHousehold', 'medicalPerPerson', 'herd',
  ...MEASURES.flatMap((m) => [`awareness.${m}`, `participation.${m}`, `participationReal.${m}`]),
];
export const N_METRICS = METRICS.length;
export const METRIC_INDEX: ReadonlyMap<string, number> = new Map(METRICS.map((m, k) => [m, k]));

/**
 * Families of household sums beyond the core (households, persons, income and its split into
 * self-made and transfers, the three poverty measures, R, K, V, fiscal cost), which every
 * collected year sums. Bits of `MetricNeeds.families`.
 */
export const FAMILY = {
  members: 1,
  /** Poor persons, returns to poverty and their base, on each measure. */
  poverty: 2,
  /** Monitoring support, the minimum living guarantee, extreme-poverty support and the last push. */
  protection: 4,
  atRisk: 8,
  volatility: 16,
  participation: 32,
  /** Program benefits and those reaching connected households (elite capture). */
  elite: 64,
  medical: 128,
  herd: 256,
  awareness: 512,
  /** Self-made income and persons of the two registration cohorts (COHORT_METRICS). */
  cohort: 1024,
} as const;
export const ALL_FAMILIES = Object.values(FAMILY).reduce((a, b) => a | b, 0);
export const ALL_SOURCES = (1 << N_SOURCES) - 1;

export interface MetricNeeds {
  families: number;
  /** Sources whose own sums it reads (bit k = source k). */
  sources: number;
  /** The income ranks of its cell (median, Gini, poorest fifth). */
  ranks: boolean;
  /** The same cell's mean income and poorest fifth in the year before. */
  yearBefore: boolean;
}

const MEANS_TESTED_MASK = MEANS_TESTED_INDEX.reduce((m, k) => m | (1 << k), 0);

function needsOf(metric: string): MetricNeeds {
  const need = (families = 0, sources = 0, ranks = false, yearBefore = false): MetricNeeds => ({ families, sources, ranks, yearBefore });
  if (metric.startsWith(CLASS_PREFIX)) {
    const c = NBS_CLASSES.indexOf(metric.slice(CLASS_PREFIX.length) as (typeof NBS_CLASSES)[number]);
    return need(0, CLASS_OF.reduce((m, of, k) => (of === c ? m | (1 << k) : m), 0));
  }
  if (metric.startsWith('income.')) return need(0, 1 << SOURCES.indexOf(metric.slice('income.'.length) as (typeof SOURCES)[number]));
  if (metric.startsWith('awareness.')) return need(FAMILY.awareness);
  if (metric.startsWith('participation')) return need(FAMILY.participation);
  if (metric.startsWith('povertyHeadcount') || metric.startsWith('returnRate')) return need(FAMILY.poverty);
  switch (metric) {
    case 'incomeMedian': case 'gini': case 'bottom20Mean': return need(0, 0, true);
    case 'proPoorGrowth': return need(0, 0, true, true);
    case 'incomeBeforeAssistanceMean': return need(0, MEANS_TESTED_MASK);
    case 'monitoringSupportRate': case 'minimumLivingRate': case 'extremePovertySupportRate': case 'safetyNetPersonsRate':
    case 'minimumLivingPaymentShare': case 'lastPushRate': case 'lastPushLiftedRate':
    case 'lowIncomeRate': case 'lowIncomeFollowedRate': case 'industrySupportRate': return need(FAMILY.protection);
    case 'membersPerHousehold': return need(FAMILY.members);
    case 'atRiskRate': return need(FAMILY.atRisk);
    case 'volatility': return need(FAMILY.volatility);
    case 'eliteShare': return need(FAMILY.elite);
    case 'medicalPerPerson': return need(FAMILY.medical);
    case 'herd': return need(FAMILY.herd);
    case COHORT_METRICS[0]: case COHORT_METRICS[1]: return need(FAMILY.cohort);
    default: return need();
  }
}

/** What each metric of METRICS needs, in the same order. */
export const METRIC_NEEDS: readonly MetricNeeds[] = METRICS.map(needsOf);
