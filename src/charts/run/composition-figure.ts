/** Income composition per mode: stacked areas of each source, self-made sources (hematopoiesis) against transfers (transfusion). */
import type { TopLevelSpec } from 'vega-lite';
import { HEMATOPOIESIS, TRANSFUSION } from '../../engine/sources.js';
import { fmtShare } from '../../report/format.js';
import type { Figure } from '../figure.js';
import type { RunData } from '../run-data.js';
import { CONFIG, HEMATOPOIESIS_COLORS, MODE_ORDER, TRANSFUSION_COLORS } from '../theme.js';
import { replicateSummaries } from '../../report/paired-differences.js';
import { endYear, modeSummaries, orderSentence, summaryOrdering } from './series.js';

const SOURCES = [...HEMATOPOIESIS, ...TRANSFUSION];

export const compositionFigure: Figure<RunData> = {
  id: 'composition',
  title: (m) => m.title.composition,
  spec(data, m): TopLevelSpec {
    const modes = MODE_ORDER.filter((k) => data.summary.modes.some((s) => s.mode === k));
    const values = data.yearly
      .filter((r) => r.group === 'all' && r.metric.startsWith('income.') && modes.includes(r.mode) && Number.isFinite(r.value))
      .map((r) => {
        const source = r.metric.slice('income.'.length);
        return { year: r.year, mode: m.modes[r.mode], modeOrder: modes.indexOf(r.mode), source: m.sources[source] ?? source, order: SOURCES.indexOf(source as never), value: r.value };
      });
    return {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      config: CONFIG,
      title: { text: m.title.composition, subtitle: [`${m.kind.hematopoiesis}: ${HEMATOPOIESIS.map((s) => m.sources[s]).join(m.listJoin)}`, m.axis.incomePerPerson] },
      data: { values },
      facet: { field: 'mode', type: 'nominal', title: null, sort: { field: 'modeOrder' }, header: { labelFontSize: 13 } },
      columns: 3,
      spacing: 30, // room for the last year label of one panel and the first of the next
      spec: {
        width: 240, height: 170,
        mark: { type: 'area' },
        encoding: {
          x: { field: 'year', type: 'quantitative', title: m.axis.year, axis: { format: 'd', tickMinStep: 1 }, scale: { zero: false, nice: false } },
          // A short title: the full one is longer than a panel is high, and the rows' titles overlapped.
          y: { field: 'value', type: 'quantitative', stack: 'zero', title: m.axis.yuanPerPerson },
          color: { field: 'source', type: 'nominal', title: m.axis.source, scale: { domain: SOURCES.map((s) => m.sources[s]), range: [...HEMATOPOIESIS_COLORS, ...TRANSFUSION_COLORS] } },
          order: { field: 'order', type: 'quantitative' },
        },
      },
    } as TopLevelSpec;
  },
  reading(data, m) {
    const end = endYear(data);
    const shares = modeSummaries(data).filter((s) => Number.isFinite(s.hematopoiesisShare));
    const parts: string[] = [];
    if (shares.length) {
      parts.push(m.reading.composition({ year: end, values: shares.map((s) => `${m.modes[s.mode]} ${fmtShare(s.hematopoiesisShare)}`).join(m.listJoin) }));
      parts.push(...orderSentence(summaryOrdering(data, 'hematopoiesisShare', true), m.reading.orderWhat.hematopoiesisShare, m, replicateSummaries(data.summary).length));
    }
    const start = data.summary.withdrawal.start;
    const from = start === null ? null : start - 1;
    const before = from === null ? NaN : data.value(from, 'all', 'all', 'hematopoiesisShare'), after = data.value(end, 'all', 'all', 'hematopoiesisShare');
    if (from !== null && Number.isFinite(before) && Number.isFinite(after) && from < end) parts.push(m.reading.compositionShift({ from, to: end, before: fmtShare(before), after: fmtShare(after) }));
    return parts.join(m.sentenceJoin);
  },
};
