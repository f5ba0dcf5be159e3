/**
 * The classroom page. Data flow:
 *
 *   baseline text (bundled p-village.yaml, or a loaded file) + village patches + control values
 *     ──▶ resolveRuns (the CLI's loader and schema) ──▶ worker: the engine, three runs
 *     ──▶ results ──▶ grids, charts, numbers, the lesson's findings ──▶ the year control picks what is shown
 *
 * The lesson sets control values and a year; every setting is an ordinary scenario field. The
 * lesson's result sentences are computed from the same results (model/findings.ts).
 */
import './style.css';
import { formatScenarioError, ScenarioError } from '../../src/scenario/errors.js';
import type { Scenario } from '../../src/scenario/schema.js';
import { BUNDLED } from './bundled.js';
import { translate, type Language } from './i18n/index.js';
import { BINDINGS, type Binding, type ControlValues } from './model/bindings.js';
import { finding, findingData, FINDING_SEEDS, findingUntil, renderMessage } from './model/findings.js';
import { LESSON } from './model/lesson.js';
import type { HouseholdYear, ReplicateSeries, RunResultMessage } from './model/protocol.js';
import { checkBaseline, resolveRuns, type Baseline } from './model/resolve.js';
import { SIDE_BY_SIDE, VILLAGES, type VillageKey } from './model/villages.js';
import { SimClient } from './sim-client.js';
import { Charts } from './ui/charts.js';
import { renderControls } from './ui/controls.js';
import { HouseholdGrid } from './ui/grid.js';
import { highlightYear, renderNumbers } from './ui/numbers.js';
import { embedFont } from './ui/font.js';
import { STATUS_COLOUR, statusGlyph, VILLAGE_COLOUR } from './ui/palette.js';

embedFont(document);

const $ = <T extends HTMLElement = HTMLElement>(sel: string, root: ParentNode = document) => {
  const el = root.querySelector<T>(sel);
  if (!el) throw new Error(`page element ${sel} is missing`);
  return el;
};

const params = new URLSearchParams(location.search);
const state = {
  lang: (params.get('lang') === 'zh' ? 'zh' : 'en') as Language,
  baseline: { file: 'p-village.yaml', text: BUNDLED['p-village'] } as Baseline,
  controls: {} as ControlValues,
  scenarios: undefined as Record<VillageKey, Scenario> | undefined,
  results: [] as RunResultMessage[],
  /** The other seeds of the two villages, for the findings (empty until the worker sends them). */
  replicates: [] as ReplicateSeries[],
  /** The control values the shown results were computed with (findings are shown only for the current ones). */
  resultsControls: undefined as ControlValues | undefined,
  yearIndex: 0,
  playing: false,
  timer: 0,
  step: 0,
  runs: 0,
  timing: undefined as Record<string, string | number> | undefined,
};

const t = (key: string, vars?: Record<string, string | number>) => translate(state.lang, key, vars);
const villageName = (v: VillageKey) => t(`village.${v}`);
const client = new SimClient();
const tooltip = $('#tooltip');
const grids = new Map(SIDE_BY_SIDE.map((v) => [v, new HouseholdGrid($(`[data-village="${v}"] .grid`), tooltip)]));
const charts = new Charts({ income: $('#chart-income'), shares: $('#chart-shares'), rkv: $('#chart-rkv') });
const scrub = $<HTMLInputElement>('#scrub');

// ---- Text -------------------------------------------------------------------------------

