/**
 * The numbers behind the charts and the lesson's findings, as tables: one per metric, by year
 * for each run, formatted exactly as yearly.csv writes them (6 significant digits,
 * src/io/csv.ts), so a reader (or a test) can check the page against the command line for the
 * same scenario and seed. Each cell also carries its full-precision value (`data-value`): the
 * findings are computed from exactly these numbers, and a test recomputes them from the cells.
 */
import { formatNumber, RESULTS_MISSING } from '../../../src/io/csv.js';
import { NUMBERS_METRICS } from '../model/findings.js';
import type { RunResultMessage, SeriesMetric } from '../model/protocol.js';
import type { VillageKey } from '../model/villages.js';

export function renderNumbers(host: HTMLElement, results: RunResultMessage[], text: { t(key: string, vars?: Record<string, string | number>): string; village(v: VillageKey): string }): void {
  const container = document.createElement('div');
  container.id = 'numbers';
  const { before, after } = results[0].windows;
  const windows = document.createElement('p');
  windows.id = 'numbers-windows';
  windows.className = 'muted small';
  windows.dataset.before = before.join('-');
  windows.dataset.after = after.join('-');
  windows.textContent = text.t('numbers.windows', { before: before.join('-'), after: after.join('-') });
  container.append(windows);
  for (const metric of NUMBERS_METRICS) container.append(metricTable(metric, results, text));
  host.replaceChildren(container);
}

function metricTable(metric: SeriesMetric, results: RunResultMessage[], text: { t(key: string, vars?: Record<string, string | number>): string; village(v: VillageKey): string }): HTMLTableElement {
  const table = document.createElement('table');
  table.dataset.metric = metric;
  const caption = table.createCaption();
  caption.textContent = text.t('numbers.caption', { what: text.t(`numbers.metric.${metric}`), metric });
  const head = table.createTHead().insertRow();
  const line = metric === 'incomeMean';
  for (const label of [text.t('numbers.year'), ...(line ? [text.t('numbers.line')] : []), ...results.map((r) => text.village(r.village))]) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = label;
    head.append(th);
  }
  const body = table.createTBody();
  results[0].years.forEach((year, i) => {
    const tr = body.insertRow();
    tr.dataset.year = String(year);
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = String(year);
    tr.append(th);
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

export function highlightYear(host: HTMLElement, year: number): void {
  for (const tr of host.querySelectorAll<HTMLTableRowElement>('tbody tr')) tr.classList.toggle('current', tr.dataset.year === String(year));
}
