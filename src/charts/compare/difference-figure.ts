/** The paired difference B − A of two runs: per metric a panel, per mode the mean difference with its 95% interval and a rule at zero. */
import type { TopLevelSpec } from 'vega-lite';
import { fmtSig } from '../../report/format.js';
import { awayFromZero, type PairedDifference, type YearlyDifference } from '../../report/paired-differences.js';
import type { Figure } from '../figure.js';
import { CONFIG, modeScale } from '../theme.js';

export interface CompareData {
  /** Labels of the two runs (scenario names or folders). */
  a: string;
  b: string;
  diffs: PairedDifference[];
  /** Paired replicates. */
  pairs: number;
  /** False for `compare --unpaired`: differences of means, `pairs` then the smaller replicate count. */
  paired?: boolean;
  /** Year-by-year differences of income per person, when both runs wrote replicates.csv. */
  yearly?: YearlyDifference[];
}

const nullIfNaN = (x: number) => (Number.isFinite(x) ? x : null);

export const differenceFigure: Figure<CompareData> = {
  id: 'difference',
  title: (m) => m.title.difference,
  spec(data, m): TopLevelSpec {
    const metrics = [...new Set(data.diffs.map((d) => d.metric))];
    const modes = modeScale(m, data.diffs.map((d) => d.mode));
    return {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      config: CONFIG,
      title: { text: m.title.difference, subtitle: m.compare.heading(data.a, data.b) },
      concat: metrics.map((metric) => ({
        title: { text: m.metrics[metric] ?? metric, fontSize: 12 }, width: 200, height: { step: 18 },
        data: { values: data.diffs.filter((d) => d.metric === metric).map((d) => ({ mode: m.modes[d.mode] ?? d.mode, diff: nullIfNaN(d.diff), low: nullIfNaN(d.low), high: nullIfNaN(d.high), zero: 0 })) },
        encoding: { y: { field: 'mode', type: 'nominal', title: null, sort: modes.domain } },
        layer: [
          // '~s'-like short ticks: the default printed every digit of a tiny difference (0.000000).
          { mark: { type: 'rule', color: '#888', strokeDash: [3, 3] }, encoding: { x: { field: 'zero', type: 'quantitative', title: m.axis.difference, axis: { format: '~r', tickCount: 4 } } } },
          { mark: { type: 'rule', strokeWidth: 2 }, encoding: { x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' }, color: { field: 'mode', type: 'nominal', scale: modes, legend: null } } },
          { mark: { type: 'point', filled: true, size: 50 }, encoding: { x: { field: 'diff', type: 'quantitative' }, color: { field: 'mode', type: 'nominal', scale: modes, legend: null } } },
        ],
      })),
      columns: 4,
      resolve: { scale: { x: 'independent' } },
    } as TopLevelSpec;
  },
  reading(data, m) {
    if (data.pairs < 2) return m.reading.differenceOne;
    const clear = data.diffs.filter(awayFromZero)
      .sort((x, y) => Math.abs(y.diff) / (y.high - y.low) - Math.abs(x.diff) / (x.high - x.low))
      .slice(0, 4)
      .map((d) => `${m.outcome(m.metrics[d.metric] ?? d.metric, m.modes[d.mode] ?? d.mode, null)} ${d.diff > 0 ? '+' : ''}${fmtSig(d.diff)}`);
    const reading = data.paired === false ? m.reading.differenceUnpaired : m.reading.difference;
    return reading({ n: data.pairs, clear: clear.join('; '), none: clear.length === 0 });
  },
};