function applyText(): void {
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = `ipasim: ${t('app.title')}`;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n!);
  $('#load').title = t('app.loadHelp');
  $('#language').setAttribute('aria-label', t('app.language'));
  $('#back').setAttribute('aria-label', t('time.back'));
  $('#back').title = t('time.back');
  $('#forward').setAttribute('aria-label', t('time.forward'));
  $('#forward').title = t('time.forward');
  scrub.setAttribute('aria-label', t('time.year'));
  $('#scenario-name').textContent = t('app.scenario', { file: state.baseline.file });
  for (const v of SIDE_BY_SIDE) {
    const article = $(`[data-village="${v}"]`);
    $('.name', article).textContent = villageName(v);
    $('.tagline', article).textContent = t(`village.${v}.tagline`);
    $('.swatch', article).style.background = VILLAGE_COLOUR[v];
  }
  const legend = $('#legend');
  legend.replaceChildren(...(['above', 'atRisk', 'poor', 'gone'] as const).map((s) => {
    const li = document.createElement('li');
    li.innerHTML = `<svg viewBox="-8 -8 16 16" width="16" height="16" aria-hidden="true"><path d="${statusGlyph(s, 6)}" fill="${s === 'gone' ? 'none' : STATUS_COLOUR[s]}" stroke="${s === 'gone' ? STATUS_COLOUR.gone : 'none'}" stroke-width="1.5"/></svg>`;
    li.append(t(`status.${s}`));
    return li;
  }));
  if (state.timing) $('#timing').textContent = t('app.timing', state.timing);
  renderPlayButton();
  renderLesson();
}

function renderPlayButton(): void {
  const play = $('#play');
  play.textContent = state.playing ? `❚❚ ${t('time.pause')}` : `▶ ${t('time.play')}`;
  play.setAttribute('aria-pressed', String(state.playing));
  play.setAttribute('aria-label', state.playing ? t('time.pause') : t('time.play'));
}

// ---- Simulation -------------------------------------------------------------------------

async function recompute(): Promise<void> {
  document.body.dataset.state = 'running';
  $('#timing').textContent = t('app.running');
  const controls = state.controls;
  let scenarios: Record<VillageKey, Scenario>;
  try {
    scenarios = await resolveRuns(state.baseline, BUNDLED, controls);
  } catch (err) {
    showError(err);
    return;
  }
  const runs = VILLAGES.map((village) => ({ village, scenario: scenarios[village] }));
  let results: RunResultMessage[] | undefined;
  try {
    results = await client.run({ seed: scenarios.baseline.seed, runs, replicates: FINDING_SEEDS }, (replicates) => {
      // The other seeds arrive after the charts: the findings and the Numbers tab fill in then.
      if (state.resultsControls !== controls) return;
      state.replicates = replicates;
      renderNumbersTab();
      renderFindings();
      document.body.dataset.findings = 'ready';
    });
  } catch (err) {
    showError(new Error(t('error.worker', { message: (err as Error).message })));
    return;
  }
  if (!results) return; // a newer request is on its way
  const sameYears = state.results[0]?.years.join() === results[0].years.join();
  state.scenarios = scenarios;
  state.results = results;
  state.replicates = [];
  delete document.body.dataset.findings;
  state.resultsControls = controls;
  if (!sameYears) state.yearIndex = 0;
  state.runs++;
  const years = results[0].years.length;
  const ms = results.reduce((a, r) => a + r.ms, 0) / (years * results.length);
  state.timing = { ms: ms.toFixed(1), years, runs: results.length };
  $('#timing').textContent = t('app.timing', state.timing);
  $('#timing').dataset.msPerYear = String(ms);
  await renderResults();
  document.body.dataset.state = 'ready';
  document.body.dataset.runs = String(state.runs);
}

async function renderResults(): Promise<void> {
  const { results } = state;
  if (results.length === 0 || !state.scenarios) return;
  for (const v of SIDE_BY_SIDE) {
    const r = results.find((x) => x.village === v)!;
    grids.get(v)!.layout(r.households[r.households.length - 1]);
  }
  scrub.max = String(results[0].years.length - 1);
  renderNumbersTab();
  renderFindings();
  renderControls($('#panel-controls'), state.scenarios, state.controls, { t }, onControl);
  await charts.draw(results, { t, village: villageName, short: (v) => t(`village.${v}.short`) }, currentYear());
  await showYear(state.yearIndex);
}

function onControl(b: Binding, value: number | string): void {
  state.controls = { ...state.controls, [b.id]: value };
  void recompute();
}

