/** Morris screening: each factor's mu* (mean absolute elementary effect) against sigma (their spread), one panel per output (sensitivity.json). */
import type { TopLevelSpec } from 'vega-lite';
import { fmtShare, fmtSig } from '../../report/format.js';
import { clearMorrisLeader, mostlyNoise } from '../../sensitivity/claims.js';
import type { Figure } from '../figure.js';
import { CONFIG } from '../theme.js';
import { outputLabel, shortFactor } from './sobol-figure.js';
import { outputsWithIndices, type SensitivityOutput, type SweepChartData } from './sweep-chart-data.js';

/** Outputs with Morris measures (see outputsWithIndices). */
export const morrisOutputs = (data: SweepChartData): SensitivityOutput[] => outputsWithIndices(data, 'morris');

export const morrisFigure: Figure<SweepChartData> = {
  id: 'morris',
  title: (m) => m.title.morris,
  spec(data, m): TopLevelSpec {
    return {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      config: CONFIG,
      title: { text: m.title.morris },
      concat: morrisOutputs(data).map((o) => ({
        title: { text: outputLabel(m, o), fontSize: 12 }, width: 220, height: 170,
        data: { values: o.morris!.map((e) => ({ factor: shortFactor(e.factor, m), muStar: e.muStar, sigma: e.sigma, low: e.muStarLow, high: e.muStarHigh })) },
        encoding: { x: { field: 'muStar', type: 'quantitative', title: 'mu*', scale: { zero: true } }, y: { field: 'sigma', type: 'quantitative', title: 'sigma', scale: { zero: true } } },
        layer: [
          { mark: { type: 'rule', color: '#999' }, encoding: { x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } } },
          { mark: { type: 'point', filled: true, size: 60, color: '#08519c' } },
          { mark: { type: 'text', align: 'left', dx: 6, dy: -6, fontSize: 10 }, encoding: { text: { field: 'factor', type: 'nominal' } } },
        ],
      })),
      columns: 3,
    } as TopLevelSpec;
  },
  reading(data, m) {
    const o = morrisOutputs(data)[0];
    if (!o) return '';
    // Noise first; "largest" only where its mu* interval lies above every other factor's (claims.ts).
    const noise = o.noiseShare === null ? '–' : fmtShare(o.noiseShare, 0);
    if (mostlyNoise(o.noiseShare)) return m.reading.mostlyNoise({ output: outputLabel(m, o), noise });
    const leader = clearMorrisLeader(o.morris!, o.noiseShare);
    return leader ? m.reading.morris({ output: outputLabel(m, o), noise, factor: shortFactor(leader.factor, m), muStar: fmtSig(leader.muStar) }) : m.reading.morrisNone({ output: outputLabel(m, o), noise });
  },
};
