/**
 * Each summary outcome over the first two swept parameters, one panel per outcome: a heatmap
 * of the mean over replicates (and over any further parameters) for a grid; for a sampled
 * design, the points coloured by the outcome; over one parameter a line; per variant bars.
 */
import type { TopLevelSpec } from 'vega-lite';
import { fmtSig } from '../../report/format.js';
import type { Messages } from '../../report/messages.js';
import type { Figure } from '../figure.js';
import { CONFIG } from '../theme.js';
import { formatValue } from '../../sensitivity/describe-box.js';
import { labelLines, parameterLabel } from './parameter-label.js';
import { chartedOutputs, type SweepChartData } from './sweep-chart-data.js';

export interface HeatCell { x: number | string; y: number | string | null; value: number }

/** Mean outcome per (x, y) cell, over replicates and further parameters; cells in order of first appearance. */
export function heatCells(data: SweepChartData, metric: string, mode: string): HeatCell[] {
  const means = data.means.get(`${metric}|${mode}`);
  if (!means) return [];
  const [cx, cy] = data.columns;
  const acc = new Map<string, { x: number | string; y: number | string | null; sum: number; n: number }>();
  for (const p of data.points) {
    const x = data.designType === 'variants' ? (p.variant ?? String(p.point)) : p.values[cx];
    const y = data.designType === 'variants' || cy === undefined ? null : p.values[cy];
    const v = means[p.point];
    if (!Number.isFinite(v)) continue;
    const key = `${x}|${y}`;
    const a = acc.get(key) ?? { x, y, sum: 0, n: 0 };
    a.sum += v; a.n++;
    acc.set(key, a);
  }
  return [...acc.values()].map((a) => ({ x: a.x, y: a.y, value: a.sum / a.n }));
}

/**
 * A panel's colour domain. Panels show different outcomes, so each has its own scale, but one
 * that hardly varies (0.5645 to 0.5655) must not fill the whole viridis range and look like a
 * strong effect: the domain spans at least 5% of the values' magnitude, centred on them.
 */
export function colourDomain(values: readonly number[]): [number, number] | undefined {
  const v = values.filter(Number.isFinite);
  if (!v.length) return undefined;
  const lo = Math.min(...v), hi = Math.max(...v), mid = (lo + hi) / 2;
  const half = Math.max((hi - lo) / 2, 0.025 * Math.max(Math.abs(lo), Math.abs(hi)), 1e-9);
  return [mid - half, mid + half];
}

const outcomeLabel = (m: Messages, metric: string, mode: string) => m.outcome(m.metrics[metric] ?? metric, m.modes[mode] ?? mode, null);

function panel(data: SweepChartData, m: Messages, metric: string, mode: string) {
  const cells = heatCells(data, metric, mode);
  const [cx, cy] = data.columns;
  const title = { text: outcomeLabel(m, metric, mode), fontSize: 12 };
  const color = { field: 'value', type: 'quantitative' as const, title: null, scale: { scheme: 'viridis', domain: colourDomain(cells.map((c) => c.value)) }, legend: { format: '~r' } };
  if (data.designType === 'variants') {
    return { title, width: 220, height: 160, data: { values: cells }, mark: { type: 'bar' }, encoding: { x: { field: 'x', type: 'nominal', title: null, sort: null }, y: { field: 'value', type: 'quantitative', title: null } } };
  }
  if (cy === undefined) {
    return { title, width: 220, height: 160, data: { values: cells }, mark: { type: 'line', point: true }, encoding: { x: { field: 'x', type: 'quantitative', title: labelLines(parameterLabel(cx, m)), scale: { zero: false }, axis: { format: '~r' } }, y: { field: 'value', type: 'quantitative', title: null, scale: { zero: false } } } };
  }
  if (data.designType === 'grid') {
    return {
      title, width: 220, height: 160, data: { values: cells },
      mark: { type: 'rect' },
      encoding: { x: { field: 'x', type: 'ordinal', title: labelLines(parameterLabel(cx, m)), sort: 'ascending', axis: { labelAngle: 0, grid: false } }, y: { field: 'y', type: 'ordinal', title: labelLines(parameterLabel(cy, m)), sort: 'descending', axis: { grid: false } }, color },
    };
  }
  return {
    title, width: 220, height: 160, data: { values: cells },
    mark: { type: 'point', filled: true, size: 50 },
    encoding: { x: { field: 'x', type: 'quantitative', title: labelLines(parameterLabel(cx, m)), scale: { zero: false }, axis: { format: '~r' } }, y: { field: 'y', type: 'quantitative', title: labelLines(parameterLabel(cy, m)), scale: { zero: false }, axis: { format: '~r' } }, color },
  };
}

export const heatmapFigure: Figure<SweepChartData> = {
  id: 'heatmap',
  title: (m) => m.title.heatmap,
  spec(data, m): TopLevelSpec {
    const outputs = chartedOutputs(data.outputs);
    return {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      config: CONFIG,
      title: { text: heatmapFigure.title(m), subtitle: [m.subtitle.replicates(data.replicates), m.subtitle.ownScale] },
      concat: outputs.map((o) => panel(data, m, o.metric, o.mode)),
      columns: 3,
      resolve: { scale: { color: 'independent', x: 'independent', y: 'independent' } },
    } as TopLevelSpec;
  },
  reading(data, m) {
    const o = chartedOutputs(data.outputs)[0];
    if (!o) return '';
    const cells = heatCells(data, o.metric, o.mode);
    if (!cells.length) return '';
    const hi = cells.reduce((a, b) => (b.value > a.value ? b : a)), lo = cells.reduce((a, b) => (b.value < a.value ? b : a));
    // Values to three significant digits (whole numbers in full): sampled designs hold 16-digit floats.
    const v = (x: number | string) => (typeof x === 'number' ? formatValue(x) : x);
    const at = (c: HeatCell) => (data.designType === 'variants' ? String(c.x) : [`${parameterLabel(data.columns[0], m)} = ${v(c.x)}`, ...(c.y !== null ? [`${parameterLabel(data.columns[1], m)} = ${v(c.y)}`] : [])].join(', '));
    return m.reading.heatmap({ metric: outcomeLabel(m, o.metric, o.mode), high: fmtSig(hi.value), highAt: at(hi), low: fmtSig(lo.value), lowAt: at(lo) });
  },
};