const currentYear = () => state.results[0]?.years[state.yearIndex] ?? 0;

// ---- The year ----------------------------------------------------------------------------

async function showYear(index: number): Promise<void> {
  const { results } = state;
  if (results.length === 0) return;
  const last = results[0].years.length - 1;
  state.yearIndex = Math.max(0, Math.min(last, index));
  const year = currentYear();
  scrub.value = String(state.yearIndex);
  scrub.setAttribute('aria-valuetext', String(year));
  $('#year').textContent = String(year);
  document.body.dataset.year = String(year);
  const withdrawal = results[0].withdrawal.start;
  $('#phase').textContent = withdrawal === null ? t('time.noWithdrawal') : `${year < withdrawal ? t('time.phaseSupport') : t('time.phaseAfter')} · ${t('time.withdrawal', { year: withdrawal })}`;
  $('#phase').classList.toggle('after', withdrawal !== null && year >= withdrawal);
  for (const v of SIDE_BY_SIDE) {
    const r = results.find((x) => x.village === v)!;
    const i = state.yearIndex;
    grids.get(v)!.show(r.households[i], { label: t('village.grid', { village: villageName(v), year }), describe: describeHousehold });
    const income = r.series.incomeMean[i], poor = r.series.povertyRate[i], self = r.series.hematopoiesisShare[i];
    const total = r.series.households[i], drawn = r.households[i].filter((h) => h.status !== 'gone').length;
    $(`[data-village="${v}"] .sample`).textContent = drawn < total ? t('village.sample', { shown: drawn.toLocaleString('en'), total: total.toLocaleString('en') }) : '';
    const stats = $(`[data-village="${v}"] .stats`);
    stats.innerHTML = '';
    for (const [key, value, shown] of [['income', income, `${Math.round(income).toLocaleString('en')} ${t('unit.yuan')}`], ['poor', poor, pct(poor)], ['selfMade', self, pct(self)]] as const) {
      const span = document.createElement('span');
      span.dataset.stat = key;
      span.dataset.value = String(value);
      span.innerHTML = `<b></b> ${t(`stat.${key}`)}`;
      span.querySelector('b')!.textContent = shown;
      stats.append(span);
    }
  }
  highlightYear($('#panel-numbers'), year);
  renderFindings();
  await charts.setYear(year);
}

const pct = (x: number) => (Number.isFinite(x) ? `${Math.round(x * 100)}%` : '–');

function describeHousehold(h: HouseholdYear): string {
  return [
    t('tip.household', { id: h.id }),
    `${t('tip.status')}: ${t(`status.${h.status}`)}`,
    `${t('tip.income')}: ${Math.round(h.perCapita).toLocaleString('en')} ${t('unit.yuan')}`,
    `${t('tip.members')}: ${h.size}`,
    `${t('tip.headAge')}: ${h.headAge}`,
    `${t('tip.registered')}: ${h.registered ? t('tip.yes') : t('tip.no')}`,
    `${t('tip.dibao')}: ${h.dibao ? t('tip.yes') : t('tip.no')}`,
    `${t('tip.supported')}: ${h.supported ? t('tip.yes') : t('tip.no')}`,
    `R ${h.R.toFixed(2)} · K ${h.K.toFixed(2)} · V ${h.V.toFixed(2)}`,
  ].join('\n');
}

function setPlaying(on: boolean): void {
  state.playing = on;
  clearInterval(state.timer);
  if (on) {
    if (state.yearIndex >= Number(scrub.max)) void showYear(0);
    state.timer = window.setInterval(() => {
      if (state.yearIndex >= Number(scrub.max)) return setPlaying(false);
      void showYear(state.yearIndex + 1);
    }, 800);
  }
  renderPlayButton();
}

// ---- Lesson ------------------------------------------------------------------------------

