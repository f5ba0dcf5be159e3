/** The collector's formulas (docs/results.md) on a hand-made state of four households. */
import { beforeAll, describe, expect, it } from 'vitest';
import { FULL_PLAN } from '../../src/engine/collection.js';
import { Collector } from '../../src/engine/metrics.js';
import { MODE_BIT } from '../../src/engine/modes.js';
import { GROUPS, MODE_KEYS, type Group, type ModeKey, type YearlyRow } from '../../src/engine/output.js';
import { N_SOURCES, SRC, type Source } from '../../src/engine/sources.js';
import { COHORT_OTHERS, COHORT_REGISTERED, NO_COHORT, createState, type State } from '../../src/engine/state.js';
import { yearContext } from '../../src/engine/year.js';
import { rowValue, smallScenario } from './helpers.js';

const YEAR = 2020;

/** `cohort`: the registration cohort (state.ts): registered at the start, the others then, or neither (founded later). */
interface HH { size: number; income: Partial<Record<Source, number>>; modes: number; registered: 0 | 1; poor: 0 | 1; R: number; connected?: 0 | 1; cohort: number }

/**
 * Per-capita incomes 1000, 2000, 3000, 6000 (ascending in this order), and a fifth household
 * that is inactive and must be ignored.
 */
const HOUSEHOLDS: HH[] = [
  { size: 2, income: { planting: 2000 }, modes: MODE_BIT.shareholding | MODE_BIT.individual, registered: 1, poor: 1, R: 0.2, cohort: COHORT_REGISTERED },
  // Registered by the yearly review: of the others' cohort.
  { size: 1, income: { casual: 1500, livingSupport: 500 }, modes: MODE_BIT.cooperative, registered: 1, poor: 0, R: 0.4, cohort: COHORT_OTHERS },
  { size: 3, income: { wages: 6000, dividends: 3000 }, modes: MODE_BIT.shareholding | MODE_BIT.employment, registered: 0, poor: 0, R: 0.6, connected: 1, cohort: COHORT_OTHERS },
  // Founded after the start: in neither cohort.
  { size: 2, income: { business: 13000, breeding: -1000 }, modes: MODE_BIT.employment, registered: 0, poor: 0, R: 0.8, cohort: NO_COHORT },
];
const INACTIVE: HH = { size: 4, income: { wages: 1e6, dividends: 1e6 }, modes: 15, registered: 1, poor: 1, R: 1, cohort: COHORT_REGISTERED };

function build(): State {
  const s = createState(5);
  [...HOUSEHOLDS, INACTIVE].forEach((hh, h) => {
    s.count++;
    s.hActive[h] = hh === INACTIVE ? 0 : 1;
    s.hId[h] = s.nextId++;
    s.hSize[h] = hh.size;
    s.hResident[h] = hh.size;
    s.hPoor3[h * 3] = hh.poor;
    let total = 0;
    for (const [src, x] of Object.entries(hh.income) as [Source, number][]) { s.hIncome[h * N_SOURCES + SRC[src]] = x; total += x; }
    s.hPerCapita[h] = total / Math.max(1, hh.size);
    s.hModes[h] = hh.modes;
    s.hRegistered[h] = hh.registered;
    s.hCohort[h] = hh.cohort;
    s.hPoor[h] = hh.poor;
    s.hR[h] = hh.R;
    s.hConnected[h] = hh.connected ?? 0;
  });
  return s;
}

