import { describe, expect, it } from 'vitest';
import { MODE_KEYS, type ModeKey } from '../../src/engine/output.js';
import { MAX_WIDTH, formatSummaryTable, groupDigits } from '../../src/cli/summary-table.js';
import { displayWidth } from '../../src/cli/text-width.js';
import { aggregateSummary, rankModes } from '../../src/run/replicates.js';
import { SUMMARY_METRICS } from '../../src/report/summary-metrics.js';
import { summaryEn, summaryZh } from '../../src/report/summary-messages.js';
import { fakeModeSummary, fakeSummary } from '../run/fixtures.js';

const ANSI = /\x1b\[[0-9;]*m/g;
const summary = () => { const s = fakeSummary(); return { ...s, ranking: rankModes(s.modes) }; };
const widest = (text: string) => Math.max(...text.replace(ANSI, '').split('\n').map(displayWidth));
const DROPS: Record<string, number> = { shareholding: 12, cooperative: 3, individual: 9, employment: 6, all: 7 };

/** A fixed pseudo-random number in [-1, 1) for replicate r of mode i (a hash, so each mode's noise is its own). */
const wobble = (r: number, i: number) => { const x = Math.sin(12.9898 * (r + 1) + 78.233 * (i + 1)) * 43758.5453; return 2 * (x - Math.floor(x)) - 1; };

/** Replicates whose income drops scatter by ±`noise` around each mode's own level, each mode by its own noise (so pairing does not cancel it). */
function replicated(noise: number, n = 5) {
  return aggregateSummary(Array.from({ length: n }, (_, r) => fakeSummary({
    seed: 1 + r,
    modes: MODE_KEYS.map((m: ModeKey, i) => fakeModeSummary(m, { incomeDropPct: DROPS[m] + noise * wobble(r, i) })),
  })));
}

describe('the terminal summary table', () => {
  it('has a column for every mode and all, and names the scenario, seed, windows and withdrawal years', () => {
    const text = formatSummaryTable(summary()).replace(/\n {2}/g, ' ');
    const header = text.split('\n').find((l) => l.includes('shareholding'))!;
    for (const mode of MODE_KEYS) expect(header.split(/\s+/)).toContain(mode);
    expect(header.indexOf('shareholding')).toBeLessThan(header.indexOf('employment'));
    expect(text).toContain('fake-village');
    expect(text).toContain('seed 1 · one replicate: no interval');
    expect(text).toContain("withdrawal 2022–2023, from the instruments' end years (dividends 2021 abrupt; welfare posts 2021 taper (2 years))");
    expect(text).toContain('income before = mean 2020–2021, after = mean 2024; fall into trough = 2021 to the lowest of 2022–2024');
    expect(text).toContain('households back below line: of those out of poverty in 2021, the share below the line at least once in 2022–2024');
  });

  it('has a row for every summary metric, labelled in both languages, with right-aligned numbers and thousands separators', () => {
    for (const r of SUMMARY_METRICS) { expect(summaryEn.rows[r.key], r.key).toBeTruthy(); expect(summaryZh.rows[r.key], r.key).toBeTruthy(); }
    const lines = formatSummaryTable(summary()).split('\n');
    for (const r of SUMMARY_METRICS) expect(lines.some((l) => l.startsWith(summaryEn.rows[r.key])), r.key).toBe(true);
    const before = lines.find((l) => l.startsWith('income before (yuan'))!;
    expect(before).toMatch(/12,346 +12,446 +12,546 +12,646 +12,746$/);
    const header = lines.find((l) => l.includes('shareholding'))!;
    expect(before.length).toBe(header.length); // right-aligned under the mode names
    expect(lines.find((l) => l.startsWith('households poor, end year'))).toMatch(/5\.0 +6\.0 +7\.0 +8\.0 +9\.0$/);
  });

  it('ranks nothing from one replicate, and ends with the fiscal bill, named as the ratio it is, and how the modes overlap', () => {
    const text = formatSummaryTable(summary()).replace(/\n {4}/g, ' ');
    expect(text).toMatch(/smallest fall into trough first: +not ranked: one replicate has no interval/);
    expect(text).not.toMatch(/employment a/);
    expect(text).toContain('fiscal cost 2020–2024: 1,501 yuan in total; 25 yuan per registered household not poor in 2024');
    expect(text).toContain('a ratio, not the cost of keeping a household out of poverty');
    expect(text).not.toMatch(/kept out of poverty/);
    expect(text).toContain('modes overlap: 40+50+60+70 = 220 memberships of 80 households');
  });

  it('with replicates shows ± the 95% half-width and orders the modes where the paired intervals separate them', () => {
    const text = formatSummaryTable(replicated(0.1));
    expect(text).toContain('mean of 5 replicates (seeds 1–5)');
    expect(text.split('\n').find((l) => l.startsWith('drop, before to after'))).toMatch(/12\.0±0\.\d/);
    expect(text).toContain('orders, paired by seed over 5 replicates (95% simultaneous intervals; a shared letter: not told apart):');
    expect(text).toMatch(/smallest drop, before to after: +cooperative a, employment b, individual c, shareholding d/);
  });

  it('says the modes cannot be told apart where every pair\'s interval holds 0, and letters where some do not', () => {
    expect(formatSummaryTable(replicated(30))).toMatch(/smallest drop, before to after: +cannot be told apart \(/);
    const partly = aggregateSummary([1, 2, 3, 4].map((r) => fakeSummary({ seed: r, modes: MODE_KEYS.map((m) => fakeModeSummary(m, { incomeDropPct: (m === 'cooperative' ? 1 : 10) + (r % 2 ? 1 : -1) * 0.5 * (m === 'shareholding' ? 2 : 1) })) })));
    expect(formatSummaryTable(partly)).toMatch(/smallest drop, before to after: +cooperative a, \S+ b, \S+ b, \S+ b/);
  });

  it('a chain of overlapping neighbours does not hide a clear gap: the abrupt-2026 income drops (cooperative 17.9 ± 3.3, individual 26.6 ± 2.1)', () => {
    // Replicates of the case with their own noise (no shared wobble): neighbours overlap, the ends do not.
    const drops: Record<string, number> = { cooperative: 17.9, employment: 21.5, shareholding: 25.7, individual: 26.6, all: 21.5 };
    const spread: Record<string, number> = { cooperative: 4.6, employment: 3.1, shareholding: 3.4, individual: 2.9, all: 3 };
    const noise = [0.9, -1.1, 0.3, -0.6, 1.2, -0.2, 0.5, -1.3, 0.8, -0.5];
    const runs = noise.map((e, r) => fakeSummary({ seed: 1 + r, modes: MODE_KEYS.map((m, i) => fakeModeSummary(m, { incomeDropPct: drops[m] + spread[m] * noise[(r + 3 * i) % 10] })) }));
    const text = formatSummaryTable(aggregateSummary(runs));
    expect(text).not.toMatch(/cannot be told apart/);
    expect(text).toMatch(/smallest drop, before to after: +cooperative a/);
    expect(text).toMatch(/individual \w*b\w*$/m);
    expect(text).not.toMatch(/individual \w*a/);
  });

  it('a run with a single mode prints no ordering line', () => {
    const only = aggregateSummary([1, 2, 3].map((seed) => fakeSummary({ seed, modes: MODE_KEYS.map((m) => fakeModeSummary(m, m === 'cooperative' || m === 'all' ? { incomeDropPct: seed } : { incomeDropPct: NaN, incomeShockPct: NaN, incomeEffectAfter: NaN, R: NaN, K: NaN, V: NaN, households: 0 })) })));
    const text = formatSummaryTable(only);
    expect(text).not.toMatch(/^(smallest|largest|highest) |orders, paired|cannot be told apart|no clear order|not ranked/m);
  });

  it('says so when nothing is withdrawn, instead of inventing windows', () => {
    const none = { ...summary(), withdrawal: { rule: 'none' as const, withdrawn: [], start: null, complete: null, before: null, after: null, trough: null } };
    const text = formatSummaryTable(none);
    expect(text).toContain("nothing is withdrawn: no instrument's level falls after its end year, so there is no before and after");
    expect(text).not.toMatch(/income before = mean/);
  });

  it('stays under 110 columns, even with a long scenario name, large numbers and replicates', () => {
    expect(widest(formatSummaryTable(summary()))).toBeLessThan(MAX_WIDTH);
    expect(widest(formatSummaryTable(replicated(0.1)))).toBeLessThan(MAX_WIDTH);
    const big = { ...summary(), scenario: 'x'.repeat(200), modes: MODE_KEYS.map((m) => fakeModeSummary(m, { incomeBefore: 123456789, fiscalCostPerHousehold: 98765432 })), fiscal: { byInstrument: {}, total: 123456789012, perRegisteredNotPoor: 1234567 } };
    const text = formatSummaryTable(big, { color: true });
    expect(widest(text)).toBeLessThan(MAX_WIDTH);
    expect(text).toContain('xxx…');
  });

  it('in Chinese: labels and modes in Chinese, columns aligned by terminal width (a Chinese character takes two)', () => {
    const text = formatSummaryTable(replicated(0.1), { lang: 'zh' });
    const lines = text.split('\n');
    const header = lines.find((l) => l.includes('股份合作型'))!;
    expect(header).toContain('全部农户');
    const body = lines.filter((l) => SUMMARY_METRICS.some((r) => l.startsWith(summaryZh.rows[r.key])));
    expect(body).toHaveLength(SUMMARY_METRICS.length);
    // Every row ends in the same terminal column as the header: counted with String.length they would not.
    for (const l of body) expect(displayWidth(l), l).toBe(displayWidth(header));
    expect(new Set(body.map((l) => l.length)).size).toBeGreaterThan(1);
    expect(text).toContain('退出前后降幅由小到大');
    expect(widest(text)).toBeLessThan(MAX_WIDTH);
  });

  it('uses colour only when asked', () => {
    expect(formatSummaryTable(summary())).not.toMatch(ANSI);
    const coloured = formatSummaryTable(summary(), { color: true });
    expect(coloured).toMatch(ANSI);
    expect(coloured.replace(ANSI, '')).toBe(formatSummaryTable(summary()));
  });

  it('shows undefined figures as a dash', () => {
    const runs = [3, 4].map((seed) => ({ ...fakeSummary({ seed }), modes: MODE_KEYS.map((m) => fakeModeSummary(m, m === 'employment' ? { returnToPovertyRate: NaN } : {})) }));
    const text = formatSummaryTable(aggregateSummary(runs));
    expect(text).toContain('seed 3 · mean of 2 replicates (seeds 3–4)');
    expect(text.split('\n').find((l) => l.startsWith('households back below line (%)'))).toMatch(/– +\S+$/);
  });
});

describe('thousands separators', () => {
  it('groups digits without depending on the locale and never prints -0', () => {
    expect(groupDigits(1234567.891, 1)).toBe('1,234,567.9');
    expect(groupDigits(-1234.5)).toBe('-1,235');
    expect(groupDigits(999)).toBe('999');
    expect(groupDigits(-0.004, 2)).toBe('0.00');
    expect(groupDigits(NaN)).toBe('–');
  });
});
