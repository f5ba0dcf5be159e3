/** Poverty headcount by mode over the years, beside the return-to-poverty rate after withdrawal by mode. */
import type { TopLevelSpec } from 'vega-lite';
import { fmtShare } from '../../report/format.js';
import type { Figure } from '../figure.js';
import type { RunData } from '../run-data.js';
import { allZero, noneLayer } from '../none-layer.js';
import { CONFIG, modeScale } from '../theme.js';
import { endYear, finiteOrNull, modeSummaries, series } from './series.js';

export const povertyFigure: Figure<RunData> = {
  id: 'poverty',
  title: (m) => m.title.poverty,
  spec(data, m): TopLevelSpec {
    const { start, complete } = data.summary.withdrawal;
    const color = { field: 'mode', type: 'nominal' as const, title: m.axis.mode, scale: modeScale(m) };
    const x = { field: 'year', type: 'quantitative' as const, title: m.axis.year, axis: { format: 'd', tickMinStep: 1 }, scale: { zero: false, nice: false } };
    const returns = data.summary.modes.map((s) => ({ mode: m.modes[s.mode], value: finiteOrNull(s.returnToPovertyRate) }));
    const headcount = series(data, m, 'povertyHeadcount');
    // Zero everywhere: say so in the panel instead of leaving an empty frame.
    const noHeadcount = allZero(headcount.map((r) => r.value)) ? [noneLayer(m.legend.noneAnyYear, 380, 260)] : [];
    const noReturns = allZero(returns.map((r) => r.value)) ? [noneLayer(m.legend.noneAfterWithdrawal, 200, 260)] : [];
    return {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      config: CONFIG,
      title: { text: m.title.poverty },
      hconcat: [
        {
          title: m.title.headcount, width: 380, height: 260,
          layer: [
            { data: { values: [{ start: start - 0.5, end: complete + 0.5 }] }, mark: { type: 'rect', color: '#999', opacity: 0.15 }, encoding: { x: { field: 'start', type: 'quantitative' }, x2: { field: 'end' } } },
            { data: { values: headcount }, mark: { type: 'line', strokeWidth: 2, point: { size: 14 } }, encoding: { x, y: { field: 'value', type: 'quantitative', title: m.axis.povertyHeadcount, axis: { format: '.0%' } }, color } },
            ...noHeadcount,
          ],
        },
        {
          title: m.title.returnBars, width: 200, height: 260,
          layer: [
            {
              data: { values: returns },
              mark: { type: 'bar' },
              encoding: {
                x: { field: 'mode', type: 'nominal', title: null, sort: null, axis: { labelAngle: -30 } },
                y: { field: 'value', type: 'quantitative', title: m.axis.returnRate, axis: { format: '.0%' }, scale: { domainMin: 0, domainMax: Math.max(0.05, ...returns.map((r) => r.value ?? 0)) } },
                color: { ...color, legend: null },
              },
            },
            ...noReturns,
          ],
        },
      ],
    } as TopLevelSpec;
  },
  reading(data, m) {
    const end = endYear(data);
    const rate = data.value(end, 'all', 'all', 'povertyHeadcount');
    const modes = modeSummaries(data).map((s) => ({ mode: s.mode, v: data.value(end, s.mode, 'all', 'povertyHeadcount') })).filter((x) => Number.isFinite(x.v));
    const parts: string[] = [];
    if (modes.length && Number.isFinite(rate)) {
      const worst = modes.reduce((a, b) => (b.v > a.v ? b : a));
      parts.push(m.reading.poverty({ year: end, rate: fmtShare(rate), worst: m.modes[worst.mode], worstRate: fmtShare(worst.v) }));
    }
    const ret = modeSummaries(data).filter((s) => Number.isFinite(s.returnToPovertyRate));
    const all = data.summary.modes.find((s) => s.mode === 'all');
    if (ret.length) {
      const worst = ret.reduce((a, b) => (b.returnToPovertyRate > a.returnToPovertyRate ? b : a));
      parts.push(worst.returnToPovertyRate > 0 ? m.reading.returnSome({ worst: m.modes[worst.mode], worstRate: fmtShare(worst.returnToPovertyRate), all: fmtShare(all?.returnToPovertyRate) }) : m.reading.returnNone);
    }
    return parts.join(m.sentenceJoin);
  },
};