describe('Collector on a hand-made state', () => {
  let rows: YearlyRow[];
  const v = (mode: ModeKey, group: Group, metric: string) => rowValue(rows, YEAR, mode, group, metric);

  beforeAll(() => {
    const { fiscal, collective } = yearContext(smallScenario(), YEAR);
    fiscal.pension = 1234.5;
    const c = new Collector(FULL_PLAN);
    c.collect(build(), YEAR, fiscal, collective, 0);
    rows = c.rows;
  });

  it('emits every mode x group cell', () => {
    for (const m of MODE_KEYS) for (const g of GROUPS) expect(() => v(m, g, 'households')).not.toThrow();
  });

  it('counts active households and their persons only', () => {
    expect(v('all', 'all', 'households')).toBe(4);
    expect(v('all', 'all', 'persons')).toBe(8);
  });

  it('incomeMean is total income over total persons', () => {
    expect(v('all', 'all', 'incomeMean')).toBeCloseTo(25000 / 8, 9);
    expect(v('all', 'all', 'income.dividends')).toBeCloseTo(3000 / 8, 9);
    expect(v('all', 'all', 'income.breeding')).toBeCloseTo(-1000 / 8, 9);
  });

  it('income.class.<class> is the income of the sources of that NBS class (sources.ts) per resident member, and the four add up to incomeMean', () => {
    // wages: casual 1,500 + wages 6,000; business: planting 2,000 + business 13,000 - breeding 1,000;
    // property: dividends 3,000; transfers: living support 500. 8 resident members.
    expect(v('all', 'all', 'income.class.wages')).toBeCloseTo(7500 / 8, 9);
    expect(v('all', 'all', 'income.class.business')).toBeCloseTo(14000 / 8, 9);
    expect(v('all', 'all', 'income.class.property')).toBeCloseTo(3000 / 8, 9);
    expect(v('all', 'all', 'income.class.transfers')).toBeCloseTo(500 / 8, 9);
    const sum = ['wages', 'business', 'property', 'transfers'].reduce((a, c) => a + v('employment', 'all', `income.class.${c}`), 0);
    expect(sum).toBeCloseTo(v('employment', 'all', 'incomeMean'), 9);
  });

  it('incomeBeforeAssistanceMean leaves out the means-tested sources (living support, monitoring)', () => {
    expect(v('all', 'all', 'incomeBeforeAssistanceMean')).toBeCloseTo((25000 - 500) / 8, 9);
    expect(v('cooperative', 'all', 'incomeBeforeAssistanceMean')).toBeCloseTo(1500, 9);
    expect(v('all', 'all', 'incomeBeforeAssistanceMean')).toBeCloseTo(v('all', 'all', 'incomeMean') - v('all', 'all', 'income.livingSupport') - v('all', 'all', 'income.monitoring'), 9);
  });

  it('incomeMedian is the lower middle per-capita income for an even count', () => {
    expect(v('all', 'all', 'incomeMedian')).toBe(2000);
  });

  it('gini = 2 sum(i x_(i)) / (n sum x) - (n + 1) / n over per-capita incomes', () => {
    // x = 1000, 2000, 3000, 6000: 2 * 38000 / (4 * 12000) - 5/4 = 1/3.
    expect(v('all', 'all', 'gini')).toBeCloseTo(1 / 3, 9);
    // Shareholding: 1000, 3000: 2 * 7000 / (2 * 4000) - 3/2 = 1/4.
    expect(v('shareholding', 'all', 'gini')).toBeCloseTo(0.25, 9);
  });

  it('povertyRate is the poor share of households; povertyHeadcount the poor share of persons', () => {
    expect(v('all', 'all', 'povertyRate')).toBeCloseTo(1 / 4, 12);
    expect(v('all', 'all', 'povertyHeadcount')).toBeCloseTo(2 / 8, 12);
  });

  it('the cohorts\' self-made income reads the registration cohort fixed at the start, not the card of the year, and leaves out households founded later', () => {
    // Self-made: planting 2,000 (registered at the start, 2 members); casual 1,500 (carded by the
    // review, 1) and wages 6,000 (never registered, 3): the others' cohort; business 13,000 less
    // breeding 1,000 of the household founded later is in neither.
    expect(v('all', 'all', 'selfMadeIncomeMeanCohortRegistered')).toBeCloseTo(2000 / 2, 9);
    expect(v('all', 'all', 'selfMadeIncomeMeanCohortOthers')).toBeCloseTo((1500 + 6000) / 4, 9);
    // Within the group of the year's card, the review's household stays in the others' cohort.
    expect(v('all', 'registered', 'selfMadeIncomeMean')).toBeCloseTo((2000 + 1500) / 3, 9);
    expect(v('all', 'registered', 'selfMadeIncomeMeanCohortRegistered')).toBeCloseTo(2000 / 2, 9);
    expect(v('all', 'registered', 'selfMadeIncomeMeanCohortOthers')).toBeCloseTo(1500, 9);
    expect(v('employment', 'all', 'selfMadeIncomeMeanCohortOthers')).toBeCloseTo(6000 / 3, 9);
  });

  it('hematopoiesisShare counts positive parts only: own sources / all sources', () => {
    // Own: 2000 + 1500 + 6000 + 13000 (the breeding loss is left out); transfers: 500 + 3000.
    expect(v('all', 'all', 'hematopoiesisShare')).toBeCloseTo(22500 / 26000, 12);
    expect(v('all', 'all', 'transfusionShare')).toBeCloseTo(3500 / 26000, 12);
  });

  it('bottom20Mean is the mean of the poorest fifth (at least one household)', () => {
    expect(v('all', 'all', 'bottom20Mean')).toBe(1000);
  });

  it('R is the mean over households', () => {
    expect(v('all', 'all', 'R')).toBeCloseTo((0.2 + 0.4 + 0.6 + 0.8) / 4, 6);
    expect(v('employment', 'all', 'R')).toBeCloseTo((0.6 + 0.8) / 2, 6);
  });

  it('a household in two modes counts in both modes\' cells', () => {
    // Household 0 (shareholding + individual) and household 2 (shareholding + employment).
    expect(v('shareholding', 'all', 'households')).toBe(2);
    expect(v('shareholding', 'all', 'persons')).toBe(5);
    expect(v('shareholding', 'all', 'incomeMean')).toBeCloseTo(11000 / 5, 9);
    expect(v('shareholding', 'all', 'incomeMedian')).toBe(1000);
    expect(v('individual', 'all', 'households')).toBe(1);
    expect(v('individual', 'all', 'incomeMean')).toBeCloseTo(1000, 9);
    expect(v('employment', 'all', 'households')).toBe(2);
    expect(v('employment', 'all', 'incomeMean')).toBeCloseTo((9000 + 12000) / 5, 9);
    expect(v('cooperative', 'all', 'households')).toBe(1);
    // Mode cells together count the two-mode households twice.
    const sum = (['shareholding', 'cooperative', 'individual', 'employment'] as const).reduce((a, m) => a + v(m, 'all', 'households'), 0);
    expect(sum).toBe(6);
  });

  it('the registered group holds registered households only', () => {
    expect(v('all', 'registered', 'households')).toBe(2);
    expect(v('all', 'registered', 'persons')).toBe(3);
    expect(v('all', 'registered', 'incomeMean')).toBeCloseTo(4000 / 3, 9);
    expect(v('all', 'registered', 'income.dividends')).toBe(0); // dividends went to a non-registered household
    expect(v('all', 'registered', 'povertyRate')).toBeCloseTo(0.5, 12);
    expect(v('all', 'not-registered', 'households')).toBe(2);
    expect(v('all', 'not-registered', 'income.dividends')).toBeCloseTo(3000 / 5, 9);
    expect(v('employment', 'registered', 'households')).toBe(0);
    expect(v('employment', 'registered', 'incomeMean')).toBeNaN();
  });

  it('income-poor groups split households by this year\'s poverty flag', () => {
    expect(v('all', 'income-poor', 'households')).toBe(1);
    expect(v('all', 'income-poor', 'incomeMean')).toBeCloseTo(1000, 9);
    expect(v('all', 'not-income-poor', 'households')).toBe(3);
    expect(v('all', 'not-income-poor', 'gini')).toBeCloseTo((2 * (2000 + 6000 + 18000)) / (3 * 11000) - 4 / 3, 9);
  });

  it('eliteShare is the share of program benefits going to connected households', () => {
    // Benefits: living support 500 (not connected) and dividends 3000 (connected).
    expect(v('all', 'all', 'eliteShare')).toBeCloseTo(3000 / 3500, 12);
  });

  it('fiscal items are passed through for mode all, group all only', () => {
    expect(v('all', 'all', 'fiscal.pension')).toBe(1234.5);
    expect(rows.filter((r) => r.metric === 'fiscal.pension')).toHaveLength(1);
  });

  it('proPoorGrowth is empty in the first year, then growth of the poorest fifth minus mean growth', () => {
    const c = new Collector(FULL_PLAN);
    const s = build();
    const { fiscal, collective } = yearContext(smallScenario(), YEAR);
    c.collect(s, YEAR, fiscal, collective, 0);
    expect(rowValue(c.rows, YEAR, 'all', 'all', 'proPoorGrowth')).toBeNaN();
    // Next year every income doubles: the mean and the poorest fifth grow alike.
    for (let i = 0; i < s.hIncome.length; i++) s.hIncome[i] *= 2;
    for (let h = 0; h < s.count; h++) s.hPerCapita[h] *= 2;
    c.collect(s, YEAR + 1, fiscal, collective, 0);
    expect(rowValue(c.rows, YEAR + 1, 'all', 'all', 'incomeMean')).toBeCloseTo(2 * 25000 / 8, 9);
    expect(rowValue(c.rows, YEAR + 1, 'all', 'all', 'proPoorGrowth')).toBeCloseTo(0, 12);
    expect(rowValue(c.rows, YEAR + 1, 'all', 'all', 'gini')).toBeCloseTo(1 / 3, 9);
  });
});
