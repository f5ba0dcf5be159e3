/** Sobol first-order (S1) and total-order (ST) indices with their bootstrap intervals, one panel per output (sensitivity.json). */
import type { TopLevelSpec } from 'vega-lite';
import { fmtNumber, fmtShare } from '../../report/format.js';
import type { Messages } from '../../report/messages.js';
import type { Figure } from '../figure.js';
import { CONFIG } from '../theme.js';
import { parameterLabel } from './parameter-label.js';
import { outputsWithIndices, type SensitivityOutput, type SweepChartData } from './sweep-chart-data.js';

export const outputLabel = (m: Messages, o: { metric: string; mode: string; year: number | null }) =>
  m.outcome(m.metrics[o.metric] ?? o.metric, m.modes[o.mode] ?? o.mode, o.year);

/** A factor's label: its name from the scenario schema's description (parameter-label.ts), not its raw path. */
export const shortFactor = (path: string) => parameterLabel(path);

/** Outputs with Sobol indices (see outputsWithIndices). */
export const sobolOutputs = (data: SweepChartData): SensitivityOutput[] => outputsWithIndices(data, 'sobol');

export const sobolFigure: Figure<SweepChartData> = {
  id: 'sobol',
  title: (m) => m.title.sobol,
  spec(data, m): TopLevelSpec {
    const order = [m.legend.S1, m.legend.ST];
    const color = { field: 'index', type: 'nominal' as const, title: null, sort: order, scale: { domain: order, range: ['#9ecae1', '#08519c'] } };
    return {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      config: CONFIG,
      title: { text: m.title.sobol },
      concat: sobolOutputs(data).map((o) => ({
        title: { text: outputLabel(m, o), fontSize: 12 }, width: 240, height: 150,
        data: { values: o.sobol!.flatMap((s) => [
          { factor: shortFactor(s.factor), index: m.legend.S1, value: s.S1, low: s.S1Low, high: s.S1High },
          { factor: shortFactor(s.factor), index: m.legend.ST, value: s.ST, low: s.STLow, high: s.STHigh },
        ]) },
        encoding: { x: { field: 'factor', type: 'nominal', title: null, sort: null, axis: { labelAngle: -30, labelLimit: 0 } }, xOffset: { field: 'index', type: 'nominal', sort: order } },
        layer: [
          { mark: { type: 'bar' }, encoding: { y: { field: 'value', type: 'quantitative', title: m.axis.index, scale: { domain: [0, 1], clamp: true } }, color } },
          { mark: { type: 'rule', color: '#222' }, encoding: { y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' } } },
        ],
      })),
      columns: 3,
    } as TopLevelSpec;
  },
  reading(data, m) {
    const o = sobolOutputs(data)[0];
    if (!o) return '';
    const top = o.sobol!.filter((s) => s.ST !== null).sort((a, b) => b.ST! - a.ST!)[0];
    if (!top) return '';
    return m.reading.sobol({ output: outputLabel(m, o), factor: shortFactor(top.factor), st: fmtNumber(top.ST, 2), noise: fmtShare(o.noiseShare) });
  },
};
