/**
 * The share of persons below the poverty line by mode over the years, beside the share of
 * households back below the line after withdrawal by mode (bars: the mean over the replicates,
 * whiskers: its 95% interval). Each panel says whether it counts persons or households.
 */
import type { TopLevelSpec } from 'vega-lite';
import { fmtShare } from '../../report/format.js';
import { replicateSummaries } from '../../report/paired-differences.js';
import { windowsWords } from '../../report/windows-text.js';
import type { Figure } from '../figure.js';
import type { RunData } from '../run-data.js';
import { allZero, noneLayer } from '../none-layer.js';
import { CONFIG, modeScale } from '../theme.js';
import { endYear, modeBars, modeSummaries, orderSentence, series, summaryOrdering, yearOrdering } from './series.js';


export const povertyFigure: Figure<RunData> = {
  id: 'poverty',
  title: (m) => m.title.poverty,
  spec(data, m): TopLevelSpec {
    const { start, complete } = data.summary.withdrawal;
    const color = { field: 'mode', type: 'nominal' as const, title: m.axis.mode, scale: modeScale(m) };
    const x = { field: 'year', type: 'quantitative' as const, title: m.axis.year, axis: { format: 'd', tickMinStep: 1 }, scale: { zero: false, nice: false } };
    const returns = modeBars(data, m, 'returnToPovertyRate');
    const headcount = series(data, m, 'povertyHeadcount');
    // Zero everywhere: say so in the panel instead of leaving an empty frame.
    const noHeadcount = allZero(headcount.map((r) => r.value)) ? [noneLayer(m.legend.noneAnyYear, 380, 260)] : [];
    const noReturns = allZero(returns.map((r) => r.value)) ? [noneLayer(m.legend.noneAfterWithdrawal, 200, 260)] : [];
    return {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      config: CONFIG,
      title: { text: m.title.poverty, subtitle: m.subtitle.bars(replicateSummaries(data.summary).length) },
      hconcat: [
        {
          title: m.title.headcount, width: 380, height: 260,
          layer: [
            ...(start !== null && complete !== null ? [{ data: { values: [{ start: start - 0.5, end: complete + 0.5 }] }, mark: { type: 'rect' as const, color: '#999', opacity: 0.15 }, encoding: { x: { field: 'start', type: 'quantitative' as const }, x2: { field: 'end' } } }] : []),
            { data: { values: headcount }, mark: { type: 'line', strokeWidth: 2, point: { size: 14 } }, encoding: { x, y: { field: 'value', type: 'quantitative', title: m.axis.povertyHeadcount, axis: { format: '.0%' } }, color } },
            ...noHeadcount,
          ],
        },
        {
          title: m.title.returnBars, width: 200, height: 260,
          layer: [
            {
              data: { values: returns },
              encoding: { x: { field: 'mode', type: 'nominal', title: null, sort: null, axis: { labelAngle: -30 } } },
              layer: [
                {
                  mark: { type: 'bar' },
                  encoding: {
                    y: { field: 'value', type: 'quantitative', title: m.axis.returnRate, axis: { format: '.0%' }, scale: { domainMin: 0, domainMax: Math.max(0.05, ...returns.map((r) => r.high ?? r.value ?? 0)) } },
                    color: { ...color, legend: null },
                  },
                },
                // Whiskers only where there is an interval (an empty layer would leave vega an infinite extent).
            ...(returns.some((r) => r.low !== null) ? [{ transform: [{ filter: 'datum.low != null' }], mark: { type: 'rule' as const, color: '#222' }, encoding: { y: { field: 'low', type: 'quantitative' as const }, y2: { field: 'high' } } }] : []),
              ],
            },
            ...noReturns,
          ],
        },
      ],
    } as TopLevelSpec;
  },
  reading(data, m) {
    const end = endYear(data), n = replicateSummaries(data.summary).length;
    const rate = data.value(end, 'all', 'all', 'povertyHeadcount');
    const modes = modeSummaries(data).map((s) => ({ mode: s.mode, v: data.value(end, s.mode, 'all', 'povertyHeadcount') })).filter((x) => Number.isFinite(x.v));
    const parts: string[] = [];
    if (modes.length && Number.isFinite(rate)) {
      parts.push(m.reading.poverty({ year: end, rate: fmtShare(rate), values: modes.map((x) => `${m.modes[x.mode]} ${fmtShare(x.v)}`).join(m.listJoin) }));
      parts.push(...orderSentence(yearOrdering(data, end, 'povertyHeadcount', false), m.reading.orderWhat.povertyHeadcount, m, n));
    }
    const ret = modeSummaries(data).filter((s) => Number.isFinite(s.returnToPovertyRate));
    const all = data.summary.modes.find((s) => s.mode === 'all');
    const w = windowsWords(data.summary, m.lang === 'zh' ? 'zh' : 'en');
    if (ret.length && w) {
      if (ret.every((s) => s.returnToPovertyRate === 0)) parts.push(m.reading.returnNone);
      else {
        parts.push(m.reading.returnSome({ all: fmtShare(all?.returnToPovertyRate), lastBefore: w.lastBefore, counted: w.counted, values: ret.map((s) => `${m.modes[s.mode]} ${fmtShare(s.returnToPovertyRate)}`).join(m.listJoin) }));
        parts.push(...orderSentence(summaryOrdering(data, 'returnToPovertyRate', false), m.reading.orderWhat.returnToPovertyRate, m, n));
      }
    }
    return parts.join(m.sentenceJoin);
  },
};
