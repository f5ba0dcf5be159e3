/** The bundled chart font covers every character the message catalogues can draw. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartFontCharacters, chartFontFiles } from '../../src/charts/chart-font.js';

describe('chart font', () => {
  it('ships with the package (regular and bold)', () => {
    const files = chartFontFiles();
    expect(files).not.toBeNull();
    for (const f of files!) expect(readFileSync(f).subarray(0, 4).toString('hex')).toBe('00010000'); // TrueType
  });

  it('holds every character of the English and Chinese catalogues (else rerun scripts/subset-chart-font.ts)', () => {
    const covered = new Set(readFileSync('assets/fonts/NotoSansSC-charts.txt', 'utf8'));
    const needed = chartFontCharacters(['src/report/messages-en.ts', 'src/report/messages-zh.ts', 'src/report/summary-messages.ts'].map((f) => readFileSync(f, 'utf8')).join(''));
    expect([...needed].filter((c) => !covered.has(c))).toEqual([]);
  });

  it('always covers digits, Latin letters and the minus sign numbers are drawn with', () => {
    const chars = chartFontCharacters('');
    for (const c of '0123456789azAZ%−–,.') expect(chars).toContain(c);
  });
});
