/** The "after 2025" section: each design's effects and cost with intervals, and a ranking sentence only where intervals separate. */
import { describe, expect, it } from 'vitest';
import type { RunData } from '../../src/charts/run-data.js';
import type { ModeSummary, RunSummary } from '../../src/engine/output.js';
import { afterSection } from '../../src/report/after-2025.js';
import { compareDesigns, type DesignRun } from '../../src/report/design-comparison.js';
import { messages } from '../../src/report/messages.js';
import { fakeModeSummary, fakeSummary } from '../run/fixtures.js';

const SEEDS = [1, 2, 3, 4, 5, 6];
/** Seed-level variation shared by every design (common random numbers) and a little of each design's own. */
const common = [0.02, -0.01, 0.015, -0.02, 0.005, -0.01];
const own = [0.001, -0.002, 0.0015, 0, -0.001, 0.0005];

/** A run whose replicate r has the figures `at(r)` for mode `all` and a run-wide fiscal cost from withdrawal. */
function run(name: string, at: (r: number) => Partial<ModeSummary> & { fiscalFrom?: number }, over: Partial<RunSummary> = {}): DesignRun {
  const replicates = SEEDS.map((seed, r) => {
    const { fiscalFrom, ...fig } = at(r);
    const base = fakeSummary({ scenario: name, seed, ...over });
    return { ...base, modes: base.modes.map((m) => (m.mode === 'all' ? fakeModeSummary('all', fig) : m)), fiscal: { ...base.fiscal, totalFromWithdrawal: fiscalFrom ?? 1000 } };
  });
  // Self-made income per person each year of 2022-2024 (replicates.csv): 6,000 yuan, moved by the common variation.
  const rows = SEEDS.flatMap((seed, r) => [2022, 2023, 2024].map((year) => ({ replicate: r, seed, year, mode: 'all', metric: 'selfMadeIncomeMean', value: (at(r).selfMadeAfter ?? 6000) + 1000 * common[r] })));
  return { label: name, data: { summary: { ...replicates[0], replicates }, replicates: rows, manifest: { seeds: SEEDS, seed: 1 } } as unknown as RunData };
}

const reference = run('withdrawal', (r) => ({ povertyRateEnd: 0.1 + common[r], householdYearsAboveLine: 300 + 100 * common[r], fiscalFrom: 1000 }));
/** Clearly fewer households poor than the reference and the other design; keeps 20 household-years more at 2,000 yuan more. */
const strong = run('strong', (r) => ({ selfMadeAfter: 6100, povertyRateEnd: 0.05 + common[r] + own[r], householdYearsAboveLine: 320 + 100 * common[r] + own[r] * 1000, fiscalFrom: 3000 + own[r] * 10000 }));
/** Indistinguishable from the reference. */
const same = run('same', (r) => ({ povertyRateEnd: 0.1 + common[r] + own[(r + 2) % 6], householdYearsAboveLine: 300 + 100 * common[r] + own[(r + 1) % 6] * 1000, fiscalFrom: 1500 }));

const section = (all: DesignRun[], paired = true) => afterSection(all, compareDesigns(all[0], all.slice(1), { mode: 'all', paired }), messages('en'));

