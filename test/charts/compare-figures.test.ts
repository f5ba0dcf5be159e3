/** The compare figures compile without warnings, render, and read the differences whose interval leaves zero. */
import { describe, expect, it } from 'vitest';
import { differenceFigure, type CompareData } from '../../src/charts/compare/difference-figure.js';
import { yearlyDifferenceFigure } from '../../src/charts/compare/yearly-difference-figure.js';
import { compileChart } from '../../src/charts/compile-chart.js';
import { renderChart } from '../../src/charts/render-chart.js';
import { LANGS, messages } from '../../src/report/messages.js';

const d = (metric: string, mode: string, diff: number, half: number) => ({ metric, mode, a: 100, b: 100 + diff, diff, low: diff - half, high: diff + half, n: 5 });
const DATA: CompareData = {
  a: 'base', b: 'abrupt', pairs: 5,
  diffs: [d('incomeAfter', 'all', -300, 50), d('incomeAfter', 'cooperative', -20, 40), d('R', 'all', 0.05, 0.01), d('R', 'cooperative', NaN, NaN)],
  yearly: [2025, 2026, 2027].flatMap((year) => ['all', 'employment'].map((mode) => ({ year, mode, diff: year === 2025 ? 0 : -150, low: year === 2025 ? 0 : -200, high: year === 2025 ? 0 : -100, n: 5 }))),
};

describe('compare figures', () => {
  for (const lang of LANGS) {
    it(`compile without warnings and render (${lang})`, async () => {
      for (const f of [differenceFigure, yearlyDifferenceFigure]) {
        const spec = f.spec(DATA, messages(lang));
        expect(compileChart(spec).warnings, f.id).toEqual([]);
        const r = await renderChart(spec, f.id);
        expect(r.svg).toContain('mark-rule');
        expect(r.svg).toContain(f.id === 'difference' ? 'mark-symbol' : 'mark-area');
      }
    });
  }

  it('an axis over differences of zero reads 0, not 0.000000', async () => {
    const zero: CompareData = { a: 'base', b: 'base', pairs: 5, diffs: [d('incomeAfter', 'all', 0, 0), d('R', 'all', 0, 0)] };
    const svg = (await renderChart(differenceFigure.spec(zero, messages('en')), 'difference')).svg;
    expect(svg).toMatch(/>0<\/text>/);
    expect(svg).not.toMatch(/\d\.0{4,}/);
  });

  it('reads the differences clearly away from zero, strongest first', () => {
    expect(differenceFigure.reading(DATA, messages('en'))).toBe('With 5 paired replicates, the differences clearly away from zero are: income after withdrawal (all households) −300; R resources (all households) +0.0500.');
    expect(differenceFigure.reading({ ...DATA, diffs: [d('R', 'all', 0.01, 0.05)] }, messages('en'))).toBe('With 5 paired replicates, no difference is clearly away from zero.');
    expect(differenceFigure.reading({ ...DATA, pairs: 1 }, messages('en'))).toMatch(/single replicate/);
  });

  it('reads the last year of the yearly difference for all households', () => {
    expect(yearlyDifferenceFigure.reading(DATA, messages('en'))).toBe("In 2027, B's households had 150 yuan per person less than A's (difference B − A: 95% interval −200 to −100, 5 pairs).");
  });
});
