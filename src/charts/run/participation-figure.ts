/**
 * Participation and who benefits: nominal against real participation by mode in the last year
 * before withdrawal; program benefits per person of registered-poor and other households; and
 * the elite-capture share (benefits going to households with a cadre or party member).
 */
import type { TopLevelSpec } from 'vega-lite';
import { fmtNumber, fmtShare } from '../../report/format.js';
import type { Figure } from '../figure.js';
import { runYears, type RunData } from '../run-data.js';
import { CONFIG, modeScale } from '../theme.js';
import { finiteOrNull } from './series.js';

/** The income sources counted as program benefits, as eliteShare counts them (docs/results.md). */
export const BENEFIT_SOURCES = ['dividends', 'cooperative', 'grants', 'welfarePosts', 'livingSupport', 'monitoring'];

/** Program benefits per person of a group in a year (yuan): the sum of the benefit sources. */
export function benefitsPerPerson(data: RunData, year: number, group: string): number {
  let total = 0;
  for (const s of BENEFIT_SOURCES) {
    const v = data.value(year, 'all', group, `income.${s}`);
    if (!Number.isFinite(v)) return NaN;
    total += v;
  }
  return total;
}

/** The year participation is read in: the last year with programs running, before withdrawal starts (the last year without one). */
const readYear = (data: RunData) => Math.min((data.summary.withdrawal.start ?? Infinity) - 1, data.summary.years.end);

export const participationFigure: Figure<RunData> = {
  id: 'participation',
  title: (m) => m.title.participation,
  spec(data, m): TopLevelSpec {
    const year = readYear(data);
    const bars = data.summary.modes.flatMap((s) => (['participationNominal', 'participationReal'] as const).map((k, i) => ({
      mode: m.modes[s.mode], kind: i === 0 ? m.legend.nominal : m.legend.real, value: finiteOrNull(data.value(year, s.mode, 'all', k)),
    })));
    const years = runYears(data);
    const benefits = years.flatMap((y) => (['registered', 'not-registered'] as const).map((g) => ({ year: y, group: m.groups[g], value: finiteOrNull(benefitsPerPerson(data, y, g)) })));
    const elite = years.map((y) => ({ year: y, value: finiteOrNull(data.value(y, 'all', 'all', 'eliteShare')) }));
    const x = { field: 'year', type: 'quantitative' as const, title: m.axis.year, axis: { format: 'd', tickMinStep: 1 }, scale: { zero: false, nice: false } };
    return {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      config: CONFIG,
      title: { text: m.title.participation },
      hconcat: [
        {
          title: m.title.participationBars(year), width: 230, height: 240, data: { values: bars },
          mark: { type: 'bar' },
          encoding: {
            x: { field: 'mode', type: 'nominal', title: null, sort: modeScale(m).domain, axis: { labelAngle: -30 } },
            xOffset: { field: 'kind', type: 'nominal', sort: [m.legend.nominal, m.legend.real] },
            y: { field: 'value', type: 'quantitative', title: m.axis.participation, axis: { format: '.0%' } },
            color: { field: 'kind', type: 'nominal', title: null, sort: [m.legend.nominal, m.legend.real], scale: { range: ['#9ecae1', '#08519c'] } },
          },
        },
        {
          title: m.title.benefits, width: 260, height: 240, data: { values: benefits },
          mark: { type: 'line', strokeWidth: 2 },
          encoding: { x, y: { field: 'value', type: 'quantitative', title: m.axis.benefitsPerPerson }, strokeDash: { field: 'group', type: 'nominal', title: null, sort: [m.groups.registered, m.groups['not-registered']] } },
        },
        {
          title: m.title.elite, width: 200, height: 240, data: { values: elite },
          mark: { type: 'line', color: '#b2182b', strokeWidth: 2 },
          encoding: { x, y: { field: 'value', type: 'quantitative', title: m.axis.eliteShare, axis: { format: '.0%' }, scale: { domainMin: 0 } } },
        },
      ],
      resolve: { legend: { color: 'independent', strokeDash: 'independent' } },
    } as TopLevelSpec;
  },
  reading(data, m) {
    const year = readYear(data);
    const parts: string[] = [];
    const nominal = data.value(year, 'all', 'all', 'participationNominal'), real = data.value(year, 'all', 'all', 'participationReal');
    if (Number.isFinite(nominal) && Number.isFinite(real)) parts.push(m.reading.participation({ year, nominal: fmtShare(nominal, 0), real: fmtShare(real, 0) }));
    const reg = benefitsPerPerson(data, year, 'registered'), oth = benefitsPerPerson(data, year, 'not-registered');
    const elite = data.value(year, 'all', 'all', 'eliteShare');
    if (Number.isFinite(reg) && Number.isFinite(oth)) parts.push(m.reading.benefits({ year, registered: fmtNumber(reg), others: fmtNumber(oth), elite: fmtShare(elite) }));
    return parts.join(m.sentenceJoin);
  },
};
