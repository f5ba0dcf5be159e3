/** Empowerment by mode: R, K and V over the years (one panel per level) and compared in the end year. */
import type { TopLevelSpec } from 'vega-lite';
import { fmtNumber } from '../../report/format.js';
import type { Figure } from '../figure.js';
import type { RunData } from '../run-data.js';
import { CONFIG, modeScale } from '../theme.js';
import { endYear, finiteOrNull, modeSummaries } from './series.js';

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
    const end = data.summary.modes.flatMap((s) => LEVELS.map((l, i) => ({ mode: m.modes[s.mode], level: l, levelOrder: i, value: finiteOrNull(s[l]) })));
    const color = { field: 'mode', type: 'nominal' as const, title: m.axis.mode, scale: modeScale(m) };
    const score = { type: 'quantitative' as const, title: m.axis.score, scale: { domain: [0, 1] } };
    return {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      config: CONFIG,
      title: { text: m.title.empowerment, subtitle: LEVELS.map((l) => m.levels[l]).join(' · ') },
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
          mark: { type: 'bar' },
          encoding: {
            x: { field: 'level', type: 'nominal', title: null, sort: { field: 'levelOrder' }, axis: { labelAngle: 0 } },
            xOffset: { field: 'mode', type: 'nominal', sort: modeScale(m).domain },
            y: { field: 'value', ...score },
            color,
          },
        },
      ],
    } as TopLevelSpec;
  },
  reading(data, m) {
    const modes = modeSummaries(data).map((s) => ({ mode: s.mode, mean: (s.R + s.K + s.V) / 3 })).filter((x) => Number.isFinite(x.mean)).sort((a, b) => b.mean - a.mean);
    const all = data.summary.modes.find((s) => s.mode === 'all');
    if (!modes.length || !all) return '';
    const weakest = LEVELS.filter((l) => Number.isFinite(all[l])).reduce((a, b) => (all[b] < all[a] ? b : a));
    return m.reading.empowerment({
      year: endYear(data), best: m.modes[modes[0].mode], bestScore: fmtNumber(modes[0].mean, 2),
      worst: m.modes[modes[modes.length - 1].mode], worstScore: fmtNumber(modes[modes.length - 1].mean, 2), weakest: m.levels[weakest],
    });
  },
};
