import { describe, expect, it } from 'vitest';
import { MODE_KEYS } from '../../src/engine/output.js';
import { MAX_WIDTH, formatSummaryTable, groupDigits } from '../../src/cli/summary-table.js';
import { aggregateSummary, rankModes } from '../../src/run/replicates.js';
import { fakeModeSummary, fakeSummary } from '../run/fixtures.js';

const ANSI = /\x1b\[[0-9;]*m/g;
const summary = () => { const s = fakeSummary(); return { ...s, ranking: rankModes(s.modes) }; };
const widest = (text: string) => Math.max(...text.replace(ANSI, '').split('\n').map((l) => l.length));

describe('the terminal summary table', () => {
  it('has a column for every mode and all, and names the scenario, seed, windows and withdrawal years', () => {
    const text = formatSummaryTable(summary());
    const header = text.split('\n').find((l) => l.includes('shareholding'))!;
    for (const mode of MODE_KEYS) expect(header.split(/\s+/)).toContain(mode);
    expect(header.indexOf('shareholding')).toBeLessThan(header.indexOf('employment'));
    expect(text).toContain('fake-village');
    expect(text).toContain('seed 1');
    expect(text).toContain('withdrawal starts 2022, completes 2023');
    expect(text).toContain('before = mean 2020–2021, after = mean 2024–2024');
  });

  it('has a row for every figure, with right-aligned numbers and thousands separators', () => {
    const lines = formatSummaryTable(summary()).split('\n');
    for (const label of ['households', 'income before withdrawal', 'income after withdrawal', 'income drop', 'years above line', 'poverty rate', 'return-to-poverty', 'R ', 'K ', 'V ', 'hematopoiesis share', 'fiscal cost per household'])
      expect(lines.some((l) => l.startsWith(label))).toBe(true);
    const before = lines.find((l) => l.startsWith('income before'))!;
    expect(before).toMatch(/12,346 +12,446 +12,546 +12,646 +12,746$/);
    const header = lines.find((l) => l.includes('shareholding'))!;
    expect(before.length).toBe(header.length); // right-aligned under the mode names
    expect(lines.find((l) => l.startsWith('poverty rate'))).toMatch(/5\.0 +6\.0 +7\.0 +8\.0 +9\.0$/);
  });

  it('ends with the rankings by income drop and empowerment and the fiscal bill', () => {
    const text = formatSummaryTable(summary());
    expect(text).toMatch(/smallest income drop first: +employment > individual > cooperative > shareholding/);
    expect(text).toMatch(/highest empowerment.*: +employment > individual > cooperative > shareholding/);
    expect(text).toContain('fiscal cost 2020–2024: 1,501 yuan in total; 25 yuan per household kept out of poverty');
  });

  it('stays under 110 columns, even with a long scenario name and large numbers', () => {
    expect(widest(formatSummaryTable(summary()))).toBeLessThan(MAX_WIDTH);
    const big = { ...summary(), scenario: 'x'.repeat(200), modes: MODE_KEYS.map((m) => fakeModeSummary(m, { incomeBefore: 123456789, fiscalCostPerHousehold: 98765432 })), fiscal: { byInstrument: {}, total: 123456789012, costPerHouseholdKeptOut: 1234567 } };
    const text = formatSummaryTable(big, { color: true });
    expect(widest(text)).toBeLessThan(MAX_WIDTH);
    expect(text).toContain('xxx…');
  });

  it('uses colour only when asked', () => {
    expect(formatSummaryTable(summary())).not.toMatch(ANSI);
    const coloured = formatSummaryTable(summary(), { color: true });
    expect(coloured).toMatch(ANSI);
    expect(coloured.replace(ANSI, '')).toBe(formatSummaryTable(summary()));
  });

  it('shows undefined figures as a dash and names the replicates of an aggregate', () => {
    const runs = [3, 4].map((seed) => ({ ...fakeSummary({ seed }), modes: MODE_KEYS.map((m) => fakeModeSummary(m, m === 'employment' ? { returnToPovertyRate: NaN } : {})) }));
    const text = formatSummaryTable(aggregateSummary(runs));
    expect(text).toContain('seed 3 · mean of 2 replicates (seeds 3–4)');
    expect(text.split('\n').find((l) => l.startsWith('return-to-poverty'))).toMatch(/– +\S+$/);
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
