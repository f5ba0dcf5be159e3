/**
 * The numbers behind the income chart, as a table: income per person by year for each run,
 * formatted exactly as yearly.csv writes them (6 significant digits, src/io/csv.ts), so a
 * reader (or a test) can check the page against the command line for the same scenario and seed.
 */
import { formatNumber, RESULTS_MISSING } from '../../../src/io/csv.js';
import type { RunResultMessage } from '../model/protocol.js';
import type { VillageKey } from '../model/villages.js';

export function renderNumbers(host: HTMLElement, results: RunResultMessage[], text: { t(key: string): string; village(v: VillageKey): string }): void {
  const table = document.createElement('table');
  table.id = 'numbers';
  const caption = table.createCaption();
  caption.textContent = text.t('numbers.caption');
  const head = table.createTHead().insertRow();
  for (const label of [text.t('numbers.year'), text.t('numbers.line'), ...results.map((r) => text.village(r.village))]) {
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
    tr.insertCell().textContent = formatNumber(results[0].line[i], RESULTS_MISSING);
    for (const r of results) {
      const td = tr.insertCell();
      td.dataset.village = r.village;
      td.dataset.scenario = r.scenarioName;
      td.dataset.metric = 'incomeMean';
      td.dataset.year = String(year);
      td.textContent = formatNumber(r.series.incomeMean[i], RESULTS_MISSING);
    }
  });
  host.replaceChildren(table);
}

export function highlightYear(host: HTMLElement, year: number): void {
  for (const tr of host.querySelectorAll<HTMLTableRowElement>('tbody tr')) tr.classList.toggle('current', tr.dataset.year === String(year));
}
