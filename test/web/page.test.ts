/**
 * The classroom demo in real headless Chromium (playwright-core; test/browser/launch-chromium.ts
 * finds one, from npm if the machine has none):
 * built once with Vite's JS API into a temporary folder, then opened both from a tiny local
 * HTTP server and straight from disk (file://). No test is skipped: without Chromium every
 * test here fails.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withdrawalWindows } from '../../src/engine/windows.js';
import { loadScenario } from '../../src/scenario/scenario-file.js';
import { translate, type Language } from '../../web/src/i18n/index.js';
import { finding, findingUntil, renderMessage, SIDES, type FindingData, type FindingId } from '../../web/src/model/findings.js';
import { LESSON } from '../../web/src/model/lesson.js';
import type { SeriesMetric } from '../../web/src/model/protocol.js';
import { resolveRuns } from '../../web/src/model/resolve.js';
import { launchChromium, type LaunchedChromium } from '../browser/launch-chromium.js';
import { tempDir } from '../temp-dir.js';

/** The page globals the callbacks below read: they run in the browser, type-checked here without the DOM lib. */
declare const document: { body: { dataset: Record<string, string | undefined>; innerText: string }; fonts: { load(font: string, text: string): Promise<unknown[]> }; querySelectorAll(s: string): ArrayLike<{ getAttribute(n: string): string | null; textContent: string | null }> };

const ARTIFACTS = resolve('test-artifacts/web');

let outDir: string;
let server: Server;
let served: string;
let context: BrowserContext;
let browser: LaunchedChromium | undefined;

/**
 * A failed setup (no Chromium, a broken build) is kept and rethrown by every test, so each
 * test fails with the cause; a throwing beforeAll would only mark them skipped.
 */
let setupError: unknown;

beforeAll(async () => {
  setupError = await setUp().then(() => undefined, (err: unknown) => err);
});

