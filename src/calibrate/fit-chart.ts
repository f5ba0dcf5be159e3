/**
 * The fit chart (Vega-Lite, drawn like the run and sweep charts): one row per target, the
 * model's 90% interval over the posterior and seeds as a bar and its median as a dot, all in
 * units of the target's tolerance around the observed value, so targets in yuan, percent and
 * correlations share one axis; the band from −1 to 1 is "within tolerance".
 */
import type { TopLevelSpec } from 'vega-lite';
import { CONFIG } from '../charts/theme.js';
import type { FitRow } from './fit.js';

export function fitChartSpec(name: string, rows: readonly FitRow[]): TopLevelSpec {
  const scaled = (x: number, r: FitRow) => (Number.isFinite(x) ? (x - r.observed) / r.within : null);
  const values = rows.map((r) => ({ target: r.target, median: scaled(r.median, r), p05: scaled(r.p05, r), p95: scaled(r.p95, r), within: r.inside ? 'within tolerance' : 'outside' }));
  const y = { field: 'target', type: 'nominal' as const, sort: null, title: null };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: CONFIG,
    title: { text: `Calibration fit: ${name}`, subtitle: 'model median and 90% interval over the posterior and seeds, in tolerances from the observed value (0)' },
    width: 480,
    height: { step: 18 },
    layer: [
      { data: { values: [{ lo: -1, hi: 1 }] }, mark: { type: 'rect', color: '#59a14f', opacity: 0.15 }, encoding: { x: { field: 'lo', type: 'quantitative' }, x2: { field: 'hi' } } },
      { data: { values: [{ x: 0 }] }, mark: { type: 'rule', color: '#222', strokeDash: [4, 3] }, encoding: { x: { field: 'x', type: 'quantitative' } } },
      { data: { values }, mark: { type: 'rule', strokeWidth: 2, color: '#4e79a7' }, encoding: { y, x: { field: 'p05', type: 'quantitative', title: '(model − observed) / tolerance' }, x2: { field: 'p95' } } },
      { data: { values }, mark: { type: 'point', filled: true, size: 50 }, encoding: { y, x: { field: 'median', type: 'quantitative' }, color: { field: 'within', type: 'nominal', title: null, scale: { domain: ['within tolerance', 'outside'], range: ['#59a14f', '#e15759'] } } } },
    ],
  } as TopLevelSpec;
}
