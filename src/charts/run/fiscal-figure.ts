/**
 * Fiscal cost by instrument per year (stacked), beside the fiscal cost per household of each
 * mode (bars: mean over the replicates, whiskers: its 95% interval), with the total divided by
 * the registered households not poor at the end (named as the ratio it is).
 */
import type { TopLevelSpec } from 'vega-lite';
import { fmtNumber, fmtShare } from '../../report/format.js';
import type { Figure } from '../figure.js';
import type { RunData } from '../run-data.js';
import { CONFIG, modeScale } from '../theme.js';
import { replicateSummaries } from '../../report/paired-differences.js';
import { modeBars } from './series.js';

const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac', '#17becf', '#bcbd22', '#8c564b', '#7f7f7f', '#1f77b4'];

export const fiscalFigure: Figure<RunData> = {
  id: 'fiscal',
  title: (m) => m.title.fiscal,
  spec(data, m): TopLevelSpec {
    const items = Object.keys(data.summary.fiscal.byInstrument);
    const yearly = data.yearly
      .filter((r) => r.mode === 'all' && r.group === 'all' && r.metric.startsWith('fiscal.') && Number.isFinite(r.value) && r.value !== 0)
      .map((r) => { const k = r.metric.slice('fiscal.'.length); return { year: r.year, instrument: m.instruments[k] ?? k, order: items.indexOf(k), value: r.value }; });
    const domain = items.map((k) => m.instruments[k] ?? k);
    const perHousehold = modeBars(data, m, 'fiscalCostPerHousehold');
    return {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      config: CONFIG,
      title: { text: m.title.fiscal, subtitle: [m.subtitle.perRegisteredNotPoor(fmtNumber(data.summary.fiscal.perRegisteredNotPoor), data.summary.years.end), m.subtitle.bars(replicateSummaries(data.summary).length)] },
      hconcat: [
        {
          title: m.title.fiscalByInstrument, width: 380, height: 260, data: { values: yearly },
          mark: { type: 'bar' },
          encoding: {
            x: { field: 'year', type: 'ordinal', title: m.axis.year, axis: { labelAngle: -90 } },
            y: { field: 'value', type: 'quantitative', stack: 'zero', title: m.axis.fiscalYuan },
            color: { field: 'instrument', type: 'nominal', title: m.axis.instrument, scale: { domain, range: PALETTE.slice(0, domain.length) } },
            order: { field: 'order', type: 'quantitative' },
          },
        },
        {
          title: m.title.fiscalByMode, width: 200, height: 260, data: { values: perHousehold },
          encoding: { x: { field: 'mode', type: 'nominal', title: null, sort: null, axis: { labelAngle: -30 } } },
          layer: [
            { mark: { type: 'bar' }, encoding: { y: { field: 'value', type: 'quantitative', title: m.axis.costPerHousehold }, color: { field: 'mode', type: 'nominal', scale: modeScale(m), legend: null } } },
            // Whiskers only where there is an interval (an empty layer would leave vega an infinite extent).
            ...(perHousehold.some((r) => r.low !== null) ? [{ transform: [{ filter: 'datum.low != null' }], mark: { type: 'rule' as const, color: '#222' }, encoding: { y: { field: 'low', type: 'quantitative' as const }, y2: { field: 'high' } } }] : []),
          ],
        },
      ],
      resolve: { scale: { color: 'independent' } },
    } as TopLevelSpec;
  },
  reading(data, m) {
    const { byInstrument, total, perRegisteredNotPoor } = data.summary.fiscal;
    const top = Object.entries(byInstrument).filter(([, v]) => Number.isFinite(v)).reduce<[string, number] | null>((a, b) => (!a || b[1] > a[1] ? b : a), null);
    if (!top || !(total > 0)) return '';
    return m.reading.fiscal({
      total: fmtNumber(total), start: data.summary.years.start, end: data.summary.years.end,
      top: m.instruments[top[0]] ?? top[0], topShare: fmtShare(top[1] / total), perRegistered: fmtNumber(perRegisteredNotPoor),
    });
  },
};
