/** The virtual survey against seed 001's Tables 2-4: each item's model figure beside the field survey's, one panel per table. */
import type { TopLevelSpec } from 'vega-lite';
import { fmtNumber } from '../../report/format.js';
import type { Messages } from '../../report/messages.js';
import type { Figure } from '../figure.js';
import type { RunData } from '../run-data.js';
import { CONFIG } from '../theme.js';
import { finiteOrNull } from './series.js';

/** One row label in the reader's language: the item, then its category. */
const label = (r: { item: string; category: string }, m: Messages) => {
  const item = m.survey.items[r.item] ?? r.item;
  return r.item === 'registered' ? item : `${item}: ${m.survey.categories[r.category] ?? r.category}`;
};

const meanGap = (rows: { model: number; target: number }[]) => {
  const gaps = rows.map((r) => Math.abs(r.model - r.target)).filter(Number.isFinite);
  return gaps.length ? gaps.reduce((a, b) => a + b, 0) / gaps.length : NaN;
};

export const surveyFigure: Figure<RunData> = {
  id: 'survey',
  title: (m) => m.title.survey,
  spec(data, m): TopLevelSpec {
    const tables = ['T2', 'T3', 'T4'];
    const values = data.survey.filter((r) => tables.includes(r.table)).flatMap((r, i) => {
      // lo/hi on every row (not an aggregate) so both layers read one data source.
      const row = { table: m.survey.tables[r.table] ?? r.table, tableOrder: tables.indexOf(r.table), item: label(r, m), order: i, lo: finiteOrNull(Math.min(r.model, r.target)), hi: finiteOrNull(Math.max(r.model, r.target)) };
      return [{ ...row, source: m.survey.model, value: finiteOrNull(r.model) }, { ...row, source: m.survey.target, value: finiteOrNull(r.target) }];
    });
    const panel = (t: string) => {
      const rows = values.filter((v) => v.table === (m.survey.tables[t] ?? t));
      // labelLimit 0: long English items ("first cause of poverty: lack of funds") are shown whole, not cut with "…".
      const y = { field: 'item', type: 'nominal' as const, title: null, sort: { field: 'order' }, axis: { labelLimit: 0 } };
      return {
        title: { text: m.survey.tables[t] ?? t, fontSize: 12 }, width: 420, height: { step: 16 }, data: { values: rows },
        layer: [
          { mark: { type: 'rule', color: '#bbb' }, encoding: { y, x: { field: 'lo', type: 'quantitative' }, x2: { field: 'hi' } } },
          {
            mark: { type: 'point', filled: true, size: 60 },
            encoding: {
              y,
              x: { field: 'value', type: 'quantitative', title: t === 'T3' ? m.axis.correlation : m.axis.percent },
              color: { field: 'source', type: 'nominal', title: null, scale: { domain: [m.survey.model, m.survey.target], range: ['#d95f02', '#1b9e77'] } },
              shape: { field: 'source', type: 'nominal', title: null, scale: { domain: [m.survey.model, m.survey.target], range: ['circle', 'diamond'] } },
            },
          },
        ],
      };
    };
    return {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      config: CONFIG,
      title: { text: m.title.survey },
      vconcat: tables.filter((t) => data.survey.some((r) => r.table === t)).map(panel),
      resolve: { scale: { x: 'independent', y: 'independent' } },
    } as TopLevelSpec;
  },
  reading(data, m) {
    const t2 = data.survey.filter((r) => r.table === 'T2' && r.unit === 'percent');
    const t4 = data.survey.filter((r) => r.table === 'T4' && r.unit === 'percent');
    const all = [...t2, ...t4].filter((r) => Number.isFinite(r.model - r.target));
    if (!all.length) return '';
    const worst = all.reduce((a, b) => (Math.abs(b.model - b.target) > Math.abs(a.model - a.target) ? b : a));
    return m.reading.survey({ t2: fmtNumber(meanGap(t2), 1), t4: fmtNumber(meanGap(t4), 1), worstItem: label(worst, m), worstGap: fmtNumber(Math.abs(worst.model - worst.target), 1) });
  },
};