function renderLesson(): void {
  const step = LESSON[state.step];
  const host = $('#panel-lesson');
  const key = (part: string) => t(`lesson.${step.id}.${part}`);
  const optionKey = (id: string, v: string) => BINDINGS.find((b) => b.id === id)?.optionKey?.(v) ?? `option.${v}`;
  const settings = Object.entries(step.settings).map(([id, v]) => `${t(`control.${id}`)} = ${typeof v === 'string' ? t(optionKey(id, v)) : v}`).join('; ');
  host.innerHTML = `
    <nav class="steps">
      <button type="button" id="lesson-prev" aria-label="${t('lesson.prev')}" title="${t('lesson.prev')}">‹</button>
      <span id="lesson-step"></span>
      <button type="button" id="lesson-next" aria-label="${t('lesson.next')}" title="${t('lesson.next')}">›</button>
    </nav>
    <h2 id="lesson-title"></h2>
    <p id="lesson-text"></p>
    <div class="question"><h3></h3><p id="lesson-question"></p></div>
    <h3 class="look"></h3><p id="lesson-look"></p>
    <section id="lesson-findings" hidden><h3></h3><ul></ul><p class="muted small"></p></section>
    <p class="muted small" id="lesson-settings"></p>
    <details id="lesson-notes"><summary></summary><p></p></details>`;
  $('#lesson-step', host).textContent = t('lesson.step', { n: state.step + 1, total: LESSON.length });
  $('#lesson-title', host).textContent = key('title');
  $('#lesson-text', host).textContent = key('text');
  $('.question h3', host).textContent = t('lesson.question');
  $('#lesson-question', host).textContent = key('question');
  $('h3.look', host).textContent = t('lesson.look');
  $('#lesson-look', host).textContent = key('look');
  $('#lesson-settings', host).textContent = t('lesson.applied', { settings: settings || t('lesson.nothing') });
  $('#lesson-notes summary', host).textContent = t('lesson.notes');
  $('#lesson-notes p', host).textContent = key('notes');
  $<HTMLButtonElement>('#lesson-prev', host).disabled = state.step === 0;
  $<HTMLButtonElement>('#lesson-next', host).disabled = state.step === LESSON.length - 1;
  $('#lesson-prev', host).addEventListener('click', () => void goToStep(state.step - 1));
  $('#lesson-next', host).addEventListener('click', () => void goToStep(state.step + 1));
  renderFindings();
}

/** The Numbers tab: the shown run by year, and the findings' averages in every seed once they are in. */
function renderNumbersTab(): void {
  if (state.results.length === 0) return;
  const data = state.replicates.length > 0 ? findingData(state.results, state.replicates) : null;
  renderNumbers($('#panel-numbers'), state.results, data, { t, short: (v) => t(`village.${v}.short`) });
  highlightYear($('#panel-numbers'), currentYear());
}

/**
 * The step's result sentences, from the runs of every seed; hidden while those runs are for
 * other settings than the current ones (a step just chosen, a control just moved), said to be
 * on their way until the other seeds are in, and each kept back until the year control reaches
 * the last year it reads (no answer before the class has seen the years).
 */
function renderFindings(): void {
  const box = document.querySelector<HTMLElement>('#lesson-findings');
  if (!box) return;
  const ids = LESSON[state.step].findings;
  const current = state.results.length > 0 && state.resultsControls === state.controls;
  box.hidden = ids.length === 0 || !current;
  if (box.hidden) return;
  $('h3', box).textContent = t('finding.heading');
  if (state.replicates.length === 0) {
    $('ul', box).replaceChildren(Object.assign(document.createElement('li'), { textContent: t('finding.computing', { n: FINDING_SEEDS }) }));
    $('p', box).textContent = '';
    return;
  }
  const data = findingData(state.results, state.replicates);
  const year = currentYear();
  $('ul', box).replaceChildren(...ids.map((id) => {
    const li = document.createElement('li');
    li.dataset.finding = id;
    const until = findingUntil(id, data);
    li.dataset.until = String(until);
    li.textContent = year >= until ? renderMessage(finding(id, data), t) : t('finding.later', { year: until });
    li.classList.toggle('later', year < until);
    return li;
  }));
  $('p', box).textContent = t('finding.rule', { n: data.seeds.length, first: data.seeds[0], last: data.seeds[data.seeds.length - 1] });
}

