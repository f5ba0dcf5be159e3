/**
 * The numbers behind the charts and the lesson's findings, as tables a teacher can read: first
 * each year of the run the page shows (one table per metric, values formatted as the command
 * line's tables write them, 6 significant digits), then, for each average a finding uses, that
 * average in every seed the findings compare the villages over. Each cell also carries its
 * full-precision value (`data-value`): the findings are computed from exactly these numbers, and
 * a test recomputes them from the cells.
 */
import { formatNumber, RESULTS_MISSING } from '../../../src/io/csv.js';
import { FINDING_AVERAGES, NUMBERS_METRICS, SIDES, spanYears, type FindingData, type Span } from '../model/findings.js';
import type { RunResultMessage, SeriesMetric } from '../model/protocol.js';
import type { VillageKey } from '../model/villages.js';

interface NumbersText {
  t(key: string, vars?: Record<string, string | number>): string;
  /** A village's short name, for narrow column headers. */
  short(v: VillageKey): string;
}

export function renderNumbers(host: HTMLElement, results: RunResultMessage[], data: FindingData | null, text: NumbersText): void {
  const container = document.createElement('div');
  container.id = 'numbers';
  const intro = document.createElement('p');
  intro.id = 'numbers-intro';
  intro.className = 'muted small';
  intro.textContent = text.t('numbers.intro', { seed: results[0].seed });
  container.append(intro);
  for (const metric of NUMBERS_METRICS) container.append(scroll(yearTable(metric, results, text)));
  if (data && data.seeds.length > 1) {
    const heading = document.createElement('h3');
    heading.textContent = text.t('numbers.seedsHeading', { n: data.seeds.length, first: data.seeds[0], last: data.seeds[data.seeds.length - 1] });
    container.append(heading);
    for (const [metric, span] of FINDING_AVERAGES) {
      const years = spanYears(data, span);
      if (years) container.append(scroll(seedTable(metric, span, years, data, text)));
    }
  }
  host.replaceChildren(container);
}

/** A table in a box that scrolls sideways rather than clipping (the panel is narrow). */
function scroll(table: HTMLTableElement): HTMLDivElement {
  const box = document.createElement('div');
  box.className = 'table-box';
  box.append(table);
  return box;
}

/** A body row headed by its year or seed (also in `data-year` or `data-seed`). */
function row(body: HTMLTableSectionElement, key: 'year' | 'seed', value: number): HTMLTableRowElement {
  const tr = body.insertRow();
  tr.dataset[key] = String(value);
  const th = document.createElement('th');
  th.scope = 'row';
  th.textContent = String(value);
  tr.append(th);
  return tr;
}

function head(table: HTMLTableElement, labels: string[]): void {
  const row = table.createTHead().insertRow();
  for (const label of labels) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = label;
    row.append(th);
  }
}

function yearTable(metric: SeriesMetric, results: RunResultMessage[], text: NumbersText): HTMLTableElement {
  const table = document.createElement('table');
  table.dataset.metric = metric;
  table.createCaption().textContent = text.t('numbers.caption', { what: text.t(`numbers.metric.${metric}`), seed: results[0].seed });
  const line = metric === 'incomeMean';
  head(table, [text.t('numbers.year'), ...(line ? [text.t('numbers.line')] : []), ...results.map((r) => text.short(r.village))]);
  const body = table.createTBody();
  results[0].years.forEach((year, i) => {
    const tr = row(body, 'year', year);
    if (line) tr.insertCell().textContent = formatNumber(results[0].line[i], RESULTS_MISSING);
    for (const r of results) {
      const td = tr.insertCell();
      td.dataset.village = r.village;
      td.dataset.scenario = r.scenarioName;
      td.dataset.metric = metric;
      td.dataset.year = String(year);
      td.dataset.value = String(r.series[metric][i]);
      td.textContent = formatNumber(r.series[metric][i], RESULTS_MISSING);
    }
  });
  return table;
}

/** One average a finding takes (a metric over some years), in every seed, for the two villages: the numbers the findings read. */
function seedTable(metric: SeriesMetric, span: Span, [a, b]: readonly [number, number], d: FindingData, text: NumbersText): HTMLTableElement {
  const table = document.createElement('table');
  table.dataset.average = `${metric} ${span}`;
  table.dataset.years = `${a}-${b}`;
  table.createCaption().textContent = text.t('numbers.seedCaption', { what: text.t(`numbers.metric.${metric}`), years: a === b ? String(a) : `${a}-${b}` });
  head(table, [text.t('numbers.seed'), ...SIDES.map((v) => text.short(v))]);
  const body = table.createTBody();
  d.seeds.forEach((seed, k) => {
    const tr = row(body, 'seed', seed);
    for (const side of SIDES) {
      const v = d.averages[side][`${metric} ${span}`]![k];
      const td = tr.insertCell();
      td.dataset.village = side;
      td.dataset.seed = String(seed);
      td.dataset.average = `${metric} ${span}`;
      td.dataset.value = String(v);
      td.textContent = formatNumber(v, RESULTS_MISSING);
    }
  });
  return table;
}

export function highlightYear(host: HTMLElement, year: number): void {
  for (const tr of host.querySelectorAll<HTMLTableRowElement>('tbody tr[data-year]')) tr.classList.toggle('current', tr.dataset.year === String(year));
}
