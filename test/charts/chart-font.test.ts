/** The bundled chart font covers every character the message catalogues can draw. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_FONT_CATALOGUES, chartFontCharacters, chartFontFiles } from '../../src/charts/chart-font.js';

describe('chart font', () => {
  it('ships with the package (regular and bold)', () => {
    const files = chartFontFiles();
    expect(files).not.toBeNull();
    for (const f of files!) expect(readFileSync(f).subarray(0, 4).toString('hex')).toBe('00010000'); // TrueType
  });

  it('holds every character of the English and Chinese catalogues, the reports\' and the classroom page\'s (else rerun scripts/subset-chart-font.ts)', () => {
    const covered = new Set(readFileSync('assets/fonts/NotoSansSC-charts.txt', 'utf8'));
    expect(CHART_FONT_CATALOGUES).toContain('web/src/i18n/zh.ts');
    const needed = chartFontCharacters(CHART_FONT_CATALOGUES.map((f) => readFileSync(f, 'utf8')).join(''));
    expect([...needed].filter((c) => !covered.has(c))).toEqual([]);
  });

  it('always covers digits, Latin letters and the minus sign numbers are drawn with', () => {
    const chars = chartFontCharacters('');
    for (const c of '0123456789azAZ%−–,.') expect(chars).toContain(c);
  });
});