async function setUp(): Promise<void> {
  outDir = tempDir('ipasim-web-');
  await build({ configFile: resolve('web/vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
    const file = join(outDir, path === '' ? 'index.html' : path);
    if (!file.startsWith(outDir) || !existsSync(file)) return void res.writeHead(404).end();
    const type = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' }[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  served = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium({ viewport: { width: 1280, height: 720 } });
  context = browser.context;
}

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** Opens the page, collecting console errors and uncaught exceptions, and waits for the first results. */
async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  if (setupError) throw setupError;
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector('body[data-state="ready"]');
  return { page, errors };
}

const runs = (page: Page) => page.evaluate(() => Number(document.body.dataset.runs));
async function afterRerun(page: Page, action: () => Promise<void>): Promise<void> {
  const before = await runs(page);
  await action();
  await page.waitForFunction((n) => Number(document.body.dataset.runs) > n && document.body.dataset.state === 'ready', before);
}

/** The numbers table: income per person by year for one run. */
const shownIncome = (page: Page, village: string) =>
  page.$$eval(`#numbers td[data-village="${village}"][data-metric="incomeMean"]`, (cells) => cells.map((c) => [Number(c.getAttribute('data-year')), c.textContent ?? '']));

/** Waits until the other seeds are in and the findings (and the Numbers tab's averages) are drawn. */
const findingsReady = (page: Page) => page.waitForFunction(() => document.body.dataset.findings === 'ready');

/** One series of the Numbers tab's year tables (the run the charts show), full precision. */
const shownSeries = (page: Page, village: string, metric: SeriesMetric) =>
  page.$$eval(`#numbers td[data-village="${village}"][data-metric="${metric}"]`, (tds) => tds.map((c) => Number(c.getAttribute('data-value'))));

/** The averages of the Numbers tab in every seed, full precision (`data-value`), with the years they cover: exactly what the findings read. */
async function shownNumbers(page: Page): Promise<FindingData> {
  const cells = await page.$$eval('#numbers td[data-average]', (tds) => tds.map((c) => ({
    village: c.getAttribute('data-village') ?? '', average: c.getAttribute('data-average') ?? '', seed: Number(c.getAttribute('data-seed')), value: Number(c.getAttribute('data-value')),
  })));
  const spans = Object.fromEntries(await page.$$eval('#numbers table[data-average]', (ts) => ts.map((t) => [t.getAttribute('data-average')!.split(' ')[1], t.getAttribute('data-years')!.split('-').map(Number)])));
  const years = (await page.$$eval('#numbers tbody tr[data-year]', (trs) => trs.map((tr) => Number(tr.getAttribute('data-year'))))).filter((y, i, a) => a.indexOf(y) === i).sort((a, b) => a - b);
  const seeds = [...new Set(cells.map((c) => c.seed))].sort((a, b) => a - b);
  const averages = Object.fromEntries(SIDES.map((side) => {
    const bySide: Record<string, number[]> = {};
    for (const c of cells.filter((x) => x.village === side)) (bySide[c.average] ??= seeds.map(() => NaN))[seeds.indexOf(c.seed)] = c.value;
    return [side, bySide];
  })) as unknown as FindingData['averages'];
  return { years, windows: spans.before ? { before: spans.before, after: spans.after } : null, seeds, averages };
}

/** Moves the year control to the last year, where every finding can be shown. */
async function toLastYear(page: Page): Promise<void> {
  const max = await page.getAttribute('#scrub', 'max');
  await page.locator('#scrub').fill(max!);
  await page.waitForFunction((n) => document.body.dataset.year === n, String(2016 + Number(max)));
}

/** The result sentences the lesson shows, by finding. */
const shownFindings = (page: Page) =>
  page.$$eval('#lesson-findings:not([hidden]) li[data-finding]', (lis) => lis.map((li) => [li.getAttribute('data-finding') ?? '', li.textContent ?? ''] as [string, string]));

/** The sentences computed here, in Node, from the numbers the page shows. */
const expectedFindings = (ids: readonly FindingId[], numbers: FindingData, lang: Language) =>
  ids.map((id) => [id, renderMessage(finding(id, numbers), (key, vars) => translate(lang, key, vars))]);

/** The CLI's incomeMean for mode all, group all, by year, as written in yearly.csv. */
function cliIncome(scenario: string, seed: number): [number, string][] {
  const cli = resolve('dist/src/cli/main.js');
  if (!existsSync(cli)) throw new Error('dist/src/cli/main.js is missing: run `npm run build` first');
  const out = join(tempDir('ipasim-cli-'), 'run');
  execFileSync(process.execPath, [cli, 'run', scenario, '--seed', String(seed), '--replicates', '1', '--no-charts', '--out', out], { stdio: 'pipe' });
  const lines = readFileSync(join(out, 'yearly.csv'), 'utf8').trim().split('\n');
  const header = lines[0].split(',');
  const col = (name: string) => header.indexOf(name);
  return lines.slice(1).map((l) => l.split(','))
    .filter((f) => f[col('mode')] === 'all' && f[col('group')] === 'all' && f[col('metric')] === 'incomeMean')
    .map((f) => [Number(f[col('year')]), f[col('value')]]);
}

describe('the demo served over HTTP', () => {
  it('loads without console errors, shows both villages, and Play advances the year', async () => {
    const { page, errors } = await open(served);
    expect(await page.locator('[data-village="transfusion"] .grid path').count()).toBeGreaterThan(100);
    expect(await page.textContent('#year')).toBe('2016');
    await page.screenshot({ path: join(ARTIFACTS, 'served-2016-en.png') });
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(() => Number(document.body.dataset.year) >= 2018);
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(Number(await page.textContent('#year'))).toBeGreaterThanOrEqual(2018);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keyboard: space plays and pauses, the arrows step one year', async () => {
    const { page, errors } = await open(served);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.textContent('#year')).toBe('2018');
    await page.keyboard.press('ArrowLeft');
    expect(await page.textContent('#year')).toBe('2017');
    await page.keyboard.press(' ');
    expect(await page.getAttribute('#play', 'aria-pressed')).toBe('true');
    await page.keyboard.press(' ');
    expect(await page.getAttribute('#play', 'aria-pressed')).toBe('false');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moving the last-year-of-full-support slider changes the outcome', async () => {
    const { page, errors } = await open(served);
    const before = await shownIncome(page, 'transfusion');
    await page.getByRole('tab', { name: 'Settings' }).click();
    const slider = page.getByRole('slider', { name: /Last year of full support/ });
    expect(await slider.getAttribute('data-path')).toBe('policy.instruments.dividend.end');
    // Each setting is explained in words for a teacher, not by its schema text or raw path (which stay in the tooltip).
    const helps = await page.locator('.control small.help').allTextContents();
    expect(helps.length).toBeGreaterThan(3);
    for (const h of helps) expect(h).not.toMatch(/[a-z]+\.[a-zA-Z]+\.|yuan\/|share of eligible/);
    await afterRerun(page, async () => { await slider.focus(); await page.keyboard.press('Home'); });
    expect(await slider.inputValue()).toBe('2016');
    const after = await shownIncome(page, 'transfusion');
    expect(after[0]).toEqual(before[0]); // 2016 is before any withdrawal
    expect(after.filter(([y]) => y >= 2017 && y <= 2025)).not.toEqual(before.filter(([y]) => y >= 2017 && y <= 2025));
    expect(await page.evaluate(() => document.body.dataset.error)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the same income per person as the CLI\'s yearly.csv for the same scenario and seed', async () => {
    const { page, errors } = await open(served);
    await page.getByRole('tab', { name: 'Settings' }).click();
    await afterRerun(page, () => page.getByRole('spinbutton', { name: 'Random seed' }).fill('3').then(() => page.keyboard.press('Enter')));
    expect(await shownIncome(page, 'baseline')).toEqual(cliIncome('scenarios/p-village.yaml', 3));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads a scenario file (with extends) and matches the CLI on it; a wrong file shows its mistakes', async () => {
    const { page, errors } = await open(served);
    expect(await page.getByRole('button', { name: 'Load scenario file…' }).count()).toBe(1);
    const input = page.locator('#load-file');
    await afterRerun(page, () => input.setInputFiles('scenarios/p-village-ageing.yaml'));
    expect(await page.textContent('#scenario-name')).toContain('p-village-ageing.yaml');
    expect(await shownIncome(page, 'baseline')).toEqual(cliIncome('scenarios/p-village-ageing.yaml', 1));

    await input.setInputFiles({ name: 'bad.yaml', mimeType: 'text/yaml', buffer: Buffer.from('extends: p-village\nmodes:\n  cooperative:\n    acess: 0.5\n    training: 1.4\n') });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('bad.yaml:4:5  modes.cooperative.acess: unknown field "acess" (did you mean "access"?)');
    expect(text).toContain('bad.yaml:5:5  modes.cooperative.training: expected a number between 0 and 1, got 1.4');
    await page.screenshot({ path: join(ARTIFACTS, 'load-error.png') });
    // Nothing changed: the ageing baseline is still the one shown.
    expect(await page.textContent('#scenario-name')).toContain('p-village-ageing.yaml');

    // An empty file is refused with the command line's words, never run as the defaults.
    await input.setInputFiles({ name: 'empty.yaml', mimeType: 'text/yaml', buffer: Buffer.from('# nothing yet\n') });
    await page.waitForFunction(() => (document.body.dataset.error ?? '').includes('empty.yaml'));
    expect(await page.evaluate(() => document.body.dataset.error)).toBe('empty.yaml:1:1  the scenario sets nothing (an empty, truncated or unsaved file?). To run the calibrated baseline, write "extends: p-village"');
    expect(await page.textContent('#scenario-name')).toContain('p-village-ageing.yaml');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switching the language changes the lesson text', async () => {
    const { page, errors } = await open(served);
    const english = await page.textContent('#lesson-text');
    await page.getByRole('button', { name: 'Next step' }).click();
    await page.waitForFunction(() => document.body.dataset.state === 'ready');
    const step2 = await page.textContent('#lesson-title');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    const chinese = await page.textContent('#lesson-title');
    expect(chinese).not.toBe(step2);
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.textContent('#lesson-step')).toBe('第 2 步，共 6 步');
    expect(english).not.toBe(await page.textContent('#lesson-text'));
    await page.waitForFunction(() => document.body.dataset.state === 'ready');
    await page.screenshot({ path: join(ARTIFACTS, 'served-step2-zh.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the lesson\'s result sentences', () => {
  it('each step shows exactly the sentences computed from the averages the page shows, over the model\'s windows, and none before its years are reached', async () => {
    const { page, errors } = await open(served);
    const bundled = { 'p-village': readFileSync('scenarios/p-village.yaml', 'utf8') };
    for (const [i, step] of LESSON.entries()) {
      if (i > 0) await afterRerun(page, () => page.getByRole('button', { name: 'Next step' }).click());
      expect(await page.textContent('#lesson-step')).toBe(`Step ${i + 1} of ${LESSON.length}`);
      if (step.findings.length === 0) continue;
      await findingsReady(page);
      const numbers = await shownNumbers(page);
      expect(numbers.seeds).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      // The windows the page states are the model's (the same as summary.json's) for this step's settings.
      const { before, after } = withdrawalWindows((await resolveRuns({ file: 'p-village.yaml', text: bundled['p-village'] }, bundled, step.settings)).baseline);
      expect(numbers.windows).toEqual({ before, after });
      // At the step's own year, a finding whose years are still to come says so instead of giving it away.
      const year = Number(await page.evaluate(() => document.body.dataset.year));
      const early = await shownFindings(page);
      for (const [id, text] of early) if (findingUntil(id as FindingId, numbers) > year) expect(text, id).toBe(`Play on to ${findingUntil(id as FindingId, numbers)} to see this result.`);
      await toLastYear(page);
      const shown = await shownFindings(page);
      expect(shown.length, step.id).toBe(step.findings.length);
      expect(shown, step.id).toEqual(expectedFindings(step.findings, numbers, 'en'));
    }
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    const last = LESSON[LESSON.length - 1];
    expect(await shownFindings(page)).toEqual(expectedFindings(last.findings, await shownNumbers(page), 'zh'));
    await page.screenshot({ path: join(ARTIFACTS, 'lesson-findings-zh.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follow a setting the teacher changes, and hide while the runs do not match the settings', async () => {
    const { page, errors } = await open(served);
    await afterRerun(page, () => page.getByRole('button', { name: 'Next step' }).click());
    await findingsReady(page);
    const before = await shownFindings(page);
    await page.getByRole('tab', { name: 'Settings' }).click();
    const slider = page.getByRole('slider', { name: /Last year of full support/ });
    await afterRerun(page, async () => { await slider.focus(); await page.keyboard.press('Home'); });
    await findingsReady(page);
    await page.getByRole('tab', { name: 'Lesson' }).click();
    const after = await shownFindings(page);
    expect(after).not.toEqual(before);
    expect(after).toEqual(expectedFindings(LESSON[1].findings, await shownNumbers(page), 'en'));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the social floor', () => {
  it('"taper off" keeps the minimum living guarantee; only its own setting removes it', async () => {
    const { page, errors } = await open(served);
    const withdrawal = withdrawalWindows((await loadScenario('scenarios/p-village.yaml')).scenario).start!;
    const guaranteeAfter = async () => (await shownSeries(page, 'transfusion', 'minimumLivingRate')).filter((_, i, a) => i >= a.length - (2035 - withdrawal + 1));
    await page.getByRole('tab', { name: 'Settings' }).click();
    await afterRerun(page, async () => { await page.getByRole('combobox', { name: /Withdrawal path/ }).selectOption({ label: 'taper off' }); });
    const tapered = await guaranteeAfter();
    expect(tapered.length).toBeGreaterThan(5);
    for (const rate of tapered) expect(rate).toBeGreaterThan(0);
    const floor = page.getByRole('combobox', { name: 'Minimum living guarantee (the social floor) after withdrawal' });
    await afterRerun(page, async () => { await floor.selectOption({ label: 'removed after the last year of full support: no social floor' }); });
    expect(await guaranteeAfter()).toEqual(tapered.map(() => 0));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('both languages, complete', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`${lang}: every step, tab and tooltip has no "undefined", NaN or empty item, and the Chinese page speaks Chinese in its own font`, async () => {
      const { page, errors } = await open(`${served}?lang=${lang}`);
      const bad = /undefined|NaN|\[object|、、|, ,|（、|\(,|\{\w+\}/;
      const texts: string[] = [];
      const collect = async () => {
        texts.push(await page.evaluate(() => document.body.innerText));
        texts.push(...await page.$$eval('[title], [aria-description]', (els) => els.map((e) => `${e.getAttribute('title') ?? ''} ${e.getAttribute('aria-description') ?? ''}`)));
        const empty = await page.$$eval('li', (lis) => lis.filter((li) => (li.textContent ?? '').trim() === '').length);
        expect(empty, 'empty list items').toBe(0);
      };
      for (const [i] of LESSON.entries()) {
        if (i > 0) await afterRerun(page, () => page.locator('#lesson-next').click());
        await findingsReady(page).catch(() => undefined);
        await toLastYear(page);
        await collect();
      }
      for (const tab of ['controls', 'numbers', 'lesson']) { await page.locator(`#tab-${tab}`).click(); await collect(); }
      for (const t of texts) expect(t, t.slice(0, 200)).not.toMatch(bad);
      if (lang === 'zh') {
        const helps = await page.$$eval('.control small.help', (els) => els.map((e) => e.textContent ?? ''));
        expect(helps.length).toBeGreaterThan(5);
        for (const h of helps) expect(h, h).toMatch(/[\u4e00-\u9fff]/);
        for (const h of helps) expect(h, h).not.toMatch(/[A-Za-z]{6,}/); // no English sentence left
        // The page's own font (embedded, so a machine without Chinese fonts still draws it).
        expect(await page.evaluate(async () => (await document.fonts.load('16px "Noto Sans SC"', '输血造血')).length)).toBeGreaterThan(0);
        await page.screenshot({ path: join(ARTIFACTS, 'complete-zh.png') });
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('the demo opened from disk (file://)', () => {
  it('loads without console errors, starts the inlined worker and plays', async () => {
    if (setupError) throw setupError;
    const url = pathToFileURL(join(outDir, 'index.html')).href;
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).not.toContain('type="module"');
    const { page, errors } = await open(url);
    expect((await shownIncome(page, 'hematopoiesis')).length).toBe(20);
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(() => Number(document.body.dataset.year) >= 2017);
    await page.keyboard.press(' ');
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
    await page.hover('[data-village="hematopoiesis"] .grid path');
    await page.screenshot({ path: join(ARTIFACTS, 'file-after-withdrawal-en.png') });
    expect(await page.isVisible('#tooltip')).toBe(true);
    expect(await page.textContent('#tooltip')).toMatch(/income per person: [\d,]+ yuan/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
