/** Income per person by mode over the years, with the poverty line, the 5-95% band across replicates and the withdrawal years shaded. */
import type { TopLevelSpec } from 'vega-lite';
import { fmtNumber, fmtPct } from '../../report/format.js';
import { lettersText } from '../../report/ordering.js';
import { replicateSummaries } from '../../report/paired-differences.js';
import { windowsWords } from '../../report/windows-text.js';
import type { Figure } from '../figure.js';
import { povertyLine, runYears, type RunData } from '../run-data.js';
import { CONFIG, modeScale } from '../theme.js';
import { endYear, modeSummaries, series, summaryOrdering } from './series.js';

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
        ...(start !== null && complete !== null ? [{ data: { values: [{ start: start - 0.5, end: complete + 0.5 }] }, mark: { type: 'rect' as const, color: '#999', opacity: 0.15 }, encoding: { x: { field: 'start', type: 'quantitative' as const }, x2: { field: 'end' } } }] : []),
        ...(data.bands ? [{ data: { values }, mark: { type: 'area' as const, opacity: 0.15 }, encoding: { x, y: { field: 'p05', type: 'quantitative' as const }, y2: { field: 'p95' }, color } }] : []),
        { data: { values: line }, mark: { type: 'line', color: '#222', strokeDash: [5, 4], strokeWidth: 1.5 }, encoding: { x, y: { field: 'line', type: 'quantitative' } } },
        { data: { values }, mark: { type: 'line', strokeWidth: 2 }, encoding: { x, y: { field: 'value', type: 'quantitative', title: m.axis.incomePerPerson, scale: { zero: false } }, color } },
      ],
    } as TopLevelSpec;
  },
  reading(data, m) {
    const w = windowsWords(data.summary, m.lang === 'zh' ? 'zh' : 'en');
    const all = data.summary.modes.find((s) => s.mode === 'all');
    const parts: string[] = [];
    const modes = modeSummaries(data).filter((s) => Number.isFinite(s.incomeShockPct));
    if (!w) parts.push(m.reading.incomeNone);
    else if (all && Number.isFinite(all.incomeShockPct)) {
      parts.push(m.reading.income({
        lastBefore: w.lastBefore, trough: w.trough, fall: fmtPct(Math.abs(all.incomeShockPct)), rises: all.incomeShockPct < 0,
        values: modes.map((s) => `${m.modes[s.mode]} ${fmtPct(s.incomeShockPct)}`).join(m.listJoin),
      }));
      const o = summaryOrdering(data, 'incomeShockPct', false);
      if (o.status !== 'single') parts.push(m.reading.order({ what: m.reading.orderWhat.incomeShockPct, status: o.status, letters: lettersText(o, (k) => m.modes[k] ?? k, m.listJoin), n: replicateSummaries(data.summary).length }));
    }
    const end = endYear(data), line = povertyLine(data, end);
    const ratios = modeSummaries(data).map((s) => data.value(end, s.mode, 'all', 'incomeMean') / line).filter(Number.isFinite);
    if (ratios.length && line > 0) parts.push(m.reading.incomeLine({ year: end, low: fmtNumber(Math.min(...ratios), 2), high: fmtNumber(Math.max(...ratios), 2) }));
    return parts.join(m.sentenceJoin);
  },
};
