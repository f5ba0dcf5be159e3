/** Empowerment by mode: R, K and V over the years (one panel per level) and compared in the end year (bars: mean, whiskers: its 95% interval). */
import type { TopLevelSpec } from 'vega-lite';
import { fmtNumber } from '../../report/format.js';
import { modeInterval } from '../../report/mode-intervals.js';
import { modeOrdering } from '../../report/mode-ordering.js';
import { clearWorst, orderItems } from '../../report/ordering.js';
import { replicateSummaries } from '../../report/paired-differences.js';
import type { Figure } from '../figure.js';
import type { RunData } from '../run-data.js';
import { CONFIG, modeScale } from '../theme.js';
import { endYear, finiteOrNull, modeSummaries, orderSentence } from './series.js';

const LEVELS = ['R', 'K', 'V'] as const;

export const empowermentFigure: Figure<RunData> = {
  id: 'empowerment',
  title: (m) => m.title.empowerment,
  spec(data, m): TopLevelSpec {
    const modes = data.summary.modes.map((s) => s.mode);
    const over = data.yearly
      .filter((r) => r.group === 'all' && (LEVELS as readonly string[]).includes(r.metric) && modes.includes(r.mode))
      .map((r) => ({ year: r.year, mode: m.modes[r.mode], level: m.levels[r.metric], levelOrder: LEVELS.indexOf(r.metric as never), value: finiteOrNull(r.value) }));
    // The bars are labelled R, K, V: the full names are in the panels above and the subtitle (they collided under the bars).
    const n = replicateSummaries(data.summary).length;
    const end = data.summary.modes.flatMap((s) => LEVELS.map((l, i) => {
      const iv = modeInterval(data.summary, s.mode, (x) => x[l]);
      return { mode: m.modes[s.mode], level: l, levelOrder: i, value: finiteOrNull(n > 1 ? iv.mean : s[l]), low: finiteOrNull(iv.low), high: finiteOrNull(iv.high) };
    }));
    const color = { field: 'mode', type: 'nominal' as const, title: m.axis.mode, scale: modeScale(m) };
    const score = { type: 'quantitative' as const, title: m.axis.score, scale: { domain: [0, 1] } };
    return {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      config: CONFIG,
      title: { text: m.title.empowerment, subtitle: [LEVELS.map((l) => m.levels[l]).join(' · '), m.subtitle.bars(n)] },
      vconcat: [
        {
          data: { values: over },
          facet: { column: { field: 'level', type: 'nominal', title: null, sort: { field: 'levelOrder' } } },
          spec: {
            width: 200, height: 170,
            mark: { type: 'line', strokeWidth: 2 },
            encoding: { x: { field: 'year', type: 'quantitative', title: m.axis.year, axis: { format: 'd', tickMinStep: 1 }, scale: { zero: false, nice: false } }, y: { field: 'value', ...score }, color },
          },
        },
        {
          title: m.title.atEnd(endYear(data)), width: 420, height: 180,
          data: { values: end },
          encoding: {
            x: { field: 'level', type: 'nominal', title: null, sort: [...LEVELS], axis: { labelAngle: 0 } },
            xOffset: { field: 'mode', type: 'nominal', sort: modeScale(m).domain },
          },
          layer: [
            { mark: { type: 'bar' }, encoding: { y: { field: 'value', ...score }, color } },
            // Whiskers only where there is an interval (an empty layer would leave vega an infinite extent).
            ...(end.some((r) => r.low !== null) ? [{ transform: [{ filter: 'datum.low != null' }], mark: { type: 'rule' as const, color: '#222' }, encoding: { y: { field: 'low', type: 'quantitative' as const }, y2: { field: 'high' } } }] : []),
          ],
        },
      ],
    } as TopLevelSpec;
  },
  reading(data, m) {
    const modes = modeSummaries(data).map((s) => ({ mode: s.mode, mean: (s.R + s.K + s.V) / 3 })).filter((x) => Number.isFinite(x.mean));
    const all = data.summary.modes.find((s) => s.mode === 'all');
    if (!modes.length || !all) return '';
    const n = replicateSummaries(data.summary).length;
    const parts = [m.reading.empowerment({ year: endYear(data), values: modes.map((x) => `${m.modes[x.mode]} ${fmtNumber(x.mean, 2)}`).join(m.listJoin) })];
    parts.push(...orderSentence(modeOrdering(data.summary, 'empowerment', modes.map((x) => x.mode)), m.reading.orderWhat.empowerment, m, n));
    // The weakest level of all households, only where it is clearly below the other two (paired by replicate).
    const reps = replicateSummaries(data.summary);
    const levels = orderItems(LEVELS.map((l) => ({ key: l, seeds: reps.map((r) => r.seed), values: reps.map((r) => r.modes.find((x) => x.mode === 'all')?.[l] ?? NaN) })), { higherIsBetter: true });
    const weakest = clearWorst(levels);
    if (weakest) parts.push(m.reading.weakest({ level: m.levels[weakest] }));
    return parts.join(m.sentenceJoin);
  },
};
