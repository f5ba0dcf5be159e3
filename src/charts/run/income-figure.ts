/** Income per person by mode over the years, with the poverty line, the 5-95% band across replicates and the withdrawal years shaded. */
import type { TopLevelSpec } from 'vega-lite';
import { fmtNumber, fmtPct } from '../../report/format.js';
import type { Figure } from '../figure.js';
import { povertyLine, runYears, type RunData } from '../run-data.js';
import { CONFIG, modeScale } from '../theme.js';
import { endYear, modeSummaries, series } from './series.js';

export const incomeFigure: Figure<RunData> = {
  id: 'income',
  title: (m) => m.title.income,
  spec(data, m): TopLevelSpec {
    const { start, complete } = data.summary.withdrawal;
    const values = series(data, m, 'incomeMean');
    const line = runYears(data).map((year) => ({ year, line: povertyLine(data, year) })).filter((d) => Number.isFinite(d.line));
    const x = { field: 'year', type: 'quantitative' as const, title: m.axis.year, axis: { format: 'd', tickMinStep: 1 }, scale: { zero: false, nice: false } };
    // Lines in the legend, solid even though the bands share the colour scale.
    const color = { field: 'mode', type: 'nominal' as const, title: m.axis.mode, scale: modeScale(m), legend: { symbolType: 'stroke', symbolOpacity: 1, symbolStrokeWidth: 2.5 } };
    return {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      config: CONFIG,
      title: { text: m.title.income, subtitle: m.subtitle.income(start, complete) },
      width: 560, height: 320,
      layer: [
        { data: { values: [{ start: start - 0.5, end: complete + 0.5 }] }, mark: { type: 'rect', color: '#999', opacity: 0.15 }, encoding: { x: { field: 'start', type: 'quantitative' }, x2: { field: 'end' } } },
        ...(data.bands ? [{ data: { values }, mark: { type: 'area' as const, opacity: 0.15 }, encoding: { x, y: { field: 'p05', type: 'quantitative' as const }, y2: { field: 'p95' }, color } }] : []),
        { data: { values: line }, mark: { type: 'line', color: '#222', strokeDash: [5, 4], strokeWidth: 1.5 }, encoding: { x, y: { field: 'line', type: 'quantitative' } } },
        { data: { values }, mark: { type: 'line', strokeWidth: 2 }, encoding: { x, y: { field: 'value', type: 'quantitative', title: m.axis.incomePerPerson, scale: { zero: false } }, color } },
      ],
    } as TopLevelSpec;
  },
  reading(data, m) {
    const { start, complete } = data.summary.withdrawal;
    const modes = modeSummaries(data).filter((s) => Number.isFinite(s.incomeDropPct));
    const all = data.summary.modes.find((s) => s.mode === 'all');
    const parts: string[] = [];
    if (modes.length) {
      const byDrop = [...modes].sort((a, b) => b.incomeDropPct - a.incomeDropPct);
      const worst = byDrop[0], best = byDrop[byDrop.length - 1];
      parts.push(worst.incomeDropPct > 0
        ? m.reading.income({ start, complete, worst: m.modes[worst.mode], worstDrop: fmtPct(worst.incomeDropPct), best: m.modes[best.mode], bestDrop: fmtPct(best.incomeDropPct), allDrop: fmtPct(all?.incomeDropPct) })
        : m.reading.incomeRise({ best: m.modes[best.mode], bestDrop: fmtPct(-best.incomeDropPct) }));
    }
    const end = endYear(data), line = povertyLine(data, end);
    const ends = modeSummaries(data).map((s) => ({ mode: s.mode, v: data.value(end, s.mode, 'all', 'incomeMean') })).filter((e) => Number.isFinite(e.v));
    if (ends.length && line > 0) {
      const lowest = ends.reduce((a, b) => (b.v < a.v ? b : a));
      parts.push(m.reading.incomeLine({ year: end, ratio: fmtNumber(lowest.v / line, 2), lowest: m.modes[lowest.mode] }));
    }
    return parts.join(m.sentenceJoin);
  },
};
