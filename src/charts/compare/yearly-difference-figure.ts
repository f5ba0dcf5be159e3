/** Income per person year by year, B − A, per mode: the mean paired difference with its 95% band (from both runs' replicates.csv). */
import type { TopLevelSpec } from 'vega-lite';
import { fmtNumber } from '../../report/format.js';
import type { Figure } from '../figure.js';
import { CONFIG, modeScale } from '../theme.js';
import type { CompareData } from './difference-figure.js';

const nullIfNaN = (x: number) => (Number.isFinite(x) ? x : null);

export const yearlyDifferenceFigure: Figure<CompareData> = {
  id: 'difference-yearly',
  title: (m) => m.title.yearlyDifference,
  spec(data, m): TopLevelSpec {
    const rows = (data.yearly ?? []).map((d) => ({ year: d.year, mode: m.modes[d.mode] ?? d.mode, diff: nullIfNaN(d.diff), low: nullIfNaN(d.low), high: nullIfNaN(d.high) }));
    const x = { field: 'year', type: 'quantitative' as const, title: m.axis.year, axis: { format: 'd', tickMinStep: 1 }, scale: { zero: false, nice: false } };
    const color = { field: 'mode', type: 'nominal' as const, title: m.axis.mode, scale: modeScale(m, (data.yearly ?? []).map((d) => d.mode)), legend: { symbolType: 'stroke', symbolOpacity: 1, symbolStrokeWidth: 2.5 } };
    return {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      config: CONFIG,
      title: { text: m.title.yearlyDifference, subtitle: m.compare.heading(data.a, data.b) },
      width: 560, height: 300,
      layer: [
        { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', color: '#888', strokeDash: [3, 3] }, encoding: { y: { field: 'zero', type: 'quantitative' } } },
        { data: { values: rows }, mark: { type: 'area', opacity: 0.15 }, encoding: { x, y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' }, color } },
        { data: { values: rows }, mark: { type: 'line', strokeWidth: 2 }, encoding: { x, y: { field: 'diff', type: 'quantitative', title: m.axis.incomeDifference }, color } },
      ],
    } as TopLevelSpec;
  },
  reading(data, m) {
    const all = (data.yearly ?? []).filter((d) => d.mode === 'all');
    if (!all.length) return '';
    const last = all.reduce((a, b) => (b.year > a.year ? b : a));
    return m.reading.yearlyDifference({ year: last.year, diff: fmtNumber(Math.abs(last.diff)), more: last.diff > 0, low: fmtNumber(last.low), high: fmtNumber(last.high), n: last.n });
  },
};