async function goToStep(index: number): Promise<void> {
  state.step = Math.max(0, Math.min(LESSON.length - 1, index));
  const step = LESSON[state.step];
  setPlaying(false);
  state.controls = { ...step.settings };
  renderLesson();
  await recompute();
  const r = state.results[0];
  if (!r) return;
  const start = r.withdrawal.start;
  const at = step.at === 'start' ? 0 : step.at === 'end' || start === null ? r.years.length - 1 : r.years.indexOf(start - 1);
  await showYear(at < 0 ? 0 : at);
}

// ---- Scenario files and errors -------------------------------------------------------------

async function loadFile(file: File): Promise<void> {
  const text = await file.text();
  const baseline = { file: file.name, text };
  try {
    await checkBaseline(baseline, BUNDLED);
  } catch (err) {
    showError(err);
    return;
  }
  hideError();
  state.baseline = baseline;
  state.controls = {};
  applyText();
  await recompute();
}

function showError(err: unknown): void {
  const box = $('#errors');
  const lines = err instanceof ScenarioError ? formatScenarioError(err).split('\n') : [(err as Error).message ?? String(err)];
  box.innerHTML = '<h2></h2><ul></ul><button type="button"></button>';
  $('h2', box).textContent = err instanceof ScenarioError ? t('error.title') : t('error.worker', { message: '' });
  $('ul', box).append(...lines.map((line) => Object.assign(document.createElement('li'), { textContent: line })));
  $('button', box).textContent = t('error.close');
  $('button', box).addEventListener('click', hideError);
  box.hidden = false;
  document.body.dataset.state = state.results.length > 0 ? 'ready' : 'error';
  document.body.dataset.error = lines.join('\n');
}

function hideError(): void {
  $('#errors').hidden = true;
  delete document.body.dataset.error;
}

// ---- Wiring ---------------------------------------------------------------------------------

function selectTab(name: string): void {
  for (const tab of ['lesson', 'controls', 'numbers']) {
    $(`#tab-${tab}`).setAttribute('aria-selected', String(tab === name));
    $(`#panel-${tab}`).hidden = tab !== name;
  }
}

$('#play').addEventListener('click', () => setPlaying(!state.playing));
$('#back').addEventListener('click', () => { setPlaying(false); void showYear(state.yearIndex - 1); });
$('#forward').addEventListener('click', () => { setPlaying(false); void showYear(state.yearIndex + 1); });
scrub.addEventListener('input', () => { setPlaying(false); void showYear(Number(scrub.value)); });
$('#reset').addEventListener('click', () => { state.controls = {}; void recompute(); });
$<HTMLSelectElement>('#language').addEventListener('change', (e) => {
  state.lang = (e.target as HTMLSelectElement).value as Language;
  applyText();
  void renderResults();
});
$<HTMLInputElement>('#load-file').addEventListener('change', (e) => {
  const input = e.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (file) void loadFile(file);
});
$('#load').addEventListener('click', () => $<HTMLInputElement>('#load-file').click());
for (const tab of ['lesson', 'controls', 'numbers']) $(`#tab-${tab}`).addEventListener('click', () => selectTab(tab));

document.addEventListener('keydown', (e) => {
  const target = e.target as HTMLElement;
  // Typing in a field or moving a settings slider keeps its own keys; the year scrubber does not.
  if ((target.matches('input, select, textarea') && target !== scrub) || e.altKey || e.ctrlKey || e.metaKey) return;
  if (e.key === ' ') { e.preventDefault(); setPlaying(!state.playing); }
  else if (e.key === 'ArrowRight') { e.preventDefault(); setPlaying(false); void showYear(state.yearIndex + 1); }
  else if (e.key === 'ArrowLeft') { e.preventDefault(); setPlaying(false); void showYear(state.yearIndex - 1); }
});

$<HTMLSelectElement>('#language').value = state.lang;
applyText();
void recompute();