describe('the "after 2025" section', () => {
  it('gives each design the three poverty measures, the share under the monitoring threshold, self-made income, K, V, the fiscal cost and household-years above the line, each with an interval', () => {
    const { lines } = section([reference, strong, same]);
    for (const figure of ['households poor in 2024, all income', 'households poor in 2024 before support', 'households poor in 2024 on self-made income', 'households under the monitoring threshold in 2024', 'self-made income per person, mean 2022-2024 (yuan)', 'K knowledge per household, 2024', 'V agency per household, 2024', 'fiscal cost 2022-2024 (yuan)', 'household-years above the line 2022-2024']) {
      const rows = lines.filter((l) => l.startsWith(figure) && !l.startsWith(`${figure}: `)); // not the letters line
      expect(rows, figure).toHaveLength(2); // one per design
      for (const row of rows) expect(row, figure).toMatch(/\(.+ … .+\).*\(.+ … .+\).*\(.+ … .+\)$/); // reference, design and difference, each with its interval
    }
    expect(lines.find((l) => l.startsWith('households poor in 2024, all income') && l.includes('−5.0 pp'))).toBeDefined();
    // Self-made income over the same years (2022-2024) in every design, from each replicate's yearly values: +100 yuan, no spread.
    expect(lines.find((l) => l.startsWith('self-made income per person') && l.endsWith('+100 (100 … 100)'))).toBeDefined();
  });

  it('gives the cost per household-year kept above the line against the paired reference, or says why there is none', () => {
    const { lines } = section([reference, strong, same]);
    const costs = lines.filter((l) => l.includes('fiscal cost per household-year kept above the line'));
    expect(costs).toHaveLength(2);
    // strong: about 2,000 more yuan for about 20 more household-years: 100 yuan each, inside its interval.
    const m = costs[0].match(/: ([\d,.]+) \(([\d,.]+) … ([\d,.]+)\)$/)!;
    const [v, low, high] = m.slice(1).map((s) => Number(s.replace(/,/g, '')));
    expect(v).toBeCloseTo(100, 0);
    expect(low).toBeLessThan(100);
    expect(high).toBeGreaterThan(100);
    expect(costs[1]).toContain('cannot be told from the reference\'s');
  });

  it('names a design lowest only when its intervals against every other design exclude 0, and never ranks designs it cannot tell apart', () => {
    const { lines } = section([reference, strong, same]);
    expect(lines).toContain('  strong has clearly the lowest households poor in 2024, all income: its interval against every other design lies below 0.');
    // The reference and "same" share a letter: no sentence calls either the highest.
    expect(lines.some((l) => /clearly the highest households poor in 2024, all income/.test(l))).toBe(false);
    const letters = lines.find((l) => l.startsWith('households poor in 2024, all income: '))!;
    expect(letters).toMatch(/withdrawal a.*same a.*strong b|same a.*withdrawal a.*strong b/);
    const alike = section([reference, same]).lines;
    expect(alike.some((l) => l.includes('clearly') && l.includes('households poor'))).toBe(false);
    expect(alike).toContain('  No two designs can be told apart on households poor in 2024, all income.');
  });

  it('is left out, saying why, for unpaired runs and for runs whose withdrawal starts differ', () => {
    expect(section([reference, strong], false).lines[1]).toContain('needs paired runs');
    const later = run('later', () => ({}), { withdrawal: { ...fakeSummary().withdrawal, start: 2023 } });
    const { lines } = section([reference, later]);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('withdrawal starts differ (withdrawal 2022, later 2023)');
  });

  it('marks a design that pays the collective\'s asset income as dividends after 2025 as outside the announced policy, and no other', () => {
    const withRule = (d: DesignRun, rule: string): DesignRun => ({ ...d, data: { ...d.data, manifest: { ...d.data.manifest, resolvedScenario: { time: { end: 2035 }, collective: { afterTransition: { from: 2026, rule } } } } } as RunData });
    const { lines } = section([reference, withRule(strong, 'per-household'), withRule(same, 'public-welfare-labour')]);
    expect(lines).toContain('— strong (outside the announced policy: dividends)');
    expect(lines).toContain('— same');
    // A rule that starts after the horizon never pays: not marked.
    const late: DesignRun = { ...strong, data: { ...strong.data, manifest: { ...strong.data.manifest, resolvedScenario: { time: { end: 2025 }, collective: { afterTransition: { from: 2026, rule: 'per-person' } } } } } as RunData };
    expect(section([reference, late]).lines).toContain('— strong');
  });

  it('is complete in Chinese', () => {
    const all = [reference, strong, same];
    const { lines, html } = afterSection(all, compareDesigns(all[0], all.slice(1), { mode: 'all', paired: true }), messages('zh'));
    expect(lines[0]).toBe('2025年以后：各方案与参照对比');
    expect(lines.some((l) => l.includes('strong 的2024年贫困户占比（全部收入）明显最低'))).toBe(true);
    expect(html).not.toMatch(/undefined|NaN/);
  });
});
