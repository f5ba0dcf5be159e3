/**
 * The three live charts, as Vega-Lite specs compiled in the page: income per person with the
 * poverty line, transfusion vs hematopoiesis shares, and R/K/V. Each chart holds the whole
 * run; a `currentYear` parameter filters it, so moving the year only sets a signal and the
 * charts grow as the years pass.
 */
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { RunResultMessage } from '../model/protocol.js';
import { SIDE_BY_SIDE, type VillageKey } from '../model/villages.js';
import { SHARE_COLOUR, VILLAGE_COLOUR } from './palette.js';

export interface ChartText {
  village: (v: VillageKey) => string;
  /** A short name for narrow facet headers. */
  short: (v: VillageKey) => string;
  t: (key: string) => string;
}

const YEAR_PARAM = { name: 'currentYear', value: 2016 };
const FONT = { config: { font: '"Noto Sans SC", system-ui, "Noto Sans CJK SC", sans-serif', axis: { labelFontSize: 12, titleFontSize: 12 }, legend: { labelFontSize: 12, titleFontSize: 12, orient: 'bottom' as const, direction: 'vertical' as const, title: null, labelLimit: 240 }, header: { labelFontSize: 12, title: null }, view: { stroke: null } } };

export class Charts {
  private views: View[] = [];

  constructor(private readonly hosts: { income: HTMLElement; shares: HTMLElement; rkv: HTMLElement }) {}

  async draw(results: RunResultMessage[], text: ChartText, year: number): Promise<void> {
    for (const v of this.views) v.finalize();
    const first = results[0];
    const xDomain = [first.years[0], first.years[first.years.length - 1]];
    const x = { field: 'year', type: 'quantitative' as const, title: text.t('chart.year'), scale: { domain: xDomain }, axis: { format: 'd', tickCount: 5 } };
    const villages = results.map((r) => r.village);
    const colour = { field: 'village', type: 'nominal' as const, scale: { domain: villages.map(text.village), range: villages.map((v) => VILLAGE_COLOUR[v]) } };

    const incomeRows = results.flatMap((r) => r.years.map((y, i) => ({ village: text.village(r.village), year: y, value: r.series.incomeMean[i] })));
    const lineRows = first.years.map((y, i) => ({ year: y, value: first.line[i], label: text.t('chart.line') }));
    const income: TopLevelSpec = {
      ...FONT, width: 215, height: 190, params: [YEAR_PARAM],
      title: { text: text.t('chart.income'), fontSize: 13 },
      layer: [
        { data: { values: lineRows }, mark: { type: 'line', strokeDash: [5, 4], color: '#222', strokeWidth: 1.5 }, encoding: { x, y: { field: 'value', type: 'quantitative' }, tooltip: [{ field: 'label' }, { field: 'value', format: ',.0f' }] } },
        // The withdrawal year, dotted (the poverty line is dashed); none when nothing is withdrawn.
        ...(first.withdrawal.start === null ? [] : [{ data: { values: [{ year: first.withdrawal.start - 0.5 }] }, mark: { type: 'rule' as const, strokeDash: [2, 3], color: '#555' }, encoding: { x: { field: 'year', type: 'quantitative' as const } } }]),
        {
          data: { values: incomeRows }, transform: [{ filter: 'datum.year <= currentYear' }],
          mark: { type: 'line', point: { size: 18 }, strokeWidth: 2.5 },
          encoding: { x, y: { field: 'value', type: 'quantitative', title: null, scale: { zero: false } }, color: colour, tooltip: [{ field: 'village' }, { field: 'year' }, { field: 'value', format: ',.0f' }] },
        },
      ],
    };

    const partLabel = { transfusionShare: text.t('chart.transfusionShare'), hematopoiesisShare: text.t('chart.hematopoiesisShare') };
    const shareRows = results.filter((r) => (SIDE_BY_SIDE as readonly string[]).includes(r.village)).flatMap((r) =>
      r.years.flatMap((y, i) => (['hematopoiesisShare', 'transfusionShare'] as const).map((part, order) => ({ village: text.short(r.village), year: y, part: partLabel[part], order, value: r.series[part][i] }))));
    const shares: TopLevelSpec = {
      ...FONT, params: [YEAR_PARAM], data: { values: shareRows }, transform: [{ filter: 'datum.year <= currentYear' }],
      title: { text: text.t('chart.shares'), fontSize: 13 },
      facet: { column: { field: 'village', type: 'nominal', sort: SIDE_BY_SIDE.map(text.short), header: { labelFontSize: 12 } } },
      spec: {
        width: 80, height: 190, mark: { type: 'area' },
        encoding: {
          x: { ...x, axis: { format: 'd', tickCount: 3 } },
          y: { field: 'value', type: 'quantitative', stack: 'zero', title: text.t('chart.share'), scale: { domain: [0, 1] }, axis: { format: '.0%' } },
          color: { field: 'part', type: 'nominal', scale: { domain: [partLabel.hematopoiesisShare, partLabel.transfusionShare], range: [SHARE_COLOUR.hematopoiesisShare, SHARE_COLOUR.transfusionShare] } },
          order: { field: 'order' },
          tooltip: [{ field: 'village' }, { field: 'year' }, { field: 'part' }, { field: 'value', format: '.0%' }],
        },
      },
    };

    const rkvRows = results.filter((r) => (SIDE_BY_SIDE as readonly string[]).includes(r.village)).flatMap((r) =>
      r.years.flatMap((y, i) => (['R', 'K', 'V'] as const).map((m) => ({ village: text.village(r.village), year: y, metric: m, value: r.series[m][i] }))));
    const sideColour = { ...colour, scale: { domain: SIDE_BY_SIDE.map(text.village), range: SIDE_BY_SIDE.map((v) => VILLAGE_COLOUR[v]) } };
    const rkv: TopLevelSpec = {
      ...FONT, params: [YEAR_PARAM], data: { values: rkvRows }, transform: [{ filter: 'datum.year <= currentYear' }],
      title: { text: text.t('chart.rkv'), subtitle: text.t('chart.rkvKey'), fontSize: 13, subtitleFontSize: 11 },
      facet: { column: { field: 'metric', type: 'nominal', sort: ['R', 'K', 'V'], header: { labelFontSize: 14, labelFontWeight: 'bold' } } },
      spec: {
        width: 58, height: 190, mark: { type: 'line', strokeWidth: 2.5, point: { size: 10 } },
        encoding: {
          x: { ...x, title: null, axis: { format: 'd', values: [2020, 2030], labelFontSize: 11 } },
          y: { field: 'value', type: 'quantitative', title: text.t('chart.level'), scale: { domain: [0, 1] } },
          color: sideColour, tooltip: [{ field: 'village' }, { field: 'metric' }, { field: 'year' }, { field: 'value', format: '.2f' }],
        },
      },
    };

    this.views = await Promise.all(
      ([[income, this.hosts.income], [shares, this.hosts.shares], [rkv, this.hosts.rkv]] as const).map(async ([spec, host]) => {
        host.replaceChildren();
        const view = new View(parse(compile(spec).spec), { renderer: 'svg', container: host, hover: true });
        view.signal('currentYear', year);
        await view.runAsync();
        return view;
      }),
    );
  }

  async setYear(year: number): Promise<void> {
    await Promise.all(this.views.map((v) => v.signal('currentYear', year).runAsync()));
  }
}
