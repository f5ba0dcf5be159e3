/** Sobol first-order (S1) and total-order (ST) indices with their bootstrap intervals, one panel per output (sensitivity.json). */
import type { TopLevelSpec } from 'vega-lite';
import { fmtNumber, fmtShare } from '../../report/format.js';
import { factorsAboveNoise, mostlyNoise } from '../../sensitivity/claims.js';
import type { Messages } from '../../report/messages.js';
import type { Figure } from '../figure.js';
import { CONFIG } from '../theme.js';
import { parameterLabel } from './parameter-label.js';
import { outputsWithIndices, type SensitivityOutput, type SweepChartData } from './sweep-chart-data.js';

export const outputLabel = (m: Messages, o: { metric: string; mode: string; year: number | null }) =>
  m.outcome(m.metrics[o.metric] ?? o.metric, m.modes[o.mode] ?? o.mode, o.year);

/** A factor's label: its name from the scenario schema's description (parameter-label.ts), not its raw path. */
export const shortFactor = (path: string, m?: Messages) => parameterLabel(path, m);

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
      // Horizontal bars: the factors' short labels read on the left, unrotated, and each panel
      // is as tall as its factors need (the rotated labels of a column chart left a wide, mostly white image).
      concat: sobolOutputs(data).map((o) => ({
        title: { text: outputLabel(m, o), fontSize: 12, subtitle: m.subtitle.noise(o.noiseShare === null ? '–' : fmtShare(o.noiseShare, 0)), subtitleFontSize: 11 }, width: 200, height: { step: 9 },
        data: { values: o.sobol!.flatMap((s) => [
          { factor: shortFactor(s.factor, m), index: m.legend.S1, value: s.S1, low: s.S1Low, high: s.S1High },
          { factor: shortFactor(s.factor, m), index: m.legend.ST, value: s.ST, low: s.STLow, high: s.STHigh },
        ]) },
        encoding: { y: { field: 'factor', type: 'nominal', title: null, sort: null, axis: { labelLimit: 220 } }, yOffset: { field: 'index', type: 'nominal', sort: order } },
        layer: [
          { mark: { type: 'bar' }, encoding: { x: { field: 'value', type: 'quantitative', title: m.axis.index, scale: { domain: [0, 1], clamp: true } }, color } },
          { mark: { type: 'rule', color: '#222' }, encoding: { x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } } },
        ],
      })),
      columns: 2,
    } as TopLevelSpec;
  },
  reading(data, m) {
    // Per output, noise first; a factor is named only where its index is clearly above 0 and the noise share (claims.ts).
    return sobolOutputs(data).map((o) => {
      const above = factorsAboveNoise(o.noiseShare, o.sobol!).slice(0, 2);
      const noise = o.noiseShare === null ? '–' : fmtShare(o.noiseShare, 0);
      if (mostlyNoise(o.noiseShare)) return m.reading.mostlyNoise({ output: outputLabel(m, o), noise });
      return above.length
        ? m.reading.sobol({ output: outputLabel(m, o), noise, factors: above.map((s) => m.reading.sobolFactor({ factor: shortFactor(s.factor, m), st: fmtNumber(s.ST, 2), low: fmtNumber(s.STLow, 2), high: fmtNumber(s.STHigh, 2) })).join(m.listJoin) })
        : m.reading.sobolNone({ output: outputLabel(m, o), noise });
    }).join(m.sentenceJoin);
  },
};
